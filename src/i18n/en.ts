import type { Dictionary } from './id.js';

/** English texts. Keys mirror `id.ts`. */
export const en: Dictionary = {
  commentForm: {
    title: 'Leave a Reply',
    replyTo: (name: string): string => `Reply to ${name}`,
    replyToUnnamed: 'Reply to a comment',
    cancelReply: 'Cancel reply',
    notes: 'Your email address will not be published.',
    requiredNote: 'Required fields are marked',
    required: 'required',
    comment: 'Comment',
    name: 'Name',
    email: 'Email',
    url: 'Website',
    cookiesConsent: 'Save my name, email, and website in this browser for the next time I comment.',
    termsBefore: 'I accept the site’s',
    termsLink: 'comment guidelines',
    termsAfter: 'and take responsibility for what I write.',
    submit: 'Post Comment',
    submitting: 'Sending…',
    honeypot: 'Leave this empty',
    bytesLeft: (n: number): string => `${n.toLocaleString('en')} bytes left`,
    bytesOver: (n: number): string => `${n.toLocaleString('en')} bytes too many`,
    floodWait: (s: number): string => `Please wait ${s} seconds before posting again.`,
    draftRestored: 'Your draft comment was restored.',
    posted: 'Your comment has been posted.',
    held: 'Your comment is awaiting moderation. This is a preview; your comment will be visible after it has been approved.',
    sentUnconfirmed: 'Your comment was sent, but the site did not say what happened to it. A copy is kept in this browser.',
    previewLabel: 'Your comment',
    errorSummary: 'Your comment was not sent. Please check the marked fields.',
    errCommentRequired: 'Please type your comment.',
    errNameRequired: 'Please enter your name.',
    errEmailRequired: 'Please enter your email address.',
    errEmailInvalid: 'Please enter a valid email address, such as name@example.com.',
    errUrlInvalid: 'Please enter a valid website address starting with http:// or https://.',
    errTermsRequired: 'Please accept the comment guidelines to post.',
    errTooLong: (over: number): string => `Too long by ${over.toLocaleString('en')} bytes.`,
    errDuplicate: 'You have already posted this comment.',
    errFlood: 'You are posting comments too quickly. Please slow down.',
    errClosed: 'Comments are closed for this article.',
    errNoPost: 'This article was not found or does not accept comments.',
    errLoginRequired: 'You must be logged in to comment on this site.',
    errNonce: 'Your session has expired. Reload the page and send again; your comment is kept.',
    errReplyUnapproved: 'The comment you are replying to has not been approved yet.',
    errServer: 'The site’s server has a problem. Please try again later; your comment is kept.',
    errNetwork: 'Could not reach the site. Check your connection and try again; your comment is kept.',
    errOffline: 'You are offline. Your comment is kept; send it again once you are connected.',
    errTimeout: 'The site did not answer in time. Your comment may have arrived; check before sending again.',
    errInvalidResponse: 'The site’s answer could not be read. Your comment may have arrived; check before sending again.',
    errConfig: 'This comment form is not set up correctly (post-id or site-url).',
    errUnknown: 'Your comment was not sent.',
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
    showLess: 'Show less',
    organization: 'Newsroom',
    profileOn: (name: string, network: string) => `${name} on ${network}`,
  },
};
