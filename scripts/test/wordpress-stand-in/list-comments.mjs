// @ts-check
import { restError, restJson } from './responses.mjs';
import { toRestComment } from './rest-comments.mjs';

/**
 * `GET /wp/v2/comments` as WP_REST_Comments_Controller::get_items() answers an anonymous reader:
 * approved comments only, the collection parameters `<sabba-comments>` and `<sabba-comment-count>`
 * use (`post`, `parent`, `parent_exclude`, `include`, `before`, `after`, `order`, `orderby`,
 * `page`, `per_page`, `_fields`), WordPress's defaults (newest first, 10 per page), its
 * out-of-range errors, and `X-WP-Total` / `X-WP-TotalPages`.
 *
 * A stored comment may carry `rendered`: the HTML WordPress would send for it, for comments that
 * kses does not filter (an administrator's, a plugin's markup). Otherwise its text is rendered
 * escaped, as rest-comments.mjs does.
 */

/** @typedef {import('./comments-endpoint.mjs').Site} Site */
/** @typedef {import('./comments-endpoint.mjs').Visit} Visit */
/** @typedef {import('./store.mjs').StoredComment & { rendered?: string }} ListedComment */

const ORDERBY = ['date', 'date_gmt', 'id', 'include', 'post', 'parent'];

/**
 * A comma-separated or repeated ID list (`post=1,2`, `post[]=1&post[]=2`); `undefined` when absent,
 * `null` when not all integers.
 * @param {unknown} value
 * @returns {number[] | undefined | null}
 */
function idList(value) {
  if (value == null) return undefined;
  const parts = String(value)
    .split(/[\s,]+/)
    .filter(Boolean);
  return parts.every((p) => /^\d+$/.test(p)) ? parts.map(Number) : null;
}

/**
 * WordPress compares `before`/`after` with `comment_date` (the site's clock is UTC here).
 * @param {unknown} value
 */
function dateParam(value) {
  if (value == null) return undefined;
  const ms = Date.parse(/Z|[+-]\d\d:?\d\d$/.test(String(value)) ? String(value) : `${String(value)}Z`);
  return Number.isNaN(ms) ? null : ms;
}

/**
 * @param {Site} site @param {Visit} visit @param {Record<string, unknown>} params
 * @returns {import('./responses.mjs').StubResponse}
 */
export function listComments(site, visit, params) {
  /** @type {Record<string, number[] | undefined | null>} */
  const lists = {};
  for (const name of ['post', 'parent', 'parent_exclude', 'include']) {
    lists[name] = idList(params[name] ?? params[`${name}[]`]);
    if (lists[name] === null) return invalid(name, `${name}[0] is not of type integer.`, 'rest_invalid_type');
  }
  const perPage = params.per_page == null ? 10 : Number(params.per_page);
  if (!Number.isInteger(perPage) || perPage < 1 || perPage > 100) {
    return invalid('per_page', 'per_page must be between 1 (inclusive) and 100 (inclusive)', 'rest_out_of_bounds');
  }
  const page = params.page == null ? 1 : Number(params.page);
  if (!Number.isInteger(page) || page < 1)
    return invalid('page', 'page must be greater than or equal to 1', 'rest_out_of_bounds');
  const order = params.order == null ? 'desc' : String(params.order);
  if (order !== 'asc' && order !== 'desc')
    return invalid('order', 'order is not one of asc and desc.', 'rest_not_in_enum');
  const orderby = params.orderby == null ? 'date_gmt' : String(params.orderby);
  if (!ORDERBY.includes(orderby))
    return invalid('orderby', `orderby is not one of ${ORDERBY.join(', ')}.`, 'rest_not_in_enum');
  const before = dateParam(params.before);
  const after = dateParam(params.after);
  if (before === null || after === null)
    return invalid(before === null ? 'before' : 'after', 'Invalid date.', 'rest_invalid_date');

  const has = (/** @type {number[] | undefined | null} */ list, /** @type {number} */ n) =>
    list == null || list.includes(n);
  const sign = order === 'asc' ? 1 : -1;
  const matching = /** @type {ListedComment[]} */ (site.store.all())
    .filter(
      (c) =>
        c.approved &&
        has(lists.post, c.post) &&
        has(lists.parent, c.parent) &&
        !(lists.parent_exclude ?? []).includes(c.parent) &&
        has(lists.include, c.id) &&
        (before === undefined || c.dateGmt < before) &&
        (after === undefined || c.dateGmt > after),
    )
    .sort((a, b) => sign * (orderby === 'id' ? a.id - b.id : a.dateGmt - b.dateGmt || a.id - b.id));
  const totalPages = Math.ceil(matching.length / perPage);
  if (page > totalPages && matching.length > 0) {
    return restError(
      'rest_comment_invalid_page_number',
      'The page number requested is larger than the number of pages available.',
      400,
    );
  }
  const fields =
    params._fields == null
      ? undefined
      : String(params._fields)
          .split(',')
          .map((f) => f.trim());
  const items = matching.slice((page - 1) * perPage, page * perPage).map((c) => {
    const full = toRestComment(site, visit, c);
    const json = c.rendered === undefined ? full : { ...full, content: { rendered: c.rendered } };
    return fields === undefined
      ? json
      : Object.fromEntries(Object.entries(json).filter(([key]) => fields.includes(key)));
  });
  return restJson(200, items, { 'x-wp-total': String(matching.length), 'x-wp-totalpages': String(totalPages) });
}

/**
 * @param {string} param @param {string} message @param {string} code
 * @returns {import('./responses.mjs').StubResponse}
 */
function invalid(param, message, code) {
  return restError('rest_invalid_param', `Invalid parameter(s): ${param}`, 400, {
    params: { [param]: message },
    details: { [param]: { code, message, data: { param } } },
  });
}
