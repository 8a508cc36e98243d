/**
 * Drives a <sabba-back-to-top> the way a reader does (scrolls the page, clicks or presses the
 * button) and reads what a reader sees (visibility, the name, the ring, focus) rather than
 * internals; plus the page the tests scroll: a long article, media features, reset.
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import sinon from 'sinon';
import '../../src/components/back-to-top/back-to-top.define.js';
import type { SabbaBackToTop } from '../../src/components/back-to-top/back-to-top.js';
import { shadow, text } from '../helpers/dom.js';

export class BackToTopHarness {
  constructor(readonly el: SabbaBackToTop) {}

  /** The native button inside the widget. */
  get button(): HTMLButtonElement {
    const button = shadow(this.el).querySelector('button');
    if (button === null) throw new Error('<sabba-back-to-top> rendered no button');
    return button;
  }

  /** The button's accessible name, as a screen reader reads it (visually hidden text). */
  name(): string {
    return text(this.button);
  }

  /** Whether a reader could see (and a screen reader reach) the button right now. */
  isVisible(): boolean {
    const button = this.button;
    return getComputedStyle(button).visibility === 'visible' && !button.inert && !button.closest('[inert]');
  }

  /** The filled share of the progress ring, 0 to 1, as drawn (works for both drawing paths). */
  ringFill(): number {
    const bar = shadow(this.el).querySelector('.progress-bar');
    if (bar === null) throw new Error('<sabba-back-to-top> draws no progress ring');
    return 1 - parseFloat(getComputedStyle(bar).strokeDashoffset) / 100;
  }

  /** Scrolls the page for real and waits until the widget has reacted. */
  async scrollPageTo(top: number, shown: boolean): Promise<void> {
    window.scrollTo({ top, behavior: 'instant' });
    await waitUntil(() => this.el.shown === shown, `the button should be ${shown ? 'shown' : 'hidden'} at ${top}px`, {
      timeout: 5000,
    });
  }

  /** Activates the button as a script or an assistive technology does (a click event). */
  click(): void {
    this.button.click();
  }

  /** Moves the real mouse over the button and clicks it. */
  async clickWithMouse(): Promise<void> {
    const box = this.button.getBoundingClientRect();
    await sendMouse({
      type: 'click',
      position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
    });
  }

  /** Puts keyboard focus on the button. */
  focus(): void {
    this.button.focus();
  }

  /** Focuses the button and presses `key` on the real keyboard. */
  async press(key: string): Promise<void> {
    this.focus();
    await sendKeys({ press: key });
  }

  /** Waits until the element's CSS transitions (slide-in, being pushed up) have finished. */
  async settle(): Promise<void> {
    await new Promise(requestAnimationFrame);
    const transitions = [...this.el.getAnimations(), ...shadow(this.el).getAnimations()].filter(
      (a) => a instanceof CSSTransition,
    );
    await Promise.all(transitions.map((a) => a.finished));
  }
}

/** A long article (about 4,000 px) with a main heading, a link after it and the widget at the end. */
export async function articlePage(widget: TemplateResult, options: { main?: boolean } = {}): Promise<SabbaBackToTop> {
  const body = html`
    <h1 id="title">Judul berita</h1>
    <p><a id="first-link" href="#x">Tautan pertama</a></p>
    <div style="block-size: 4000px">Isi artikel</div>
  `;
  const page = await fixture<HTMLElement>(html`
    <div>
      ${options.main === false ? html`<div>${body}</div>` : html`<main>${body}</main>`}
      ${widget}
    </div>
  `);
  const el = page.querySelector<SabbaBackToTop>('sabba-back-to-top')!;
  await el.updateComplete;
  return el;
}

/**
 * Firefox ESR runs over WebDriver BiDi, where puppeteer has no media emulation ("CDP support is
 * required for this feature"). Asking anyway makes the runner print that stack trace into the
 * log, so the driver is known up front instead of learnt from a failed command.
 */
const canEmulate = !navigator.userAgent.includes('Firefox/');

/**
 * Emulates CSS media features where the browser driver can. Under Firefox it returns false and
 * the caller either skips a CSS-only check (with that reason) or stubs `matchMedia`.
 */
export async function emulateMediaIfPossible(media: Parameters<typeof emulateMedia>[0]): Promise<boolean> {
  if (!canEmulate) return false;
  await emulateMedia(media);
  return true;
}

/**
 * Makes the page prefer reduced motion: emulated for real (CSS and script) where possible, else
 * through `matchMedia`, which is what the element's script consults before scrolling.
 */
export async function preferReducedMotion(): Promise<void> {
  if (await emulateMediaIfPossible({ reducedMotion: 'reduce' })) return;
  const original = window.matchMedia.bind(window);
  sinon.stub(window, 'matchMedia').callsFake((query: string) => {
    if (!query.includes('prefers-reduced-motion')) return original(query);
    const real = original(query);
    return Object.create(real, {
      matches: { value: query.includes('reduce') },
      media: { value: query },
    }) as MediaQueryList;
  });
}

/** Puts the page back at the top and the media features back to normal after each test. */
export async function resetPage(): Promise<void> {
  window.scrollTo({ top: 0, behavior: 'instant' });
  document.documentElement.style.removeProperty('--sabba-floating-inset-block-end');
  await emulateMediaIfPossible({ reducedMotion: 'no-preference', media: 'screen' });
}

/** The element the reader's keyboard is on, looking inside shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
