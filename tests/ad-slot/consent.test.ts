/**
 * Consent for `<sabba-ad-slot>`, against the IAB's own TCF CMP API (`@iabtechlabtcf/cmpapi`) with
 * real TC strings (`@iabtechlabtcf/core`). When the `html` creative is requested is read from the
 * test server's request log: the iframe's request must arrive after the CMP's decision, or never.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/components/ad-slot/ad-slot.define.js';
import type { SabbaAdConsentEvent, SabbaAdRenderEvent } from '../../src/components/ad-slot/ad-slot.events.js';
import { SabbaAdSlot } from '../../src/components/ad-slot/ad-slot.js';
import { GPT_LIMITED_ADS_SRC, GPT_SRC, gptScriptUrl } from '../../src/components/ad-slot/providers/gpt-provider.js';
import { encodeTcString, logged, removeCmps, requestLog, serverNow, startTcfCmp } from '../helpers/iab-cmp.js';
import { AdSlotHarness } from './harness.js';

const CREATIVE = '/consent/creative.html';

/** An html slot at the top of the page (inside its fetch margin at once) with a fresh creative URL. */
async function htmlSlot(attributes: { timeout?: number; consent?: string } = {}): Promise<{
  el: SabbaAdSlot;
  src: string;
  consent: Promise<SabbaAdConsentEvent>;
  render: Promise<SabbaAdRenderEvent>;
}> {
  const src = logged(CREATIVE);
  const el = document.createElement('sabba-ad-slot');
  el.provider = 'html';
  el.sizes = '300x250';
  el.src = src;
  if (attributes.timeout !== undefined) el.consentTimeout = attributes.timeout;
  if (attributes.consent !== undefined) el.consent = attributes.consent;
  const consent = oneEvent<SabbaAdConsentEvent>(el, 'sabba-ad-consent');
  const render = oneEvent<SabbaAdRenderEvent>(el, 'sabba-ad-render');
  await fixture(html`<div>${el}</div>`);
  return { el, src, consent, render };
}

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('<sabba-ad-slot provider="html"> with a TCF v2.2 CMP', () => {
  let granted: string;
  let refused: string;
  before(async () => {
    granted = await encodeTcString([1, 2, 3, 4, 7]);
    refused = await encodeTcString([]);
  });
  afterEach(() => {
    removeCmps();
  });

  it('without a CMP loads the creative at once and fires no consent event', async () => {
    const { el, src, render } = await htmlSlot();
    let consentFired = false;
    el.addEventListener('sabba-ad-consent', () => (consentFired = true));
    expect((await render).detail.empty).to.equal(false);
    expect((await requestLog(src)).at).to.be.a('number');
    expect(consentFired).to.equal(false);
  });

  it('with a stored consent (tcloaded) loads the creative and reports the decision', async () => {
    startTcfCmp().update(granted);
    const { el, src, consent, render } = await htmlSlot();
    const { detail } = await consent;
    expect(detail).to.include({ api: 'tcf', outcome: 'granted', allowed: true, optedOut: false });
    expect(detail.waitedMs).to.be.below(1000);
    expect((await render).detail.empty).to.equal(false);
    expect((await requestLog(src)).at).to.be.a('number');
    expect(new AdSlotHarness(el).creative).not.to.equal(null);
  });

  it('with purpose 1 refused never requests the creative and ends as an empty ad', async () => {
    startTcfCmp().update(refused);
    const { el, src, consent, render } = await htmlSlot();
    expect((await consent).detail).to.include({ outcome: 'denied', allowed: false });
    expect((await render).detail.empty).to.equal(true);
    await pause(300);
    const h = new AdSlotHarness(el);
    expect(h.creative).to.equal(null);
    expect(h.is('empty')).to.equal(true);
    expect(h.placeholderShown).to.equal(true);
    expect((await requestLog(src)).at).to.equal(null);
  });

  it('while the reader is choosing (cmpuishown) holds the request back until useractioncomplete', async () => {
    const cmp = startTcfCmp();
    cmp.update('', true); // a new reader: the CMP shows its dialog
    const { el, src, consent, render } = await htmlSlot();
    const placedAt = performance.now();
    await pause(400);
    expect((await requestLog(src)).at).to.equal(null);
    expect(new AdSlotHarness(el).is('loading')).to.equal(true);
    const decidedAt = await serverNow();
    cmp.update(granted, false);
    const { detail } = await consent;
    expect(detail).to.include({ outcome: 'granted', allowed: true });
    // The wait starts when the slot nears the viewport and its CMP reader has loaded, which a busy
    // machine can delay by a frame or more, so its length has no fixed floor: it is a real wait
    // that began after the slot was placed and ended with the reader's choice.
    expect(detail.waitedMs).to.be.above(0);
    expect(detail.waitedMs).to.be.at.most(Math.ceil(performance.now() - placedAt));
    expect((await render).detail.empty).to.equal(false);
    expect((await requestLog(src)).at).to.be.at.least(decidedAt);
  });

  it('when the reader refuses in the dialog, the request never happens', async () => {
    const cmp = startTcfCmp();
    cmp.update('', true);
    const { src, consent, render } = await htmlSlot();
    await pause(200);
    cmp.update(refused, false);
    expect((await consent).detail.outcome).to.equal('denied');
    expect((await render).detail.empty).to.equal(true);
    await pause(200);
    expect((await requestLog(src)).at).to.equal(null);
  });

  it('with gdprApplies false does not wait and loads the creative', async () => {
    startTcfCmp().update(null);
    const { src, consent, render } = await htmlSlot({ timeout: 5000 });
    const { detail } = await consent;
    expect(detail).to.include({ outcome: 'not-applicable', allowed: true });
    expect(detail.waitedMs).to.be.below(1000);
    expect((await render).detail.empty).to.equal(false);
    expect((await requestLog(src)).at).to.be.a('number');
  });

  it('when the CMP never answers gives up after consent-timeout without requesting the creative', async () => {
    startTcfCmp(); // loaded but never updated: addEventListener is never answered
    const { src, consent, render } = await htmlSlot({ timeout: 300 });
    const { detail } = await consent;
    expect(detail).to.include({ outcome: 'timeout', allowed: false });
    expect(detail.waitedMs).to.be.at.least(290);
    expect((await render).detail.empty).to.equal(true);
    await pause(200);
    expect((await requestLog(src)).at).to.equal(null);
  });

  it('a reader who accepts after consent-timeout gets the creative then, in the box the slot kept', async () => {
    const cmp = startTcfCmp();
    cmp.update('', true); // the dialog is open, and stays open past the timeout
    const { el, src, consent, render } = await htmlSlot({ timeout: 300 });
    expect((await consent).detail.outcome).to.equal('timeout');
    expect((await render).detail.empty).to.equal(true);
    const box = el.getBoundingClientRect().height;
    const late = oneEvent<SabbaAdConsentEvent>(el, 'sabba-ad-consent');
    const filled = oneEvent<SabbaAdRenderEvent>(el, 'sabba-ad-render');
    const decidedAt = await serverNow();
    cmp.update(granted, false);
    expect((await late).detail).to.include({ outcome: 'granted', allowed: true });
    expect((await filled).detail.empty).to.equal(false);
    expect((await requestLog(src)).at).to.be.at.least(decidedAt);
    expect(new AdSlotHarness(el).creative).not.to.equal(null);
    expect(el.getBoundingClientRect().height, 'the reserved box did not change').to.equal(box);
  });

  it('a reader who refuses after consent-timeout keeps the empty slot, and nothing is requested', async () => {
    const cmp = startTcfCmp();
    cmp.update('', true);
    const { el, src, consent, render } = await htmlSlot({ timeout: 300 });
    expect((await consent).detail.outcome).to.equal('timeout');
    await render;
    const late = oneEvent<SabbaAdConsentEvent>(el, 'sabba-ad-consent');
    cmp.update(refused, false);
    expect((await late).detail).to.include({ outcome: 'denied', allowed: false });
    await pause(300);
    expect(new AdSlotHarness(el).is('empty')).to.equal(true);
    expect((await requestLog(src)).at).to.equal(null);
  });

  it('consent="none" (a first-party house creative) does not wait for a CMP that never answers', async () => {
    startTcfCmp();
    const { el, src, render } = await htmlSlot({ consent: 'none', timeout: 5000 });
    let consentFired = false;
    el.addEventListener('sabba-ad-consent', () => (consentFired = true));
    expect((await render).detail.empty).to.equal(false);
    expect((await requestLog(src)).at).to.be.a('number');
    expect(consentFired).to.equal(false);
  });

  it('a consent-timeout that is not a number warns and waits the default; an unknown consent value warns', async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      startTcfCmp().update(granted);
      const { consent, render } = await htmlSlot({ timeout: Number.NaN, consent: 'always' });
      expect((await consent).detail.outcome).to.equal('granted');
      expect((await render).detail.empty).to.equal(false);
      const messages = warn.args.map(([message]) => String(message));
      expect(messages.some((m) => m.includes('consent-timeout=NaN is not a number'))).to.equal(true);
      expect(messages.some((m) => m.includes('consent="always" is not "none"'))).to.equal(true);
    } finally {
      warn.restore();
    }
  });

  it('a CMP that throws ends as an error: no creative', async () => {
    (window as unknown as { __tcfapi: () => never }).__tcfapi = () => {
      throw new Error('broken CMP');
    };
    const { src, consent, render } = await htmlSlot({ timeout: 2000 });
    expect((await consent).detail).to.include({ outcome: 'error', allowed: false });
    expect((await render).detail.empty).to.equal(true);
    expect((await requestLog(src)).at).to.equal(null);
  });
});

