// @ts-check
import { createHash } from 'node:crypto';
import { allowComment, checkMaxLengths, REST_LENGTH_MESSAGE } from './comment-rules.mjs';
import { restError, restJson } from './responses.mjs';
import {
  escUrlRaw,
  isEmail,
  phpTrim,
  renderCommentText,
  restDate,
  sanitizeTextField,
  wpSpecialchars,
} from './wp-text.mjs';

/**
 * `/wp/v2/comments` as WP_REST_Comments_Controller answers it, in WordPress's order: parameter
 * validation, then sanitising (the e-mail check lives there), then create_item_permissions_check(),
 * then create_item().
 */

/** @typedef {import('./comments-endpoint.mjs').Site} Site */
/** @typedef {import('./comments-endpoint.mjs').Visit} Visit */
/** @typedef {import('./store.mjs').StoredComment} StoredComment */
/** @typedef {import('./responses.mjs').StubResponse} StubResponse */

/**
 * POST /wp/v2/comments.
 * @param {Site} site @param {Visit} visit @param {Record<string, unknown>} params
 * @returns {StubResponse}
 */
export function createComment(site, visit, params) {
  const invalid = validateTypes(params, ['post', 'parent'], ['author_name', 'author_url']);
  if (invalid) return invalid;

  // check_comment_author_email(): an empty e-mail passes here so the "name and email" rule can
  // report it later; anything else must satisfy is_email().
  const email = params.author_email == null ? '' : String(params.author_email);
  if (email !== '' && !isEmail(email)) {
    return invalidParams({ author_email: ['rest_invalid_email', 'Invalid email address.', null] });
  }

  if (!visit.user && !site.anonymousComments) {
    return restError('rest_comment_login_required', 'Sorry, you must be logged in to comment.', 401);
  }
  const postId = params.post == null ? 0 : Math.trunc(Number(params.post));
  const post = site.posts[postId];
  if (!postId || !post) {
    return restError(
      'rest_comment_invalid_post_id',
      'Sorry, you are not allowed to create this comment without a post.',
      403,
    );
  }
  if (!post.open) {
    return restError('rest_comment_closed', 'Sorry, comments are closed for this item.', 403);
  }

  const content = readContent(params.content);
  if (content === '') return restError('rest_comment_content_invalid', 'Invalid comment content.', 400);

  let author = params.author_name == null ? '' : sanitizeTextField(String(params.author_name));
  let authorEmail = email;
  let authorUrl = params.author_url == null ? '' : escUrlRaw(String(params.author_url));
  if (visit.user && author === '' && authorEmail === '' && authorUrl === '') {
    // A logged-in reader who sends no author fields comments as their account.
    ({ name: author, email: authorEmail, url: authorUrl } = visit.user);
  }
  // require_name_email is on by default (Settings → Discussion).
  if (author === '' || authorEmail === '') {
    return restError(
      'rest_comment_author_data_required',
      'Creating a comment requires valid author name and email values.',
      400,
    );
  }
  const tooLong = checkMaxLengths({ author, authorEmail, authorUrl, content });
  if (tooLong) return restError(tooLong.code, REST_LENGTH_MESSAGE, 400);

  // The pre_comment_author_name filter escapes `&`, `<` and `>` before saving.
  const candidate = {
    post: postId,
    parent: params.parent == null ? 0 : Math.trunc(Number(params.parent)),
    userId: visit.user?.id ?? 0,
    author: wpSpecialchars(author),
    authorEmail,
    authorUrl,
    authorIp: visit.ip,
    content,
    dateGmt: site.now(),
  };
  const verdict = allowComment(candidate, site.store.all(), site);
  if ('code' in verdict) {
    // WordPress's core status for a flood is 429; the REST controller rewrites it to 400.
    return restError(verdict.code, verdict.message, verdict.code === 'comment_duplicate' ? 409 : 400);
  }
  // The parent is stored as given: core REST does not check that it exists (the classic form
  // does, since WordPress 6.2).
  const comment = site.store.insert({ ...candidate, approved: verdict.approved, via: 'rest' });
  return restJson(201, toRestComment(site, visit, comment), {
    location: `${visit.origin}${site.basePath}/wp-json/wp/v2/comments/${comment.id}`,
  });
}

/**
 * GET /wp/v2/comments: approved comments, newest first, paged like WordPress.
 * @param {Site} site @param {Visit} visit @param {Record<string, unknown>} params
 * @returns {StubResponse}
 */
