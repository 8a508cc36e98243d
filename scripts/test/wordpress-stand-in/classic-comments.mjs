// @ts-check
import { createHmac } from 'node:crypto';
import { allowComment, checkMaxLengths } from './comment-rules.mjs';
import { wpDie } from './responses.mjs';
import { escUrlRaw, isEmail, phpTrim, restDate, sanitizeTextField, wpSpecialchars } from './wp-text.mjs';

/**
 * `wp-comments-post.php`: wp_handle_comment_submission() and the redirect or wp_die() page around
 * it. Validation failures really answer 200 OK with an error page; only duplicate (409), flood
 * (429) and closed (403) carry a telling status.
 */

/** @typedef {import('./comments-endpoint.mjs').Site} Site */
/** @typedef {import('./comments-endpoint.mjs').Visit} Visit */
/** @typedef {import('./responses.mjs').StubResponse} StubResponse */

/** nocache_headers(): wp-comments-post.php sends them on every answer. */
const NO_CACHE = {
  expires: 'Wed, 11 Jan 1984 05:00:00 GMT',
  'cache-control': 'no-cache, must-revalidate, max-age=0',
};

/**
 * @param {Site} site @param {Visit} visit
 * @param {string} method @param {Record<string, unknown>} form the posted fields ($_POST)
 * @returns {StubResponse}
 */
export function postClassicComment(site, visit, method, form) {
  if (method !== 'POST') {
    return { status: 405, headers: { allow: 'POST', 'content-type': 'text/plain' }, body: '' };
  }
  /** @param {string} key */
  const field = (key) => (typeof form[key] === 'string' ? /** @type {string} */ (form[key]) : '');
  /** @param {number} status @param {string} messageHtml */
  const fail = (status, messageHtml) => {
    const page = wpDie({
      status,
      title: 'Comment Submission Failure',
      messageHtml: `<p>${messageHtml}</p>`,
      backLink: true,
      json: visit.wantsJson,
    });
    return { ...page, headers: { ...page.headers, ...NO_CACHE } };
  };

  const parent = Math.abs(Math.trunc(Number(field('comment_parent')) || 0));
  if (parent !== 0 && !site.store.get(parent)?.approved) {
    // WordPress 6.2+ refuses replies to a comment that does not exist or is still held.
    return fail(403, 'Sorry, replies to unapproved comments are not allowed.');
  }
  const postId = Math.trunc(Number(field('comment_post_ID')) || 0);
  const post = site.posts[postId];
  // comment_id_not_found carries no status, so wp-comments-post.php just exits: a blank 200.
  if (!post) return { status: 200, headers: { 'content-type': 'text/html; charset=UTF-8', ...NO_CACHE }, body: '' };
  if (!post.open) return fail(403, 'Sorry, comments are closed for this item.');

  const author = sanitizeTextField(field('author'));
  const authorEmail = phpTrim(field('email'));
  const rawUrl = phpTrim(field('url'));
  const content = phpTrim(field('comment'));
  // require_name_email is on by default; these three really answer 200 OK.
  if (author === '' || authorEmail === '') return fail(200, '<strong>Error:</strong> Please fill the required fields.');
  if (!isEmail(authorEmail)) return fail(200, '<strong>Error:</strong> Please enter a valid email address.');
  if (content === '') return fail(200, '<strong>Error:</strong> Please type your comment text.');
  // The length check sees the URL as typed; esc_url_raw() runs later, in wp_filter_comment().
  const tooLong = checkMaxLengths({ author, authorEmail, authorUrl: rawUrl, content });
  if (tooLong) return fail(200, tooLong.message);

  const candidate = {
    post: postId,
    parent,
    userId: 0, // cookie logins are out of scope: the stub sets and reads no cookies
    author: wpSpecialchars(author),
    authorEmail,
    authorUrl: escUrlRaw(rawUrl),
    authorIp: visit.ip,
    content,
    dateGmt: site.now(),
  };
  const verdict = allowComment(candidate, site.store.all(), site);
  if ('code' in verdict) return fail(verdict.code === 'comment_duplicate' ? 409 : 429, verdict.message);
  const comment = site.store.insert({ ...candidate, approved: verdict.approved, via: 'classic' });

  // With wp-comment-cookies-consent WordPress now sets comment_author_* cookies and shows the held
  // comment from them. The stub sets no cookies (project rule), but keeps WordPress's redirect:
  // only without consent does the link carry ?unapproved=…&moderation-hash=….
  const consent = 'wp-comment-cookies-consent' in form;
  const base = safeRedirect(site, visit, field('redirect_to')) ?? site.postLink(visit.origin, postId);
  let location = `${base}#comment-${comment.id}`;
  if (!consent && !comment.approved) {
    // wp_hash(comment_date_gmt), with a fixed stub salt.
    const hash = createHmac('md5', 'sabba-stub-salt').update(restDate(comment.dateGmt).replace('T', ' ')).digest('hex');
    location =
      addQueryArgs(base, { unapproved: String(comment.id), 'moderation-hash': hash }) + `#comment-${comment.id}`;
  }
  return { status: 302, headers: { location, 'x-redirect-by': 'WordPress', ...NO_CACHE }, body: '' };
}

/**
 * wp_safe_redirect(): `redirect_to` is used only when it stays on this host.
 * @param {Site} site @param {Visit} visit @param {string} target
 */
function safeRedirect(site, visit, target) {
  if (target === '') return undefined;
  try {
    const url = new URL(target, `${visit.origin}${site.basePath}/`);
    if (url.origin === visit.origin) return url.href.replace(/#.*$/, '');
  } catch {
    // not a URL: fall back to WordPress's default
  }
  return `${visit.origin}${site.basePath}/wp-admin/`;
}

/**
 * add_query_arg() for a URL that has no fragment.
 * @param {string} url @param {Record<string, string>} args
 */
function addQueryArgs(url, args) {
  const query = new URLSearchParams(args).toString();
  return `${url}${url.includes('?') ? '&' : '?'}${query}`;
}
