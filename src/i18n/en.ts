import type { Dictionary } from './id.js';

/** English texts. Keys mirror `id.ts`. */
export const en: Dictionary = {
  commentForm: {
    title: 'Leave a Reply',
  },

  adSlot: {
    placeholder: 'Advertisement Space',
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
    showLess: 'Show less',
    organization: 'Newsroom',
    profileOn: (name: string, network: string) => `${name} on ${network}`,
  },
};
