/**
 * Consent as the IAB standards define it, for what our own code loads (an `html` creative, the
 * adblock notice's probe of an ad host). The page's CMP is found through the standard globals,
 * `window.__tcfapi` (TCF v2.2) or `window.__gpp` (GPP); the reader that talks to it is a separate
 * chunk, imported only when one of them is on the page, so a page without a CMP pays a few bytes.
 *
 * Google's tags (GPT, AdSense) read the CMP themselves and are not held back here.
 */

import { LOCATOR_FRAMES, locatorWindow } from './locator.js';

/** The API a decision came from. */
export type ConsentApi = 'tcf' | 'gpp';

/**
 * How the CMP's answer ended.
 * - `granted`: the reader allowed storing and accessing information on the device (TCF purpose 1).
 * - `denied`: it did not.
 * - `not-applicable`: the regulation does not apply here (TCF `gdprApplies: false`, or no GPP
 *   section that needs consent): nothing to wait for.
 * - `timeout`: no decision within the consent timeout; treated as `denied`.
 * - `error`: the CMP answered with a failure; treated as `denied`.
 */
export type ConsentOutcome = 'granted' | 'denied' | 'not-applicable' | 'timeout' | 'error';

/** What the page's CMP decided for one read. */
export interface ConsentDecision {
  /** Which API answered. */
  readonly api: ConsentApi;
  /** How the read ended. */
  readonly outcome: ConsentOutcome;
  /** Whether our code may load what needs consent (`granted` or `not-applicable`). */
  readonly allowed: boolean;
  /**
   * A US privacy section says the reader opted out of the sale or sharing of their data or of
   * targeted advertising (GPP `usnat`, a US state section or `uspv1`, or Global Privacy Control).
   */
  readonly optedOut: boolean;
  /** The GPP sections read (`tcfeuv2`, `usnat`, …); empty for TCF. */
  readonly sections: readonly string[];
  /** Milliseconds from the start of the read to the decision. */
  readonly waitedMs: number;
}

/** Prebid's consentManagement default (`timeout`: 10 000 ms): how long a CMP may take to decide. */
export const DEFAULT_CONSENT_TIMEOUT = 10_000;

/**
 * The consent API on `win`, TCF first (what Google's tags read), else GPP, else `undefined`: the
 * page's own `__tcfapi` / `__gpp`, or, in an iframe, a CMP found through its locator frame.
 */
export function consentApiOn(win: Window): ConsentApi | undefined {
  const w = win as unknown as { __tcfapi?: unknown; __gpp?: unknown };
  if (typeof w.__tcfapi === 'function') return 'tcf';
  if (typeof w.__gpp === 'function') return 'gpp';
  if (win !== win.top) {
    if (locatorWindow(win, LOCATOR_FRAMES.tcf)) return 'tcf';
    if (locatorWindow(win, LOCATOR_FRAMES.gpp)) return 'gpp';
  }
  return undefined;
}

/**
 * Reads the page's CMP and resolves with its decision, waiting until it reports one (TCF
 * `tcloaded` or `useractioncomplete`, GPP signal `ready`) for at most `timeoutMs`. Resolves with
 * `undefined` at once when the page has no CMP: the caller behaves as it would without consent
 * rules. Never rejects.
 */
export async function readConsent(win: Window, timeoutMs: number): Promise<ConsentDecision | undefined> {
  const api = consentApiOn(win);
  if (api === undefined) return undefined;
  try {
    const { readCmp } = await import('./cmp-reader.js');
    return await readCmp(win, api, timeoutMs);
  } catch {
    // The reader's chunk did not load (a copy of the drop-in without its chunks folder): hold back.
    return { api, outcome: 'error', allowed: false, optedOut: false, sections: [], waitedMs: 0 };
  }
}
