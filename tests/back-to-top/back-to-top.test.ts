import { aTimeout, expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { SabbaBackToTopEvent } from '../../src/components/back-to-top/back-to-top.events.js';
import { SENTINEL_TAG } from '../../src/components/back-to-top/scroll-sentinel.js';
import { shadow } from '../helpers/dom.js';
import {
  articlePage,
  BackToTopHarness,
  deepActiveElement,
  emulateMediaIfPossible,
  preferReducedMotion,
  resetPage,
} from './harness.js';

// Two CSS-only checks (the transition under reduced motion, print) skip in Firefox ESR: media
// emulation needs CDP, which Firefox over WebDriver BiDi lacks (see emulateMediaIfPossible). The
// script side of reduced motion is tested in both browsers.

describe('<sabba-back-to-top>', () => {
  afterEach(async () => {
    sinon.restore();
    await resetPage();
  });

  describe('showing and hiding', () => {
    it('is hidden, unfocusable and silent at the top of the page', async () => {
      const el = await articlePage(html`<sabba-back-to-top></sabba-back-to-top>`);
      const backToTop = new BackToTopHarness(el);
      expect(el.shown).to.equal(false);
      expect(backToTop.isVisible()).to.equal(false);
      backToTop.focus();
      expect(shadow(el).activeElement).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('appears after the reader scrolls past one viewport, and hides again above it', async () => {
      const el = await articlePage(html`<sabba-back-to-top></sabba-back-to-top>`);
      const backToTop = new BackToTopHarness(el);
      await backToTop.scrollPageTo(innerHeight / 2, false);
      await aTimeout(50);
      expect(el.shown, 'half a viewport is not enough by default').to.equal(false);
      await backToTop.scrollPageTo(innerHeight + 200, true);
      expect(backToTop.isVisible()).to.equal(true);
      expect(el.matches(':state(shown)')).to.equal(true);
      await expect(el).to.be.accessible();
      await backToTop.scrollPageTo(0, false);
      expect(backToTop.isVisible()).to.equal(false);
    });

    it('honours a threshold in px', async () => {
      const el = await articlePage(html`<sabba-back-to-top threshold="300"></sabba-back-to-top>`);
      const backToTop = new BackToTopHarness(el);
      await backToTop.scrollPageTo(250, false);
      await aTimeout(50);
      expect(el.shown).to.equal(false);
      await backToTop.scrollPageTo(350, true);
      el.threshold = 1000;
      await el.updateComplete;
      await waitUntil(() => !el.shown, 'a larger threshold hides the button again', { timeout: 5000 });
    });

    it('is a 44 px or larger native button at the inline-end bottom corner', async () => {
      const el = await articlePage(html`<sabba-back-to-top></sabba-back-to-top>`);
      const backToTop = new BackToTopHarness(el);
      await backToTop.scrollPageTo(1500, true);
      await backToTop.settle(); // measure the final place, not the slide-in
      const button = backToTop.button;
      const box = button.getBoundingClientRect();
      expect(button.localName).to.equal('button');
      expect(button.type).to.equal('button');
      expect(box.width).to.be.at.least(44);
      expect(box.height).to.be.at.least(44);
      expect(box.right).to.be.closeTo(document.documentElement.clientWidth - 16, 1);
      expect(box.bottom).to.be.closeTo(innerHeight - 16, 1);
    });

    it('moves to the other corner with position="start", also in right-to-left pages', async () => {
      const el = await articlePage(html`<sabba-back-to-top position="start"></sabba-back-to-top>`);
      const backToTop = new BackToTopHarness(el);
      await backToTop.scrollPageTo(1500, true);
      expect(el.matches(':state(start)')).to.equal(true);
      expect(backToTop.button.getBoundingClientRect().left).to.be.closeTo(16, 1);
      el.setAttribute('dir', 'rtl');
      expect(backToTop.button.getBoundingClientRect().right).to.be.closeTo(
        document.documentElement.clientWidth - 16,
        1,
      );
    });

    it('is pushed up by the adblock notice banner (--sabba-floating-inset-block-end on <html>)', async () => {
      const el = await articlePage(html`<sabba-back-to-top></sabba-back-to-top>`);
      const backToTop = new BackToTopHarness(el);
      await backToTop.scrollPageTo(1500, true);
      await backToTop.settle();
      const before = backToTop.button.getBoundingClientRect().bottom;
      document.documentElement.style.setProperty('--sabba-floating-inset-block-end', '80px');
      await backToTop.settle();
      expect(backToTop.button.getBoundingClientRect().bottom).to.be.closeTo(before - 80, 1);
    });

    it('animates that move unless the reader prefers reduced motion', async function () {
      const el = await articlePage(html`<sabba-back-to-top></sabba-back-to-top>`);
      expect(getComputedStyle(el).transitionProperty).to.contain('translate');
      if (!(await emulateMediaIfPossible({ reducedMotion: 'reduce' }))) this.skip();
      expect(getComputedStyle(el).transitionProperty).not.to.contain('translate');
    });

    for (const shown of [false, true]) {
      it(`makes no layout shift when a bar opens beneath it, ${shown ? 'shown' : 'hidden'}`, async function () {
        // The Layout Instability API (layout-shift entries) is Chromium's only.
        if (!PerformanceObserver.supportedEntryTypes.includes('layout-shift')) this.skip();
        const el = await articlePage(html`<sabba-back-to-top></sabba-back-to-top>`);
        const backToTop = new BackToTopHarness(el);
        if (shown) await backToTop.scrollPageTo(1500, true);
        await backToTop.settle();
        const before = backToTop.button.getBoundingClientRect().bottom;
        const shifts: number[] = [];
        const observer = new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) shifts.push((entry as PerformanceEntry & { value: number }).value);
        });
        observer.observe({ type: 'layout-shift' });
        document.documentElement.style.setProperty('--sabba-floating-inset-block-end', '80px');
        await aTimeout(400); // past the 200 ms slide, and a frame for the entries to arrive
        observer.disconnect();
        expect(shifts).to.deep.equal([]);
        if (shown) expect(backToTop.button.getBoundingClientRect().bottom).to.be.closeTo(before - 80, 1);
      });
    }

    it('is not printed', async function () {
      const el = await articlePage(html`<sabba-back-to-top></sabba-back-to-top>`);
      if (!(await emulateMediaIfPossible({ media: 'print' }))) this.skip();
      expect(getComputedStyle(el).display).to.equal('none');
    });
  });

  describe('activation', () => {
    it('scrolls to the top and focuses the main heading when clicked', async () => {
      const el = await articlePage(html`<sabba-back-to-top></sabba-back-to-top>`);
      const backToTop = new BackToTopHarness(el);
      await backToTop.scrollPageTo(2500, true);
      await backToTop.clickWithMouse();
      await waitUntil(() => scrollY === 0, 'the page scrolls back to the top', { timeout: 8000 });
      const title = document.getElementById('title')!;
      expect(deepActiveElement()).to.equal(title);
      await waitUntil(() => !el.shown, 'the button hides at the top', { timeout: 5000 });
    });

    for (const key of ['Enter', ' '] as const) {
      it(`works with the keyboard (${key === ' ' ? 'Space' : key}), and the next Tab continues from the top`, async () => {
        const backToTop = new BackToTopHarness(await articlePage(html`<sabba-back-to-top></sabba-back-to-top>`));
        await backToTop.scrollPageTo(2500, true);
        await backToTop.press(key);
        await waitUntil(() => scrollY === 0, 'the page scrolls back to the top', { timeout: 8000 });
        const title = document.getElementById('title')!;
        expect(deepActiveElement()).to.equal(title);
        expect(title.getAttribute('tabindex'), 'made focusable only while focused').to.equal('-1');
        await sendKeys({ press: 'Tab' });
        expect(deepActiveElement()?.id).to.equal('first-link');
        expect(title.hasAttribute('tabindex'), 'the heading is left as it was').to.equal(false);
      });
    }

    it('scrolls smoothly by default and instantly under prefers-reduced-motion', async () => {
      const el = await articlePage(html`<sabba-back-to-top></sabba-back-to-top>`);
      const backToTop = new BackToTopHarness(el);
      await backToTop.scrollPageTo(2500, true);
      const event = oneEvent<SabbaBackToTopEvent>(el, 'sabba-back-to-top');
      backToTop.click();
      expect((await event).detail.behavior).to.equal('smooth');
      expect(scrollY, 'not there in the same task: it glides').to.be.above(0);
      await waitUntil(() => scrollY === 0, 'the smooth scroll ends at the top', { timeout: 8000 });

      await preferReducedMotion();
      await backToTop.scrollPageTo(2500, true);
      backToTop.click();
      expect(scrollY, 'already at the top in the same task').to.equal(0);
    });

    it('jumps instantly under reduced motion even when the page asks for smooth scrolling', async () => {
      await preferReducedMotion();
      document.documentElement.style.scrollBehavior = 'smooth';
      try {
        const el = await articlePage(html`<sabba-back-to-top></sabba-back-to-top>`);
        const backToTop = new BackToTopHarness(el);
        await backToTop.scrollPageTo(2500, true);
        backToTop.click();
        expect(scrollY).to.equal(0);
      } finally {
        document.documentElement.style.removeProperty('scroll-behavior');
      }
    });

    it('fires a cancelable sabba-back-to-top event first; cancelling it leaves the page alone', async () => {
      const el = await articlePage(html`<sabba-back-to-top></sabba-back-to-top>`);
      const backToTop = new BackToTopHarness(el);
      await backToTop.scrollPageTo(2500, true);
      const received: SabbaBackToTopEvent[] = [];
      document.addEventListener(
        'sabba-back-to-top',
        (event) => {
          received.push(event);
          event.preventDefault();
        },
        { once: true },
      );
      await backToTop.press('Enter');
      await aTimeout(100);
      expect(received).to.have.length(1);
      const [event] = received;
      expect(event).to.be.instanceOf(SabbaBackToTopEvent);
      expect(event!.bubbles && event!.composed && event!.cancelable).to.equal(true);
      expect(event!.detail.focusTarget).to.equal(document.getElementById('title'));
      expect(scrollY).to.equal(2500);
      expect(deepActiveElement()).to.equal(backToTop.button);
    });

    it('focuses the focus-target selector when given', async () => {
      await preferReducedMotion();
      const el = await articlePage(html`<sabba-back-to-top focus-target="#first-link"></sabba-back-to-top>`);
      const backToTop = new BackToTopHarness(el);
      await backToTop.scrollPageTo(2500, true);
      const events = sinon.spy();
      el.addEventListener('sabba-back-to-top', events);
      el.scrollToTop();
      expect(events.called, 'no event for a call from script').to.equal(false);
      expect(scrollY).to.equal(0);
      expect(deepActiveElement()?.id).to.equal('first-link');
      expect(document.getElementById('first-link')!.hasAttribute('tabindex'), 'a link is focusable already').to.equal(
        false,
      );
    });

    it('falls back to <main>, then <body>, when there is no main heading', async () => {
      await preferReducedMotion();
      const el = await articlePage(html`<sabba-back-to-top></sabba-back-to-top>`, { main: false });
      const backToTop = new BackToTopHarness(el);
      document.getElementById('title')!.remove();
      await backToTop.scrollPageTo(2500, true);
      el.scrollToTop();
      expect(deepActiveElement()).to.equal(document.body);
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()?.id, 'the next Tab starts from the top').to.equal('first-link');
    });

    it('keeps the reader in place when the focused button hides (Home key)', async () => {
      await preferReducedMotion();
      const el = await articlePage(html`<sabba-back-to-top></sabba-back-to-top>`);
      const backToTop = new BackToTopHarness(el);
      await backToTop.scrollPageTo(2500, true);
      backToTop.focus();
      await backToTop.scrollPageTo(0, false);
      expect(deepActiveElement()).to.equal(document.getElementById('title'));
    });
  });

  describe('performance and lifecycle', () => {
    it('adds no scroll, wheel or touch listener, with or without progress', async () => {
      const spies = [
        sinon.spy(window, 'addEventListener'),
        sinon.spy(document, 'addEventListener'),
        sinon.spy(EventTarget.prototype, 'addEventListener'),
      ];
      const el = await articlePage(
        html`<sabba-back-to-top></sabba-back-to-top><sabba-back-to-top progress></sabba-back-to-top>`,
      );
      const backToTop = new BackToTopHarness(el);
      await backToTop.scrollPageTo(2500, true);
      await backToTop.scrollPageTo(0, false);
      const types = spies.flatMap((spy) => spy.getCalls().map((call) => call.args[0]));
      expect(types.filter((type) => /scroll|wheel|touch/.test(type))).to.deep.equal([]);
    });

    it('releases its observer and its marker when removed (single-page apps)', async () => {
      const observe = sinon.spy(IntersectionObserver.prototype, 'observe');
      const disconnect = sinon.spy(IntersectionObserver.prototype, 'disconnect');
      const el = await articlePage(html`<sabba-back-to-top progress></sabba-back-to-top>`);
      const backToTop = new BackToTopHarness(el);
      const observers = new Set(observe.thisValues);
      expect(observers.size).to.be.at.least(1);
      expect(document.querySelectorAll(SENTINEL_TAG)).to.have.length(1);
      el.remove();
      for (const observer of observers) expect(disconnect.thisValues).to.include(observer);
      expect(document.querySelectorAll(SENTINEL_TAG)).to.have.length(0);

      // Re-adding it (an app moving it) starts watching again.
      document.body.append(el);
      await backToTop.scrollPageTo(2500, true);
      el.remove();
    });

    it('puts its marker out of the way: absolutely positioned, invisible and hidden from assistive technology', async () => {
      await articlePage(html`<sabba-back-to-top></sabba-back-to-top>`);
      const marker = document.querySelector<HTMLElement>(SENTINEL_TAG)!;
      expect(marker.parentElement).to.equal(document.body);
      expect(marker.getAttribute('aria-hidden')).to.equal('true');
      const style = getComputedStyle(marker);
      expect([style.position, style.visibility, style.pointerEvents]).to.deep.equal(['absolute', 'hidden', 'none']);
      expect(marker.getBoundingClientRect().top + scrollY).to.equal(0);
    });
  });
});
