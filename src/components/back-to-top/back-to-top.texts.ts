import { defineTexts } from '../../i18n/index.js';

/** Indonesian, the default language; the seed article's own words where it has them. */
const id = {
  label: 'Kembali ke atas',
};

/** The texts of the back-to-top button, one per key; a page can replace any of them through `strings`. */
export type BackToTopTexts = typeof id;

/** The back-to-top button's texts in Indonesian and English. */
export const backToTopTexts = defineTexts('backToTop', id, {
  label: 'Back to top',
});
