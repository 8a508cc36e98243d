import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/components/adblock-notice/adblock-notice.define.js';
import type { SabbaAdblockResultEvent } from '../../src/components/adblock-notice/adblock-notice.events.js';
import type { SabbaAdblockNotice } from '../../src/components/adblock-notice/adblock-notice.js';
import { BAIT_SELECTORS } from '../../src/components/adblock-notice/detection/bait-signal.js';
import { signal } from '../../src/components/adblock-notice/detection/signal.js';
import { DISMISS_KEY, resetPageView } from '../../src/components/adblock-notice/dismissal.js';
import type { AdblockVerdict } from '../../src/components/adblock-notice/verdict.js';
import { AdblockNoticeHarness, inset } from './harness.js';

const BLOCKED: AdblockVerdict = {
  blocked: true,
  confidence: 'high',
  signals: [signal('bait', 'blocked', '5 of 5 bait elements hidden', true)],
};
const CLEAR: AdblockVerdict = {
  blocked: false,
  confidence: 'high',
  signals: [signal('bait', 'clear', '0 of 5 hidden')],
};
const CONTROL = '/adblock-notice/control';

/** Hides the baits as a cosmetic filter would: real detection then finds a blocker. */
function installBlocker(): HTMLStyleElement {
  const style = document.createElement('style');
  style.dataset.test = '';
  style.textContent = `${BAIT_SELECTORS.join(', ')} { display: none !important; }`;
  document.head.append(style);
  return style;
}

const part = (el: SabbaAdblockNotice, name: string): HTMLElement | null => new AdblockNoticeHarness(el).part(name);
const text = (el: SabbaAdblockNotice, name: string): string => new AdblockNoticeHarness(el).text(name);
const focused = (el: SabbaAdblockNotice): Element | null => new AdblockNoticeHarness(el).focused;

/** Creates a notice that detects for real, and waits for its first result. */
async function detecting(
  template: ReturnType<typeof html>,
): Promise<{ el: SabbaAdblockNotice; verdict: AdblockVerdict }> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  const result = new Promise<SabbaAdblockResultEvent>((resolve) => {
    container.addEventListener('sabba-adblock-result', resolve, { once: true });
  });
  const { render } = await import('lit');
  render(template, container);
  const event = await result;
  const el = container.querySelector('sabba-adblock-notice')!;
  await el.updateComplete;
  return { el, verdict: event.detail };
}

afterEach(() => {
  sinon.restore();
  resetPageView();
  localStorage.removeItem(DISMISS_KEY);
  for (const node of document.querySelectorAll('[data-test]')) node.remove();
});

