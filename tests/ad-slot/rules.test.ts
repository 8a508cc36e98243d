import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/components/ad-slot/ad-slot.define.js';
import type { SabbaAdSlot } from '../../src/components/ad-slot/ad-slot.js';
import {
  marginToRootMargin,
  parseFetchMargin,
  parseRenderMargin,
  parseTimeout,
} from '../../src/components/ad-slot/load-options.js';
import {
  DEFAULT_REFRESH_MAX,
  parseLineItemIds,
  parseRefreshInterval,
  parseRefreshMax,
  RefreshPolicy,
} from '../../src/components/ad-slot/refresh-policy.js';
import {
  entryInViewport,
  FALLBACK_SIZE,
  parseSizeMap,
  parseSizes,
  planSizes,
  preUpgradeCss,
  reservationCss,
  reservedBox,
} from '../../src/components/ad-slot/size-map.js';
import { viewableThreshold, ViewabilityTracker } from '../../src/components/ad-slot/viewability.js';

/** Collects warnings instead of printing them, so a test can assert that the site builder is told. */
function warnings(): { warn: (message: string) => void; messages: string[] } {
  const messages: string[] = [];
  return { warn: (message) => messages.push(message), messages };
}

/**
 * A window `width` CSS pixels wide, as far as its `min-width` media queries go: what the slot asks
 * to choose its breakpoint.
 */
function viewportOf(width: number): Window {
  const matchMedia = (query: string) => {
    const minWidth = /^\(min-width: (\d+)px\)$/.exec(query)?.[1];
    if (minWidth === undefined) throw new Error(`unexpected media query ${query}`);
    return { matches: Number(minWidth) <= width } as MediaQueryList;
  };
  return { matchMedia } as unknown as Window;
}

describe('ad-slot size map', () => {
  it('parses sizes in the common spellings and drops duplicates', () => {
    const { warn, messages } = warnings();
    expect(parseSizes('300x250, 336X280,300 × 250, 728x90', warn)).to.deep.equal([
      { width: 300, height: 250 },
      { width: 336, height: 280 },
      { width: 728, height: 90 },
    ]);
    expect(messages).to.deep.equal([]);
  });

  it('names hostile and malformed sizes in a warning and keeps the good ones', () => {
    const { warn, messages } = warnings();
    const sizes = parseSizes('<img src=x onerror=alert(1)>, -300x250, 0x0, NaNxNaN, 99999x1, 300x250, fluid', warn);
    expect(sizes).to.deep.equal([{ width: 300, height: 250 }]);
    expect(messages).to.have.length(6);
    expect(messages[0]).to.contain('<img src=x onerror=alert(1)>');
  });

  it('keeps at most 20 sizes from a huge attribute', () => {
    const { warn, messages } = warnings();
    const huge = Array.from({ length: 500 }, (_, i) => `${i + 1}x${i + 1}`).join(',');
    expect(parseSizes(huge, warn)).to.have.length(20);
    expect(messages.some((m) => m.includes('more than 20'))).to.equal(true);
  });

  it('parses a size map with several sizes per breakpoint and "none"', () => {
    const entries = parseSizeMap('768:728x90, 728x90 | 0:300x250 | 1024:none', () => undefined);
    expect(entries).to.deep.equal([
      { minWidth: 0, sizes: [{ width: 300, height: 250 }] },
      { minWidth: 768, sizes: [{ width: 728, height: 90 }] },
      { minWidth: 1024, sizes: [] },
    ]);
  });

  it('drops malformed size-map entries with a warning', () => {
    const { warn, messages } = warnings();
    const entries = parseSizeMap('abc | 768 | -5:300x250 | 400:banana | 500:320x50 | javascript:alert(1)', warn);
    expect(entries).to.deep.equal([{ minWidth: 500, sizes: [{ width: 320, height: 50 }] }]);
    expect(messages.length).to.be.greaterThanOrEqual(5);
  });

  it('reserves the tallest and widest size of the breakpoint in force, none below the first', () => {
    const plan = planSizes('300x250, 336x280', '320:300x250, 336x280 | 768:728x90 | 1024:none', () => undefined);
    const reservedAt = (width: number) => reservedBox(entryInViewport(plan, viewportOf(width))?.sizes ?? []);
    expect(reservedAt(200)).to.equal(undefined);
    expect(reservedAt(360)).to.deep.equal({ width: 336, height: 280 });
    expect(reservedAt(800)).to.deep.equal({ width: 728, height: 90 });
    expect(reservedAt(1280)).to.equal(undefined);
    expect(entryInViewport(plan, viewportOf(1024))?.minWidth).to.equal(1024);
    expect(plan.sizes).to.deep.equal([
      { width: 300, height: 250 },
      { width: 336, height: 280 },
      { width: 728, height: 90 },
    ]);
  });

  it('uses sizes for every width without a map, and the map sizes without sizes', () => {
    expect(planSizes('300x250', '', () => undefined).entries).to.deep.equal([
      { minWidth: 0, sizes: [{ width: 300, height: 250 }] },
    ]);
    expect(planSizes('', '0:320x50', () => undefined).sizes).to.deep.equal([{ width: 320, height: 50 }]);
    expect(planSizes('', '0:none', () => undefined).sizes).to.deep.equal([]);
  });

  it('falls back to 300x250 with a warning when nothing is usable', () => {
    const { warn, messages } = warnings();
    const plan = planSizes('<script>', 'x', warn);
    expect(plan.sizes).to.deep.equal([FALLBACK_SIZE]);
    expect(messages.at(-1)).to.contain('needs sizes');
  });

  it('writes media queries from numbers only, so attribute text never reaches the CSS', () => {
    const css = reservationCss(
      planSizes('300x250', '0:300x250 | 768:728x90 | 1024:none } body { display:none', () => undefined),
    );
    expect(css).to.contain('--_reserved-height: 250px');
    expect(css).to.contain(
      '@media (min-width: 768px) { :host { --_shown: block; --_reserved-width: 728px; --_reserved-height: 90px; } }',
    );
    expect(css).not.to.contain('body');
  });
});

