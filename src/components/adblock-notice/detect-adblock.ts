import { DEFAULT_CONSENT_TIMEOUT } from '../../internal/consent/consent.js';
import { safeUrl } from '../../internal/safe-url.js';
import { describeValue, warnOnce } from '../../internal/warn.js';
import { AdSlotWatcher, checkAdSlots } from './detection/ad-slot-signal.js';
import { checkBaits } from './detection/bait-signal.js';
import { checkBaitUrl } from './detection/bait-url-signal.js';
import { probeWithConsent } from './detection/consent-gate.js';
import { checkNetwork } from './detection/network-signal.js';
import { checkAdScript, pageAdScript } from './detection/script-signal.js';
import { signal, type AdblockSignal, type AdblockSignalName } from './detection/signal.js';
import { withTimeout } from './detection/timing.js';
import { decideVerdict, type AdblockVerdict } from './verdict.js';

/** Options of {@link detectAdblock}. */
export interface DetectAdblockOptions {
  /**
   * A first-party bait script (same origin as the page) at a path filter lists block, such as
   * `/ad_728.js`. Cross-origin URLs are refused: the bait must not contact a third party.
   */
  readonly baitUrl?: string | undefined;
  /**
   * The ad script to probe. `undefined` (default): the ad script the page already loads (an
   * AdSense or GPT `<script>`, or a `<sabba-ad-slot>` using one); none on the page → no probe.
   * `false` switches the probe off.
   */
  readonly probeUrl?: string | false | undefined;
  /**
   * A neutral first-party URL whose answer proves the network works. Default: the page's own URL
   * (a `HEAD`: it exists on every site, so the check never logs a 404; any HTTP status counts);
   * `false` switches it off.
   */
  readonly controlUrl?: string | false | undefined;
  /** The longest any single request may take (ms), default 1200. */
  readonly timeoutMs?: number | undefined;
  /**
   * The longest the ad script probe of a third-party host waits for the page's CMP to decide (ms),
   * default 10000 (Prebid's). Without consent it is skipped; without a CMP it never waits.
   */
  readonly consentTimeoutMs?: number | undefined;
  /** A watcher that has been hearing the page's ad slots; a new one starts listening now. */
  readonly adSlots?: AdSlotWatcher | undefined;
}

function resolveBaitUrl(value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  const url = safeUrl(value);
  if (url === undefined || new URL(url).origin !== location.origin) {
    warnOnce(`bait-url ${describeValue(value)} must be a first-party http(s) URL; the bait request was skipped.`);
    return undefined;
  }
  return url;
}

function resolveProbeUrl(value: string | false | undefined): string | undefined {
  if (value === false) return undefined;
  if (value === undefined || value === '') return pageAdScript(document);
  const url = safeUrl(value);
  if (url === undefined)
    warnOnce(`probe-url ${describeValue(value)} is not an http(s) URL; the ad script probe was skipped.`);
  return url;
}

function resolveControlUrl(value: string | false | undefined): string | undefined {
  if (value === false) return undefined;
  // The page itself is the one first-party resource known to exist (`/robots.txt` is a logged 404 on many sites).
  const page = location.href.split('#')[0];
  if (value === undefined || value === '') return page;
  const url = safeUrl(value);
  if (url === undefined)
    warnOnce(`control-url ${describeValue(value)} is not an http(s) URL; the page's own URL is used.`);
  return url ?? page;
}

/** Bounds a signal so one stuck check can never hold the verdict back. */
function bounded(name: AdblockSignalName, check: Promise<AdblockSignal>, ms: number): Promise<AdblockSignal> {
  return withTimeout(check, ms, () => signal(name, 'inconclusive', `no answer within ${ms} ms`));
}

/**
 * Detects an ad blocker from independent signals (bait elements, the site's ad script, a
 * first-party bait script, the page's ad slots, the network's health) and combines them with
 * {@link decideVerdict}. Resolves within about 1.5 s; every step waits on frames, timers or
 * requests, so the main thread is never held for more than a few milliseconds.
 */
export async function detectAdblock(options: DetectAdblockOptions = {}): Promise<AdblockVerdict> {
  const timeoutMs =
    Number.isFinite(options.timeoutMs) && (options.timeoutMs ?? 0) > 0 ? (options.timeoutMs ?? 1200) : 1200;
  const budget = timeoutMs + 200;
  const ownWatcher = options.adSlots === undefined;
  const watcher = options.adSlots ?? new AdSlotWatcher();
  if (ownWatcher) watcher.start(document);
  try {
    const signals = await Promise.all([
      bounded('bait', checkBaits(document, { windowMs: Math.min(700, timeoutMs) }), budget),
      // The probe's own bound starts once consent allowed it: a reader choosing in the CMP is not a timeout.
      probeWithConsent(resolveProbeUrl(options.probeUrl), options.consentTimeoutMs ?? DEFAULT_CONSENT_TIMEOUT, (url) =>
        bounded('script', checkAdScript(window, url, timeoutMs), budget),
      ),
      bounded('bait-url', checkBaitUrl(window, resolveBaitUrl(options.baitUrl), timeoutMs), budget),
      bounded('ad-slot', checkAdSlots(document, watcher, Math.min(1000, timeoutMs)), budget),
      bounded('network', checkNetwork(window, resolveControlUrl(options.controlUrl), timeoutMs), budget),
    ]);
    return decideVerdict(signals);
  } finally {
    if (ownWatcher) watcher.stop();
  }
}
