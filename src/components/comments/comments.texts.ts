import { defineTexts, enNumber, idNumber } from '../../i18n/index.js';

/** Indonesian, the default language: WordPress's id_ID words where it has them. */
const id = {
  heading: (n: number): string => (n === 0 ? 'Komentar' : `${idNumber(n)} komentar`),
  reply: 'Balas',
  replyTo: (name: string): string => `Balas ke ${name}`,
  anonymous: 'Anonim',
  loading: 'Memuat komentar…',
  loadMore: 'Muat komentar lainnya',
  loadedMore: (n: number): string => `${idNumber(n)} komentar lagi dimuat.`,
  loaded: (n: number): string => `${idNumber(n)} komentar dimuat.`,
  empty: 'Belum ada komentar. Jadilah yang pertama!',
  closed: 'Komentar ditutup.',
  held: 'Komentar Anda sedang menunggu moderasi.',
  newComments: (n: number): string => `${idNumber(n)} komentar baru`,
  retry: 'Coba lagi',
  errLogin: 'Situs ini hanya menampilkan komentar kepada pembaca yang masuk.',
  errNotFound: 'Komentar tulisan ini tidak ditemukan di situs.',
  errServer: 'Situs sedang bermasalah, jadi komentar belum dapat dimuat.',
  errTimeout: 'Situs terlalu lama menjawab, jadi komentar belum dapat dimuat.',
  errOffline: 'Anda sedang luring. Komentar dimuat lagi setelah tersambung.',
  errMalformed: 'Jawaban situs tidak dapat dibaca, jadi komentar belum dapat dimuat.',
  errNetwork: 'Komentar belum dapat dimuat. Periksa sambungan Anda.',
  errConfig: 'Komentar tidak dapat dimuat: alamat situs atau ID tulisan tidak valid.',
};

/** The texts of the comment thread, one per key; a page can replace any of them through `strings`. */
export type CommentsTexts = typeof id;

/** The comment thread's texts in Indonesian and English. */
export const commentsTexts = defineTexts('comments', id, {
  heading: (n: number): string => (n === 0 ? 'Comments' : n === 1 ? '1 comment' : `${enNumber(n)} comments`),
  reply: 'Reply',
  replyTo: (name: string): string => `Reply to ${name}`,
  anonymous: 'Anonymous',
  loading: 'Loading comments…',
  loadMore: 'Load more comments',
  loadedMore: (n: number): string => (n === 1 ? '1 more comment loaded.' : `${enNumber(n)} more comments loaded.`),
  loaded: (n: number): string => (n === 1 ? '1 comment loaded.' : `${enNumber(n)} comments loaded.`),
  empty: 'No comments yet. Be the first!',
  closed: 'Comments are closed.',
  held: 'Your comment is awaiting moderation.',
  newComments: (n: number): string => (n === 1 ? '1 new comment' : `${enNumber(n)} new comments`),
  retry: 'Try again',
  errLogin: 'This site shows comments only to readers who are logged in.',
  errNotFound: "This post's comments were not found on the site.",
  errServer: 'The site has a problem, so the comments could not be loaded.',
  errTimeout: 'The site took too long to answer, so the comments could not be loaded.',
  errOffline: 'You are offline. The comments load again once you are connected.',
  errMalformed: "The site's answer could not be read, so the comments could not be loaded.",
  errNetwork: 'The comments could not be loaded. Check your connection.',
  errConfig: 'The comments cannot be loaded: the site address or post ID is not valid.',
});
