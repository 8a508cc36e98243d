// What every page of this app shares: a comment back end that is not WordPress (it records each
// call, so the test can see the form used it) and the page's log line.
import type { CommentSubmitter } from 'sabba-widgets';

declare global {
  interface Window {
    submitted: string[];
  }
}
window.submitted = [];

/** A custom back end: the form must call it instead of posting to WordPress. */
export const submitter: CommentSubmitter = (comment) => {
  window.submitted.push(comment.content);
  return Promise.resolve({ ok: true, id: 101, status: 'hold' });
};

/** The ad slot's creative, served by this app. */
export const creativeUrl = new URL('creative.html', document.baseURI).href;
