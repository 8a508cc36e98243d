import { safeUrl } from './safe-url.js';
import { describeValue, warnOnce } from './warn.js';

/**
 * Reading a WordPress site's REST API from an element's attributes: the REST root from `site-url`
 * or `rest-root` (pretty `/wp-json/` and plain `?rest_route=/` sites alike), route URLs under it,
 * and post IDs. Bad values warn once, naming the element and attribute, and give `undefined`.
 */

/** The REST root for `site-url` and `rest-root`, or `undefined` (with a warning) when neither is a safe URL. */
export function resolveRestRoot(tag: string, siteUrl: string, restRoot: string): string | undefined {
  if (restRoot.trim() !== '') {
    const root = safeUrl(restRoot);
    if (root !== undefined) return root;
    warnOnce(`<${tag}> rest-root must be an http(s) URL; got ${describeValue(restRoot)}.`);
    return undefined;
  }
  const site = siteUrl.trim() === '' ? safeUrl('/') : safeUrl(siteUrl);
  if (site === undefined) {
    warnOnce(`<${tag}> site-url must be an http(s) URL; got ${describeValue(siteUrl)}.`);
    return undefined;
  }
  const url = new URL(site);
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return new URL('wp-json/', url).href;
}

/** A positive post ID, or `undefined` with a warning. */
export function parsePostId(tag: string, value: string): number | undefined {
  const n = Number(value.trim());
  if (/^\d+$/.test(value.trim()) && Number.isSafeInteger(n) && n > 0) return n;
  warnOnce(`<${tag}> post-id must be a positive whole number; got ${describeValue(value)}.`);
  return undefined;
}

/** The URL of a REST route under `restRoot`, for both `/wp-json/` and `?rest_route=/` roots. */
export function routeUrl(restRoot: string, route: string, params: readonly (readonly [string, string])[]): string {
  const url = new URL(restRoot);
  const query = new URLSearchParams();
  if (url.searchParams.has('rest_route')) {
    query.set('rest_route', `${(url.searchParams.get('rest_route') ?? '/').replace(/\/+$/, '')}/${route}`);
  } else {
    url.pathname = `${url.pathname.replace(/\/+$/, '')}/${route}`;
  }
  for (const [name, value] of params) query.append(name, value);
  url.search = query.toString();
  return url.href;
}
