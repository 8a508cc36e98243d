import { safeUrl } from '../../internal/safe-url.js';
import { describeValue, warnOnce } from '../../internal/warn.js';

/**
 * Reads the element's attributes into checked settings. Every bad value falls back to something
 * safe and warns once, naming the attribute: a news page must never break because of a typo.
 */

/** The transports the element knows. */
export type TransportName = 'rest' | 'classic';

/** A positive integer ID from an attribute, or `undefined` (with a warning) for anything else. */
export function parseId(value: string, attribute: string, allowZero = false): number | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return allowZero ? 0 : undefined;
  const n = Number(trimmed);
  if (/^\d+$/.test(trimmed) && Number.isSafeInteger(n) && (n > 0 || allowZero)) return n;
  warnOnce(`<sabba-comment-form> ${attribute} must be a positive whole number; got ${describeValue(value)}.`);
  return allowZero ? 0 : undefined;
}

/** The site root as an absolute URL ending in `/`, or `undefined` for an unsafe value. */
export function parseSiteUrl(value: string, base?: string): string | undefined {
  const url = value.trim() === '' ? safeUrl('/', base) : safeUrl(value, base);
  if (url === undefined) {
    warnOnce(`<sabba-comment-form> site-url must be an http(s) URL; got ${describeValue(value)}.`);
    return undefined;
  }
  const parsed = new URL(url);
  parsed.search = '';
  parsed.hash = '';
  if (!parsed.pathname.endsWith('/')) parsed.pathname += '/';
  return parsed.href;
}

/** The REST root: `rest-root` when set and safe, else `{site}/wp-json/`. */
export function parseRestRoot(value: string, siteUrl: string, base?: string): string {
  if (value.trim() !== '') {
    const url = safeUrl(value, base);
    if (url !== undefined) return url;
    warnOnce(
      `<sabba-comment-form> rest-root must be an http(s) URL; got ${describeValue(value)}. Using ${siteUrl}wp-json/.`,
    );
  }
  return new URL('wp-json/', siteUrl).href;
}

/** `rest` or `classic`; anything else is `rest` with a warning. */
export function parseTransport(value: string): TransportName {
  const v = value.trim().toLowerCase();
  if (v === '' || v === 'rest') return 'rest';
  if (v === 'classic') return 'classic';
  warnOnce(`<sabba-comment-form> transport must be "rest" or "classic"; got ${describeValue(value)}. Using "rest".`);
  return 'rest';
}

/**
 * `require-name-email` mirrors a WordPress option that is on by default, so its attribute is a
 * switch with an explicit "off": absent, empty or `true` mean on; `false`, `off`, `no` or `0` off.
 */
export function parseSwitch(value: string | null, attribute: string): boolean {
  if (value === null) return true;
  const v = value.trim().toLowerCase();
  if (['', 'true', 'on', 'yes', '1'].includes(v)) return true;
  if (['false', 'off', 'no', '0'].includes(v)) return false;
  warnOnce(`<sabba-comment-form> ${attribute} must be "true" or "false"; got ${describeValue(value)}. Using "true".`);
  return true;
}

/** A number of seconds within [min, max], or `fallback` with a warning. */
export function parseSeconds(value: number, attribute: string, fallback: number, min: number, max: number): number {
  if (Number.isFinite(value) && value >= min && value <= max) return value;
  warnOnce(
    `<sabba-comment-form> ${attribute} must be between ${min} and ${max} seconds; got ${describeValue(value)}. Using ${fallback}.`,
  );
  return fallback;
}
