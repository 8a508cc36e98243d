// @ts-check
/**
 * A local stand-in for a WordPress site's comment endpoints, for the demo page (Vite) and the
 * browser tests (@web/test-runner). It answers like WordPress 6.x with default discussion
 * settings, status codes and error bodies included, so the comment form is built against the real
 * contract. Every route lives under `basePath`; anything else is passed on to the next middleware.
 *
 * Routes (B = basePath):
 *   POST/GET/OPTIONS B/wp-json/wp/v2/comments      REST create, list approved, CORS preflight
 *   POST/GET/OPTIONS B/?rest_route=/wp/v2/comments the same, for sites without pretty permalinks
 *   POST             B/wp-comments-post.php        the classic form handler (other methods: 405)
 *   POST B/__reset · GET B/__comments · POST B/__approve-all   test helpers, not WordPress
 *
 * Test-only fault injection: a request header `X-Sabba-Fault: 500 | 502-html | garbage | empty | hang | huge`
 * replaces the answer of any WordPress route with a broken one (see responses.mjs faultResponse).
 * `GET B/__streams` lists how each streamed (`huge`) answer ended: bytes sent, and whether the
 * client read it to the end or cancelled it.
 */
import { postClassicComment } from './classic-comments.mjs';
import { createHttpAdapters } from './http-adapters.mjs';
import { listComments } from './list-comments.mjs';
import { parseBody } from './request-body.mjs';
import { FAULTS, faultResponse, isJsonMediaType, restError, restJson, tooLarge } from './responses.mjs';
import { createComment } from './rest-comments.mjs';
import { createStore } from './store.mjs';

/** Bodies above this size are refused before parsing, as a front proxy would (413). */
export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * @typedef {object} EndpointOptions
 * @property {string} [basePath] site root path, e.g. '/wp'; '' or '/' for the origin root. Default '/wp'.
 * @property {string} [dataFile] persist comments to this JSON file; in memory when undefined
 * @property {boolean} [anonymousComments] REST accepts logged-out readers (a site that added the
 *   `rest_allow_anonymous_comments` filter). false = core default: 401. Default true.
 * @property {number} [floodSeconds] minimum seconds between comments from one IP or e-mail. Default 15.
 * @property {string} [validNonce] the X-WP-Nonce of the logged-in demo user; any other nonce gets 403. Default 'demo-nonce'.
 * @property {Record<number, { open: boolean, link?: string }>} [posts] existing posts; `link` is the
 *   permalink (absolute or site-relative), default `B/?p=ID`. Default: 1 open, 2 closed.
 * @property {'first' | 'none' | 'all'} [moderation] 'first' = WordPress default (held until the
 *   same name and e-mail have an approved comment), 'none' = approve all, 'all' = hold all. Default 'first'.
 * @property {{ id: number, name: string, email: string, url: string }} [user] who a valid nonce logs in
 * @property {() => number} [now] clock in milliseconds, for tests. Default Date.now.
 * @property {'*' | string | ((origin: string) => boolean)} [allowOrigin] which page origins may call
 *   the REST routes cross-origin. '*' reflects any origin, as WordPress does. Default '*'.
 */

/**
 * The site settings and services the route modules share.
 * @typedef {object} Site
 * @property {ReturnType<typeof createStore>} store
 * @property {string} basePath normalised: '' or '/wp' (no trailing slash)
 * @property {Record<number, { open: boolean, link?: string }>} posts
 * @property {boolean} anonymousComments
 * @property {number} floodSeconds
 * @property {'first' | 'none' | 'all'} moderation
 * @property {() => number} now
 * @property {(origin: string, postId: number) => string} postLink
 */

/**
 * What one request brings besides its parameters.
 * @typedef {object} Visit
 * @property {string} origin this site's origin as the client addressed it, e.g. 'http://127.0.0.1:8000'
 * @property {string} ip the client's address, for flood control
 * @property {{ id: number, name: string, email: string, url: string } | undefined} user set by a valid nonce
 * @property {boolean} wantsJson the request's Accept or Content-Type is JSON (wp_die answers in JSON)
 */

/**
 * A request as handle() takes it; header names in lower case.
 * @typedef {object} StubRequest
 * @property {string} method
 * @property {string} path may include a query string
 * @property {string | URLSearchParams | Record<string, string>} [query]
 * @property {Record<string, string | string[] | undefined>} [headers]
 * @property {string | Buffer} [body]
 * @property {string} [ip] client address; default '127.0.0.1'
 */

/** @typedef {import('./responses.mjs').StubResponse} StubResponse */

const REST_ROUTE = /^\/wp\/v2\/comments\/?$/;
const ALLOW_HEADERS = 'Authorization, X-WP-Nonce, Content-Disposition, Content-MD5, Content-Type, X-Sabba-Fault';

/**
 * Creates one stub site. Several can be mounted side by side with different base paths.
 * @param {EndpointOptions} [options]
 */
