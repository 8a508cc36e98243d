// @ts-check
/** The five elements, by folder name under src/components/. */
export const ELEMENTS = ['comment-form', 'ad-slot', 'adblock-notice', 'back-to-top', 'author-card'];