describe('ad-slot pre-upgrade CSS', () => {
  it('reserves label, gap and box height per breakpoint before the element is defined', () => {
    const css = preUpgradeCss(
      planSizes('', '0:300x250 | 768:728x90 | 1024:none', () => undefined),
      'sabba-ad-slot#top',
    );
    expect(css.split('\n')).to.deep.equal([
      ':where(sabba-ad-slot#top:not(:defined)) { display: block; margin-block: var(--sabba-ad-slot-margin-block, 1.5em); }',
      ':where(sabba-ad-slot#top:not(:defined)) { display: block; block-size: calc(250px + 1rem + var(--sabba-ad-slot-gap, 0.25rem)); }',
      '@media (min-width: 768px) { :where(sabba-ad-slot#top:not(:defined)) { display: block; block-size: calc(90px + 1rem + var(--sabba-ad-slot-gap, 0.25rem)); } }',
      '@media (min-width: 1024px) { :where(sabba-ad-slot#top:not(:defined)) { display: none; } }',
    ]);
  });

  it('matches the defined element height, so upgrading moves nothing', async () => {
    const style = document.createElement('style');
    style.textContent = preUpgradeCss(
      planSizes('300x250', '', () => undefined),
      'sabba-ad-slot-later',
    );
    document.head.append(style);
    try {
      const wrapper = await fixture<HTMLElement>(
        html`<div><sabba-ad-slot-later></sabba-ad-slot-later><sabba-ad-slot sizes="300x250"></sabba-ad-slot></div>`,
      );
      const [undefinedSlot, definedSlot] = [...wrapper.children] as HTMLElement[];
      expect(undefinedSlot!.getBoundingClientRect().height).to.equal(definedSlot!.getBoundingClientRect().height);
      await expect(definedSlot).to.be.accessible();
    } finally {
      style.remove();
    }
  });
});

describe('ad-slot load options', () => {
  it('accepts margins and timeouts in range and refuses the rest with a warning', () => {
    const { warn, messages } = warnings();
    expect(parseFetchMargin(300, warn)).to.equal(300);
    expect(parseFetchMargin(Number.NaN, warn)).to.equal(200);
    expect(parseFetchMargin(-1, warn)).to.equal(200);
    expect(parseRenderMargin(500, 300, warn)).to.equal(300);
    expect(parseTimeout(5, warn)).to.equal(10000);
    expect(parseTimeout('2500', warn)).to.equal(2500);
    expect(messages).to.have.length(3);
    expect(marginToRootMargin(50)).to.equal('50% 0px 50% 0px');
  });
});

describe('ad-slot viewability rule', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    clock.restore();
  });

  it('uses 50 % for display ads and 30 % from 242,500 px (970x250)', () => {
    expect(viewableThreshold(300, 250)).to.equal(0.5);
    expect(viewableThreshold(970, 250)).to.equal(0.3);
    expect(viewableThreshold(969, 250)).to.equal(0.5);
  });

  it('fires once after one continuous second at the threshold in a visible page', () => {
    const onViewable = sinon.spy();
    const tracker = new ViewabilityTracker(0.5, onViewable);
    tracker.update({ ratio: 0.5, pageVisible: true });
    clock.tick(999);
    expect(onViewable.called).to.equal(false);
    clock.tick(1);
    expect(onViewable.calledOnce).to.equal(true);
    tracker.update({ ratio: 0 });
    tracker.update({ ratio: 1 });
    clock.tick(5000);
    expect(onViewable.calledOnce).to.equal(true);
    expect(tracker.viewable).to.equal(true);
  });

  it('starts the second over when the ad leaves the view or the tab is hidden', () => {
    const onViewable = sinon.spy();
    const tracker = new ViewabilityTracker(0.5, onViewable);
    tracker.update({ ratio: 0.6, pageVisible: true });
    clock.tick(800);
    tracker.update({ ratio: 0.49 });
    tracker.update({ ratio: 0.7 });
    clock.tick(800);
    tracker.update({ pageVisible: false });
    clock.tick(5000);
    expect(onViewable.called).to.equal(false);
    tracker.update({ pageVisible: true });
    clock.tick(1000);
    expect(onViewable.calledOnce).to.equal(true);
  });

  it('counts a new impression after reset and nothing after dispose', () => {
    const onViewable = sinon.spy();
    const tracker = new ViewabilityTracker(0.5, onViewable);
    tracker.update({ ratio: 0.35, pageVisible: true });
    clock.tick(2000);
    expect(onViewable.called).to.equal(false);
    tracker.reset(0.3); // the new creative is a 970x250 billboard
    clock.tick(1000);
    expect(onViewable.calledOnce).to.equal(true);
    tracker.reset();
    tracker.update({ ratio: Number.NaN });
    clock.tick(2000);
    expect(onViewable.calledOnce).to.equal(true);
    tracker.update({ ratio: 1 });
    tracker.dispose();
    clock.tick(2000);
    expect(onViewable.calledOnce).to.equal(true);
  });
});

