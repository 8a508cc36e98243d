import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import type { SabbaBackToTop } from '../../src/components/back-to-top/back-to-top.js';
import { SENTINEL_TAG } from '../../src/components/back-to-top/scroll-sentinel.js';
import { shadow } from '../helpers/dom.js';
import { articlePage, BackToTopHarness, deepActiveElement, preferReducedMotion, resetPage } from './harness.js';

/** An app shell whose `<main>` scrolls instead of the page. */
async function appShell(
  widget: ReturnType<typeof html>,
  position = 'static',
): Promise<{ el: SabbaBackToTop; box: HTMLElement }> {
  const shell = await fixture<HTMLElement>(html`
    <div>
      <div id="box" style="block-size: 300px; overflow: auto; position: ${position}">
        <main>
          <h1 id="box-title">Judul di dalam kotak</h1>
          <div style="block-size: 3000px"></div>
        </main>
      </div>
      ${widget}
    </div>
  `);
  const el = shell.querySelector<SabbaBackToTop>('sabba-back-to-top')!;
  await el.updateComplete;
  return { el, box: shell.querySelector<HTMLElement>('#box')! };
}

describe('<sabba-back-to-top> in a scrolling container', () => {
  afterEach(async () => {
    sinon.restore();
    await resetPage();
  });

  it('shows after one container height scrolled inside the container, not the page', async () => {
    const { el, box } = await appShell(
      html`<sabba-back-to-top scroll-container="#box"></sabba-back-to-top>`,
      'relative',
    );
    expect(box.querySelector(SENTINEL_TAG), 'the marker scrolls with the container').to.not.equal(null);
    box.scrollTop = 200;
    await new Promise(requestAnimationFrame);
    await new Promise(requestAnimationFrame);
    expect(el.shown).to.equal(false);
    box.scrollTop = 400;
    await waitUntil(() => el.shown, 'shown past 300 px of container scroll', { timeout: 5000 });
  });

  it('scrolls the container to the top and focuses the heading inside it', async () => {
    await preferReducedMotion();
    const { el, box } = await appShell(
      html`<sabba-back-to-top scroll-container="#box" threshold="100"></sabba-back-to-top>`,
      'relative',
    );
    const backToTop = new BackToTopHarness(el);
    box.scrollTop = 1500;
    await waitUntil(() => el.shown, undefined, { timeout: 5000 });
    backToTop.click();
    expect(box.scrollTop).to.equal(0);
    expect(deepActiveElement()?.id).to.equal('box-title');
    await waitUntil(() => !el.shown, undefined, { timeout: 5000 });
  });

  it('gives a static container a position for the marker and restores it when removed', async () => {
    const warn = sinon.stub(console, 'warn');
    const { el, box } = await appShell(
      html`<sabba-back-to-top scroll-container="#box" threshold="100"></sabba-back-to-top>`,
    );
    expect(getComputedStyle(box).position).to.equal('relative');
    box.scrollTop = 500;
    await waitUntil(() => el.shown, undefined, { timeout: 5000 });
    el.remove();
    expect(box.style.position).to.equal('static');
    expect(box.querySelector(SENTINEL_TAG)).to.equal(null);
    warn.restore();
  });

  it('moves its marker when scroll-container changes', async () => {
    const { el, box } = await appShell(html`<sabba-back-to-top threshold="100"></sabba-back-to-top>`, 'relative');
    expect(document.body.querySelector(`:scope > ${SENTINEL_TAG}`)).to.not.equal(null);
    el.scrollContainer = '#box';
    await el.updateComplete;
    expect(box.querySelector(SENTINEL_TAG)).to.not.equal(null);
    expect(document.querySelectorAll(SENTINEL_TAG)).to.have.length(1);
  });

  it('draws the reading progress of the container with the observer fallback', async () => {
    const { el, box } = await appShell(
      html`<sabba-back-to-top scroll-container="#box" threshold="0" progress></sabba-back-to-top>`,
      'relative',
    );
    const backToTop = new BackToTopHarness(el);
    expect(el.matches(':state(timeline)')).to.equal(false);
    const scrollable = box.scrollHeight - box.clientHeight;
    box.scrollTop = scrollable / 2;
    await waitUntil(() => Math.abs(backToTop.ringFill() - 0.5) < 0.03, `half read: ${backToTop.ringFill()}`, {
      timeout: 5000,
    });
  });
});

describe('<sabba-back-to-top progress> on the page', () => {
  afterEach(async () => {
    sinon.restore();
    await resetPage();
  });

  const expectedFill = (): number => scrollY / (document.documentElement.scrollHeight - innerHeight);

  it('fills the ring as the reader scrolls (scroll timeline where supported, observer elsewhere)', async () => {
    const el = await articlePage(html`<sabba-back-to-top progress></sabba-back-to-top>`);
    const backToTop = new BackToTopHarness(el);
    const timeline = CSS.supports('animation-timeline: scroll()');
    expect(el.matches(':state(timeline)')).to.equal(timeline);
    await backToTop.scrollPageTo(2000, true);
    await waitUntil(
      () => Math.abs(backToTop.ringFill() - expectedFill()) < 0.03,
      `ring ${backToTop.ringFill()} vs ${expectedFill()}`,
      { timeout: 5000 },
    );
    await expect(el).to.be.accessible();
  });

  it('uses the observer fallback where scroll timelines are missing (Firefox ESR path, forced here)', async () => {
    sinon.stub(CSS, 'supports').returns(false);
    const observe = sinon.spy(IntersectionObserver.prototype, 'observe');
    const el = await articlePage(html`<sabba-back-to-top progress></sabba-back-to-top>`);
    const backToTop = new BackToTopHarness(el);
    expect(el.matches(':state(timeline)')).to.equal(false);
    expect(observe.getCalls().map((call) => call.args[0])).to.include(document.documentElement);
    await backToTop.scrollPageTo(1200, true);
    await waitUntil(
      () => Math.abs(backToTop.ringFill() - expectedFill()) < 0.03,
      `ring ${backToTop.ringFill()} vs ${expectedFill()}`,
      { timeout: 5000 },
    );
    window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' });
    await waitUntil(() => backToTop.ringFill() > 0.97, `full at the bottom: ${backToTop.ringFill()}`, {
      timeout: 5000,
    });
  });

  it('does not measure anything when progress is off, and starts when it is turned on', async () => {
    sinon.stub(CSS, 'supports').returns(false);
    const observe = sinon.spy(IntersectionObserver.prototype, 'observe');
    const el = await articlePage(html`<sabba-back-to-top></sabba-back-to-top>`);
    expect(observe.callCount, 'only the threshold marker').to.equal(1);
    expect(shadow(el).querySelector('.progress')).to.equal(null);
    el.progress = true;
    await el.updateComplete;
    expect(observe.callCount).to.equal(2);
    el.progress = false;
    await el.updateComplete;
    expect(shadow(el).querySelector('.progress')).to.equal(null);
  });
});
