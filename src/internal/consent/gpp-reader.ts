/**
 * GPP 1.1 through `__gpp` (IAB Tech Lab, "Global Privacy Platform"): `addEventListener`, whose
 * callback runs once at registration and again on every change, each time with the CMP's
 * `pingData`. A decision exists once `signalStatus` is `ready`; then the applicable sections
 * (`applicableSections`, ids) are read from `parsedSections`:
 * - `tcfeuv2` (id 2): `PurposeConsents[0]`, purpose 1, as in TCF;
 * - `tcfcav1` (id 5): `PurposesExpressConsent[0]` or `PurposesImpliedConsent[0]`;
 * - `uspv1` (id 6): `OptOutSale` `Y`;
 * - `usnat` (id 7) and the US state sections (ids 8–27): `SaleOptOut`, `SharingOptOut` or
 *   `TargetedAdvertisingOptOut` 1 (opted out), or `Gpc` true.
 * US laws are opt-out laws: storing information needs no consent there, so a US opt-out is
 * reported (`optedOut`) and does not, by itself, hold anything back. No applicable section (an
 * empty list, or `[-1]`) means the regulation does not apply: `not-applicable`.
 */
import type { VerdictReport } from './cmp-reader.js';

type GppCallback = (data: unknown, success: boolean) => void;
type GppApi = (command: string, callback: GppCallback, parameter?: unknown) => void;

type Section = Record<string, unknown>;

interface PingData {
  signalStatus?: string;
  cmpStatus?: string;
  applicableSections?: unknown;
  parsedSections?: Record<string, Section | Section[] | undefined>;
}

/** Section ids of the GPP section list; the US state sections are all `us` + their state. */
const SECTION_NAMES: Readonly<Partial<Record<number, string>>> = {
  2: 'tcfeuv2',
  5: 'tcfcav1',
  6: 'uspv1',
  7: 'usnat',
  ...Object.fromEntries(
    'ca va co ut ct fl mt or tx de ia ne nh nj tn mn md in ky ri'.split(' ').map((state, i) => [i + 8, `us${state}`]),
  ),
};

/** A parsed section's fields; TCF sections may come as an array of segments. */
function fields(ping: PingData, name: string): Section {
  const section = ping.parsedSections?.[name];
  return Array.isArray(section) ? (Object.assign({}, ...section) as Section) : (section ?? {});
}

const first = (value: unknown): boolean => Array.isArray(value) && value[0] === true;

/** The decision in a `ready` ping. */
export function decideGpp(ping: PingData): Parameters<VerdictReport>[0] {
  const ids = Array.isArray(ping.applicableSections) ? (ping.applicableSections as unknown[]) : [];
  const sections = ids.flatMap((id) => {
    const name = typeof id === 'number' ? SECTION_NAMES[id] : undefined;
    return name === undefined ? [] : [name];
  });
  let consent: boolean | undefined;
  let optedOut = false;
  for (const name of sections) {
    const f = fields(ping, name);
    if (name === 'tcfeuv2') consent = first(f.PurposeConsents);
    else if (name === 'tcfcav1') consent = first(f.PurposesExpressConsent) || first(f.PurposesImpliedConsent);
    else if (name === 'uspv1') optedOut ||= f.OptOutSale === 'Y';
    else
      optedOut ||= f.SaleOptOut === 1 || f.SharingOptOut === 1 || f.TargetedAdvertisingOptOut === 1 || f.Gpc === true;
  }
  const outcome = consent === undefined ? 'not-applicable' : consent ? 'granted' : 'denied';
  return { outcome, optedOut, sections };
}

/** Watches `api` until its signal is ready; returns the function that stops watching. */
export function watchGpp(api: GppApi, report: VerdictReport): () => void {
  let listenerId: number | undefined;
  let done = false;
  api('addEventListener', (data, success) => {
    const event = data as { listenerId?: number; pingData?: PingData } | null;
    if (typeof event?.listenerId === 'number') listenerId = event.listenerId;
    if (done) return;
    const ping = event?.pingData;
    if (!success || ping === undefined || ping.cmpStatus === 'error') {
      done = true;
      report({ outcome: 'error' });
    } else if (ping.signalStatus === 'ready') {
      done = true;
      report(decideGpp(ping));
    }
  });
  return () => {
    done = true;
    if (listenerId !== undefined) api('removeEventListener', () => undefined, listenerId);
  };
}
