import { defineTexts, enNumber, idNumber } from '../../i18n/index.js';

/** Indonesian, the default language: WordPress's id_ID words. */
const id = {
  count: (n: number): string => (n === 0 ? 'Belum ada komentar' : `${idNumber(n)} komentar`),
};

/** The texts of the comment count; a page can replace any of them through `strings`. */
export type CommentCountTexts = typeof id;

/** The comment count's texts in Indonesian and English. */
export const commentCountTexts = defineTexts('commentCount', id, {
  count: (n: number): string => (n === 0 ? 'No comments yet' : n === 1 ? '1 comment' : `${enNumber(n)} comments`),
});
