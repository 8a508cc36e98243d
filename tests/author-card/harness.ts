/**
 * Drives a <sabba-author-card> the way a reader does (unfolds the bio, reads the profile links,
 * tabs through it) and reads what a reader or a crawler gets, so the tests speak of that rather
 * than of the element's internals.
 */
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/author-card/author-card.define.js';
import type { SabbaAuthorCard } from '../../src/components/author-card/author-card.js';
import { shadow, text } from '../helpers/dom.js';

export class AuthorCardHarness {
  constructor(readonly el: SabbaAuthorCard) {}

  /** The "Show more" / "Show less" button, or null while the whole bio fits. */
  get toggle(): HTMLButtonElement | null {
    return shadow(this.el).querySelector('button[part="toggle"]');
  }

  /** The profile links, in order. */
  get profileLinks(): HTMLAnchorElement[] {
    return [...shadow(this.el).querySelectorAll<HTMLAnchorElement>('[part="profile-link"]')];
  }

  /** What a screen reader says for each profile link. */
  profileNames(): string[] {
    return this.profileLinks.map((link) => text(link));
  }

  /** The card's JSON-LD as a crawler parses it, or undefined when it emits none. */
  jsonLd(): Record<string, unknown> | undefined {
    const script = this.el.querySelector('script[type="application/ld+json"]');
    return script === null ? undefined : (JSON.parse(script.textContent) as Record<string, unknown>);
  }

  /** Waits until the card has measured its bio (the measurement runs after the render settles). */
  async settled(): Promise<void> {
    await this.el.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await this.el.updateComplete;
  }

  /** Clicks "Show more" / "Show less" and waits for the card to redraw. */
  async clickToggle(): Promise<void> {
    const toggle = this.toggle;
    if (toggle === null) throw new Error('the card shows no toggle');
    toggle.click();
    await this.el.updateComplete;
  }

  /** Presses `key` on the focused toggle (Enter or Space) and waits for the card to redraw. */
  async pressOnToggle(key: 'Enter' | ' '): Promise<void> {
    await sendKeys({ press: key });
    await this.el.updateComplete;
  }
}