describe('<sabba-adblock-notice> detection', () => {
  it('stays hidden in a clean browser and reports the verdict once', async () => {
    const results: SabbaAdblockResultEvent[] = [];
    document.addEventListener('sabba-adblock-result', (e) => results.push(e));
    const { el, verdict } = await detecting(html`<sabba-adblock-notice control-url=${CONTROL}></sabba-adblock-notice>`);
    expect(verdict.blocked).to.equal(false);
    expect(el.detected).to.equal(false);
    expect(el.result).to.equal(verdict);
    expect(el.open).to.equal(false);
    expect(el.hasAttribute('open')).to.equal(false);
    expect(part(el, 'banner')!.hidden).to.equal(true);
    expect(el.getBoundingClientRect().height).to.equal(0);
    expect(results.length).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('opens a banner when a blocker hides the baits, listing the signals', async () => {
    installBlocker();
    const { el, verdict } = await detecting(html`<sabba-adblock-notice control-url=${CONTROL}></sabba-adblock-notice>`);
    expect(verdict.blocked).to.equal(true);
    expect(verdict.signals.find((s) => s.name === 'bait')!.outcome).to.equal('blocked');
    expect(el.detected).to.equal(true);
    expect(el.open).to.equal(true);
    expect(el.hasAttribute('open')).to.equal(true);
    expect(text(el, 'heading')).to.equal('Wett');
    expect(text(el, 'message')).to.equal('Matiin Adblock Bro!');
    expect(text(el, 'explanation')).to.contain('redaksi');
    expect(text(el, 'recheck-button')).to.equal('Saya sudah mematikannya, cek lagi');
    expect(part(el, 'dismiss-button')!.getAttribute('aria-label')).to.equal('Tutup');
    await expect(el).to.be.accessible();
  });

  it('closes after "check again" once the blocker is gone, and returns focus', async () => {
    const blocker = installBlocker();
    const outside = await fixture<HTMLButtonElement>(html`<button data-test>Artikel</button>`);
    const { el } = await detecting(html`<sabba-adblock-notice control-url=${CONTROL}></sabba-adblock-notice>`);
    outside.focus();
    part(el, 'recheck-button')!.focus();
    blocker.remove();
    const results: boolean[] = [];
    el.addEventListener('sabba-adblock-result', (e) => results.push(e.detail.blocked));
    new AdblockNoticeHarness(el).clickRecheck();
    await el.updateComplete;
    expect(text(el, 'recheck-button')).to.equal('Sedang mengecek…');
    expect(part(el, 'recheck-button')!.getAttribute('aria-disabled')).to.equal('true');
    new AdblockNoticeHarness(el).clickRecheck(); // a second click while checking starts nothing
    await waitUntil(() => !el.open, 'the notice did not close', { timeout: 5000 });
    expect(results).to.deep.equal([false]);
    expect(el.detected).to.equal(false);
    expect(document.activeElement).to.equal(outside);
  });

  it('says so when the blocker is still there after "check again"', async () => {
    installBlocker();
    const { el } = await detecting(html`<sabba-adblock-notice control-url=${CONTROL}></sabba-adblock-notice>`);
    expect(text(el, 'status')).to.equal('');
    const verdict = await el.recheck();
    await el.updateComplete;
    expect(verdict.blocked).to.equal(true);
    expect(el.open).to.equal(true);
    expect(text(el, 'status')).to.contain('masih terdeteksi');
    expect(part(el, 'status')!.getAttribute('role')).to.equal('status');
    await expect(el).to.be.accessible();
  });

  it('shows at most once per page view', async () => {
    installBlocker();
    const first = await detecting(html`<sabba-adblock-notice control-url=${CONTROL}></sabba-adblock-notice>`);
    expect(first.el.open).to.equal(true);
    first.el.remove();
    const second = await detecting(html`<sabba-adblock-notice control-url=${CONTROL}></sabba-adblock-notice>`);
    expect(second.verdict.blocked).to.equal(true);
    expect(second.el.open).to.equal(false);
  });

  it('remembers a dismissal for remember-days in localStorage, without cookies', async () => {
    installBlocker();
    const cookies = document.cookie;
    const { el } = await detecting(
      html`<sabba-adblock-notice control-url=${CONTROL} remember-days="3"></sabba-adblock-notice>`,
    );
    setTimeout(() => {
      new AdblockNoticeHarness(el).clickDismiss();
    });
    const event = await oneEvent(el, 'sabba-adblock-dismiss');
    expect(event.detail).to.deep.equal({ rememberDays: 3 });
    expect(event.cancelable && event.bubbles && event.composed).to.equal(true);
    expect(el.open).to.equal(false);
    const stored = JSON.parse(localStorage.getItem(DISMISS_KEY)!) as { v: unknown; e: number };
    expect(stored.v).to.equal(true);
    expect(stored.e - Date.now()).to.be.within(3 * 86_400_000 - 60_000, 3 * 86_400_000);
    expect(document.cookie).to.equal(cookies);

    resetPageView(); // a new page view within the three days
    const next = await detecting(html`<sabba-adblock-notice control-url=${CONTROL}></sabba-adblock-notice>`);
    expect(next.verdict.blocked).to.equal(true);
    expect(next.el.open).to.equal(false);
  });

  it('remembers a dismissal for the page view only when storage throws', async () => {
    installBlocker();
    const denied = new DOMException('The operation is insecure.', 'SecurityError');
    sinon.stub(Storage.prototype, 'getItem').throws(denied);
    sinon.stub(Storage.prototype, 'setItem').throws(denied);
    const { el } = await detecting(html`<sabba-adblock-notice control-url=${CONTROL}></sabba-adblock-notice>`);
    expect(el.open).to.equal(true);
    new AdblockNoticeHarness(el).clickDismiss();
    expect(el.open).to.equal(false);
    const again = await detecting(html`<sabba-adblock-notice control-url=${CONTROL}></sabba-adblock-notice>`);
    expect(again.el.open).to.equal(false);
    resetPageView(); // the next page view: nothing could be stored
    const next = await detecting(html`<sabba-adblock-notice control-url=${CONTROL}></sabba-adblock-notice>`);
    expect(next.el.open).to.equal(true);
  });

  it('never shows in silent mode but still reports', async () => {
    installBlocker();
    const { el, verdict } = await detecting(
      html`<sabba-adblock-notice mode="silent" control-url=${CONTROL}></sabba-adblock-notice>`,
    );
    expect(verdict.blocked).to.equal(true);
    expect(el.detected).to.equal(true);
    expect(el.open).to.equal(false);
    expect(el.shadowRoot!.querySelector('section, dialog')).to.equal(null);
  });

  it('keeps :state(checking) true to what it shows when it leaves the page during a check', async () => {
    installBlocker();
    const { el } = await detecting(html`<sabba-adblock-notice control-url=${CONTROL}></sabba-adblock-notice>`);
    const notice = new AdblockNoticeHarness(el);
    notice.clickRecheck();
    await el.updateComplete;
    expect(notice.text('recheck-button')).to.equal('Sedang mengecek…');
    expect(notice.is('checking')).to.equal(true);
    const parent = el.parentElement!;
    el.remove(); // a single-page app takes the view away mid-check
    el.verdict = BLOCKED; // and brings it back showing a demo verdict: no new check runs
    parent.append(el);
    await el.recheck();
    await el.updateComplete;
    expect(el.open).to.equal(true);
    expect(notice.text('recheck-button')).to.equal('Saya sudah mematikannya, cek lagi');
    expect(notice.recheckButton.getAttribute('aria-disabled')).to.equal('false');
    expect(notice.is('checking')).to.equal(false);
    expect(notice.is('open')).to.equal(true);
  });

  it('waits for the page to load before it checks, then reports', async () => {
    // Issue 20: a notice in the markup is defined while the article still loads; its requests and
    // layout reads wait for the load event, as BlockAdBlock's checkOnLoad does.
    Object.defineProperty(document, 'readyState', { configurable: true, get: () => 'interactive' });
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const spy = sinon.spy();
    container.addEventListener('sabba-adblock-result', spy);
    const control = `${CONTROL}?load-wait=${Date.now()}`;
    const { render } = await import('lit');
    try {
      render(html`<sabba-adblock-notice control-url=${control}></sabba-adblock-notice>`, container);
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(spy.called, 'a verdict before the load event').to.equal(false);
      expect(performance.getEntriesByName(new URL(control, location.href).href), 'a control request').to.have.length(0);
    } finally {
      delete (document as unknown as { readyState?: unknown }).readyState;
    }
    window.dispatchEvent(new Event('load'));
    await waitUntil(() => spy.called, 'the verdict after the load event', { timeout: 4000 });
    expect(performance.getEntriesByName(new URL(control, location.href).href)).to.have.length(1);
  });

  it('reads no layout in the task that connects it, beside ad slots', async () => {
    // Issue 20: the ad-slot signal's first look at the slots waits for a drawn frame.
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const slot = document.createElement('sabba-ad-slot');
    slot.append(document.createElement('div'));
    container.append(slot);
    const reads = sinon.spy(Element.prototype, 'getClientRects');
    const styles = sinon.spy(window, 'getComputedStyle');
    const result = new Promise((resolve) => {
      container.addEventListener('sabba-adblock-result', resolve, { once: true });
    });
    const notice = document.createElement('sabba-adblock-notice');
    notice.setAttribute('control-url', CONTROL);
    container.append(notice);
    for (let turn = 0; turn < 50; turn += 1) await Promise.resolve();
    expect(reads.callCount, 'getClientRects in the connecting task').to.equal(0);
    expect(styles.callCount, 'getComputedStyle in the connecting task').to.equal(0);
    await result;
    expect(reads.called, 'the slots were looked at after the frame').to.equal(true);
  });

  it('ignores a check that ends after the element left the page', async () => {
    installBlocker();
    const el = await fixture<SabbaAdblockNotice>(
      html`<sabba-adblock-notice control-url=${CONTROL}></sabba-adblock-notice>`,
    );
    const spy = sinon.spy();
    el.addEventListener('sabba-adblock-result', spy);
    el.remove();
    // Detection is bounded at about 1.4 s; wait past it.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(spy.called).to.equal(false);
    expect(el.open).to.equal(false);
  });
});

describe('<sabba-adblock-notice> heading', () => {
  it('is a level-2 heading by default and takes the level the site chooses with heading-level', async () => {
    const el = await fixture<SabbaAdblockNotice>(
      html`<sabba-adblock-notice no-probe control-url=${CONTROL} .verdict=${BLOCKED}></sabba-adblock-notice>`,
    );
    const heading = part(el, 'heading')!;
    expect(heading.getAttribute('role')).to.equal('heading');
    expect(heading.getAttribute('aria-level')).to.equal('2');
    el.setAttribute('heading-level', '3');
    await el.updateComplete;
    expect(part(el, 'heading')!.getAttribute('aria-level')).to.equal('3');
    await expect(el).to.be.accessible();
  });
});

describe('<sabba-adblock-notice> simulated verdict', () => {
  it('lets a demo verdict set during detection win over the detection result', async () => {
    const el = await fixture<SabbaAdblockNotice>(
      html`<sabba-adblock-notice control-url=${CONTROL}></sabba-adblock-notice>`,
    );
    const spy = sinon.spy();
    el.addEventListener('sabba-adblock-result', spy);
    el.verdict = BLOCKED;
    await el.updateComplete;
    expect(el.open).to.equal(true);
    // The real (clean) check ends within about 1.4 s; wait past it.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(el.open).to.equal(true);
    expect(el.result).to.equal(BLOCKED);
    expect(spy.called).to.equal(false);
  });

  it('opens and closes from script before it is ever connected, and shows the state once it is', async () => {
    const el = document.createElement('sabba-adblock-notice');
    el.verdict = BLOCKED;
    expect((await el.recheck()).blocked).to.equal(true);
    expect(el.open).to.equal(true);
    el.verdict = CLEAR;
    expect((await el.recheck()).blocked).to.equal(false);
    expect(el.open).to.equal(false);
    el.verdict = BLOCKED;
    await el.recheck();
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(part(el, 'banner')!.hidden).to.equal(false);
    } finally {
      el.remove();
    }
  });
});

describe('<sabba-adblock-notice> banner', () => {
  it('reserves its height for floating widgets and the page end, and releases it on close', async () => {
    const el = await fixture<SabbaAdblockNotice>(
      html`<sabba-adblock-notice .verdict=${BLOCKED}></sabba-adblock-notice>`,
    );
    await waitUntil(() => inset() !== '', 'the inset was not set');
    const banner = part(el, 'banner')!;
    await Promise.all(banner.getAnimations().map((animation) => animation.finished));
    expect(inset()).to.equal(`${Math.ceil(banner.getBoundingClientRect().height)}px`);
    expect(getComputedStyle(banner).position).to.equal('fixed');
    expect(Math.round(banner.getBoundingClientRect().bottom)).to.equal(window.innerHeight);
    expect(Math.round(el.getBoundingClientRect().height)).to.equal(parseInt(inset(), 10));
    new AdblockNoticeHarness(el).clickDismiss();
    await el.updateComplete;
    expect(inset()).to.equal('');
    expect(el.getBoundingClientRect().height).to.equal(0);
  });

  it('is reachable and closable with the keyboard', async () => {
    const before = await fixture<HTMLButtonElement>(html`<button data-test>Sebelum</button>`);
    const el = await fixture<SabbaAdblockNotice>(
      html`<sabba-adblock-notice .verdict=${BLOCKED}></sabba-adblock-notice>`,
    );
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(part(el, 'recheck-button'));
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(part(el, 'dismiss-button'));
    await new AdblockNoticeHarness(el).press('Escape');
    expect(el.open).to.equal(false);
    expect(document.activeElement).to.equal(before);
  });

  it('stays open when the page cancels the dismissal', async () => {
    const el = await fixture<SabbaAdblockNotice>(
      html`<sabba-adblock-notice .verdict=${BLOCKED}></sabba-adblock-notice>`,
    );
    el.addEventListener('sabba-adblock-dismiss', (e) => {
      e.preventDefault();
    });
    new AdblockNoticeHarness(el).clickDismiss();
    await el.updateComplete;
    expect(el.open).to.equal(true);
    part(el, 'dismiss-button')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(el.open).to.equal(true);
  });

  it('releases the inset when removed while open', async () => {
    const el = await fixture<SabbaAdblockNotice>(
      html`<sabba-adblock-notice .verdict=${BLOCKED}></sabba-adblock-notice>`,
    );
    await waitUntil(() => inset() !== '');
    el.remove();
    expect(inset()).to.equal('');
    expect(el.open).to.equal(false);
  });
});

describe('<sabba-adblock-notice> dialog', () => {
  it('opens a modal dialog, moves focus in, closes on Escape and returns focus', async () => {
    const trigger = await fixture<HTMLButtonElement>(html`<button data-test>Baca</button>`);
    trigger.focus();
    const el = await fixture<SabbaAdblockNotice>(
      html`<sabba-adblock-notice mode="dialog" .verdict=${BLOCKED}></sabba-adblock-notice>`,
    );
    const dialog = part(el, 'dialog') as HTMLDialogElement;
    expect(dialog.open).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(true);
    await waitUntil(() => focused(el) !== null, 'focus did not move into the dialog');
    expect(focused(el)).to.equal(part(el, 'recheck-button'));
    expect(inset()).to.equal('');
    await expect(el).to.be.accessible();
    const dismissed = sinon.spy();
    el.addEventListener('sabba-adblock-dismiss', dismissed);
    await new AdblockNoticeHarness(el).press('Escape');
    expect(dismissed.calledOnce).to.equal(true);
    expect(dialog.open).to.equal(false);
    expect(el.open).to.equal(false);
    expect(document.activeElement).to.equal(trigger);
  });

  it('keeps the dialog open when the page cancels the Escape dismissal', async () => {
    const el = await fixture<SabbaAdblockNotice>(
      html`<sabba-adblock-notice mode="dialog" .verdict=${BLOCKED}></sabba-adblock-notice>`,
    );
    el.addEventListener(
      'sabba-adblock-dismiss',
      (e) => {
        e.preventDefault();
      },
      { once: true },
    );
    const dialog = part(el, 'dialog') as HTMLDialogElement;
    dialog.dispatchEvent(new Event('cancel', { cancelable: true }));
    await el.updateComplete;
    expect(dialog.open).to.equal(true);
    const closed = oneEvent(dialog, 'close');
    dialog.close(); // the browser closing the dialog on its own
    await closed;
    await el.updateComplete;
    expect(el.open).to.equal(false);
  });

  it('is accessible in English and labelled by its heading', async () => {
    const el = await fixture<SabbaAdblockNotice>(
      html`<sabba-adblock-notice lang="en" mode="dialog" .verdict=${BLOCKED}></sabba-adblock-notice>`,
    );
    expect(text(el, 'heading')).to.equal('Whoa');
    expect(text(el, 'recheck-button')).to.equal("I've turned it off, check again");
    const dialog = part(el, 'dialog')!;
    expect(el.shadowRoot!.getElementById(dialog.getAttribute('aria-labelledby')!)!.textContent).to.equal('Whoa');
    await expect(el).to.be.accessible();
  });
});

describe('<sabba-adblock-notice> texts and input', () => {
  it('speaks English when lang="en", including the hint after a re-check', async () => {
    const el = await fixture<SabbaAdblockNotice>(
      html`<sabba-adblock-notice lang="en" .verdict=${BLOCKED}></sabba-adblock-notice>`,
    );
    expect(text(el, 'message')).to.equal('Please turn off your ad blocker!');
    expect(text(el, 'explanation')).to.contain('newsroom');
    expect(part(el, 'dismiss-button')!.getAttribute('aria-label')).to.equal('Close');
    await el.recheck();
    await el.updateComplete;
    expect(text(el, 'status')).to.contain('still active');
    await expect(el).to.be.accessible();
  });

  it('takes heading and message attributes over strings, and renders hostile text as text', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const el = await fixture<SabbaAdblockNotice>(
      html`<sabba-adblock-notice heading=${hostile} .strings=${{ message: 'dari strings', recheck: 'Cek ulang' }} .verdict=${BLOCKED}></sabba-adblock-notice>`,
    );
    expect(text(el, 'heading')).to.equal(hostile);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(text(el, 'message')).to.equal('dari strings');
    expect(text(el, 'recheck-button')).to.equal('Cek ulang');
    el.message = 'x'.repeat(20_000);
    await el.updateComplete;
    expect(text(el, 'message').length).to.equal(20_000);
    expect(part(el, 'banner')!.scrollWidth).to.be.at.most(window.innerWidth);
  });

  it('takes slotted heading, explanation and actions', async () => {
    const el = await fixture<SabbaAdblockNotice>(html`
      <sabba-adblock-notice .verdict=${BLOCKED}>
        <span slot="heading">Halo pembaca</span>
        <p>Dukung kami lewat langganan.</p>
        <a slot="actions" href="/langganan">Berlangganan</a>
      </sabba-adblock-notice>
    `);
    const slot = (name: string): Element[] =>
      el
        .shadowRoot!.querySelector<HTMLSlotElement>(name ? `slot[name="${name}"]` : 'slot:not([name])')!
        .assignedElements();
    expect(slot('heading')[0]!.textContent).to.equal('Halo pembaca');
    expect(slot('')[0]!.textContent).to.equal('Dukung kami lewat langganan.');
    expect(slot('actions')[0]!.textContent).to.equal('Berlangganan');
    await expect(el).to.be.accessible();
  });

  it('falls back on bad attributes with a warning, never a crash', async () => {
    const warn = sinon.stub(console, 'warn');
    const el = await fixture<SabbaAdblockNotice>(
      html`<sabba-adblock-notice mode="popup-wall" remember-days="-3" .verdict=${BLOCKED}></sabba-adblock-notice>`,
    );
    expect(part(el, 'banner')).not.to.equal(null);
    const event = new Promise<CustomEvent>((resolve) => {
      el.addEventListener('sabba-adblock-dismiss', resolve as EventListener);
    });
    new AdblockNoticeHarness(el).clickDismiss();
    expect((await event).detail).to.deep.equal({ rememberDays: 7 });
    const messages = warn.args.flat().join(' ');
    expect(messages).to.contain('"popup-wall"').and.contain('remember-days');
  });

  it('ignores an open attribute written by the page', async () => {
    const el = await fixture<SabbaAdblockNotice>(
      html`<sabba-adblock-notice open .verdict=${CLEAR}></sabba-adblock-notice>`,
    );
    expect(el.hasAttribute('open')).to.equal(false);
    expect(part(el, 'banner')!.hidden).to.equal(true);
  });

  it('follows the verdict property for demos without storing or reporting anything', async () => {
    const spy = sinon.spy();
    document.addEventListener('sabba-adblock-result', spy);
    const el = await fixture<SabbaAdblockNotice>(
      html`<sabba-adblock-notice .verdict=${BLOCKED}></sabba-adblock-notice>`,
    );
    expect(el.open).to.equal(true);
    expect(el.detected).to.equal(true);
    new AdblockNoticeHarness(el).clickDismiss();
    expect(localStorage.getItem(DISMISS_KEY)).to.equal(null);
    el.verdict = { ...BLOCKED };
    await el.updateComplete;
    expect(el.open).to.equal(true);
    el.verdict = undefined;
    await el.updateComplete;
    expect(el.open).to.equal(false);
    el.verdict = CLEAR;
    await el.updateComplete;
    expect(el.open).to.equal(false);
    document.removeEventListener('sabba-adblock-result', spy);
    expect(spy.called).to.equal(false);
  });

  it('switches mode while open', async () => {
    const el = await fixture<SabbaAdblockNotice>(
      html`<sabba-adblock-notice .verdict=${BLOCKED}></sabba-adblock-notice>`,
    );
    await waitUntil(() => inset() !== '');
    el.mode = 'dialog';
    await el.updateComplete;
    expect((part(el, 'dialog') as HTMLDialogElement).open).to.equal(true);
    expect(inset()).to.equal('');
  });
});
