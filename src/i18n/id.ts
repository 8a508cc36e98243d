/**
 * Indonesian texts, the default language. The seed article's own words are used where it has
 * them. Each element owns one section; `en.ts` must provide the same keys (the type enforces it).
 */
export const id = {
  commentForm: {
    title: 'Tinggalkan Balasan',
  },

  adSlot: {
    /** The visible label above every slot (Dewan Pers: paid content must say so). */
    label: 'Iklan',
    /** Shown in the reserved space until a creative fills it. */
    placeholder: 'Ruang Iklan',
    /** The accessible name of a creative's iframe. */
    frameTitle: 'Iklan',
  },

  adblockNotice: {
    heading: 'Wett',
    message: 'Matiin Adblock Bro!',
  },

  backToTop: {
    label: 'Kembali ke atas',
  },

  authorCard: {
    showMore: 'Selengkapnya',
  },
};

/** The shape every language must provide: one section per element, strings or string functions. */
export type Dictionary = typeof id;
