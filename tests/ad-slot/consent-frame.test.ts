/**
 * An ad slot in an iframe of another origin (a portal's embed) follows the CMP of the top page,
 * found through the locator frame its stub adds and asked with the IAB's postMessage protocols.
 * TCF: the IAB's own stub (`@iabtechlabtcf/stub`: the locator frame and the `__tcfapiCall`
 * handler) in front of the IAB's CmpApi. GPP has no stub package, so the top page answers
 * `__gppCall` messages as the GPP specification's stub does, in front of `@iabgpp/cmpapi`.
 */
import { expect } from '@open-wc/testing';
import {
  encodeTcString,
  gppReady,
  logged,
  otherHost,
  removeCmps,
  requestLog,
  startGppCmp,
  startTcfCmp,
} from '../helpers/iab-cmp.js';

interface FrameReport {
  consent: { api: string; outcome: string; allowed: boolean } | null;
  empty: boolean;
}

/** The IAB's TCF stub, loaded as a page loads it (a classic script in the top page). */
async function loadTcfStub(): Promise<void> {
  const script = document.createElement('script');
  script.src = '/node_modules/@iabtechlabtcf/stub/lib/stub.js';
  const loaded = new Promise((resolve) => {
    script.addEventListener('load', resolve);
  });
  document.head.append(script);
  await loaded;
}

/** Embeds the third-party page with a slot and resolves with what its slot reported. */
async function frameSlot(creative: string): Promise<FrameReport> {
  const frame = document.createElement('iframe');
  const url = new URL(`http://${otherHost()}/tests/ad-slot/fixtures/consent-frame.html`);
  url.searchParams.set('creative', creative);
  frame.src = url.href;
  frame.style.cssText = 'inline-size: 400px; block-size: 320px';
  const report = new Promise<FrameReport>((resolve) => {
    const onMessage = (event: MessageEvent): void => {
      const data = event.data as { sabbaFrameSlot?: FrameReport } | null;
      if (event.source !== frame.contentWindow || !data?.sabbaFrameSlot) return;
      window.removeEventListener('message', onMessage);
      resolve(data.sabbaFrameSlot);
    };
    window.addEventListener('message', onMessage);
  });
  document.body.append(frame);
  try {
    return await report;
  } finally {
    frame.remove();
  }
}

/** The top page's answer to `__gppCall` messages, as the GPP stub does: call `__gpp`, post each answer back. */
function answerGppCalls(event: MessageEvent): void {
  const call = (event.data as { __gppCall?: { command: string; parameter?: unknown; callId: string } } | null)
    ?.__gppCall;
  const source = event.source as Window | null;
  if (!call || !source) return;
  const gpp = (window as unknown as { __gpp: (c: string, cb: (v: unknown, ok: boolean) => void, p?: unknown) => void })
    .__gpp;
  gpp(
    call.command,
    (returnValue, success) => {
      source.postMessage({ __gppReturn: { returnValue, success, callId: call.callId } }, '*');
    },
    call.parameter,
  );
}

describe('<sabba-ad-slot> in a third-party iframe follows the top page’s CMP', () => {
  let granted: string;
  let refused: string;
  before(async () => {
    granted = await encodeTcString([1, 2, 3, 4, 7]);
    refused = await encodeTcString([]);
  });
  afterEach(() => {
    removeCmps();
    for (const locator of document.querySelectorAll('iframe[name$="Locator"]')) locator.remove();
    window.removeEventListener('message', answerGppCalls);
  });

  it('TCF through __tcfapiLocator: with consent the creative loads in the frame', async () => {
    await loadTcfStub();
    expect(document.querySelector('iframe[name="__tcfapiLocator"]'), 'the stub added its locator').not.to.equal(null);
    startTcfCmp().update(granted);
    const creative = logged('/consent/creative.html', otherHost());
    const report = await frameSlot(creative);
    expect(report.consent).to.include({ api: 'tcf', outcome: 'granted', allowed: true });
    expect(report.empty).to.equal(false);
    expect((await requestLog(creative)).at).to.be.a('number');
  });

  it('TCF through __tcfapiLocator: with purpose 1 refused the frame never requests the creative', async () => {
    await loadTcfStub();
    startTcfCmp().update(refused);
    const creative = logged('/consent/creative.html', otherHost());
    const report = await frameSlot(creative);
    expect(report.consent).to.include({ api: 'tcf', outcome: 'denied', allowed: false });
    expect(report.empty).to.equal(true);
    expect((await requestLog(creative)).at).to.equal(null);
  });

  it('GPP through __gppLocator: the tcfeuv2 section decides', async () => {
    const cmp = startGppCmp();
    const locator = document.createElement('iframe');
    locator.name = '__gppLocator';
    locator.style.display = 'none';
    document.body.append(locator);
    window.addEventListener('message', answerGppCalls);
    cmp.setSectionString('tcfeuv2', refused);
    gppReady(cmp, [2]);
    const creative = logged('/consent/creative.html', otherHost());
    const report = await frameSlot(creative);
    expect(report.consent).to.include({ api: 'gpp', outcome: 'denied', allowed: false });
    expect(report.empty).to.equal(true);
    expect((await requestLog(creative)).at).to.equal(null);
  });

  it('without a CMP anywhere the frame loads the creative at once and reports no consent', async () => {
    const creative = logged('/consent/creative.html', otherHost());
    const report = await frameSlot(creative);
    expect(report.consent).to.equal(null);
    expect(report.empty).to.equal(false);
  });
});
