/**
 * GPT's out-of-page formats through `format` (interstitial, top and bottom anchors), the bottom
 * anchor's band in the floating-inset stack with the adblock banner and back-to-top, and the
 * sticky in-content slot, against the GPT stand-in (tests/ad-slot/fixtures/gpt-standin.js).
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import sinon from 'sinon';
import '../../src/components/ad-slot/ad-slot.define.js';
import type { SabbaAdRenderEvent } from '../../src/components/ad-slot/ad-slot.events.js';
import { SabbaAdSlot } from '../../src/components/ad-slot/ad-slot.js';
import '../../src/components/adblock-notice/adblock-notice.define.js';
import type { SabbaAdblockNotice } from '../../src/components/adblock-notice/adblock-notice.js';
import { signal } from '../../src/components/adblock-notice/detection/signal.js';
import type { AdblockVerdict } from '../../src/components/adblock-notice/verdict.js';
import '../../src/components/back-to-top/back-to-top.define.js';
import type { SabbaBackToTop } from '../../src/components/back-to-top/back-to-top.js';
import { BackToTopHarness } from '../back-to-top/harness.js';
import { part } from '../helpers/dom.js';
import { AdSlotHarness, frames } from './harness.js';

interface StandinWindow {
  gptStandin?: {
    fill?: boolean;
    delay?: number;
    size?: [number, number];
    anchorSize?: [number, number];
    declineOutOfPage?: boolean;
    log?: string[];
  };
}
const w = window as unknown as StandinWindow;

const BLOCKED: AdblockVerdict = {
  blocked: true,
  confidence: 'high',
  signals: [signal('bait', 'blocked', '5 of 5 bait elements hidden', true)],
};

const ANCHOR = html`<sabba-ad-slot
  provider="gpt"
  format="bottom-anchor"
  ad-unit="/1234/sabba/anchor"
  size-map="0:320x50 | 768:728x90"
></sabba-ad-slot>`;

/** The inset `<html>` carries for floating widgets ('' when nothing is open). */
const inset = (): string => document.documentElement.style.getPropertyValue('--sabba-floating-inset-block-end');

/** The stand-in's anchor container (GPT builds its own, outside the slot). */
const anchorBox = (): HTMLElement | null => document.querySelector('[data-gpt-standin="BOTTOM_ANCHOR"]');

/**
 * Every `sabba-ad-render` since the test began, by slot: out-of-page slots load as soon as they
 * connect, so their answer can come before a test could listen on the element.
 */
const renders = new Map<EventTarget, SabbaAdRenderEvent>();
document.addEventListener('sabba-ad-render', (event) => renders.set(event.target!, event), true);

/** The slot's first render event, waited for if it has not come yet. */
async function rendered(el: Element): Promise<SabbaAdRenderEvent> {
  await waitUntil(() => renders.has(el), 'the slot never rendered');
  return renders.get(el)!;
}

