/**
 * URL checks for every URL a page or a server hands to a widget.
 *
 * Only `http:` and `https:` URLs (absolute, or relative to the page) are let through; anything else
 * (`javascript:`, `data:`, `vbscript:`, `blob:`, malformed input) is refused. The browser's own URL
 * parser decides, so tricks such as `java\tscript:`, leading control characters or upper case are
 * normalised before the scheme is read.
 */

const ALLOWED_PROTOCOLS = new Set(['http:', 'https:']);

/** Stands in for the page where there is none. */
const NEUTRAL_BASE = 'https://invalid.invalid/';

/**
 * The page's base URL, or a neutral base where there is no page: workers, and server rendering,
 * whose DOM shim has a `document` without `baseURI`.
 */
function defaultBase(): string {
  const base = typeof document === 'undefined' ? undefined : (document as Partial<Document>).baseURI;
  return typeof base === 'string' ? base : NEUTRAL_BASE;
}

/**
 * Resolves `value` against the page and returns the absolute URL when it is a safe `http(s)` URL,
 * or `undefined` when it is missing, empty, malformed or of another scheme.
 */
export function safeUrl(value: string | null | undefined, base: string = defaultBase()): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  let url: URL;
  try {
    url = new URL(trimmed, base);
  } catch {
    return undefined;
  }
  return ALLOWED_PROTOCOLS.has(url.protocol) ? url.href : undefined;
}

/**
 * For an `href` or `src` a widget renders: the value as written when {@link safeUrl} accepts it.
 * The browser resolves it as it would the absolute URL, and a server-rendered relative link stays
 * relative instead of pointing at the neutral base (and matches the browser's render).
 */
export function safeLink(value: string | null | undefined): string | undefined {
  return safeUrl(value) === undefined ? undefined : value?.trim();
}

/**
 * Like {@link safeUrl}, but only for URLs written absolutely (`https://…`), as profile links must
 * be: a relative `same-as` entry is a typo, not a link to the page's own site.
 */
export function safeAbsoluteUrl(value: string | null | undefined): string | undefined {
  if (typeof value !== 'string' || !/^\s*https?:\/\//i.test(value)) return undefined;
  return safeUrl(value);
}