export function createCommentsEndpoint(options = {}) {
  const basePath = (options.basePath ?? '/wp').replace(/\/+$/, '');
  const validNonce = options.validNonce ?? 'demo-nonce';
  const allowOrigin = options.allowOrigin ?? '*';
  const user = options.user ?? { id: 1, name: 'Redaksi', email: 'redaksi@example.test', url: '' };
  const store = createStore(options.dataFile);
  /** How each streamed answer ended, for `GET B/__streams`. @type {{ sentBytes: number, complete: boolean }[]} */
  const streams = [];
  /** @type {Site} */
  const site = {
    store,
    basePath,
    posts: options.posts ?? { 1: { open: true }, 2: { open: false } },
    anonymousComments: options.anonymousComments ?? true,
    floodSeconds: options.floodSeconds ?? 15,
    moderation: options.moderation ?? 'first',
    now: options.now ?? Date.now,
    postLink(origin, postId) {
      const link = this.posts[postId]?.link;
      if (link === undefined) return `${origin}${basePath}/?p=${postId}`;
      return /^https?:\/\//i.test(link) ? link : `${origin}${link}`;
    },
  };

  /**
   * The whole endpoint as a function of one request. Synchronous and free of HTTP objects, so
   * tests can call it directly.
   * @param {StubRequest} request
   * @returns {StubResponse | undefined} undefined when the path is not one of this site's routes
   */
  function handle(request) {
    const url = splitUrl(request.path);
    const path = url.path;
    const query = request.query === undefined ? url.query : new URLSearchParams(request.query);
    const method = request.method.toUpperCase();
    const headers = lowerCaseHeaders(request.headers ?? {});
    const route = routeOf(path, query);
    if (!route) return undefined;

    if (route === 'reset' || route === 'dump' || route === 'approve' || route === 'streams')
      return helper(route, method);

    // CORS headers go on every REST answer, faults included, so a page on another origin sees the
    // broken body it is meant to handle rather than a generic network error. WordPress sends none
    // for wp-comments-post.php, and neither does the stub.
    const cors = route === 'rest' ? corsHeaders(headers.origin, allowOrigin) : {};
    const response = answer(route, method, query, headers, request);
    return response.hang ? response : { ...response, headers: { ...response.headers, ...cors } };
  }

  /**
   * @param {'rest' | 'classic'} route @param {string} method @param {URLSearchParams} query
   * @param {Record<string, string>} headers @param {StubRequest} request
   * @returns {StubResponse}
   */
  function answer(route, method, query, headers, request) {
    const isRest = route === 'rest';
    if (isRest && method === 'OPTIONS') {
      // rest_handle_options_request(): a 200 describing the route; the CORS headers do the work.
      return restJson(200, { namespace: 'wp/v2', methods: ['GET', 'POST'] }, { allow: 'GET, POST' });
    }
    const fault = headers['x-sabba-fault'];
    if (fault !== undefined) {
      if (!(/** @type {readonly string[]} */ (FAULTS).includes(fault))) {
        return restError(
          'sabba_stub_unknown_fault',
          `Unknown X-Sabba-Fault "${fault}"; use one of: ${FAULTS.join(', ')}.`,
          400,
        );
      }
      const broken = faultResponse(fault, isRest);
      if (broken.padding === undefined) return broken;
      return { ...broken, onClose: (sentBytes, complete) => void streams.push({ sentBytes, complete }) };
    }
    const body = request.body ?? '';
    if ((typeof body === 'string' ? Buffer.byteLength(body) : body.length) > MAX_BODY_BYTES) return tooLarge();

    /** @type {Visit} */
    const visit = {
      origin: originOf(headers),
      ip: request.ip ?? '127.0.0.1',
      user: undefined,
      wantsJson: isJsonMediaType(headers.accept) || isJsonMediaType(headers['content-type']),
    };
    const parsed = parseBody(headers['content-type'], body.toString());

    if (route === 'classic') {
      return postClassicComment(site, visit, method, 'params' in parsed && !parsed.json ? parsed.params : {});
    }

    // rest_cookie_check_errors() runs before anything else: a nonce that is present but wrong is
    // refused even for a logged-out reader; no nonce at all means "anonymous".
    const nonce = headers['x-wp-nonce'] ?? query.get('_wpnonce') ?? undefined;
    if (nonce !== undefined && nonce !== validNonce) {
      return restError('rest_cookie_invalid_nonce', 'Cookie check failed', 403);
    }
    if (nonce !== undefined) visit.user = user;

    if (method !== 'GET' && method !== 'HEAD' && method !== 'POST') {
      return restError('rest_no_route', 'No route was found matching the URL and request method.', 404);
    }
    if ('jsonError' in parsed) {
      return restError('rest_invalid_json', 'Invalid JSON body passed.', 400, {
        json_error_code: 4,
        json_error_message: parsed.jsonError,
      });
    }
    // WP_REST_Request::get_params(): JSON body over form body over query string.
    const params = { ...Object.fromEntries(query), ...parsed.params };
    delete params.rest_route;
    delete params._wpnonce;
    if (method === 'POST') return createComment(site, visit, params);
    const list = listComments(site, visit, params);
    return method === 'HEAD' ? { ...list, body: '' } : list;
  }

  /**
   * @param {'reset' | 'dump' | 'approve' | 'streams'} route @param {string} method
   * @returns {StubResponse}
   */
  function helper(route, method) {
    const wanted = route === 'dump' || route === 'streams' ? 'GET' : 'POST';
    if (method !== wanted) return { status: 405, headers: { allow: wanted, 'content-type': 'text/plain' }, body: '' };
    if (route === 'reset') store.reset();
    if (route === 'approve') store.approveAll();
    if (route === 'dump') return restJson(200, store.all());
    if (route === 'streams') return restJson(200, streams);
    return { status: 204, headers: {}, body: '' };
  }

  /**
   * @param {string} path @param {URLSearchParams} query
   * @returns {'rest' | 'classic' | 'reset' | 'dump' | 'approve' | 'streams' | undefined}
   */
  function routeOf(path, query) {
    if (!path.startsWith(basePath)) return undefined;
    const rest = path.slice(basePath.length);
    if (/^\/wp-json\/wp\/v2\/comments\/?$/.test(rest)) return 'rest';
    if (['', '/', '/index.php'].includes(rest) && REST_ROUTE.test(query.get('rest_route') ?? '')) return 'rest';
    if (rest === '/wp-comments-post.php') return 'classic';
    if (rest === '/__reset') return 'reset';
    if (rest === '/__comments') return 'dump';
    if (rest === '/__approve-all') return 'approve';
    if (rest === '/__streams') return 'streams';
    return undefined;
  }

  /** @param {string} url */
  function owns(url) {
    const { path, query } = splitUrl(url);
    return routeOf(path, query) !== undefined;
  }

  const adapters = createHttpAdapters(handle, owns, MAX_BODY_BYTES);
  return {
    handle,
    /** Connect / Vite middleware: `server.middlewares.use(endpoint.connect)`. */
    connect: adapters.connect,
    /** Koa / @web/test-runner middleware: `middleware: [endpoint.koa]`. */
    koa: adapters.koa,
    /** Forget every comment (and rewrite the data file, when there is one). */
    reset: () => store.reset(),
    /** @returns {import('./store.mjs').StoredComment[]} every stored comment, held ones included */
    list: () => store.all(),
    /** Approve every stored comment, as a moderator would; later comments by the same name and e-mail are then approved. */
    approveAll: () => store.approveAll(),
    /** Stores a comment as given (a test's seed data); `rendered` sets the HTML WordPress would send. */
    insert: (/** @type {Parameters<typeof store.insert>[0] & { rendered?: string }} */ comment) =>
      store.insert(comment),
  };
}