/** Whether two rectangles share any area. */
function overlap(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** An article of `paragraphs` paragraphs with `widgets` after it, and its slot(s) rendered. */
async function article(widgets: TemplateResult, paragraphs = 30): Promise<HTMLElement> {
  return fixture<HTMLElement>(html`
    <div>
      <main>
        <h1>Judul berita</h1>
        ${Array.from({ length: paragraphs }, (_, i) => html`<p id=${`p${i}`}>Paragraf ${i + 1} isi artikel.</p>`)}
        <p><a id="next" href="#berikutnya">Berita berikutnya</a></p>
      </main>
      ${widgets}
    </div>
  `);
}

describe('<sabba-ad-slot format> (GPT out-of-page formats, GPT stand-in)', () => {
  const defaultSrc = SabbaAdSlot.gptSrc;
  before(() => {
    SabbaAdSlot.gptSrc = '/ad-slot/gpt.js';
  });
  after(() => {
    SabbaAdSlot.gptSrc = defaultSrc;
  });
  beforeEach(async () => {
    renders.clear();
    w.gptStandin = { log: [] };
    await setViewport({ width: 360, height: 640 });
  });
  afterEach(async () => {
    window.scrollTo({ top: 0, behavior: 'instant' });
    for (const box of document.querySelectorAll('[data-gpt-standin]')) box.remove();
    if (location.hash !== '') history.replaceState(null, '', location.pathname + location.search);
    await setViewport({ width: 800, height: 600 });
  });

  describe('interstitial', () => {
    it('defines a GPT interstitial with its triggers, takes no space, and shows when the reader follows a link', async () => {
      const page = await article(html`<sabba-ad-slot
        provider="gpt"
        format="interstitial"
        ad-unit="/1234/sabba/interstitial"
        interstitial-triggers="unhide-window, navBar"
      ></sabba-ad-slot>`);
      const el = page.querySelector('sabba-ad-slot')!;
      const event = await rendered(el);
      expect(w.gptStandin!.log).to.deep.equal([
        'defineOutOfPageSlot /1234/sabba/interstitial INTERSTITIAL',
        'setConfig interstitial.triggers unhideWindow,navBar',
        'enableServices',
        'display INTERSTITIAL /1234/sabba/interstitial',
      ]);
      expect(event.detail).to.deep.equal({ empty: false, width: 320, height: 480 });
      expect(el.matches(':state(filled)')).to.equal(true);
      expect(el.getBoundingClientRect().height).to.equal(0);
      expect(document.querySelector('[data-gpt-standin="INTERSTITIAL"]')).to.equal(null);

      page.querySelector<HTMLAnchorElement>('#next')!.click();
      const overlay = document.querySelector<HTMLElement>('[data-gpt-standin="INTERSTITIAL"]')!;
      expect(overlay).not.to.equal(null);
      expect(location.hash).to.equal(''); // held until the reader closes the ad
      overlay.querySelector('button')!.click();
      expect(location.hash).to.equal('#berikutnya');
    });

    it('loads at once, however far down the page it sits', async () => {
      const page = await article(
        html`<div style="block-size: 5000px"></div>
          <sabba-ad-slot provider="gpt" format="interstitial" ad-unit="/1234/sabba/interstitial"></sabba-ad-slot>`,
      );
      await rendered(page.querySelector('sabba-ad-slot')!);
      expect(w.gptStandin!.log).not.to.include('setConfig interstitial.triggers navBar,unhideWindow');
      expect(w.gptStandin!.log!.at(-1)).to.equal('display INTERSTITIAL /1234/sabba/interstitial');
    });

    it('answers as empty, declined, without an error, when GPT declines the format', async () => {
      w.gptStandin = { declineOutOfPage: true, log: [] };
      const errors = sinon.spy();
      const page = await article(
        html`<sabba-ad-slot provider="gpt" format="interstitial" ad-unit="/1234/sabba/interstitial"></sabba-ad-slot>`,
      );
      const el = page.querySelector('sabba-ad-slot')!;
      el.addEventListener('sabba-ad-error', errors);
      const event = await rendered(el);
      expect(event.detail).to.deep.equal({ empty: true, width: 0, height: 0, declined: true });
      expect(el.matches(':state(empty)')).to.equal(true);
      expect(w.gptStandin.log).to.deep.equal(['defineOutOfPageSlot /1234/sabba/interstitial INTERSTITIAL']);
      await frames();
      expect(errors.called).to.equal(false);
    });
  });

  describe('bottom anchor', () => {
    it('reserves its band before GPT answers, publishes it, and lets the last line scroll above the anchor', async () => {
      w.gptStandin = { delay: 300, log: [] };
      const page = await article(ANCHOR);
      const el = page.querySelector('sabba-ad-slot')!;
      await waitUntil(() => inset() === '50px', 'the band was not published');
      expect(anchorBox()).to.equal(null); // GPT has not answered yet: the room is already there
      expect(el.getBoundingClientRect().height).to.equal(50);
      const event = await rendered(el);
      expect(event.detail).to.deep.equal({ empty: false, width: 320, height: 50 });
      expect(w.gptStandin.log).to.include('display BOTTOM_ANCHOR /1234/sabba/anchor');

      window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' });
      await frames();
      const anchor = anchorBox()!.getBoundingClientRect();
      const last = page.querySelector('#next')!.getBoundingClientRect();
      expect(Math.round(anchor.bottom)).to.equal(window.innerHeight);
      expect(last.bottom).to.be.at.most(anchor.top);
    });

    it('takes the 728x90 band from its size map on a wide screen', async () => {
      await setViewport({ width: 1280, height: 800 });
      const page = await article(ANCHOR);
      await rendered(page.querySelector('sabba-ad-slot')!);
      expect(inset()).to.equal('90px');
      expect(anchorBox()!.getBoundingClientRect().height).to.equal(90);
    });

    it('gives the band back when GPT declines the anchor, when it has no fill, and when the slot leaves', async () => {
      w.gptStandin = { declineOutOfPage: true, log: [] };
      let page = await article(ANCHOR);
      let el = page.querySelector('sabba-ad-slot')!;
      const declined = await rendered(el);
      expect(declined.detail.declined).to.equal(true);
      await waitUntil(() => inset() === '', 'the declined band stayed');
      expect(el.getBoundingClientRect().height).to.equal(0);
      page.remove();

      w.gptStandin = { fill: false, log: [] };
      page = await article(ANCHOR);
      el = page.querySelector('sabba-ad-slot')!;
      const empty = await rendered(el);
      expect(empty.detail).to.deep.equal({ empty: true, width: 0, height: 0 });
      await waitUntil(() => inset() === '', 'the empty band stayed');
      page.remove();

      w.gptStandin = { log: [] };
      page = await article(ANCHOR);
      el = page.querySelector('sabba-ad-slot')!;
      await rendered(el);
      expect(inset()).to.equal('50px');
      el.remove();
      expect(inset()).to.equal('');
      expect(anchorBox()).to.equal(null); // destroySlots took GPT's container away
    });

    for (const width of [360, 1280]) {
      it(`stacks the adblock banner above the anchor and back-to-top above both, at ${width} px`, async () => {
        await setViewport({ width, height: 700 });
        const page = await article(html`
          ${ANCHOR}
          <sabba-adblock-notice .verdict=${BLOCKED}></sabba-adblock-notice>
          <sabba-back-to-top threshold="100"></sabba-back-to-top>
        `);
        const slot = page.querySelector('sabba-ad-slot')!;
        await rendered(slot);
        const notice = page.querySelector<SabbaAdblockNotice>('sabba-adblock-notice')!;
        const banner = part(notice, 'banner')!;
        await Promise.all(banner.getAnimations().map((animation) => animation.finished));
        const band = width >= 768 ? 90 : 50;
        await waitUntil(
          () => inset() === `${band + Math.ceil(banner.getBoundingClientRect().height)}px`,
          `the inset did not sum anchor and banner: ${inset()}`,
        );
        const backToTop = new BackToTopHarness(page.querySelector<SabbaBackToTop>('sabba-back-to-top')!);
        await backToTop.scrollPageTo(400, true);
        await backToTop.settle();
        expect(backToTop.isVisible()).to.equal(true);

        const anchor = anchorBox()!.getBoundingClientRect();
        const bar = banner.getBoundingClientRect();
        const button = backToTop.button.getBoundingClientRect();
        expect(Math.round(anchor.bottom)).to.equal(window.innerHeight);
        expect(bar.bottom).to.be.closeTo(anchor.top, 1);
        expect(overlap(bar, anchor), 'banner over the anchor').to.equal(false);
        expect(overlap(button, anchor), 'back-to-top over the anchor').to.equal(false);
        expect(overlap(button, bar), 'back-to-top over the banner').to.equal(false);
        expect(button.bottom).to.be.at.most(bar.top);

        // The page's end has room for both bars: the last line scrolls above them.
        window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' });
        await frames();
        expect(page.querySelector('#next')!.getBoundingClientRect().bottom).to.be.at.most(bar.top + 1);
      });
    }
  });

  describe('layout shift', () => {
    it('an anchor and an interstitial on an article shift nothing', async () => {
      const shifts: number[] = [];
      const supported = PerformanceObserver.supportedEntryTypes.includes('layout-shift');
      const observer = supported
        ? new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value);
          })
        : undefined;
      observer?.observe({ type: 'layout-shift' });
      try {
        const page = await article(
          html`<sabba-ad-slot provider="gpt" format="interstitial" ad-unit="/1234/sabba/interstitial"></sabba-ad-slot>
            ${ANCHOR}
            <sabba-back-to-top></sabba-back-to-top>`,
        );
        const paragraphs = [...page.querySelectorAll('p')];
        const before = paragraphs.map((p) => p.getBoundingClientRect().top);
        const slots = [...page.querySelectorAll('sabba-ad-slot')];
        await Promise.all(slots.map(rendered));
        await frames(5);
        expect(anchorBox()).not.to.equal(null);
        // Both engines: no paragraph moved. Chromium also reports the Layout Instability API's figure.
        expect(paragraphs.map((p) => p.getBoundingClientRect().top)).to.deep.equal(before);
        if (observer !== undefined) {
          for (const entry of observer.takeRecords()) shifts.push((entry as unknown as { value: number }).value);
          expect(shifts.reduce((sum, value) => sum + value, 0)).to.equal(0);
        }
      } finally {
        observer?.disconnect();
      }
    });
  });

  it('warns about an unknown format and stays in the flow', async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      const el = await fixture<SabbaAdSlot>(html`<sabba-ad-slot format="popunder" sizes="300x250"></sabba-ad-slot>`);
      expect(new AdSlotHarness(el).frameHeight).to.equal(250);
      // The message comes with the out-of-page code, loaded because the format is not the default.
      await waitUntil(
        () => warn.args.some(([m]) => String(m).includes('format="popunder" is not in-content')),
        'no warning about the format',
      );
    } finally {
      warn.restore();
    }
  });
});

