/**
 * Consent for `<sabba-ad-slot provider="html">` through GPP, against the IAB's own GPP CMP API
 * (`@iabgpp/cmpapi`) holding real encoded sections: a TCF EU string from `@iabtechlabtcf/core` as
 * the `tcfeuv2` section, and `usnat` / `uspv1` strings encoded by the GPP library. The creative's
 * request is read from the test server's request log.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/ad-slot/ad-slot.define.js';
import type { SabbaAdConsentEvent, SabbaAdRenderEvent } from '../../src/components/ad-slot/ad-slot.events.js';
import {
  encodeTcString,
  gppReady,
  logged,
  removeCmps,
  requestLog,
  serverNow,
  startGppCmp,
} from '../helpers/iab-cmp.js';

async function htmlSlot(timeout = 5000): Promise<{
  src: string;
  consent: Promise<SabbaAdConsentEvent>;
  render: Promise<SabbaAdRenderEvent>;
}> {
  const src = logged('/consent/creative.html');
  const el = document.createElement('sabba-ad-slot');
  el.provider = 'html';
  el.sizes = '300x250';
  el.src = src;
  el.consentTimeout = timeout;
  const consent = oneEvent<SabbaAdConsentEvent>(el, 'sabba-ad-consent');
  const render = oneEvent<SabbaAdRenderEvent>(el, 'sabba-ad-render');
  await fixture(html`<div>${el}</div>`);
  return { src, consent, render };
}

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** GPP section ids (GPP spec, section list). */
const TCFEUV2 = 2;
const USPV1 = 6;
const USNAT = 7;

describe('<sabba-ad-slot provider="html"> with a GPP CMP', () => {
  let granted: string;
  let refused: string;
  before(async () => {
    granted = await encodeTcString([1, 2, 3, 4]);
    refused = await encodeTcString([2, 3]);
  });
  afterEach(() => {
    removeCmps();
  });

  it('reads purpose 1 from the tcfeuv2 section and loads the creative with consent', async () => {
    const cmp = startGppCmp();
    cmp.setSectionString('tcfeuv2', granted);
    gppReady(cmp, [TCFEUV2]);
    const { src, consent, render } = await htmlSlot();
    const { detail } = await consent;
    expect(detail).to.deep.include({ api: 'gpp', outcome: 'granted', allowed: true, optedOut: false });
    expect(detail.sections).to.deep.equal(['tcfeuv2']);
    expect((await render).detail.empty).to.equal(false);
    expect((await requestLog(src)).at).to.be.a('number');
  });

  it('never requests the creative when the tcfeuv2 section refuses purpose 1', async () => {
    const cmp = startGppCmp();
    cmp.setSectionString('tcfeuv2', refused);
    gppReady(cmp, [TCFEUV2]);
    const { src, consent, render } = await htmlSlot();
    expect((await consent).detail).to.include({ outcome: 'denied', allowed: false });
    expect((await render).detail.empty).to.equal(true);
    await pause(200);
    expect((await requestLog(src)).at).to.equal(null);
  });

  it('waits while the signal is not ready, then requests once it is', async () => {
    const cmp = startGppCmp();
    const { src, consent, render } = await htmlSlot();
    const placedAt = performance.now();
    await pause(400);
    expect((await requestLog(src)).at).to.equal(null);
    const readyAt = await serverNow();
    cmp.setSectionString('tcfeuv2', granted);
    gppReady(cmp, [TCFEUV2]);
    // As in the TCF suite: the wait begins once the slot nears the viewport and its CMP reader
    // loaded (a busy machine delays both), and ends when the signal is ready.
    const { waitedMs } = (await consent).detail;
    expect(waitedMs).to.be.above(0);
    expect(waitedMs).to.be.at.most(Math.ceil(performance.now() - placedAt));
    expect((await render).detail.empty).to.equal(false);
    expect((await requestLog(src)).at).to.be.at.least(readyAt);
  });

  it('reports a usnat opt-out of sale and targeted advertising, and still loads (US law needs no consent)', async () => {
    const cmp = startGppCmp();
    cmp.setFieldValue('usnat', 'SaleOptOutNotice', 1);
    cmp.setFieldValue('usnat', 'SaleOptOut', 1);
    cmp.setFieldValue('usnat', 'TargetedAdvertisingOptOutNotice', 1);
    cmp.setFieldValue('usnat', 'TargetedAdvertisingOptOut', 1);
    cmp.setGppString(cmp.getGppString()); // as a CMP restores a stored string
    gppReady(cmp, [USNAT]);
    const { src, consent, render } = await htmlSlot();
    expect((await consent).detail).to.deep.include({
      outcome: 'not-applicable',
      allowed: true,
      optedOut: true,
      sections: ['usnat'],
    });
    expect((await render).detail.empty).to.equal(false);
    expect((await requestLog(src)).at).to.be.a('number');
  });

  it('reads a uspv1 opt-out of sale', async () => {
    const cmp = startGppCmp();
    cmp.setSectionString('uspv1', '1YYN');
    gppReady(cmp, [USPV1]);
    const { consent } = await htmlSlot();
    expect((await consent).detail).to.deep.include({ optedOut: true, sections: ['uspv1'] });
  });

  it('with no applicable section ([-1]) does not hold the creative back', async () => {
    const cmp = startGppCmp();
    gppReady(cmp, [-1]);
    const { src, consent, render } = await htmlSlot();
    expect((await consent).detail).to.deep.include({ outcome: 'not-applicable', allowed: true, sections: [] });
    expect((await render).detail.empty).to.equal(false);
    expect((await requestLog(src)).at).to.be.a('number');
  });

  it('gives up after consent-timeout when the signal never becomes ready', async () => {
    startGppCmp();
    const { src, consent, render } = await htmlSlot(300);
    expect((await consent).detail).to.include({ outcome: 'timeout', allowed: false });
    expect((await render).detail.empty).to.equal(true);
    await pause(200);
    expect((await requestLog(src)).at).to.equal(null);
  });
});
