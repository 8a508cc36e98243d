import type { ThreadComment } from './comment-tree.js';

/**
 * The thread's side of the page's `<sabba-comment-form>`: finding the form of the same post and
 * reading what it posted. Typed here, because elements do not import each other.
 */

/** The subset of `<sabba-comment-form>` the thread drives. */
export type ReplyForm = HTMLElement & {
  postId: string;
  parentId: string;
  replyToName: string;
  updateComplete?: Promise<unknown>;
  focusComment?: () => void;
};

/** The form's `sabba-comment-success` event, as far as the thread reads it. */
interface FormSuccess extends Event {
  detail: {
    id: number | null;
    status: 'approved' | 'hold';
    comment: { postId: number; parentId: number; authorName: string; content: string };
  };
}

/** The `<sabba-comment-form>` of post `postId`: one inside `thread`, else the first on the page with the same `post-id`. */
export function findReplyForm(thread: HTMLElement, postId: string): ReplyForm | undefined {
  const inside = thread.querySelector('sabba-comment-form');
  if (inside) return inside;
  const post = postId.trim();
  return [...thread.ownerDocument.querySelectorAll('sabba-comment-form')].find(
    (f) => (f as ReplyForm).postId.trim() === post,
  );
}

/** Plain text as the paragraphs WordPress's wpautop makes of it, escaped. */
function textToHtml(text: string): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return escaped
    .split(/\n{2,}/)
    .map((p) => `<p>${p.replace(/\n/g, '<br>')}</p>`)
    .join('');
}

/** Site-local `YYYY-MM-DDTHH:MM:SS` of the reader's clock (a preview's date until the site's arrives). */
function localStamp(date: Date, utc: boolean): string {
  const iso = new Date(utc ? date.getTime() : date.getTime() - date.getTimezoneOffset() * 60_000).toISOString();
  return iso.slice(0, 19);
}

/**
 * The comment a form's success event reports, as the thread shows it until the site's rendering
 * arrives (a negative id when WordPress gave none), with its post and moderation status.
 */
export function postedComment(event: Event): {
  postId: number;
  status: 'approved' | 'hold';
  comment: ThreadComment;
} {
  const { detail } = event as FormSuccess;
  const now = new Date();
  return {
    postId: detail.comment.postId,
    status: detail.status,
    comment: {
      id: detail.id ?? -now.getTime(),
      parent: detail.comment.parentId,
      authorName: detail.comment.authorName,
      authorUrl: '',
      date: localStamp(now, false),
      dateGmt: localStamp(now, true),
      html: textToHtml(detail.comment.content),
    },
  };
}
