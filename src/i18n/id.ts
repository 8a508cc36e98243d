/**
 * Indonesian texts, the default language. The seed article's own words are used where it has
 * them. Each element owns one section; `en.ts` must provide the same keys (the type enforces it).
 */
export const id = {
  commentForm: {
    title: 'Tinggalkan Balasan',
    replyTo: (name: string): string => `Balas ke ${name}`,
    replyToUnnamed: 'Balas komentar',
    cancelReply: 'Batalkan balasan',
    notes: 'Alamat email Anda tidak akan dipublikasikan.',
    requiredNote: 'Ruas yang wajib ditandai',
    required: 'wajib',
    comment: 'Komentar',
    name: 'Nama',
    email: 'Email',
    url: 'Situs Web',
    cookiesConsent: 'Simpan nama, email, dan situs web saya pada peramban ini untuk komentar saya berikutnya.',
    termsBefore: 'Saya menyetujui',
    termsLink: 'pedoman komentar',
    termsAfter: 'situs ini dan bertanggung jawab atas isi komentar saya.',
    submit: 'Kirim Komentar',
    submitting: 'Mengirim…',
    honeypot: 'Biarkan kosong',
    bytesLeft: (n: number): string => `Sisa ${n.toLocaleString('id-ID')} bita`,
    bytesOver: (n: number): string => `Kelebihan ${n.toLocaleString('id-ID')} bita`,
    floodWait: (s: number): string => `Tunggu ${s} detik sebelum mengirim lagi.`,
    draftRestored: 'Draf komentar Anda dipulihkan.',
    posted: 'Komentar Anda telah terbit.',
    held: 'Komentar Anda sedang menunggu moderasi. Ini adalah pratinjau; komentar Anda akan terlihat setelah disetujui.',
    sentUnconfirmed: 'Komentar Anda telah dikirim, tetapi situs tidak memberi tahu hasilnya. Salinannya tetap tersimpan di peramban ini.',
    previewLabel: 'Komentar Anda',
    errorSummary: 'Komentar belum terkirim. Periksa ruas yang ditandai.',
    errCommentRequired: 'Tulis komentar Anda.',
    errNameRequired: 'Isi nama Anda.',
    errEmailRequired: 'Isi alamat email Anda.',
    errEmailInvalid: 'Alamat email tidak valid, misalnya nama@contoh.id.',
    errUrlInvalid: 'Alamat situs web tidak valid; gunakan alamat http:// atau https://.',
    errTermsRequired: 'Centang persetujuan pedoman komentar untuk mengirim.',
    errTooLong: (over: number): string => `Terlalu panjang: kelebihan ${over.toLocaleString('id-ID')} bita.`,
    errDuplicate: 'Komentar yang sama sudah pernah Anda kirim.',
    errFlood: 'Anda mengirim komentar terlalu cepat. Tunggu sebentar.',
    errClosed: 'Komentar untuk tulisan ini sudah ditutup.',
    errNoPost: 'Tulisan ini tidak ditemukan atau tidak menerima komentar.',
    errLoginRequired: 'Anda harus masuk (login) untuk berkomentar di situs ini.',
    errNonce: 'Sesi Anda sudah kedaluwarsa. Muat ulang halaman, lalu kirim lagi; komentar Anda tetap tersimpan.',
    errReplyUnapproved: 'Komentar yang Anda balas belum disetujui.',
    errServer: 'Server situs sedang bermasalah. Coba lagi nanti; komentar Anda tetap tersimpan.',
    errNetwork: 'Tidak dapat menghubungi situs. Periksa koneksi Anda lalu coba lagi; komentar Anda tetap tersimpan.',
    errOffline: 'Anda sedang luring. Komentar Anda tetap tersimpan; kirim lagi setelah tersambung.',
    errTimeout: 'Situs tidak menjawab tepat waktu. Komentar mungkin sudah diterima; periksa sebelum mengirim ulang.',
    errInvalidResponse: 'Jawaban situs tidak dapat dibaca. Komentar mungkin sudah diterima; periksa sebelum mengirim ulang.',
    errConfig: 'Formulir komentar belum diatur dengan benar (post-id atau site-url).',
    errUnknown: 'Komentar belum terkirim.',
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
    showLess: 'Sembunyikan',
    organization: 'Tim redaksi',
    profileOn: (name: string, network: string) => `${name} di ${network}`,
  },
};

/** The shape every language must provide: one section per element, strings or string functions. */
export type Dictionary = typeof id;
