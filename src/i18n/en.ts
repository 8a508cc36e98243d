import type { Dictionary } from './id.js';

/** English texts. Keys mirror `id.ts`. */
export const en: Dictionary = {
  commentForm: {
    title: 'Leave a Reply',
  },

  adSlot: {
    /** The visible label above every slot (Dewan Pers: paid content must say so). */
    label: 'Advertisement',
    /** Shown in the reserved space until a creative fills it. */
    placeholder: 'Advertisement Space',
    /** The accessible name of a creative's iframe. */
    frameTitle: 'Advertisement',
  },

  adblockNotice: {
    heading: 'Whoa',
    message: 'Please turn off your ad blocker!',
  },

  backToTop: {
    label: 'Back to top',
  },

  authorCard: {
    showMore: 'Show more',
  },
};
