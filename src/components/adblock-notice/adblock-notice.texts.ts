import { defineTexts } from '../../i18n/index.js';

/** Indonesian, the default language; the seed article's own words where it has them. */
const id = {
  heading: 'Wett',
  message: 'Matiin Adblock Bro!',
  explanation:
    'Iklan membiayai kerja redaksi kami, supaya berita tetap bisa kamu baca gratis. Izinkan iklan di situs ini, ya.',
  recheck: 'Saya sudah mematikannya, cek lagi',
  checking: 'Sedang mengecek…',
  stillBlocked:
    'Pemblokir iklan masih terdeteksi. Kalau sudah dimatikan, muat ulang halaman; DNS, VPN, atau ekstensi lain juga bisa memblokir iklan.',
  dismiss: 'Tutup',
};

/** The texts of the adblock notice, one per key; a page can replace any of them through `strings`. */
export type AdblockNoticeTexts = typeof id;

/** The adblock notice's texts in Indonesian and English. */
export const adblockNoticeTexts = defineTexts('adblockNotice', id, {
  heading: 'Whoa',
  message: 'Please turn off your ad blocker!',
  explanation: 'Ads pay for our newsroom, so you can keep reading the news for free. Please allow ads on this site.',
  recheck: "I've turned it off, check again",
  checking: 'Checking…',
  stillBlocked:
    'An ad blocker is still active. If you have turned it off, reload the page; DNS filters, VPNs or other extensions can block ads too.',
  dismiss: 'Close',
});
