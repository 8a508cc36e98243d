/**
 * Script URLs that arrive as markup attributes (`script-src`, `probe-url`). A widget turns them
 * into a `<script>` it creates itself, which a nonce policy with `'strict-dynamic'` lets run; so
 * an attribute alone (one injected `<sabba-ad-slot script-src=…>`) must never pick the origin.
 * Only the page's own origin and the hosts the caller knows (Google's ad script hosts) are taken;
 * any other origin has to be configured from script.
 */
import { safeUrl } from './safe-url.js';
import { describeValue, warnOnce } from './warn.js';

/**
 * Returns `value` as an absolute URL when it is http(s) on the page's origin or on the origin of
 * one of `known` (full URLs), else warns with `label` and `hint` and returns `undefined`.
 */
export function markupScriptUrl(
  value: string,
  known: readonly string[],
  label: string,
  hint: string,
): string | undefined {
  const url = safeUrl(value);
  const origins = [location.origin, ...known.map((entry) => new URL(entry).origin)];
  if (url !== undefined && origins.includes(new URL(url).origin)) return url;
  warnOnce(`${label}=${describeValue(value)} is not on ${origins.join(' or ')}; it was ignored. ${hint}`);
  return undefined;
}