describe('<sabba-ad-slot provider="gpt"> and consent', () => {
  const w = window as unknown as { gptStandin?: { log?: string[] } };
  const defaultSrc = SabbaAdSlot.gptSrc;
  before(() => {
    SabbaAdSlot.gptSrc = '/ad-slot/gpt.js';
  });
  after(() => {
    SabbaAdSlot.gptSrc = defaultSrc;
    SabbaAdSlot.gptLimitedAds = false;
    removeCmps();
  });
  beforeEach(() => {
    w.gptStandin = { log: [] };
  });

  it('does not wait for the CMP: GPT reads it itself', async () => {
    startTcfCmp(); // a CMP whose reader has not chosen yet
    const el = await fixture<SabbaAdSlot>(
      html`<sabba-ad-slot provider="gpt" ad-unit="/1234/sabba/artikel" sizes="300x250"></sabba-ad-slot>`,
    );
    const render = await oneEvent<SabbaAdRenderEvent>(el, 'sabba-ad-render');
    expect(render.detail.empty).to.equal(false);
    expect(w.gptStandin!.log!.some((entry) => entry.startsWith('display '))).to.equal(true);
  });

  it('with SabbaAdSlot.gptLimitedAds asks GPT for limited ads before the first display', async () => {
    SabbaAdSlot.gptLimitedAds = true;
    const el = await fixture<SabbaAdSlot>(
      html`<sabba-ad-slot provider="gpt" ad-unit="/1234/sabba/artikel" sizes="300x250"></sabba-ad-slot>`,
    );
    await oneEvent(el, 'sabba-ad-render');
    const log = w.gptStandin!.log!;
    const limited = log.indexOf('setPrivacySettings {"limitedAds":true}');
    expect(limited).to.be.greaterThan(-1);
    expect(limited).to.be.below(log.findIndex((entry) => entry.startsWith('display ')));
  });

  it("loads GPT from Google's limited-ads URL when limited ads are on and the URL is Google's", () => {
    expect(gptScriptUrl(GPT_SRC, true)).to.equal('https://pagead2.googlesyndication.com/tag/js/gpt.js');
    expect(GPT_LIMITED_ADS_SRC).to.equal('https://pagead2.googlesyndication.com/tag/js/gpt.js');
    expect(gptScriptUrl(GPT_SRC, false)).to.equal(GPT_SRC);
    expect(gptScriptUrl('/ad-slot/gpt.js', true)).to.equal('/ad-slot/gpt.js');
  });
});