export function listComments(site, visit, params) {
  const invalid = validateTypes(params, ['post', 'page', 'per_page'], []);
  if (invalid) return invalid;
  const perPage = params.per_page == null ? 10 : Number(params.per_page);
  if (perPage < 1 || perPage > 100) {
    return invalidParams({
      per_page: [
        'rest_out_of_bounds',
        'per_page must be between 1 (inclusive) and 100 (inclusive)',
        { param: 'per_page' },
      ],
    });
  }
  const page = params.page == null ? 1 : Number(params.page);
  if (page < 1) {
    return invalidParams({
      page: ['rest_out_of_bounds', 'page must be greater than or equal to 1', { param: 'page' }],
    });
  }
  const approved = site.store
    .all()
    .filter((c) => c.approved && (params.post == null || c.post === Number(params.post)))
    .sort((a, b) => b.dateGmt - a.dateGmt || b.id - a.id);
  const totalPages = Math.ceil(approved.length / perPage);
  if (page > totalPages && approved.length > 0) {
    return restError(
      'rest_comment_invalid_page_number',
      'The page number requested is larger than the number of pages available.',
      400,
    );
  }
  const items = approved.slice((page - 1) * perPage, page * perPage).map((c) => toRestComment(site, visit, c));
  return restJson(200, items, { 'x-wp-total': String(approved.length), 'x-wp-totalpages': String(totalPages) });
}

/**
 * The subset of WordPress's comment JSON the widgets read.
 * @param {Site} site @param {Visit} visit @param {StoredComment} c
 */
export function toRestComment(site, visit, c) {
  const date = restDate(c.dateGmt);
  const hash = createHash('md5').update(c.authorEmail.trim().toLowerCase()).digest('hex');
  /** @param {number} size */
  const avatar = (size) => `https://secure.gravatar.com/avatar/${hash}?s=${size}&d=mm&r=g`;
  return {
    id: c.id,
    post: c.post,
    parent: c.parent,
    author: c.userId,
    author_name: c.author,
    author_url: c.authorUrl,
    date,
    date_gmt: date,
    content: { rendered: renderCommentText(c.content) },
    link: `${site.postLink(visit.origin, c.post)}#comment-${c.id}`,
    status: c.approved ? 'approved' : 'hold',
    type: 'comment',
    author_avatar_urls: { 24: avatar(24), 48: avatar(48), 96: avatar(96) },
  };
}

/**
 * `content` may be a string or `{raw: string}`; anything else counts as no content.
 * @param {unknown} value
 */
function readContent(value) {
  if (typeof value === 'string') return phpTrim(value);
  if (value && typeof value === 'object' && typeof (/** @type {any} */ (value).raw) === 'string') {
    return phpTrim(/** @type {any} */ (value).raw);
  }
  return '';
}

/**
 * rest_validate_request_arg() type checks. Form fields arrive as strings, so "12" is a valid
 * integer, as rest_is_integer() allows.
 * @param {Record<string, unknown>} params @param {string[]} integers @param {string[]} strings
 */
function validateTypes(params, integers, strings) {
  /** @type {Record<string, [string, string, unknown]>} */
  const errors = {};
  for (const key of integers) {
    const value = params[key];
    if (value == null) continue;
    const ok =
      (typeof value === 'number' || (typeof value === 'string' && value.trim() !== '')) &&
      Number.isInteger(Number(value));
    if (!ok) errors[key] = ['rest_invalid_type', `${key} is not of type integer.`, { param: key }];
  }
  for (const key of strings) {
    if (params[key] != null && typeof params[key] !== 'string') {
      errors[key] = ['rest_invalid_type', `${key} is not of type string.`, { param: key }];
    }
  }
  return Object.keys(errors).length ? invalidParams(errors) : undefined;
}

/**
 * WordPress's `rest_invalid_param` error: `data.params` maps each parameter to its message,
 * `data.details` to the full inner error.
 * @param {Record<string, [code: string, message: string, data: unknown]>} errors
 */
function invalidParams(errors) {
  const entries = Object.entries(errors);
  return restError('rest_invalid_param', `Invalid parameter(s): ${Object.keys(errors).join(', ')}`, 400, {
    params: Object.fromEntries(entries.map(([key, [, message]]) => [key, message])),
    details: Object.fromEntries(entries.map(([key, [code, message, data]]) => [key, { code, message, data }])),
  });
}