describe('<sabba-ad-slot sticky>', () => {
  const defaultSrc = SabbaAdSlot.gptSrc;
  before(() => {
    SabbaAdSlot.gptSrc = '/ad-slot/gpt.js';
  });
  after(() => {
    SabbaAdSlot.gptSrc = defaultSrc;
  });
  afterEach(() => {
    window.scrollTo({ top: 0, behavior: 'instant' });
  });

  it('keeps the creative in view while its box scrolls past, and never lets it leave the box', async () => {
    w.gptStandin = { size: [300, 250], log: [] };
    await setViewport({ width: 800, height: 600 });
    const page = await article(html``, 3);
    const el = document.createElement('sabba-ad-slot');
    Object.assign(el, { provider: 'gpt', adUnit: '/1234/sabba/sidebar', sizes: '300x250, 300x600', sticky: true });
    page.querySelector('main')!.append(el, Object.assign(document.createElement('div'), { style: 'height: 2000px' }));
    await oneEvent(el, 'sabba-ad-render');
    const slot = new AdSlotHarness(el);
    const creative = (): DOMRect => el.querySelector('iframe')!.getBoundingClientRect();
    const frameTop = slot.frame.getBoundingClientRect().top + window.scrollY;
    expect(slot.frameHeight).to.equal(600);

    await slot.scrollPageTo(frameTop + 200);
    expect(creative().top).to.be.closeTo(0, 1); // stuck to the viewport's top, 200 px into its box
    expect(creative().bottom).to.be.at.most(slot.frame.getBoundingClientRect().bottom + 0.5);

    await slot.scrollPageTo(frameTop + 500);
    const frame = slot.frame.getBoundingClientRect();
    expect(creative().bottom).to.be.closeTo(frame.bottom, 1); // held at the box's end, not beyond
    expect(creative().top).to.be.below(0);
  });
});
