import { sendKeys } from '@web/test-runner-commands';
import type { SabbaAdblockNotice } from '../../src/components/adblock-notice/adblock-notice.js';
import { part, partText, shadow } from '../helpers/dom.js';

/** The inset the open banner publishes on `<html>` for floating widgets ('' when none). */
export function inset(): string {
  return document.documentElement.style.getPropertyValue('--sabba-floating-inset-block-end');
}

/**
 * Drives and reads a `<sabba-adblock-notice>` as a reader does: its texts, whether the bar or the
 * dialog is shown, the "check again" and close buttons, Escape, where focus is, its custom states.
 */
export class AdblockNoticeHarness {
  constructor(readonly el: SabbaAdblockNotice) {}

  /** The part `name` of the notice, or null. */
  part(name: string): HTMLElement | null {
    return part(this.el, name);
  }

  /** The text of the part `name` as a reader sees it. */
  text(name: string): string {
    return partText(this.el, name);
  }

  /** The bar (banner mode), or null. */
  get banner(): HTMLElement | null {
    return part(this.el, 'banner');
  }

  /** The native dialog (dialog mode), or null. */
  get dialog(): HTMLDialogElement | null {
    return part(this.el, 'dialog') as HTMLDialogElement | null;
  }

  /** The "check again" button. */
  get recheckButton(): HTMLElement {
    return part(this.el, 'recheck-button')!;
  }

  /** The close button. */
  get dismissButton(): HTMLElement {
    return part(this.el, 'dismiss-button')!;
  }

  /** The node focused inside the notice's shadow root, or null. */
  get focused(): Element | null {
    return shadow(this.el).activeElement;
  }

  /** Whether the custom state `name` is on (`:state(name)` in the page's CSS). */
  is(name: string): boolean {
    return this.el.matches(`:state(${name})`);
  }

  /** Clicks "check again". */
  clickRecheck(): this {
    this.recheckButton.click();
    return this;
  }

  /** Clicks the close button. */
  clickDismiss(): this {
    this.dismissButton.click();
    return this;
  }

  /** Presses a key where focus is, as the reader's keyboard does. */
  async press(key: string): Promise<void> {
    await sendKeys({ press: key });
    await this.el.updateComplete;
  }
}
