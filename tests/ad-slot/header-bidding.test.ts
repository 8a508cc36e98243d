import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/components/ad-slot/ad-slot.define.js';
import type { SabbaAdAuctionEvent, SabbaAdConsentEvent } from '../../src/components/ad-slot/ad-slot.events.js';
import { SabbaAdSlot } from '../../src/components/ad-slot/ad-slot.js';
import { encodeTcString, removeCmps, startTcfCmp } from '../helpers/iab-cmp.js';
import { frames } from './harness.js';

/**
 * Header bidding with real Prebid.js (the npm package's core and one local bid adapter, built by
 * scripts/test/fixtures/ad-slot.mjs from tests/ad-slot/fixtures/prebid-build.js) in front of the
 * GPT stand-in. Bids come from the test server's bid endpoint, never the network.
 */

interface GptRequest {
  id: string;
  kind: 'display' | 'refresh';
  targeting: Record<string, string[]>;
}
interface TestWindow {
  pbjs?: { que: unknown[] | { push(fn: () => void): void }; libLoaded?: boolean; adUnits?: unknown[] } & Record<
    string,
    unknown
  >;
  gptStandin?: { viewable?: boolean | 'active-view'; log?: string[]; requests?: GptRequest[] };
}
const w = window as unknown as TestWindow;

/** A bidder request as Prebid's `bidRequested` event hands it over (the fields read here). */
interface BidderRequest {
  bids?: { adUnitCode?: string; mediaTypes?: { banner?: { sizes?: number[][] } } }[];
}
/** Prebid's event API (https://docs.prebid.org/dev-docs/publisher-api-reference/onEvent.html). */
interface PrebidEvents {
  onEvent(type: 'bidRequested', handler: (request: BidderRequest) => void): void;
  offEvent(type: 'bidRequested', handler: (request: BidderRequest) => void): void;
}

const UNIT = '/1234/sabba/artikel';

// The test server serves every source module on its own: more than the default 250 entries, after
// which the browser stops recording the fetches this file asserts.
performance.setResourceTimingBufferSize(2000);

/** Loads the page's Prebid.js as a site does: the queue first, then the script. */
async function loadPrebid(): Promise<void> {
  w.pbjs ??= { que: [] };
  const script = document.createElement('script');
  script.src = '/ad-slot/prebid.js';
  const loaded = oneEvent(script, 'load');
  document.head.append(script);
  await loaded;
}

const requests = (): GptRequest[] => w.gptStandin?.requests ?? [];

