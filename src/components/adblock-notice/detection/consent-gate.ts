/**
 * The ad script probe asks a third-party ad host for its script, which that host may use to
 * store or read information on the reader's device. So on a page with a CMP the probe waits for
 * its decision and runs only with TCF purpose-1 consent (or where consent does not apply) and no
 * US opt-out of sale, sharing or targeted advertising; else it is skipped and the verdict rests
 * on the other signals. A probe of the site's own host, and every probe on a page without a
 * CMP, runs at once as before.
 */
import { consentApiOn, readConsent } from '../../../internal/consent/consent.js';
import { signal, type AdblockSignal } from './signal.js';

/**
 * Runs `probe(url)` when consent allows a request to `url`'s host, else resolves with a skipped
 * `script` signal that says why. Waits at most `consentTimeoutMs` for the CMP.
 */
export function probeWithConsent(
  url: string | undefined,
  consentTimeoutMs: number,
  probe: (url: string | undefined) => Promise<AdblockSignal>,
): Promise<AdblockSignal> {
  if (url === undefined || new URL(url).origin === location.origin || consentApiOn(window) === undefined)
    return probe(url);
  return readConsent(window, consentTimeoutMs).then((decision) => {
    if (decision === undefined || (decision.allowed && !decision.optedOut)) return probe(url);
    const why = decision.optedOut && decision.allowed ? 'opted-out' : decision.outcome;
    return signal('script', 'skipped', `no probe of ${new URL(url).host}: the page's CMP answered ${why}`);
  });
}
