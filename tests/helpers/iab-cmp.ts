/**
 * Real CMPs for the consent tests, built from the IAB's own libraries: `@iabtechlabtcf/cmpapi`
 * (the TCF v2.2 `__tcfapi`) with real TC strings (`encodeTcString`, shared with the demo's CMP:
 * `@iabtechlabtcf/core` against a small offline vendor list), and `@iabgpp/cmpapi` (the GPP `__gpp`).
 */
import { CmpApi as GppCmpApi, CmpStatus, SignalStatus } from '@iabgpp/cmpapi';
import { CmpApi as TcfCmpApi, CmpApiModel } from '@iabtechlabtcf/cmpapi';
import { CMP_ID } from '../../demo/tc-string.js';

export { encodeTcString } from '../../demo/tc-string.js';

type ConsentWindow = Window & { __tcfapi?: unknown; __gpp?: unknown };

/** Takes every CMP off the page (the TCF library keeps its state in statics). */
export function removeCmps(): void {
  CmpApiModel.reset();
  delete (window as ConsentWindow).__tcfapi;
  delete (window as ConsentWindow).__gpp;
}

/** Puts the IAB's TCF CMP API on the page; it answers nothing until `update()` is called. */
export function startTcfCmp(): TcfCmpApi {
  removeCmps();
  return new TcfCmpApi(CMP_ID, 1, true);
}

/** Puts the IAB's GPP CMP API on the page, loaded and with its signal not ready yet. */
export function startGppCmp(): GppCmpApi {
  removeCmps();
  // The page's stub, answering the library's start-up calls as the IAB's GPP stub does: no queued
  // commands, no queued event listeners.
  (window as ConsentWindow).__gpp = () => [];
  const cmp = new GppCmpApi(CMP_ID, 1);
  cmp.setCmpStatus(CmpStatus.LOADED);
  cmp.setSignalStatus(SignalStatus.NOT_READY);
  return cmp;
}

/** Tells GPP listeners that the signal is ready (after the CMP set its sections). */
export function gppReady(cmp: GppCmpApi, applicableSections: number[]): void {
  cmp.setApplicableSections(applicableSections);
  cmp.setSignalStatus(SignalStatus.READY);
}

/** What the test server's request log (`scripts/test/fixtures/consent.mjs`) says about `url`. */
interface LogEntry {
  /** When the request arrived (server clock, ms), or `null`: it never did. */
  readonly at: number | null;
  /** The server's clock now. */
  readonly now: number;
}

/** Asks the test server whether (and when) the request `url` (made with {@link logged}) arrived. */
export async function requestLog(url: string): Promise<LogEntry> {
  const id = new URL(url, location.href).searchParams.get('request') ?? '';
  const response = await fetch(`/consent/log?request=${encodeURIComponent(id)}`, { cache: 'no-store' });
  return (await response.json()) as LogEntry;
}

/** The server's clock now (ms): a mark to compare request arrivals with. */
export async function serverNow(): Promise<number> {
  return (await requestLog('/consent/log?request=')).now;
}

let counter = 0;
/** A URL on the test server's request log, fresh each call, on `host` (default: the page's). */
export function logged(path: string, host = location.host): string {
  const url = new URL(path, `${location.protocol}//${host}`);
  url.searchParams.set('request', `${Date.now()}-${++counter}`);
  return url.href;
}

/** A host name for the test server that is another origin than the page's (a third party). */
export function otherHost(): string {
  return `${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}`;
}
