/**
 * TCF v2.2 through `__tcfapi` (IAB Europe, "Consent Management Platform API"): `ping` first,
 * which a CMP's stub answers at once and which may already say `gdprApplies: false` (then there
 * is nothing to wait for); then `addEventListener`, whose callback runs with every TC data change
 * until the CMP reports a decision: `eventStatus` `tcloaded` (a stored choice) or
 * `useractioncomplete` (the reader just chose). `cmpuishown` means the reader is being asked: wait.
 * The decision is purpose 1 ("Store and/or access information on a device") in `purpose.consents`.
 */
import type { VerdictReport } from './cmp-reader.js';

type TcfCallback = (data: unknown, success: boolean) => void;
type TcfApi = (command: string, version: number, callback: TcfCallback, parameter?: unknown) => void;

interface TcData {
  gdprApplies?: boolean;
  eventStatus?: string;
  listenerId?: number;
  purpose?: { consents?: Record<string, boolean | undefined> };
}

/** Watches `api` until it reports a decision; returns the function that stops watching. */
export function watchTcf(api: TcfApi, report: VerdictReport): () => void {
  let listenerId: number | undefined;
  let done = false;
  const finish: VerdictReport = (outcome) => {
    if (done) return;
    done = true;
    report(outcome);
  };
  api('ping', 2, (ping) => {
    if ((ping as TcData | null)?.gdprApplies === false) finish({ outcome: 'not-applicable' });
  });
  api('addEventListener', 2, (data, success) => {
    const tcData = data as TcData | null;
    if (typeof tcData?.listenerId === 'number') listenerId = tcData.listenerId;
    if (!success || tcData === null) {
      finish({ outcome: 'error' });
      return;
    }
    if (tcData.gdprApplies === false) finish({ outcome: 'not-applicable' });
    else if (tcData.eventStatus === 'tcloaded' || tcData.eventStatus === 'useractioncomplete')
      finish({ outcome: tcData.purpose?.consents?.['1'] === true ? 'granted' : 'denied' });
  });
  return () => {
    done = true;
    if (listenerId !== undefined) api('removeEventListener', 2, () => undefined, listenerId);
  };
}
