import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/components/ad-slot/ad-slot.define.js';
import { SabbaAdSlot } from '../../src/components/ad-slot/ad-slot.js';
import { AdSlotHarness, frames } from './harness.js';

/**
 * Refresh that never breaks a policy, on real elements: GPT slots against the GPT stand-in (line
 * items, Active View), html creatives that speak for themselves, the height lock, and the
 * page-wide GPT settings.
 */

interface GptRequest {
  id: string;
  kind: 'display' | 'refresh';
  page: Record<string, string[]>;
  targeting: Record<string, string[]>;
}
interface StandinWindow {
  gptStandin?: {
    viewable?: boolean | 'active-view';
    lineItemId?: number;
    log?: string[];
    requests?: GptRequest[];
  };
}
const w = window as unknown as StandinWindow;
const UNIT = '/1234/sabba/artikel';

/** Runs the fake clock in small steps, letting real events (messages, frames) in between. */
async function runUntil(clock: sinon.SinonFakeTimers, done: () => boolean, ms = 2000): Promise<void> {
  for (let spent = 0; spent < ms && !done(); spent += 10) {
    await clock.tickAsync(10);
    await nextFrame();
  }
}

/** Counts `sabba-ad-request` events that ask for a refresh. */
function countRefreshes(el: SabbaAdSlot): { count: number } {
  const seen = { count: 0 };
  el.addEventListener('sabba-ad-request', (event) => {
    if (event.detail.refresh) seen.count += 1;
  });
  return seen;
}

describe('<sabba-ad-slot> page-wide GPT settings', () => {
  const defaultSrc = SabbaAdSlot.gptSrc;
  before(() => {
    SabbaAdSlot.gptSrc = '/ad-slot/gpt.js';
  });
  after(() => {
    SabbaAdSlot.gptSrc = defaultSrc;
  });

  it('applies SabbaAdSlot.gptSettings once, however many slots, and every request carries the page targeting', async () => {
    w.gptStandin = { log: [], requests: [] };
    SabbaAdSlot.gptSettings = { singleRequest: true, collapseEmptyDivs: true, targeting: { section: 'berita' } };
    const wrapper = await fixture<HTMLElement>(html`
      <div>
        <sabba-ad-slot provider="gpt" ad-unit=${UNIT} sizes="300x250"></sabba-ad-slot>
        <sabba-ad-slot provider="gpt" ad-unit="/1234/sabba/kedua" sizes="320x50"></sabba-ad-slot>
      </div>
    `);
    const slots = [...wrapper.querySelectorAll('sabba-ad-slot')];
    await Promise.all(slots.map((slot) => oneEvent(slot, 'sabba-ad-render')));
    const log = w.gptStandin.log!;
    expect(log.filter((entry) => entry === 'singleRequest')).to.have.length(1);
    expect(log.filter((entry) => entry === 'collapseDiv ON_NO_FILL')).to.have.length(1);
    // Settings go in before services are enabled, as GPT requires for single request.
    expect(log.indexOf('singleRequest')).to.be.below(log.indexOf('enableServices'));
    expect(w.gptStandin.requests!.map((request) => request.page.section)).to.deep.equal([['berita'], ['berita']]);
    // No Prebid.js on this page: the Prebid adapter's module was never fetched.
    const fetched = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(fetched.filter((name) => name.includes('prebid-auction'))).to.deep.equal([]);

    const warn = sinon.stub(console, 'warn');
    try {
      SabbaAdSlot.gptSettings = { singleRequest: false };
      const late = await fixture<SabbaAdSlot>(
        html`<sabba-ad-slot provider="gpt" ad-unit=${UNIT} sizes="300x250"></sabba-ad-slot>`,
      );
      await oneEvent(late, 'sabba-ad-render');
      expect(w.gptStandin.log!.filter((entry) => entry === 'singleRequest')).to.have.length(1);
      expect(warn.args.some(([m]) => String(m).includes('gptSettings changed after'))).to.equal(true);
    } finally {
      warn.restore();
    }
  });
});

