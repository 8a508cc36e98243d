/**
 * Shared pieces of the <sabba-back-to-top> tests: a long article page to really scroll, and small
 * helpers that read what a reader sees (visibility, focus) rather than internals.
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { emulateMedia } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/components/back-to-top/back-to-top.define.js';
import type { SabbaBackToTop } from '../../src/components/back-to-top/back-to-top.js';

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

/** The native button inside the widget. */
export function buttonOf(el: SabbaBackToTop): HTMLButtonElement {
  return el.shadowRoot!.querySelector('button')!;
}

/** Whether a reader could see (and a screen reader reach) the button right now. */
export function isVisible(el: SabbaBackToTop): boolean {
  const button = buttonOf(el);
  return getComputedStyle(button).visibility === 'visible' && !button.inert && !button.closest('[inert]');
}

/** Scrolls the page for real and waits until the widget has reacted. */
export async function scrollPageTo(el: SabbaBackToTop, top: number, shown: boolean): Promise<void> {
  window.scrollTo({ top, behavior: 'instant' });
  await waitUntil(() => el.shown === shown, `the button should be ${shown ? 'shown' : 'hidden'} at ${top}px`, { timeout: 5000 });
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
    return Object.create(real, { matches: { value: query.includes('reduce') }, media: { value: query } }) as MediaQueryList;
  });
}

/** Waits until the element's CSS transitions (slide-in, being pushed up) have finished. */
export async function settle(el: SabbaBackToTop): Promise<void> {
  await new Promise(requestAnimationFrame);
  const transitions = [...el.getAnimations(), ...el.shadowRoot!.getAnimations()].filter((a) => a instanceof CSSTransition);
  await Promise.all(transitions.map((a) => a.finished));
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
