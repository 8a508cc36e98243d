import type { CommentOutcome, CommentSubmitter, OutgoingComment } from '../submitter.js';
import { htmlToText, invalidResponse, readText, serverFault } from './http-outcome.js';

/**
 * The REST transport: a JSON POST to WordPress's `/wp/v2/comments` route, as
 * `WP_REST_Comments_Controller::create_item()` expects it. Answers `201` with the comment, or a
 * `{code, message, data: {status, params}}` error.
 *
 * Anonymous readers need a site that enables `rest_allow_anonymous_comments`; otherwise WordPress
 * answers `401 rest_comment_login_required` (the form then tells the reader, and the site should
 * use the classic transport). Logged-in readers need the `wp_rest` nonce in `X-WP-Nonce`.
 */

/** How to reach a site's REST API. */
export interface RestTransportOptions {
  /**
   * The REST API root, as WordPress prints it in `wpApiSettings.root`: `https://site/wp-json/` or,
   * on sites without pretty permalinks, `https://site/?rest_route=/`. Must be a checked URL.
   */
  restRoot: string;
  /** The `wp_rest` nonce of a logged-in reader; sends cookies along when set. */
  nonce?: string | undefined;
}

/** The URL of a route under a REST root, for both `/wp-json/` and `?rest_route=/` roots. */
export function restRouteUrl(restRoot: string, route: string): string {
  const url = new URL(restRoot);
  const viaQuery = url.searchParams.get('rest_route');
  if (viaQuery !== null) {
    url.searchParams.set('rest_route', `${viaQuery.replace(/\/+$/, '')}/${route}`);
    return url.href;
  }
  url.pathname = `${url.pathname.replace(/\/+$/, '')}/${route}`;
  return url.href;
}

/** The JSON body WordPress's REST controller reads. */
export function restBody(comment: OutgoingComment): Record<string, unknown> {
  return {
    post: comment.postId,
    parent: comment.parentId,
    content: comment.content,
    author_name: comment.authorName,
    author_email: comment.authorEmail,
    author_url: comment.authorUrl,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Interprets a REST answer: the created comment, a WordPress error, or a fault. */
export function readRestAnswer(status: number, body: string | undefined): CommentOutcome {
  let data: unknown;
  try {
    data = body === undefined || body === '' ? undefined : JSON.parse(body);
  } catch {
    data = undefined;
  }
  if (status === 201 || status === 200) {
    if (isRecord(data) && typeof data.id === 'number' && Number.isInteger(data.id) && data.id > 0) {
      return {
        ok: true,
        id: data.id,
        // `spam` (an anti-spam plugin) and any other status are not public either: say "held".
        status: data.status === 'approved' ? 'approved' : 'hold',
        link: typeof data.link === 'string' ? data.link : undefined,
      };
    }
    return invalidResponse(status);
  }
  if (isRecord(data) && typeof data.code === 'string' && data.code !== '') {
    const message = typeof data.message === 'string' ? htmlToText(data.message) : undefined;
    // A PHP fatal error comes back as JSON too, with WordPress's "critical error" text.
    if (status >= 500 && !data.code.startsWith('rest_comment') && !data.code.startsWith('comment_')) {
      return { ok: false, code: 'http_5xx', status, message };
    }
    const params = isRecord(data.data) && isRecord(data.data.params) ? Object.keys(data.data.params) : undefined;
    return { ok: false, code: data.code, status, message, params };
  }
  return serverFault(status) ?? invalidResponse(status);
}

/** Creates the REST transport for one site. */
export function createRestTransport(options: RestTransportOptions): CommentSubmitter {
  const endpoint = restRouteUrl(options.restRoot, 'wp/v2/comments');
  return async (comment, { signal }) => {
    const headers: Record<string, string> = { 'Content-Type': 'application/json', Accept: 'application/json' };
    if (options.nonce) headers['X-WP-Nonce'] = options.nonce;
    const response = await fetch(endpoint, {
      method: 'POST',
      headers,
      body: JSON.stringify(restBody(comment)),
      signal,
      // A nonce only means something with the reader's login cookies; an anonymous reader sends none.
      credentials: options.nonce ? 'include' : 'omit',
      cache: 'no-store',
      referrerPolicy: 'strict-origin-when-cross-origin',
    });
    return readRestAnswer(response.status, await readText(response));
  };
}