describe('<sabba-ad-slot> refresh policy', () => {
  const defaultSrc = SabbaAdSlot.gptSrc;
  let clock: sinon.SinonFakeTimers;
  before(() => {
    SabbaAdSlot.gptSrc = '/ad-slot/gpt.js';
  });
  after(async () => {
    SabbaAdSlot.gptSrc = defaultSrc;
    await setViewport({ width: 800, height: 600 });
  });
  beforeEach(() => {
    clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldClearNativeTimers: true });
  });
  afterEach(() => {
    clock.restore();
  });

  for (const [lineItemId, refreshable] of [
    [5012345678, false],
    [5099999999, true],
  ] as const) {
    it(`${refreshable ? 'refreshes' : 'never refreshes'} line item ${lineItemId} with no-refresh="5012345678"`, async () => {
      // Google's own count (Active View, ≥ 50 % for 1 s) makes the impression viewable here.
      w.gptStandin = { log: [], requests: [], viewable: 'active-view', lineItemId };
      const el = await fixture<SabbaAdSlot>(html`
        <sabba-ad-slot provider="gpt" ad-unit=${UNIT} sizes="300x250" refresh="30" no-refresh="5012345678"></sabba-ad-slot>
      `);
      const refreshes = countRefreshes(el);
      await runUntil(clock, () => el.matches(':state(viewable)'));
      expect(el.matches(':state(viewable)')).to.equal(true);
      await clock.tickAsync(30_000);
      await runUntil(clock, () => refreshes.count > 0, 500);
      expect(refreshes.count).to.equal(refreshable ? 1 : 0);
      expect(w.gptStandin.requests!.map((request) => request.kind)).to.deep.equal(
        refreshable ? ['display', 'refresh'] : ['display'],
      );
    });
  }

  it('never refreshes before the impression was viewable, however long it has been shown', async () => {
    w.gptStandin = { log: [], requests: [] };
    const wrapper = await fixture<HTMLElement>(html`
      <div><div style="block-size: 3000px"></div>
        <sabba-ad-slot provider="gpt" ad-unit=${UNIT} sizes="300x250" refresh="30" fetch-margin="1000" render-margin="1000"></sabba-ad-slot>
      </div>
    `);
    const el = wrapper.querySelector<SabbaAdSlot>('sabba-ad-slot')!;
    const refreshes = countRefreshes(el);
    await runUntil(clock, () => el.matches(':state(filled)'));
    expect(el.matches(':state(filled)')).to.equal(true);
    await clock.tickAsync(120_000); // rendered below the fold, never seen
    el.scrollIntoView();
    await runUntil(clock, () => refreshes.count > 0, 1500);
    expect(refreshes.count, 'in view now, but 30 s must follow the viewable moment').to.equal(0);
    await clock.tickAsync(30_000);
    await runUntil(clock, () => refreshes.count > 0, 500);
    expect(refreshes.count).to.equal(1);
    window.scrollTo(0, 0);
  });

  it('keeps a creative that posts sabba-ad-no-refresh, and no other frame or script can stop a slot', async () => {
    const wrapper = await fixture<HTMLElement>(html`
      <div>
        <sabba-ad-slot id="sponsor" provider="html" src="/ad-slot/creative-no-refresh.html" creative-scripts sizes="300x250" refresh="30"></sabba-ad-slot>
        <sabba-ad-slot id="other" provider="html" src="/ad-slot/creative.html" sizes="300x250" refresh="30"></sabba-ad-slot>
      </div>
    `);
    const sponsor = wrapper.querySelector<SabbaAdSlot>('#sponsor')!;
    const other = wrapper.querySelector<SabbaAdSlot>('#other')!;
    const sponsorRefreshes = countRefreshes(sponsor);
    const otherRefreshes = countRefreshes(other);
    await runUntil(clock, () => sponsor.matches(':state(viewable)') && other.matches(':state(viewable)'));
    window.postMessage({ type: 'sabba-ad-no-refresh' }, '*'); // the page itself is not a creative
    await clock.tickAsync(31_000);
    await runUntil(clock, () => otherRefreshes.count > 0, 1000);
    expect(otherRefreshes.count).to.equal(1);
    expect(sponsorRefreshes.count).to.equal(0);
  });

  it('locks the frame height during a refresh, so a smaller breakpoint shrinks nothing', async () => {
    clock.restore();
    await setViewport({ width: 400, height: 800 });
    clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldClearNativeTimers: true });
    const el = await fixture<SabbaAdSlot>(html`
      <sabba-ad-slot provider="html" src="/ad-slot/creative.html" sizes="300x250, 728x90"
        size-map="0:300x250 | 700:728x90" refresh="30"></sabba-ad-slot>
    `);
    const control = await fixture<SabbaAdSlot>(html`
      <sabba-ad-slot provider="none" sizes="300x250, 728x90" size-map="0:300x250 | 700:728x90"></sabba-ad-slot>
    `);
    const slot = new AdSlotHarness(el);
    await runUntil(clock, () => el.matches(':state(viewable)'));
    expect(slot.frameHeight).to.equal(250);
    const refreshed = oneEvent(el, 'sabba-ad-request');
    await clock.tickAsync(30_000);
    await refreshed;
    clock.restore(); // the viewport command needs real time
    await setViewport({ width: 800, height: 800 });
    await frames(3);
    expect(new AdSlotHarness(control).frameHeight, 'the breakpoint now reserves 90 px').to.equal(90);
    expect(slot.frameHeight, 'the refreshed slot kept its height').to.equal(250);
    clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
});