describe('ad-slot refresh rules', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    clock.restore();
  });

  it('refuses intervals under 30 seconds and bad maxima with a warning', () => {
    const { warn, messages } = warnings();
    expect(parseRefreshInterval(10, warn)).to.equal(0);
    expect(parseRefreshInterval('-40', warn)).to.equal(0);
    expect(parseRefreshInterval('abc', warn)).to.equal(0);
    expect(parseRefreshInterval(0, warn)).to.equal(0);
    expect(parseRefreshInterval(45, warn)).to.equal(45);
    expect(parseRefreshMax(-1, warn)).to.equal(DEFAULT_REFRESH_MAX);
    expect(parseRefreshMax(2.5, warn)).to.equal(DEFAULT_REFRESH_MAX);
    expect(parseRefreshMax(3, warn)).to.equal(3);
    expect(messages).to.have.length(5);
    expect(messages[0]).to.contain('at least 30 seconds');
  });

  it('refreshes only after the impression was viewable, then after the interval, in view, at most max times', () => {
    const onRefresh = sinon.spy();
    const policy = new RefreshPolicy(30, 2, onRefresh);
    policy.rendered();
    policy.update(true);
    clock.tick(120_000);
    expect(onRefresh.called, 'never viewable: never refreshed').to.equal(false);
    policy.viewable();
    clock.tick(29_999);
    expect(onRefresh.called).to.equal(false);
    policy.update(false);
    clock.tick(60_000);
    expect(onRefresh.called).to.equal(false); // due, but nobody is looking
    policy.update(true);
    expect(onRefresh.callCount).to.equal(1);
    policy.rendered();
    policy.viewable();
    clock.tick(30_000);
    expect(onRefresh.callCount).to.equal(2);
    policy.rendered();
    policy.viewable();
    clock.tick(300_000);
    policy.update(true);
    expect(onRefresh.callCount).to.equal(2);
    expect(policy.count).to.equal(2);
  });

  it('keeps a creative whose line item is not refreshable, or that asked to be kept', () => {
    const onRefresh = sinon.spy();
    const policy = new RefreshPolicy(30, 5, onRefresh);
    policy.update(true);
    policy.rendered(true); // its line item is in no-refresh
    policy.viewable();
    clock.tick(120_000);
    expect(onRefresh.called).to.equal(false);
    expect(policy.holding).to.equal(true);

    policy.rendered(); // a refreshable creative (after the slot restarted)
    policy.viewable();
    clock.tick(10_000);
    policy.hold(); // its own message: keep me
    clock.tick(120_000);
    policy.update(true);
    expect(onRefresh.called).to.equal(false);
  });

  it('reads no-refresh line-item ids and refuses anything else with a warning', () => {
    const { warn, messages } = warnings();
    expect([...parseLineItemIds('5012345678, 42 7', warn)]).to.deep.equal([5012345678, 42, 7]);
    expect([...parseLineItemIds('', warn)]).to.deep.equal([]);
    expect([...parseLineItemIds('12,<img>,-3', warn)]).to.deep.equal([12]);
    expect(messages).to.have.length(2);
    expect(messages[0]).to.contain('"<img>"');
  });

  it('never refreshes with interval 0 or after dispose', () => {
    const onRefresh = sinon.spy();
    const never = new RefreshPolicy(0, 5, onRefresh);
    never.rendered();
    never.viewable();
    never.update(true);
    const disposed = new RefreshPolicy(30, 5, onRefresh);
    disposed.update(true);
    disposed.rendered();
    disposed.viewable();
    disposed.dispose();
    clock.tick(120_000);
    disposed.update(true);
    expect(onRefresh.called).to.equal(false);
  });

  it('an element refuses refresh="10" and keeps its creative (html provider)', async () => {
    clock.restore();
    const warn = sinon.stub(console, 'warn');
    try {
      const el = await fixture<SabbaAdSlot>(html`
        <sabba-ad-slot provider="html" sizes="300x250" refresh="10" lang="en"><template><p>House ad</p></template></sabba-ad-slot>
      `);
      await oneEvent(el, 'sabba-ad-render');
      expect(warn.args.some(([m]) => String(m).includes('refresh=10 was refused'))).to.equal(true);
      await expect(el).to.be.accessible();
    } finally {
      warn.restore();
    }
  });
});
