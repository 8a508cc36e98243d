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
 * A header-bidding auction (any GPT slot on a page with Prebid.js) is our code's request too: it
 * waits for the decision in the same way, and without consent no auction runs (the GPT ad is
 * still requested, and Google's tag follows the CMP itself). It reads the CMP before every
 * auction, refreshes included, so a reader who withdraws consent gets no further auction.
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
  return followPageConsent(host);
}

/**
 * Waits for the page's CMP to decide (at most `consent-timeout` ms), fires `sabba-ad-consent` with
 * the decision, and resolves whether the slot's own request may go ahead: `true` with consent,
 * where consent does not apply and on a page without a CMP; `false` for no consent, a timeout or
 * a failing CMP.
 */
export async function followPageConsent(host: SabbaAdSlot): Promise<boolean> {
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
