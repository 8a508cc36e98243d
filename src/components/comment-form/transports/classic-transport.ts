import type { CommentOutcome, CommentSubmitter, OutgoingComment } from '../submitter.js';
import { classicErrorCode } from '../wp-errors.js';
import { invalidResponse, readText } from './http-outcome.js';
import { markupToText, parseInertHtml } from './inert-html.js';

/**
 * The classic transport: the form-encoded POST a WordPress theme's own comment form makes to
 * `wp-comments-post.php`. It works on every WordPress, anonymous comments included.
 *
 * What `fetch` can read of WordPress's answer:
 * - Success is a `302` to `…#comment-ID`, or `…?unapproved=ID&moderation-hash=…#comment-ID` for a
 *   held comment. `redirect: 'manual'` hides everything (an "opaqueredirect" response, even on the
 *   same origin), so the request follows the redirect and reads `response.url`. The Fetch standard
 *   drops the fragment from `response.url`, so the ID of an *approved* comment is not readable (it
 *   is `null`); a *held* one is, from `unapproved=`. The form never sends
 *   `wp-comment-cookies-consent` (it remembers the reader itself, without cookies), so WordPress
 *   always adds `unapproved=` to a held comment's redirect.
 * - Errors are WordPress's `wp_die()` page (`<body id="error-page">`), whose status is `200` for
 *   validation failures: the page is recognised by its markup, not by its status.
 * - Cross-origin, WordPress sends no CORS headers for `wp-comments-post.php`, so a readable request
 *   is impossible. The comment is then posted with `mode: 'no-cors'` (WordPress still receives and
 *   handles it), and the outcome is reported as unconfirmed: `{status: 'hold', id: null,
 *   confirmed: false}`. Sites embedding the form on another origin should use the REST transport.
 */

/** How to reach a site's classic comment handler. */
export interface ClassicTransportOptions {
  /** The site root (WordPress's `home_url()`), a checked absolute URL. */
  siteUrl: string;
  /** The page's origin, to decide whether WordPress's answer is readable. */
  pageOrigin: string;
}

/** The form fields `wp-comments-post.php` reads, as WordPress's own comment form names them. */
export function classicBody(comment: OutgoingComment): URLSearchParams {
  return new URLSearchParams({
    comment: comment.content,
    author: comment.authorName,
    email: comment.authorEmail,
    url: comment.authorUrl,
    comment_post_ID: String(comment.postId),
    comment_parent: String(comment.parentId),
  });
}

/** The URL of `wp-comments-post.php` under a site root. */
export function classicEndpoint(siteUrl: string): string {
  const url = new URL(siteUrl);
  url.search = '';
  url.hash = '';
  url.pathname = `${url.pathname.replace(/\/+$/, '')}/wp-comments-post.php`;
  return url.href;
}

/** What a followed redirect tells: held with an ID, or approved (the ID was in the fragment). */
export function readRedirect(finalUrl: string): CommentOutcome {
  let url: URL;
  try {
    url = new URL(finalUrl);
  } catch {
    return invalidResponse(0);
  }
  const unapproved = Number(url.searchParams.get('unapproved'));
  if (Number.isInteger(unapproved) && unapproved > 0)
    return { ok: true, id: unapproved, status: 'hold', link: url.href };
  // A redirect to the login page is WordPress asking the reader to log in, not a posted comment.
  if (url.pathname.endsWith('/wp-login.php')) return { ok: false, code: 'not_logged_in', status: 0 };
  return { ok: true, id: null, status: 'approved', link: url.href };
}

/** The `wp_die()` message without the back link, prefix or page chrome, read without a parser. */
function dieMessageText(body: string): string {
  const withoutHead = body.replace(/<head\b[\s\S]*?<\/head\s*>/i, ' ');
  const withoutBackLink = withoutHead.replace(/<a\b[^>]*href=["']?javascript:[\s\S]*?<\/a\s*>/gi, ' ');
  return markupToText(withoutBackLink).replace(/^(Error|Galat|Kesalahan):\s*/i, '');
}

/** readClassicPage for a page whose Trusted Types policy refuses the parser (see inert-html.ts). */
function readClassicPageAsText(status: number, body: string): CommentOutcome {
  if (/\bid=["']?error-page\b/i.test(body)) {
    const message = dieMessageText(body);
    return { ok: false, code: classicErrorCode(message, status), status, message };
  }
  if (status >= 500) return { ok: false, code: 'http_5xx', status };
  if (status === 200 && body.trim() === '') return { ok: false, code: 'comment_id_not_found', status };
  return invalidResponse(status);
}

/** Interprets an answer that was not a redirect: a `wp_die()` page, a blank page, or a fault. */
export function readClassicPage(status: number, body: string | undefined): CommentOutcome {
  if (body === undefined) return invalidResponse(status);
  const doc = parseInertHtml(body);
  if (doc === undefined) return readClassicPageAsText(status, body);
  const errorPage = doc.body.id === 'error-page' ? doc.body : doc.querySelector('#error-page');
  if (errorPage) {
    const messageBox = errorPage.querySelector('.wp-die-message') ?? errorPage;
    // The back link ("« Back") is navigation, not part of the message.
    for (const link of messageBox.querySelectorAll('a[href^="javascript:"]')) link.remove();
    const message = messageBox.textContent
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^(Error|Galat|Kesalahan):\s*/i, '');
    return { ok: false, code: classicErrorCode(message, status), status, message };
  }
  if (status >= 500) return { ok: false, code: 'http_5xx', status };
  // wp-comments-post.php exits without a word when the post does not exist, is in the trash or is
  // password-protected: a blank 200.
  if (status === 200 && body.trim() === '') return { ok: false, code: 'comment_id_not_found', status };
  return invalidResponse(status);
}

/** Creates the classic transport for one site. */
export function createClassicTransport(options: ClassicTransportOptions): CommentSubmitter {
  const endpoint = classicEndpoint(options.siteUrl);
  const sameOrigin = new URL(endpoint).origin === options.pageOrigin;
  return async (comment, { signal }) => {
    const init: RequestInit = {
      method: 'POST',
      body: classicBody(comment),
      signal,
      cache: 'no-store',
      redirect: 'follow',
      headers: { Accept: 'text/html' },
    };
    if (!sameOrigin) {
      await fetch(endpoint, { ...init, headers: {}, mode: 'no-cors', credentials: 'omit' });
      return { ok: true, id: null, status: 'hold', confirmed: false };
    }
    const response = await fetch(endpoint, { ...init, credentials: 'same-origin' });
    if (response.redirected) {
      // The body is the post page; it is not needed, so it is not downloaded.
      void response.body?.cancel().catch(() => undefined);
      return readRedirect(response.url);
    }
    return readClassicPage(response.status, await readText(response));
  };
}
