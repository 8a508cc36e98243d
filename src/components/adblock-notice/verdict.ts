import type { AdblockSignal } from './detection/signal.js';

/** How sure a verdict is. */
export type AdblockConfidence = 'high' | 'medium' | 'low';

/** The result of one detection: the decision, how sure it is, and every signal's report. */
export interface AdblockVerdict {
  /** Whether an ad blocker is active on this page. */
  readonly blocked: boolean;
  /** How sure the decision is. Network trouble and disagreeing signals lower it. */
  readonly confidence: AdblockConfidence;
  /** What each signal saw, in the order they were checked. */
  readonly signals: readonly AdblockSignal[];
}

/**
 * Combines signal reports into a verdict. Pure: no DOM, no clock.
 *
 * - A failed request counts as a vote for a blocker only when the network is healthy (a failed
 *   control request or `navigator.onLine === false` explains failed requests without a blocker).
 *   A skipped control request proves nothing either way, so failures still count as votes then.
 * - Failed requests to the ad hosts (the `script` probe and the ad slots' `blocked` errors) share
 *   one cause, so together they are one vote: a proxy or DNS filter that cannot reach the ad hosts
 *   is not two witnesses. A failed first-party bait script is a separate vote.
 * - `blocked` needs one unambiguous report (most baits hidden, a recognised stand-in, a
 *   first-party script blocked although its file is there) or two agreeing votes from different
 *   signals. One suspicious report on its own never accuses a reader.
 * - Confidence is `high` only when the signals agree and the network is healthy.
 */
export function decideVerdict(signals: readonly AdblockSignal[]): AdblockVerdict {
  const network = signals.find((s) => s.name === 'network');
  const networkTrouble = network?.outcome === 'failed';
  const others = signals.filter((s) => s.name !== 'network');

  const unambiguous = others.filter((s) => s.outcome === 'blocked' && s.unambiguous).length;
  const failed = (name: string): boolean => others.some((s) => s.name === name && s.outcome === 'failed');
  const adHostsFailed = failed('script') || failed('ad-slot');
  const requestVotes = networkTrouble ? 0 : Number(adHostsFailed) + Number(failed('bait-url'));
  const votes = others.filter((s) => s.outcome === 'blocked').length + requestVotes;
  const discounted = others.filter((s) => s.outcome === 'failed' && networkTrouble).length;
  const clear = others.filter((s) => s.outcome === 'clear').length;

  const blocked = unambiguous >= 1 || votes >= 2;
  let confidence: AdblockConfidence;
  if (blocked) {
    const agreed = unambiguous >= 1 && votes >= 2 && clear === 0;
    confidence = agreed && network?.outcome === 'clear' ? 'high' : 'medium';
  } else if (networkTrouble || votes > 0 || discounted > 0) {
    confidence = 'low';
  } else if (clear >= 2 && network?.outcome === 'clear') {
    confidence = 'high';
  } else if (clear >= 1) {
    confidence = 'medium';
  } else {
    confidence = 'low';
  }
  return { blocked, confidence, signals: [...signals] };
}
