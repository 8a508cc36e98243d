import { oneEvent } from '@open-wc/testing';
import {
  SabbaCommentErrorEvent,
  SabbaCommentSuccessEvent,
} from '../../src/components/comment-form/comment-form.events.js';
import type { SabbaCommentForm } from '../../src/components/comment-form/comment-form.js';
import { part, shadow, text } from '../helpers/dom.js';

/** The four text fields, by their WordPress names. */
export type TextField = 'comment' | 'author' | 'email' | 'url';

/**
 * Drives a `<sabba-comment-form>` the way a reader does (types into fields, ticks boxes, sends)
 * and reads what the reader sees (the status line, each field's error, the labels), so that a
 * test says what happens rather than which node it pokes.
 */
export class CommentFormHarness {
  constructor(readonly el: SabbaCommentForm) {}

  /** The shadow root's element matching `selector`; throws a readable error when missing. */
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the element type, as with querySelector
  $<E extends Element = HTMLElement>(selector: string): E {
    const found = shadow(this.el).querySelector<E>(selector);
    if (!found) throw new Error(`No ${selector} in <sabba-comment-form>`);
    return found;
  }

  /** The control named `name` (a text field, or a checkbox by its form name). */
  control(name: string): HTMLInputElement {
    return this.$<HTMLInputElement>(`[name="${name}"]`);
  }

  /** What the field `name` holds. */
  value(name: TextField): string {
    return this.control(name).value;
  }

  /** The submit button. */
  get submitButton(): HTMLButtonElement {
    return this.$<HTMLButtonElement>('button[type="submit"]');
  }

  /** Types into the named fields the way a reader's input arrives (an `input` event per field). */
  async fill(values: Partial<Record<TextField, string>>): Promise<void> {
    for (const [name, value] of Object.entries(values)) {
      const control = this.control(name);
      control.value = value;
      control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
    await this.el.updateComplete;
  }

  /** Clicks the consent box (WordPress's "Simpan nama, email…") or the terms box. */
  async tick(box: 'consent' | 'terms'): Promise<void> {
    this.control(box === 'consent' ? 'wp-comment-cookies-consent' : 'sabba_terms').click();
    await this.el.updateComplete;
  }

  /** Clicks submit and waits for the form's update (enough for a comment refused before sending). */
  async submit(): Promise<void> {
    this.submitButton.click();
    await this.el.updateComplete;
  }

  /** Clicks submit and waits for the outcome event. */
  async submitAndWait(): Promise<SabbaCommentSuccessEvent | SabbaCommentErrorEvent> {
    const outcome: Promise<Event> = Promise.race([
      oneEvent(this.el, 'sabba-comment-success'),
      oneEvent(this.el, 'sabba-comment-error'),
    ]);
    this.submitButton.click();
    const event = await outcome;
    await this.el.updateComplete;
    if (event instanceof SabbaCommentSuccessEvent || event instanceof SabbaCommentErrorEvent) return event;
    throw new Error(`Unexpected ${event.type}`);
  }

  /** The text the live status region shows. */
  get status(): string {
    return part(this.el, 'status')?.textContent.trim() ?? '';
  }

  /** The error text linked to a control through aria-describedby, or ''. */
  fieldError(name: string): string {
    const ids = (this.control(name).getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    return ids
      .map((id) => shadow(this.el).getElementById(id))
      .filter((node): node is HTMLElement => node?.getAttribute('part') === 'field-error')
      .map((node) => node.textContent.trim())
      .join(' ');
  }

  /** The field labels as a reader reads them (`Nama *`). */
  get labels(): string[] {
    return [...shadow(this.el).querySelectorAll('label[part~="label"]')].map((label) => text(label));
  }
}

/** A harness for `el`. */
export function harness(el: SabbaCommentForm): CommentFormHarness {
  return new CommentFormHarness(el);
}