describe('<sabba-ad-slot provider="gpt"> header bidding (real Prebid.js)', () => {
  const defaultSrc = SabbaAdSlot.gptSrc;
  before(async () => {
    SabbaAdSlot.gptSrc = '/ad-slot/gpt.js';
    await loadPrebid();
  });
  after(() => {
    SabbaAdSlot.gptSrc = defaultSrc;
  });
  beforeEach(() => {
    w.gptStandin = { log: [], requests: [] };
  });
  afterEach(() => {
    window.scrollTo(0, 0);
  });

  it('runs an auction when the slot enters its fetch margin, and the winner reaches the GPT request', async () => {
    const wrapper = await fixture<HTMLElement>(html`
      <div>
        <div style="block-size: 4000px"></div>
        <sabba-ad-slot provider="gpt" ad-unit=${UNIT} sizes="300x250, 336x280" fetch-margin="10" render-margin="10"
          .bids=${[{ bidder: 'sabbaTest', params: { cpm: 2.5 } }]}></sabba-ad-slot>
      </div>
    `);
    const el = wrapper.querySelector<SabbaAdSlot>('sabba-ad-slot')!;
    const auctions: SabbaAdAuctionEvent[] = [];
    el.addEventListener('sabba-ad-auction', (event) => auctions.push(event));
    await frames(5);
    expect(auctions, 'no auction while the slot is far away').to.have.length(0);

    const rendered = oneEvent(el, 'sabba-ad-render');
    el.scrollIntoView();
    await rendered;
    expect(auctions).to.have.length(1);
    const detail = auctions[0]!.detail;
    const id = el.querySelector('[slot="creative"]')!.id;
    expect(detail.code).to.equal(id);
    expect(detail.adUnit).to.equal(UNIT);
    expect(detail.refresh).to.equal(false);
    expect(detail.timedOut).to.equal(false);
    expect(detail.bids.map((bid) => [bid.bidder, bid.cpm])).to.deep.equal([['sabbaTest', 2.5]]);
    // The bidder was asked for the slot's own sizes (it answers with the first one offered).
    expect([detail.winner?.width, detail.winner?.height]).to.deep.equal([300, 250]);
    expect(detail.duration).to.be.at.least(0).and.below(1500);

    const [request] = requests();
    expect(request?.kind).to.equal('display');
    expect(request?.targeting.hb_bidder).to.deep.equal(['sabbaTest']);
    expect(request?.targeting.hb_pb).to.deep.equal(['2.50']);
    expect(request?.targeting.hb_adid).to.deep.equal([detail.winner!.adId]);
    // With Prebid.js on the page, the adapter module was fetched (on demand, see the size report).
    const fetched = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(fetched.some((name) => name.includes('/ad-slot/prebid-auction'))).to.equal(true);
  });

  it("auctions the ad unit the page registered with pbjs.addAdUnits under the slot's ad-unit path", async () => {
    const path = '/1234/sabba/registered';
    await new Promise<void>((resolve) => {
      (w.pbjs!.que as { push(fn: () => void): void }).push(() => {
        (w.pbjs!.addAdUnits as (units: unknown[]) => void)([
          {
            code: path,
            mediaTypes: { banner: { sizes: [[728, 90]] } },
            bids: [{ bidder: 'sabbaTest', params: { cpm: 1.2 } }],
          },
        ]);
        resolve();
      });
    });
    const el = await fixture<SabbaAdSlot>(
      html`<sabba-ad-slot provider="gpt" ad-unit=${path} sizes="320x100"></sabba-ad-slot>`,
    );
    const auction = await oneEvent<SabbaAdAuctionEvent>(el, 'sabba-ad-auction');
    await oneEvent(el, 'sabba-ad-render');
    expect(auction.detail.winner?.bidder).to.equal('sabbaTest');
    // The slot's size map wins over the registered sizes: the bid is for what the slot can show.
    expect([auction.detail.winner?.width, auction.detail.winner?.height]).to.deep.equal([320, 100]);
    expect(requests()[0]?.targeting.hb_pb).to.deep.equal(['1.20']);
  });

  it('shows nothing of header bidding for a slot without bidders', async () => {
    const el = await fixture<SabbaAdSlot>(
      html`<sabba-ad-slot provider="gpt" ad-unit="/1234/sabba/lain" sizes="300x250"></sabba-ad-slot>`,
    );
    const auction = sinon.spy();
    el.addEventListener('sabba-ad-auction', auction);
    await oneEvent(el, 'sabba-ad-render');
    expect(auction.called).to.equal(false);
    expect(Object.keys(requests()[0]?.targeting ?? {}).filter((key) => key.startsWith('hb_'))).to.deep.equal([]);
  });

  it('cuts a slow bidder at auction-timeout: the ad shows in time with the bids that came', async () => {
    const el = await fixture<SabbaAdSlot>(html`
      <sabba-ad-slot provider="gpt" ad-unit=${UNIT} sizes="300x250" auction-timeout="700"
        .bids=${[
          { bidder: 'sabbaTest', params: { cpm: 1 } },
          { bidder: 'slowBidder', params: { cpm: 9, delay: 4000 } },
        ]}></sabba-ad-slot>
    `);
    const started = performance.now();
    const auction = await oneEvent<SabbaAdAuctionEvent>(el, 'sabba-ad-auction');
    await oneEvent(el, 'sabba-ad-render');
    const took = performance.now() - started;
    expect(took, 'the ad did not wait for the slow bidder').to.be.below(2500);
    expect(auction.detail.timedOut).to.equal(true);
    expect(auction.detail.bids.map((bid) => bid.bidder)).to.deep.equal(['sabbaTest']);
    expect(requests()[0]?.targeting.hb_bidder).to.deep.equal(['sabbaTest']);
  });

  it('does not hold the ad when Prebid.js never arrives (a blocked script leaves only its queue)', async () => {
    const real = w.pbjs;
    w.pbjs = { que: [] }; // the snippet ran, the library never came
    try {
      const el = await fixture<SabbaAdSlot>(html`
        <sabba-ad-slot provider="gpt" ad-unit=${UNIT} sizes="300x250" auction-timeout="300"
          .bids=${[{ bidder: 'sabbaTest', params: { cpm: 1 } }]}></sabba-ad-slot>
      `);
      const auction = await oneEvent<SabbaAdAuctionEvent>(el, 'sabba-ad-auction');
      await oneEvent(el, 'sabba-ad-render');
      expect(auction.detail).to.include({ timedOut: true, winner: null });
      expect(requests()[0]?.kind).to.equal('display');
    } finally {
      w.pbjs = real;
    }
  });

  it('runs a new auction before a refresh and clears the old hb_ targeting', async () => {
    w.gptStandin = { log: [], requests: [], viewable: true };
    // Prebid clears timers it set before the clock was faked: let the fake clock clear those too.
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldClearNativeTimers: true });
    try {
      const el = await fixture<SabbaAdSlot>(html`
        <sabba-ad-slot provider="gpt" ad-unit=${UNIT} sizes="300x250" refresh="30"
          .bids=${[{ bidder: 'sabbaTest', params: { cpm: 2 } }]}></sabba-ad-slot>
      `);
      const order: string[] = [];
      el.addEventListener('sabba-ad-auction', (event) => order.push(`auction ${String(event.detail.refresh)}`));
      el.addEventListener('sabba-ad-render', () => order.push('render'));
      // Real bid answers arrive on the network while Prebid's and the slot's timers run on the fake clock.
      const until = async (done: () => boolean): Promise<void> => {
        for (let i = 0; i < 400 && !done(); i += 1) {
          await clock.tickAsync(5);
          await nextFrame();
        }
      };
      await until(() => order.includes('render') && el.matches(':state(viewable)'));
      expect(requests()[0]?.targeting.hb_pb).to.deep.equal(['2.00']);

      el.bids = [{ bidder: 'sabbaTest', params: { cpm: 0 } }]; // the next auction brings no bid
      await clock.tickAsync(30_000);
      await until(() => order.length >= 4);
      expect(order).to.deep.equal(['auction false', 'render', 'auction true', 'render']);
      const refresh = requests()[1]!;
      expect(refresh.kind).to.equal('refresh');
      expect(Object.keys(refresh.targeting).filter((key) => key.startsWith('hb_'))).to.deep.equal([]);
      expect(refresh.targeting.refreshed).to.deep.equal(['true']);
      expect(refresh.targeting.refresh_count).to.deep.equal(['1']);
    } finally {
      clock.restore();
    }
  });

  it('sends no stale winner when the refresh auction is cut short (Prebid.js stopped answering)', async () => {
    w.gptStandin = { log: [], requests: [], viewable: true };
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldClearNativeTimers: true });
    const real = w.pbjs;
    try {
      const el = await fixture<SabbaAdSlot>(html`
        <sabba-ad-slot provider="gpt" ad-unit=${UNIT} sizes="300x250" refresh="30" auction-timeout="400"
          .bids=${[{ bidder: 'sabbaTest', params: { cpm: 3 } }]}></sabba-ad-slot>
      `);
      const auctions: SabbaAdAuctionEvent[] = [];
      el.addEventListener('sabba-ad-auction', (event) => auctions.push(event));
      for (let i = 0; i < 400 && !(el.matches(':state(viewable)') && auctions.length === 1); i += 1) {
        await clock.tickAsync(5);
        await nextFrame();
      }
      expect(requests()[0]?.targeting.hb_pb).to.deep.equal(['3.00']);
      w.pbjs = { que: [] }; // its queue no longer runs: Prebid will never set or reset targeting
      await clock.tickAsync(30_000);
      for (let i = 0; i < 400 && requests().length < 2; i += 1) {
        await clock.tickAsync(5);
        await nextFrame();
      }
      expect(auctions[1]?.detail).to.include({ refresh: true, timedOut: true, winner: null });
      const refresh = requests()[1]!;
      expect(Object.keys(refresh.targeting).filter((key) => key.startsWith('hb_'))).to.deep.equal([]);
    } finally {
      w.pbjs = real;
      clock.restore();
    }
  });

  it('asks the refresh auction for the sizes the size map allows after the viewport crossed a breakpoint', async () => {
    await setViewport({ width: 1000, height: 700 });
    w.gptStandin = { log: [], requests: [], viewable: true };
    // What Prebid.js handed its bidders: each bid request's banner sizes, by ad-unit code.
    const asked: { code: string; sizes: number[][] }[] = [];
    const onRequested = (request: BidderRequest): void => {
      for (const bid of request.bids ?? [])
        asked.push({ code: bid.adUnitCode ?? '', sizes: bid.mediaTypes?.banner?.sizes ?? [] });
    };
    const prebid = w.pbjs as unknown as PrebidEvents;
    prebid.onEvent('bidRequested', onRequested);
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldClearNativeTimers: true });
    try {
      const el = await fixture<SabbaAdSlot>(html`
        <sabba-ad-slot provider="gpt" ad-unit=${UNIT} size-map="0:300x250 | 768:336x280, 300x250" refresh="30"
          .bids=${[{ bidder: 'sabbaTest', params: { cpm: 2 } }]}></sabba-ad-slot>
      `);
      const id = el.querySelector('[slot="creative"]')!.id;
      const auctions: SabbaAdAuctionEvent[] = [];
      el.addEventListener('sabba-ad-auction', (event) => auctions.push(event));
      const until = async (done: () => boolean): Promise<void> => {
        for (let i = 0; i < 400 && !done(); i += 1) {
          await clock.tickAsync(5);
          await nextFrame();
        }
      };
      await until(() => requests().length === 1 && el.matches(':state(viewable)'));
      expect(asked.filter((entry) => entry.code === id).map((entry) => entry.sizes)).to.deep.equal([
        [
          [336, 280],
          [300, 250],
        ],
      ]);

      // The window narrows below the breakpoint (or a tablet turns): GPT's size mapping now allows
      // 300x250 only. (The old 336x280 creative, clipped to the new 300x250 box, is still over half
      // in view, so the refresh is due; a creative clipped below half would wait, as MRC's rule says.)
      await setViewport({ width: 600, height: 700 });
      await frames(3); // the viewability observer sees the new layout before the interval ends
      await clock.tickAsync(30_000);
      await until(() => auctions.length >= 2 && requests().length >= 2);
      expect(asked.filter((entry) => entry.code === id).map((entry) => entry.sizes)).to.deep.equal([
        [
          [336, 280],
          [300, 250],
        ],
        [[300, 250]],
      ]);
      expect(requests()[1]?.kind).to.equal('refresh');
      // The bidder answers with the first size offered: the winner fits the slot at this width.
      expect(
        auctions.map((event) => [event.detail.refresh, event.detail.winner?.width, event.detail.winner?.height]),
      ).to.deep.equal([
        [false, 336, 280],
        [true, 300, 250],
      ]);
    } finally {
      clock.restore();
      prebid.offEvent('bidRequested', onRequested);
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('finds a Prebid.js built under another global name through prebid-global', async () => {
    // A build made with `globalVarName: 'sabbaPbjs'`, as the page sees it: the library under that
    // name, and no `window.pbjs`.
    const real = w.pbjs;
    const page = window as unknown as Record<string, unknown>;
    page.sabbaPbjs = real;
    delete w.pbjs;
    try {
      const bids = [{ bidder: 'sabbaTest', params: { cpm: 1.5 } }];
      const wrapper = await fixture<HTMLElement>(html`
        <div>
          <sabba-ad-slot provider="gpt" ad-unit=${UNIT} sizes="300x250" prebid-global="sabbaPbjs"
            .bids=${bids}></sabba-ad-slot>
          <sabba-ad-slot provider="gpt" ad-unit=${UNIT} sizes="300x250" .bids=${bids}></sabba-ad-slot>
        </div>
      `);
      const [renamed, plain] = [...wrapper.querySelectorAll<SabbaAdSlot>('sabba-ad-slot')];
      const auctions: SabbaAdAuctionEvent[] = [];
      wrapper.addEventListener('sabba-ad-auction', (event) => auctions.push(event));
      await Promise.all([oneEvent(renamed!, 'sabba-ad-render'), oneEvent(plain!, 'sabba-ad-render')]);
      const renamedId = renamed!.querySelector('[slot="creative"]')!.id;
      expect(auctions.map((event) => [event.detail.code, event.detail.winner?.bidder])).to.deep.equal([
        [renamedId, 'sabbaTest'],
      ]);
      const byId = new Map(requests().map((request) => [request.id, request]));
      expect(byId.get(renamedId)?.targeting.hb_pb).to.deep.equal(['1.50']);
      // The slot left at the default looks for `pbjs`, which this page does not have.
      const plainId = plain!.querySelector('[slot="creative"]')!.id;
      expect(Object.keys(byId.get(plainId)?.targeting ?? {}).filter((key) => key.startsWith('hb_'))).to.deep.equal([]);
      expect(byId.get(plainId)?.kind).to.equal('display');
    } finally {
      w.pbjs = real;
      delete page.sabbaPbjs;
    }
  });

  it('takes a prebid-global that is not a plain identifier for pbjs, with one warning, and reads no path', async () => {
    const page = window as unknown as Record<string, unknown>;
    // Were the name walked as a path, this decoy would be found instead of the page's pbjs.
    page.decoy = { pbjs: { que: { push: () => undefined } } };
    const warn = sinon.stub(console, 'warn');
    try {
      const bids = [{ bidder: 'sabbaTest', params: { cpm: 1.1 } }];
      const wrapper = await fixture<HTMLElement>(html`
        <div>
          <sabba-ad-slot provider="gpt" ad-unit=${UNIT} sizes="300x250" prebid-global="decoy.pbjs"
            .bids=${bids}></sabba-ad-slot>
          <sabba-ad-slot provider="gpt" ad-unit=${UNIT} sizes="300x250" prebid-global="decoy.pbjs"
            .bids=${bids}></sabba-ad-slot>
        </div>
      `);
      const slots = [...wrapper.querySelectorAll<SabbaAdSlot>('sabba-ad-slot')];
      const auctions: SabbaAdAuctionEvent[] = [];
      wrapper.addEventListener('sabba-ad-auction', (event) => auctions.push(event));
      await Promise.all(slots.map((slot) => oneEvent(slot, 'sabba-ad-render')));
      expect(auctions.map((event) => event.detail.winner?.bidder)).to.deep.equal(['sabbaTest', 'sabbaTest']);
      const warnings = warn.args.map((args) => String(args[0])).filter((text) => text.includes('prebid-global'));
      expect(warnings).to.deep.equal([
        '[sabba] <sabba-ad-slot> prebid-global="decoy.pbjs" is not an identifier; "pbjs" is used.',
      ]);
    } finally {
      warn.restore();
      delete page.decoy;
    }
  });
});

