/**
 * The consent reader chunk, imported by `readConsent()` only when the page has a CMP: talks to it
 * through its standard API, bounds the wait and turns the answer into a {@link ConsentDecision}.
 * A CMP that throws, answers with a failure or never decides ends as `error` or `timeout`, both
 * treated as no consent: what needs consent is held back, never loaded by default.
 */
import type { ConsentApi, ConsentDecision, ConsentOutcome } from './consent.js';
import { gppThroughFrame, tcfThroughFrame, type GppFunction, type TcfFunction } from './frame-api.js';
import { watchGpp } from './gpp-reader.js';
import { LOCATOR_FRAMES, locatorWindow } from './locator.js';
import { watchTcf } from './tcf-reader.js';

/** What an API watcher reports once. */
export type VerdictReport = (verdict: {
  readonly outcome: ConsentOutcome;
  readonly optedOut?: boolean;
  readonly sections?: readonly string[];
}) => void;

/** Reads `api` on `win` until it decides or `timeoutMs` pass. Never rejects. */
export function readCmp(win: Window, api: ConsentApi, timeoutMs: number): Promise<ConsentDecision> {
  const start = performance.now();
  return new Promise((resolve) => {
    let stop: (() => void) | undefined;
    let settled = false;
    const report: VerdictReport = ({ outcome, optedOut = false, sections = [] }) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      // The CMP may answer inside the call that registers the listener: stop once it returned.
      queueMicrotask(() => {
        try {
          stop?.();
        } catch {
          // A CMP that throws on removeEventListener has nothing more to tell us.
        }
      });
      const allowed = outcome === 'granted' || outcome === 'not-applicable';
      resolve({ api, outcome, allowed, optedOut, sections, waitedMs: Math.round(performance.now() - start) });
    };
    const timer = setTimeout(() => {
      report({ outcome: 'timeout' });
    }, timeoutMs);
    try {
      stop = watch(win, api, report);
    } catch {
      report({ outcome: 'error' });
    }
  });
}

/** Watches the page's own `__tcfapi` / `__gpp`, or the CMP of an ancestor frame through its locator. */
function watch(win: Window, api: ConsentApi, report: VerdictReport): () => void {
  const w = win as unknown as { __tcfapi?: TcfFunction; __gpp?: GppFunction };
  const own = api === 'tcf' ? w.__tcfapi : w.__gpp;
  if (typeof own === 'function')
    return api === 'tcf' ? watchTcf(own as TcfFunction, report) : watchGpp(own as GppFunction, report);
  const cmpWindow = locatorWindow(win, LOCATOR_FRAMES[api]);
  if (cmpWindow === undefined) throw new Error(`no ${api} CMP`);
  const frame = api === 'tcf' ? tcfThroughFrame(win, cmpWindow) : gppThroughFrame(win, cmpWindow);
  const unwatch =
    api === 'tcf' ? watchTcf(frame.call as TcfFunction, report) : watchGpp(frame.call as GppFunction, report);
  return () => {
    unwatch();
    frame.close();
  };
}
