// @ts-check
import { byteLength } from './wp-text.mjs';

/** @typedef {import('./store.mjs').StoredComment} StoredComment */

/**
 * WordPress's checks that both transports share, ported from wp-includes/comment.php:
 * wp_check_comment_data_max_lengths(), wp_allow_comment() (duplicate, then flood) and
 * check_comment() (moderation). Each returns a `{code, message}` failure or the verdict.
 */

/**
 * Column limits from wp_get_comment_fields_max_lengths() on a default MySQL schema. WordPress
 * counts bytes (strlen / mb_strlen '8bit'); tinytext and text lose 10 bytes of margin.
 */
export const MAX_BYTES = { author: 245, authorEmail: 100, authorUrl: 200, content: 65525 };

/**
 * wp_check_comment_data_max_lengths() codes and messages. The classic form shows these messages;
 * REST keeps the code but replaces the message (see REST_LENGTH_MESSAGE).
 */
const LENGTH_CHECKS = /** @type {const} */ ([
  ['author', 'comment_author_column_length', '<strong>Error:</strong> Your name is too long.'],
  ['authorEmail', 'comment_author_email_column_length', '<strong>Error:</strong> Your email address is too long.'],
  ['authorUrl', 'comment_author_url_column_length', '<strong>Error:</strong> Your URL is too long.'],
  ['content', 'comment_content_column_length', '<strong>Error:</strong> Your comment is too long.'],
]);

/** What the REST controller says for any of the four length codes. */
export const REST_LENGTH_MESSAGE = 'Comment field exceeds maximum length allowed.';

export const DUPLICATE_MESSAGE = 'Duplicate comment detected; it looks as though you&#8217;ve already said that!';
export const FLOOD_MESSAGE = 'You are posting comments too quickly. Slow down.';

/**
 * @param {{ author: string, authorEmail: string, authorUrl: string, content: string }} fields
 * @returns {{ code: string, message: string } | undefined}
 */
export function checkMaxLengths(fields) {
  for (const [field, code, message] of LENGTH_CHECKS) {
    if (byteLength(fields[field]) > MAX_BYTES[field]) return { code, message };
  }
  return undefined;
}

/**
 * @typedef {object} Candidate
 * @property {number} post
 * @property {number} parent
 * @property {number} userId
 * @property {string} author
 * @property {string} authorEmail
 * @property {string} authorIp
 * @property {string} content
 * @property {number} dateGmt
 */

/**
 * wp_allow_comment(): duplicate first, then flood, then the moderation verdict.
 * @param {Candidate} candidate
 * @param {StoredComment[]} existing
 * @param {{ floodSeconds: number, moderation: 'first' | 'none' | 'all' }} settings
 * @returns {{ code: 'comment_duplicate' | 'comment_flood', message: string } | { approved: boolean }}
 */
export function allowComment(candidate, existing, settings) {
  if (existing.some((c) => isDuplicate(candidate, c))) {
    return { code: 'comment_duplicate', message: DUPLICATE_MESSAGE };
  }
  if (isFlood(candidate, existing, settings.floodSeconds)) {
    return { code: 'comment_flood', message: FLOOD_MESSAGE };
  }
  return { approved: isApproved(candidate, existing, settings.moderation) };
}

/**
 * Same post, parent and content, and the same name or (when given) the same email; held comments
 * count too. MySQL's default collation compares case-insensitively, approximated by lower-casing.
 * @param {Candidate} a @param {StoredComment} b
 */
function isDuplicate(a, b) {
  const same = (/** @type {string} */ x, /** @type {string} */ y) => x.toLowerCase() === y.toLowerCase();
  return (
    a.post === b.post &&
    a.parent === b.parent &&
    same(a.content, b.content) &&
    (same(a.author, b.author) || (a.authorEmail !== '' && same(a.authorEmail, b.authorEmail)))
  );
}

/**
 * wp_check_comment_flood() + wp_throttle_comment_flood(): the newest comment from the same IP (or
 * user) or the same email within the last hour is less than `floodSeconds` whole seconds old.
 * WordPress compares MySQL datetimes, so times are truncated to seconds.
 * @param {Candidate} candidate @param {StoredComment[]} existing @param {number} floodSeconds
 */
function isFlood(candidate, existing, floodSeconds) {
  const now = Math.floor(candidate.dateGmt / 1000);
  return existing.some((c) => {
    const then = Math.floor(c.dateGmt / 1000);
    const sameSender = candidate.userId ? c.userId === candidate.userId : c.authorIp === candidate.authorIp;
    return (sameSender || c.authorEmail === candidate.authorEmail) && then >= now - 3600 && now - then < floodSeconds;
  });
}

/**
 * check_comment() with WordPress's default discussion settings: a comment with two or more links
 * (comment_max_links = 2, links counted after make_clickable) is held; otherwise a comment is
 * approved only when the same name and email already have an approved comment
 * (comment_previously_approved). 'none' and 'all' model the site turning moderation off or on.
 * @param {Candidate} candidate @param {StoredComment[]} existing
 * @param {'first' | 'none' | 'all'} moderation
 */
function isApproved(candidate, existing, moderation) {
  if (moderation === 'none') return true;
  if (moderation === 'all') return false;
  const links = candidate.content.match(/<a [^>]*href|\b(?:https?|ftp):\/\/|\bwww\./gi) ?? [];
  if (links.length >= 2) return false;
  if (candidate.author === '' || candidate.authorEmail === '') return false;
  return existing.some((c) => c.approved && c.author === candidate.author && c.authorEmail === candidate.authorEmail);
}
