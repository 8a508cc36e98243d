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
    explanation: 'Ads pay for our newsroom, so you can keep reading the news for free. Please allow ads on this site.',
    recheck: "I've turned it off, check again",
    checking: 'Checking…',
    stillBlocked:
      'An ad blocker is still active. If you have turned it off, reload the page; DNS filters, VPNs or other extensions can block ads too.',
    dismiss: 'Close',
  },

  backToTop: {
    label: 'Back to top',
  },

  authorCard: {
    showMore: 'Show more',
  },
};
