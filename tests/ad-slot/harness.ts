import { nextFrame, oneEvent } from '@open-wc/testing';
import type {
  SabbaAdErrorEvent,
  SabbaAdRenderEvent,
  SabbaAdRequestEvent,
} from '../../src/components/ad-slot/ad-slot.events.js';
import type { SabbaAdSlot } from '../../src/components/ad-slot/ad-slot.js';
import { part, partText } from '../helpers/dom.js';

/** Waits `count` animation frames (observers report on the frame after a layout change). */
export async function frames(count = 3): Promise<void> {
  for (let i = 0; i < count; i += 1) await nextFrame();
}

/** Whether a node is displayed and not `hidden`. */
export function isShown(node: Element): boolean {
  return getComputedStyle(node).display !== 'none' && !node.hasAttribute('hidden');
}

/**
 * Drives and reads a `<sabba-ad-slot>` as a reader and a page see it: the label and placeholder,
 * the reserved frame, the creative in the light DOM, scrolling it into view, its events and states.
 */
export class AdSlotHarness {
  constructor(readonly el: SabbaAdSlot) {}

  /** The visible "Iklan" / "Advertisement" label. */
  get label(): string {
    return partText(this.el, 'label');
  }

  /** The placeholder text ("Ruang Iklan"). */
  get placeholder(): string {
    return partText(this.el, 'placeholder');
  }

  /** Whether the placeholder is shown (it hides once a creative fills the box). */
  get placeholderShown(): boolean {
    return isShown(part(this.el, 'placeholder')!);
  }

  /** The reserved box. */
  get frame(): HTMLElement {
    return part(this.el, 'frame')!;
  }

  /** The reserved box's height in px. */
  get frameHeight(): number {
    return this.frame.getBoundingClientRect().height;
  }

  /** The slot's own height in px (0 when collapsed or not displayed). */
  get height(): number {
    return this.el.getBoundingClientRect().height;
  }

  /** The creative's iframe (html provider), or null before it renders. */
  get creative(): HTMLIFrameElement | null {
    return this.el.querySelector('iframe');
  }

  /** The light-DOM creative containers (one per slot). */
  get containers(): HTMLElement[] {
    return [...this.el.querySelectorAll<HTMLElement>(':scope > [slot="creative"]')];
  }

  /** Whether the custom state `name` is on (`:state(name)` in the page's CSS). */
  is(name: string): boolean {
    return this.el.matches(`:state(${name})`);
  }

  /** The next `sabba-ad-request`. */
  requested(): Promise<SabbaAdRequestEvent> {
    return oneEvent(this.el, 'sabba-ad-request');
  }

  /** The next `sabba-ad-render`. */
  rendered(): Promise<SabbaAdRenderEvent> {
    return oneEvent(this.el, 'sabba-ad-render');
  }

  /** The next `sabba-ad-error`. */
  failed(): Promise<SabbaAdErrorEvent> {
    return oneEvent(this.el, 'sabba-ad-error');
  }

  /** Scrolls the slot into view as a reader would. */
  scrollIntoView(): this {
    this.el.scrollIntoView();
    return this;
  }

  /** Scrolls the page to `top` px and lets the observers report. */
  async scrollPageTo(top: number, wait = 3): Promise<void> {
    window.scrollTo(0, top);
    await frames(wait);
  }
}
