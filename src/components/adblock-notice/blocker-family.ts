import type { AdblockVerdict } from './verdict.js';

/**
 * The kind of blocker a verdict points at, where the signals can tell it apart, so the notice can
 * say how to allow this site in *that* blocker:
 * - `brave`: Brave's Shields (the browser says it is Brave: `navigator.brave`);
 * - `extension`: a browser extension (uBlock Origin, AdGuard, Ghostery, …), which hides elements,
 *   so a bait was hidden or an ad script was replaced by a stand-in;
 * - `network`: a filter on the network (Pi-hole, NextDNS, a router or VPN), which refuses requests
 *   and hides nothing.
 * Extensions cannot be told apart from each other by what they do to the page, so they share one.
 * Pure: no DOM.
 */
export type BlockerFamily = 'brave' | 'extension' | 'network';

/** The family of the blocker behind `verdict`, or `undefined` when it found no blocker. */
export function blockerFamily(verdict: AdblockVerdict, isBrave: boolean): BlockerFamily | undefined {
  if (!verdict.blocked) return undefined;
  if (isBrave) return 'brave';
  const actedOnPage = verdict.signals.some(
    (s) => (s.name === 'bait' || s.name === 'script') && s.outcome === 'blocked',
  );
  return actedOnPage ? 'extension' : 'network';
}

/** Whether this browser is Brave (it says so on `navigator.brave`; its user agent does not). */
export function isBraveBrowser(): boolean {
  return typeof navigator !== 'undefined' && 'brave' in navigator;
}
