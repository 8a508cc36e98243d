import { safeUrl } from '../../internal/safe-url.js';
import { describeValue, warnOnce } from '../../internal/warn.js';

/**
 * The thread's attributes read into checked settings: a bad value warns once, naming the
 * attribute, and falls back to something safe.
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

/** A whole number within [min, max], or `fallback` with a warning. */
export function parseWhole(tag: string, attribute: string, value: number, fallback: number, min: number, max: number): number {
  if (Number.isInteger(value) && value >= min && value <= max) return value;
  warnOnce(`<${tag}> ${attribute} must be a whole number from ${min} to ${max}; got ${describeValue(value)}. Using ${fallback}.`);
  return fallback;
}

/** `asc` (WordPress's default, oldest first) or `desc`. */
export function parseOrder(tag: string, value: string): 'asc' | 'desc' {
  const v = value.trim().toLowerCase();
  if (v === 'desc') return 'desc';
  if (v !== '' && v !== 'asc') warnOnce(`<${tag}> order must be "asc" or "desc"; got ${describeValue(value)}. Using "asc".`);
  return 'asc';
}
