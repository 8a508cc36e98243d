import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LimitedField } from './byte-limits.js';
import { DraftStore, draftKey, identityKey, type Identity } from './draft-store.js';

/** How long typing may pause before the draft is written. */
const DEBOUNCE_MS = 400;

/** The draft the form writes to: its storage key and the reply target it holds. */
interface DraftSlot {
  key: string;
  parent: number;
}

/**
 * Saves what the reader types (see draft-store.ts for what is kept, and for how long): a write a
 * moment after typing pauses, at once when the page is hidden or the form removed, and before the
 * form moves to another post or reply target. Expired drafts of every post are purged whenever a
 * form is added to a page. Also remembers a consenting reader's identity per site.
 */
export class DraftController implements ReactiveController {
  private readonly store = new DraftStore();
  /** What to save: the comment text as the form holds it now. */
  private readonly comment: () => string;
  /** `null`: no target yet; `undefined`: this form keeps no draft (no valid post or site). */
  private slot: DraftSlot | undefined | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost, comment: () => string) {
    this.comment = comment;
    host.addController(this);
  }

  hostConnected(): void {
    // Expired drafts are removed on every visit, not only when the same article is opened again.
    this.store.purgeExpired();
    window.addEventListener('pagehide', this.flush);
  }

  hostDisconnected(): void {
    window.removeEventListener('pagehide', this.flush);
    this.flush();
  }

  /**
   * Points the drafts at `site`, `post` and reply target `parent` (no site or post: no draft, so
   * that forms on different pages never share one). Returns whether the target changed, after
   * saving what was typed for the previous one; the form then shows {@link load}.
   */
  moveTo(site: string | undefined, post: number | undefined, parent: number): boolean {
    const slot = site === undefined || post === undefined ? undefined : { key: draftKey(site, post, parent), parent };
    if (this.slot !== null && slot?.key === this.slot?.key) return false;
    this.flush();
    this.slot = slot;
    return true;
  }

  /** The saved text of the current target, or `undefined`. */
  load(): string | undefined {
    return this.slot ? this.store.load(this.slot.key)?.comment : undefined;
  }

  /** Saves the text a moment after typing pauses; `false` when this form keeps no draft. */
  schedule(): boolean {
    if (!this.slot) return false;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.save();
    }, DEBOUNCE_MS);
    return true;
  }

  /** Writes a pending save now (the page is being hidden, the form sends or leaves). */
  readonly flush = (): void => {
    if (this.timer === undefined) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.save();
  };

  /** Forgets the current draft: the site has confirmed the comment. */
  clear(): void {
    if (this.slot) this.store.clear(this.slot.key);
  }

  /**
   * The fields for the current target: its saved text, and the identity a consenting reader left
   * on `site` (when given) over what `typed` holds. `restored`: a saved text was found.
   */
  restore(
    typed: Record<LimitedField, string>,
    site: string | undefined,
  ): { values: Record<LimitedField, string>; remembered: boolean; restored: boolean } {
    const identity = site === undefined ? undefined : this.loadIdentity(site);
    const comment = this.load() ?? '';
    const keep = (saved: string | undefined, current: string): string =>
      saved !== undefined && saved !== '' ? saved : current;
    return {
      values: {
        comment,
        author: keep(identity?.author, typed.author),
        email: keep(identity?.email, typed.email),
        url: keep(identity?.url, typed.url),
      },
      remembered: identity !== undefined,
      restored: comment !== '',
    };
  }

  /** The identity a consenting reader left on `site`, or `undefined`. */
  loadIdentity(site: string): Identity | undefined {
    return this.store.loadIdentity(identityKey(site));
  }

  /** Remembers the reader's identity on `site`, or forgets it (`undefined`: consent withdrawn). */
  saveIdentity(site: string, identity: Identity | undefined): void {
    this.store.saveIdentity(identityKey(site), identity);
  }

  /** Writes the comment text (never the identity) to the current draft. */
  private save(): void {
    if (this.slot) this.store.save(this.slot.key, { comment: this.comment(), parent: this.slot.parent });
  }
}
