/**
 * The shape every detection signal reports. Each signal says what it saw in words a site builder
 * can log, so a verdict can always be explained ("2 of 5 bait elements hidden; adsbygoogle.js
 * replaced by a stand-in").
 */

/** The independent signals that feed a verdict. */
export type AdblockSignalName = 'bait' | 'script' | 'bait-url' | 'ad-slot' | 'network';

/**
 * What a signal saw.
 * - `blocked`: a blocker visibly acted on the page (an element hidden, a script replaced).
 * - `failed`: a request failed; a blocker or a network fault can both explain it.
 * - `clear`: the thing a blocker would stop worked (for `network`: the network is healthy).
 * - `inconclusive`: the signal ran but learned nothing (a timeout, a CSP refusal).
 * - `skipped`: the signal did not run (switched off, nothing to observe).
 */
export type AdblockSignalOutcome = 'blocked' | 'failed' | 'clear' | 'inconclusive' | 'skipped';

/** One signal's report. */
export interface AdblockSignal {
  /** Which signal reported. */
  readonly name: AdblockSignalName;
  /** What it saw. */
  readonly outcome: AdblockSignalOutcome;
  /**
   * `true` when the outcome alone proves a blocker: no network fault, proxy or page style can
   * produce it (most bait elements hidden, a recognised stand-in script).
   */
  readonly unambiguous: boolean;
  /** A short English explanation for logs and analytics. */
  readonly detail: string;
}

/** Builds a signal report; `unambiguous` defaults to `false`. */
export function signal(
  name: AdblockSignalName,
  outcome: AdblockSignalOutcome,
  detail: string,
  unambiguous = false,
): AdblockSignal {
  return { name, outcome, detail, unambiguous: outcome === 'blocked' && unambiguous };
}
