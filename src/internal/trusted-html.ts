/**
 * Pass-through Trusted Types policies, for the two places that hand markup to a sink on purpose:
 * WordPress's error pages parsed into an inert document (read only as text) and an ad creative
 * written into an opaque-origin sandboxed frame (the sandbox is the containment). Each policy is
 * created once per name, because a page's CSP may forbid creating a name twice.
 */

interface TrustedTypesLike {
  createPolicy(name: string, rules: { createHTML(value: string): string }): { createHTML(value: string): unknown };
}

/** Each name's policy, or `null` when the page's CSP refused the name. */
const policies = new Map<string, { createHTML(value: string): unknown } | null>();

/**
 * `markup` as the `name` policy's TrustedHTML; the string itself where the browser has no Trusted
 * Types; `undefined` when the page's CSP does not allow the policy name.
 */
export function trustedHtml(name: string, markup: string): unknown {
  const tt = (globalThis as unknown as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (tt === undefined) return markup;
  if (!policies.has(name)) {
    try {
      policies.set(name, tt.createPolicy(name, { createHTML: (value) => value }));
    } catch {
      policies.set(name, null);
    }
  }
  return policies.get(name)?.createHTML(markup);
}