/**
 * rest_send_cors_headers(): WordPress reflects the caller's Origin and allows credentials; the
 * nonce, not CORS, is its CSRF protection. `allowOrigin` narrows that for the stub.
 * @param {string | undefined} origin @param {EndpointOptions['allowOrigin']} allowOrigin
 * @returns {Record<string, string>}
 */
function corsHeaders(origin, allowOrigin) {
  /** @type {Record<string, string>} */
  const headers = {
    'access-control-allow-headers': ALLOW_HEADERS,
    'access-control-expose-headers': 'X-WP-Total, X-WP-TotalPages, Link',
    vary: 'Origin',
  };
  if (origin === undefined) return headers;
  const allowed =
    allowOrigin === '*' || (typeof allowOrigin === 'function' ? allowOrigin(origin) : allowOrigin === origin);
  if (!allowed || !/^(null|https?:\/\/[a-z0-9.\-[\]:]+)$/i.test(origin)) return headers;
  return {
    ...headers,
    'access-control-allow-origin': origin,
    'access-control-allow-methods': 'OPTIONS, GET, POST, PUT, PATCH, DELETE',
    'access-control-allow-credentials': 'true',
  };
}

/**
 * The origin the client used, for absolute links. The Host header is reduced to characters a host
 * can have, so nothing a client sends can break a Location header.
 * @param {Record<string, string>} headers
 */
function originOf(headers) {
  const host = /^[a-z0-9.\-[\]:]+$/i.test(headers.host ?? '') ? headers.host : 'localhost';
  return `http://${host}`;
}

/** @param {Record<string, string | string[] | undefined>} headers */
function lowerCaseHeaders(headers) {
  /** @type {Record<string, string>} */
  const out = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  return out;
}

/**
 * A request target split into its decoded path and its query; a malformed escape leaves the path
 * as sent instead of throwing.
 * @param {string} url
 */
function splitUrl(url) {
  const mark = url.indexOf('?');
  const rawPath = mark === -1 ? url : url.slice(0, mark);
  let path = rawPath;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    // keep rawPath
  }
  return { path, query: new URLSearchParams(mark === -1 ? '' : url.slice(mark + 1)) };
}
