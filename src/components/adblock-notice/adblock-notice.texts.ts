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
  howToExtension:
    'Caranya: klik ikon pemblokir iklan di bilah ekstensi browser, pilih matikan untuk situs ini, lalu cek lagi.',
  howToBrave: 'Caranya: klik ikon singa Brave di bilah alamat, matikan Shields untuk situs ini, lalu cek lagi.',
  howToNetwork:
    'Iklan ditahan oleh jaringanmu (DNS seperti Pi-hole atau NextDNS, router, atau VPN), bukan oleh browser: tambahkan situs ini ke daftar izinnya, lalu cek lagi.',
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
  howToExtension:
    "How: click your ad blocker's icon in the browser's extension bar, turn it off for this site, then check again.",
  howToBrave: "How: click Brave's lion icon in the address bar, turn Shields off for this site, then check again.",
  howToNetwork:
    'Your network holds the ads back (a DNS filter such as Pi-hole or NextDNS, a router or a VPN), not your browser: add this site to its allowlist, then check again.',
});
