import { createSafeStorage, type SafeStorage } from '../../internal/storage.js';
import type { ThreadComment } from './comment-tree.js';

/**
 * The reader's own comments that wait for moderation, kept in this browser so the preview survives
 * a reload, as WordPress's `?unapproved=…&moderation-hash=…` preview does for the person who wrote
 * it (and for nobody else: nothing leaves the browser). A held comment is forgotten once the site
 * lists it as approved, or after 30 days.
 */

/** How long a held preview is kept. */
export const HELD_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;

const PREFIX = 'sabba:comments:held:';

function isHeld(value: unknown): value is ThreadComment {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.id === 'number' &&
    typeof v.parent === 'number' &&
    typeof v.authorName === 'string' &&
    typeof v.html === 'string' &&
    typeof v.date === 'string' &&
    typeof v.dateGmt === 'string'
  );
}

/** Held previews of one post of one site. */
export class HeldComments {
  private readonly storage: SafeStorage;
  private readonly key: string;

  constructor(site: string, postId: number, storage: SafeStorage = createSafeStorage()) {
    this.storage = storage;
    this.key = `${PREFIX}${site}|${postId}`;
    storage.purgeExpired(PREFIX);
  }

  /** The held previews, oldest first. */
  list(): ThreadComment[] {
    const value = this.storage.getJSON(this.key);
    return Array.isArray(value) ? value.filter(isHeld).map((c) => ({ ...c, authorUrl: '', held: true })) : [];
  }

  /** Remembers one more held comment. */
  add(comment: ThreadComment): void {
    this.save([...this.list().filter((c) => c.id !== comment.id), { ...comment, held: true }]);
  }

  /** Forgets the previews of comments the site now lists (approved), or all of them with no IDs. */
  forget(ids: ReadonlySet<number>): void {
    const kept = this.list();
    const left = kept.filter((c) => !ids.has(c.id));
    if (left.length !== kept.length) this.save(left);
  }

  private save(comments: readonly ThreadComment[]): void {
    if (comments.length === 0) this.storage.remove(this.key);
    else this.storage.setJSON(this.key, comments, HELD_MAX_AGE_MS);
  }
}
