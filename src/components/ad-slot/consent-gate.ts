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
import { DEFAULT_CONSENT_TIMEOUT, readConsent, type ConsentDecision } from '../../internal/consent/consent.js';
import { describeValue, warnOnce } from '../../internal/warn.js';
import { SabbaAdConsentEvent } from './ad-slot.events.js';
import type { SabbaAdSlot } from './ad-slot.js';

/**
 * What the page's CMP allows: `allowed` (consent, consent does not apply, or nothing to wait for),
 * `refused` (no consent, or a failing CMP), `undecided` (no decision within `consent-timeout`).
 */
export type ConsentVerdict = 'allowed' | 'refused' | 'undecided';

/**
 * How long a slot whose reader had not decided within `consent-timeout` keeps listening for the
 * decision: a reader may leave the CMP's dialog open while reading the article.
 */
const LATE_DECISION_WAIT = 30 * 60_000;

/** Providers whose requests our own code makes, and so wait for consent. */
const WAITING_PROVIDERS: ReadonlySet<string> = new Set(['html']);

/**
 * Whether the slot may load its creative: `allowed` at once for providers that do not wait, for
 * `consent="none"` and on a page without a CMP; else once the CMP decided (firing
 * `sabba-ad-consent`), `refused` without consent or with a failing CMP, `undecided` after
 * `consent-timeout` ms without a decision (see {@link lateDecisionAllows}).
 */
export async function consentAllows(host: SabbaAdSlot, provider: string): Promise<ConsentVerdict> {
  if (!WAITING_PROVIDERS.has(provider)) return 'allowed';
  const mode = host.consent.trim().toLowerCase();
  if (mode === 'none') return 'allowed';
  if (mode !== '')
    warnOnce(`<sabba-ad-slot> consent=${describeValue(host.consent)} is not "none"; the page's CMP is followed.`);
  const decision = await readPageConsent(host);
  return decision === undefined || decision.allowed
    ? 'allowed'
    : decision.outcome === 'timeout'
      ? 'undecided'
      : 'refused';
}

/**
 * After an `undecided` verdict: goes on listening for the reader's decision (up to 30 minutes),
 * fires `sabba-ad-consent` when it comes, and resolves whether it allows the creative. A slot
 * that gave up waiting can so still show its creative to a reader who accepts later.
 */
export async function lateDecisionAllows(host: SabbaAdSlot): Promise<boolean> {
  const decision = await readConsent(window, LATE_DECISION_WAIT);
  if (decision === undefined || decision.outcome === 'timeout') return false;
  host.dispatchEvent(new SabbaAdConsentEvent(decision));
  return decision.allowed;
}

/**
 * Waits for the page's CMP to decide (at most `consent-timeout` ms), fires `sabba-ad-consent` with
 * the decision, and resolves whether the slot's own request may go ahead: `true` with consent,
 * where consent does not apply and on a page without a CMP; `false` for no consent, a timeout or
 * a failing CMP.
 */
export async function followPageConsent(host: SabbaAdSlot): Promise<boolean> {
  return (await readPageConsent(host))?.allowed ?? true;
}

/** The CMP's decision within `consent-timeout`, reported with `sabba-ad-consent`; `undefined` without a CMP. */
async function readPageConsent(host: SabbaAdSlot): Promise<ConsentDecision | undefined> {
  // A script may assign any value to the property; the attribute gives NaN for a non-number.
  const value: unknown = host.consentTimeout;
  const valid = typeof value === 'number' && Number.isFinite(value) && value >= 0;
  if (!valid)
    warnOnce(`<sabba-ad-slot> consent-timeout=${describeValue(value)} is not a number of ms ≥ 0; 10000 is used.`);
  const decision = await readConsent(window, valid ? value : DEFAULT_CONSENT_TIMEOUT);
  if (decision !== undefined) host.dispatchEvent(new SabbaAdConsentEvent(decision));
  return decision;
}
