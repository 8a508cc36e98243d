/**
 * The adblock notice's probe of a third-party ad host and the page's CMP, against the IAB's own
 * TCF (`@iabtechlabtcf/cmpapi`, real TC strings from `@iabtechlabtcf/core`) and GPP
 * (`@iabgpp/cmpapi`) CMP APIs. The probe goes to the test server under another host name (another
 * origin, as Google's would be); its request is read from the server's request log.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/adblock-notice/adblock-notice.define.js';
import type { SabbaAdblockResultEvent } from '../../src/components/adblock-notice/adblock-notice.events.js';
import { SabbaAdblockNotice } from '../../src/components/adblock-notice/adblock-notice.js';
import { detectAdblock } from '../../src/components/adblock-notice/detect-adblock.js';
import type { AdblockSignal } from '../../src/components/adblock-notice/detection/signal.js';
import {
  encodeTcString,
  gppReady,
  logged,
  otherHost,
  removeCmps,
  requestLog,
  serverNow,
  startGppCmp,
  startTcfCmp,
} from '../helpers/iab-cmp.js';

const PROBE = '/consent/pagead/js/adsbygoogle.js';

/** A silent notice probing `probe`; resolves with its check's script signal. */
async function check(probe: string): Promise<AdblockSignal> {
  SabbaAdblockNotice.probeSrc = probe;
  const el = document.createElement('sabba-adblock-notice');
  el.mode = 'silent';
  const result = oneEvent<SabbaAdblockResultEvent>(el, 'sabba-adblock-result');
  await fixture(html`<div>${el}</div>`);
  return (await result).detail.signals.find((s) => s.name === 'script')!;
}

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('<sabba-adblock-notice> probe and consent', function () {
  this.timeout(20_000);
  let granted: string;
  let refused: string;
  before(async () => {
    granted = await encodeTcString([1, 2, 3, 4]);
    refused = await encodeTcString([2, 3, 4]);
  });
  afterEach(() => {
    removeCmps();
    SabbaAdblockNotice.probeSrc = '';
    delete (window as { adsbygoogle?: unknown }).adsbygoogle; // the probe's script leaves it behind
  });

  it('without a CMP probes the third-party host at once, as before', async () => {
    const probe = logged(PROBE, otherHost());
    expect((await check(probe)).outcome).to.equal('clear');
    expect((await requestLog(probe)).at).to.be.a('number');
  });

  it('with TCF purpose 1 consented probes the third-party host', async () => {
    startTcfCmp().update(granted);
    const probe = logged(PROBE, otherHost());
    expect((await check(probe)).outcome).to.equal('clear');
    expect((await requestLog(probe)).at).to.be.a('number');
  });

  it('with TCF purpose 1 refused never contacts the third-party host', async () => {
    startTcfCmp().update(refused);
    const probe = logged(PROBE, otherHost());
    const script = await check(probe);
    expect(script.outcome).to.equal('skipped');
    expect(script.detail).to.contain('denied');
    await pause(200);
    expect((await requestLog(probe)).at).to.equal(null);
  });

  it('waits while the reader is choosing, and probes only after useractioncomplete', async () => {
    const cmp = startTcfCmp();
    cmp.update('', true);
    const probe = logged(PROBE, otherHost());
    const script = check(probe);
    await pause(600);
    expect((await requestLog(probe)).at).to.equal(null);
    const decidedAt = await serverNow();
    cmp.update(granted, false);
    expect((await script).outcome).to.equal('clear');
    expect((await requestLog(probe)).at).to.be.at.least(decidedAt);
  });

  it('with gdprApplies false probes without waiting', async () => {
    startTcfCmp().update(null);
    const probe = logged(PROBE, otherHost());
    expect((await check(probe)).outcome).to.equal('clear');
    expect((await requestLog(probe)).at).to.be.a('number');
  });

  it('still probes the site’s own host without consent (no third party is contacted)', async () => {
    startTcfCmp().update(refused);
    const probe = logged(PROBE);
    expect((await check(probe)).outcome).to.equal('clear');
    expect((await requestLog(probe)).at).to.be.a('number');
  });

  it('when the CMP never answers skips the probe after the consent timeout', async () => {
    startTcfCmp();
    const probe = logged(PROBE, otherHost());
    const verdict = await detectAdblock({ probeUrl: probe, consentTimeoutMs: 300, controlUrl: false });
    const script = verdict.signals.find((s) => s.name === 'script')!;
    expect(script.outcome).to.equal('skipped');
    expect(script.detail).to.contain('timeout');
    await pause(200);
    expect((await requestLog(probe)).at).to.equal(null);
  });

  it('skips the probe after a GPP usnat opt-out of sale and sharing', async () => {
    const cmp = startGppCmp();
    cmp.setFieldValue('usnat', 'SaleOptOutNotice', 1);
    cmp.setFieldValue('usnat', 'SaleOptOut', 1);
    cmp.setFieldValue('usnat', 'SharingOptOutNotice', 1);
    cmp.setFieldValue('usnat', 'SharingOptOut', 1);
    gppReady(cmp, [7]);
    const probe = logged(PROBE, otherHost());
    const script = await check(probe);
    expect(script.outcome).to.equal('skipped');
    expect(script.detail).to.contain('opted-out');
    await pause(200);
    expect((await requestLog(probe)).at).to.equal(null);
  });

  it('probes after a GPP tcfeuv2 consent', async () => {
    const cmp = startGppCmp();
    cmp.setSectionString('tcfeuv2', granted);
    gppReady(cmp, [2]);
    const probe = logged(PROBE, otherHost());
    expect((await check(probe)).outcome).to.equal('clear');
    expect((await requestLog(probe)).at).to.be.a('number');
  });
});
