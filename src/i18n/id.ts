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
    explanation:
      'Iklan membiayai kerja redaksi kami, supaya berita tetap bisa kamu baca gratis. Izinkan iklan di situs ini, ya.',
    recheck: 'Saya sudah mematikannya, cek lagi',
    checking: 'Sedang mengecek…',
    stillBlocked:
      'Pemblokir iklan masih terdeteksi. Kalau sudah dimatikan, muat ulang halaman; DNS, VPN, atau ekstensi lain juga bisa memblokir iklan.',
    dismiss: 'Tutup',
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
