/**
 * What `<sabba-ad-slot>` does with the page's consent, per provider:
 * - `gpt`, `adsense`: nothing to wait for. Google's tags read the CMP (`__tcfapi`, `__gpp`)
 *   themselves before every ad request, so the page only has to put its CMP's stub before the
 *   slot's script (the stub queues their calls until the CMP has loaded).
 * - `html`: the creative is loaded by our code, so it waits until the CMP reports a decision (at
 *   most `consent-timeout` ms) and loads only with purpose-1 consent, or where consent does not
 *   apply; otherwise the slot ends as an empty ad. `consent="none"` (a first-party house creative
 *   that stores nothing) skips the wait.
 * - a registered provider: the site's own code, which reads the CMP as it needs.
 * Without a CMP on the page nothing waits and no `sabba-ad-consent` fires.
 */
import { DEFAULT_CONSENT_TIMEOUT, readConsent } from '../../internal/consent/consent.js';
import { describeValue, warnOnce } from '../../internal/warn.js';
import { SabbaAdConsentEvent } from './ad-slot.events.js';
import type { SabbaAdSlot } from './ad-slot.js';

/** Providers whose requests our own code makes, and so wait for consent. */
const WAITING_PROVIDERS: ReadonlySet<string> = new Set(['html']);

/**
 * Resolves `true` when the slot may load its creative: at once for providers that do not wait, for
 * `consent="none"` and on a page without a CMP; else once the CMP decided (firing
 * `sabba-ad-consent`), with `false` for no consent, a timeout or a failing CMP.
 */
export async function consentAllows(host: SabbaAdSlot, provider: string): Promise<boolean> {
  if (!WAITING_PROVIDERS.has(provider)) return true;
  const mode = host.consent.trim().toLowerCase();
  if (mode === 'none') return true;
  if (mode !== '')
    warnOnce(`<sabba-ad-slot> consent=${describeValue(host.consent)} is not "none"; the page's CMP is followed.`);
  // A script may assign any value to the property; the attribute gives NaN for a non-number.
  const value: unknown = host.consentTimeout;
  const valid = typeof value === 'number' && Number.isFinite(value) && value >= 0;
  if (!valid)
    warnOnce(`<sabba-ad-slot> consent-timeout=${describeValue(value)} is not a number of ms ≥ 0; 10000 is used.`);
  const decision = await readConsent(window, valid ? value : DEFAULT_CONSENT_TIMEOUT);
  if (decision === undefined) return true;
  host.dispatchEvent(new SabbaAdConsentEvent(decision));
  return decision.allowed;
}
