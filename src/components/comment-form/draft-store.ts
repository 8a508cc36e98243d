import { createSafeStorage, type SafeStorage } from '../../internal/storage.js';

/**
 * Keeps what a reader is writing, so that a reload, a crash or a failed request never loses it.
 * A draft holds the comment text and the reply target only, never the reader's name, e-mail or
 * website. Drafts are keyed by site, post and reply target (a reply and a top-level comment on the
 * same article are different drafts), expire after a week, are purged once expired on the next
 * visit to any page with a form, and are removed when the site has confirmed the comment. Storage
 * that throws falls back to memory (see internal/storage.ts).
 *
 * The reader's identity (name, e-mail, website) is stored only when the reader ticks WordPress's
 * consent box, for as long as WordPress keeps its comment cookies, and in this browser only: no
 * cookie is ever set.
 */

/** What a draft holds: the text, and the comment it answers (`0`: none). */
export interface Draft {
  comment: string;
  parent: number;
}

/** The identity a consenting reader is remembered by. */
export interface Identity {
  author: string;
  email: string;
  url: string;
}

/** How long an untouched draft is kept. */
export const DRAFT_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;

/** How long a consenting reader's identity is kept: WordPress's `comment_cookie_lifetime` (30,000,000 s, about 347 days). */
export const IDENTITY_MAX_AGE_MS = 30_000_000 * 1000;

/** The prefix of every key the comment form stores. */
export const STORAGE_PREFIX = 'sabba:comment-form:';

/** The storage key of the draft for one reply target of one post of one site. */
export function draftKey(site: string, postId: number, parentId: number): string {
  return `${STORAGE_PREFIX}draft:${site}|${postId}|${parentId}`;
}

/** The storage key of a site's remembered identity. */
export function identityKey(site: string): string {
  return `${STORAGE_PREFIX}identity:${site}`;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Drafts and remembered identities of the comment form. */
export class DraftStore {
  constructor(private readonly storage: SafeStorage = createSafeStorage()) {}

  /** The saved draft, or `undefined`; anything else under the key (another script's data) is ignored. */
  load(key: string): Draft | undefined {
    const value = this.storage.getJSON(key);
    if (!isRecord(value) || text(value.comment) === '') return undefined;
    const draft = {
      comment: text(value.comment),
      parent: Number.isSafeInteger(value.parent) ? (value.parent as number) : 0,
    };
    // Drafts of earlier versions also held the name, e-mail and website: keep the text only.
    if (Object.keys(value).some((name) => name !== 'comment' && name !== 'parent')) this.save(key, draft);
    return draft;
  }

  /** Saves a draft; an empty draft removes the saved one. */
  save(key: string, draft: Draft): void {
    if (draft.comment.trim() === '') this.storage.remove(key);
    else this.storage.setJSON(key, { comment: draft.comment, parent: draft.parent }, DRAFT_MAX_AGE_MS);
  }

  /** Forgets a draft (after the site confirmed the comment). */
  clear(key: string): void {
    this.storage.remove(key);
  }

  /** The remembered identity, or `undefined`. */
  loadIdentity(key: string): Identity | undefined {
    const value = this.storage.getJSON(key);
    if (!isRecord(value)) return undefined;
    const identity = { author: text(value.author), email: text(value.email), url: text(value.url) };
    return identity.author || identity.email || identity.url ? identity : undefined;
  }

  /** Remembers an identity (the reader consented) or forgets it (`undefined`: consent withdrawn). */
  saveIdentity(key: string, identity: Identity | undefined): void {
    if (identity === undefined) this.storage.remove(key);
    else
      this.storage.setJSON(
        key,
        { author: identity.author, email: identity.email, url: identity.url },
        IDENTITY_MAX_AGE_MS,
      );
  }

  /** Removes every expired draft and identity, whichever page they were written on. */
  purgeExpired(): void {
    this.storage.purgeExpired(STORAGE_PREFIX);
  }
}
