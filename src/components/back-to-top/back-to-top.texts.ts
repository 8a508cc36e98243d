import type { SectionTexts } from '../../i18n/index.js';

/** Indonesian, the default language; the seed article's own words where it has them. */
const id = {
  label: 'Kembali ke atas',
};

/** The texts of the back-to-top button, one per key; a page can replace any of them through `strings`. */
export type BackToTopTexts = typeof id;

/**
 * The back-to-top button's texts in every language. They live beside the element, not in a shared
 * dictionary, so a bundle carries only the texts of the elements it contains.
 */
export const backToTopTexts: SectionTexts<BackToTopTexts> = {
  section: 'backToTop',
  id,
  en: {
    label: 'Back to top',
  },
};
