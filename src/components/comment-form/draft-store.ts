import { createSafeStorage, type SafeStorage } from '../../internal/storage.js';

/**
 * Keeps what a reader is writing, so that a reload, a crash or a failed request never loses it.
 * Drafts are keyed by site, post and reply target (a reply and a top-level comment on the same
 * article are different drafts), expire after a week, and are removed only when the site has
 * confirmed the comment. Storage that throws falls back to memory (see internal/storage.ts).
 *
 * The reader's identity (name, e-mail, website) is stored for later comments only when the reader
 * ticks WordPress's consent box, and then in this browser only: no cookie is ever set.
 */

/** What a draft holds. */
export interface Draft {
  comment: string;
  author: string;
  email: string;
  url: string;
}

/** The identity a consenting reader is remembered by. */
export type Identity = Pick<Draft, 'author' | 'email' | 'url'>;

/** How long an untouched draft is kept. */
export const DRAFT_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;

const PREFIX = 'sabba:comment-form';

/** The storage key of the draft for one reply target of one post of one site. */
export function draftKey(site: string, postId: number, parentId: number): string {
  return `${PREFIX}:draft:${site}|${postId}|${parentId}`;
}

/** The storage key of a site's remembered identity. */
export function identityKey(site: string): string {
  return `${PREFIX}:identity:${site}`;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** Reads a stored value that should be a draft; anything else (another script's data) is ignored. */
function asDraft(value: unknown): Draft | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  const draft = { comment: text(v.comment), author: text(v.author), email: text(v.email), url: text(v.url) };
  return [draft.comment, draft.author, draft.email, draft.url].some((s) => s !== '') ? draft : undefined;
}

/** Drafts and remembered identities of the comment form. */
export class DraftStore {
  constructor(private readonly storage: SafeStorage = createSafeStorage()) {}

  /** The saved draft, or `undefined`. */
  load(key: string): Draft | undefined {
    return asDraft(this.storage.getJSON(key));
  }

  /** Saves a draft; an empty draft removes the saved one. */
  save(key: string, draft: Draft): void {
    if ([draft.comment, draft.author, draft.email, draft.url].every((s) => s.trim() === '')) this.storage.remove(key);
    else this.storage.setJSON(key, draft, DRAFT_MAX_AGE_MS);
  }

  /** Forgets a draft (after the site confirmed the comment). */
  clear(key: string): void {
    this.storage.remove(key);
  }

  /** The remembered identity, or `undefined`. */
  loadIdentity(key: string): Identity | undefined {
    const draft = asDraft(this.storage.getJSON(key));
    return draft && { author: draft.author, email: draft.email, url: draft.url };
  }

  /** Remembers an identity (the reader consented) or forgets it (`undefined`: consent withdrawn). */
  saveIdentity(key: string, identity: Identity | undefined): void {
    if (identity === undefined) this.storage.remove(key);
    else this.storage.setJSON(key, { comment: '', ...identity });
  }
}
