/**
 * Indonesian texts, the default language. The seed article's own words are used where it has
 * them. Each element owns one section; `en.ts` must provide the same keys (the type enforces it).
 */
export const id = {
  commentForm: {
    title: 'Tinggalkan Balasan',
  },

  adSlot: {
    placeholder: 'Ruang Iklan',
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
    showLess: 'Sembunyikan',
    organization: 'Tim redaksi',
    profileOn: (name: string, network: string) => `${name} di ${network}`,
  },
};

/** The shape every language must provide: one section per element, strings or string functions. */
export type Dictionary = typeof id;
