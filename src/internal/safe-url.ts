/**
 * URL checks for every URL a page or a server hands to a widget.
 *
 * Only `http:` and `https:` URLs (absolute, or relative to the page) are let through; anything else
 * (`javascript:`, `data:`, `vbscript:`, `blob:`, malformed input) is refused. The browser's own URL
 * parser decides, so tricks such as `java\tscript:`, leading control characters or upper case are
 * normalised before the scheme is read.
 */

const ALLOWED_PROTOCOLS = new Set(['http:', 'https:']);

/** The page's base URL, or a neutral base where there is no document (SSR, workers). */
function defaultBase(): string {
  return typeof document === 'undefined' ? 'https://invalid.invalid/' : document.baseURI;
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
 * Like {@link safeUrl}, but only for URLs written absolutely (`https://…`), as profile links must
 * be: a relative `same-as` entry is a typo, not a link to the page's own site.
 */
export function safeAbsoluteUrl(value: string | null | undefined): string | undefined {
  if (typeof value !== 'string' || !/^\s*https?:\/\//i.test(value)) return undefined;
  return safeUrl(value);
}