describe('<sabba-ad-slot provider="gpt"> header bidding with a TCF v2.2 CMP (the IAB\'s CmpApi)', () => {
  const defaultSrc = SabbaAdSlot.gptSrc;
  let granted: string;
  let refused: string;
  before(async () => {
    SabbaAdSlot.gptSrc = '/ad-slot/gpt.js';
    await loadPrebid();
    granted = await encodeTcString([1, 2, 3, 4, 7]);
    refused = await encodeTcString([]);
  });
  after(() => {
    SabbaAdSlot.gptSrc = defaultSrc;
  });
  beforeEach(() => {
    w.gptStandin = { log: [], requests: [] };
  });
  afterEach(() => {
    removeCmps();
  });

  /** A GPT slot with one bidder, at the top of the page (inside its fetch margin at once). */
  async function biddingSlot(): Promise<{
    el: SabbaAdSlot;
    auctions: SabbaAdAuctionEvent[];
    consents: SabbaAdConsentEvent[];
  }> {
    const el = document.createElement('sabba-ad-slot');
    el.provider = 'gpt';
    el.adUnit = UNIT;
    el.sizes = '300x250';
    el.bids = [{ bidder: 'sabbaTest', params: { cpm: 2 } }];
    const auctions: SabbaAdAuctionEvent[] = [];
    const consents: SabbaAdConsentEvent[] = [];
    el.addEventListener('sabba-ad-auction', (event) => auctions.push(event));
    el.addEventListener('sabba-ad-consent', (event) => consents.push(event));
    await fixture(html`<div>${el}</div>`);
    return { el, auctions, consents };
  }
  const hbKeys = (request: GptRequest | undefined): string[] =>
    Object.keys(request?.targeting ?? {}).filter((key) => key.startsWith('hb_'));

  it('with purpose 1 refused runs no auction, and the GPT ad is still requested (Google reads the CMP itself)', async () => {
    startTcfCmp().update(refused);
    const { el, auctions, consents } = await biddingSlot();
    await oneEvent(el, 'sabba-ad-render');
    expect(consents.map((event) => event.detail.outcome)).to.deep.equal(['denied']);
    expect(auctions).to.have.length(0);
    expect(requests()).to.have.length(1);
    expect(hbKeys(requests()[0])).to.deep.equal([]);
  });

  it('while the reader is choosing, holds the auction (and so the ad) until the decision, then runs it', async () => {
    const cmp = startTcfCmp();
    cmp.update('', true);
    const { el, auctions } = await biddingSlot();
    await frames(20);
    expect(auctions, 'no auction before the decision').to.have.length(0);
    expect(requests(), 'no ad request before the decision').to.have.length(0);
    const rendered = oneEvent(el, 'sabba-ad-render');
    cmp.update(granted, false);
    await rendered;
    expect(auctions).to.have.length(1);
    expect(requests()[0]?.targeting.hb_pb).to.deep.equal(['2.00']);
  });
});
