/** The events of `<sabba-comments>`: a load finished or failed, the reader chose to reply. */
import { SabbaEvent } from '../../internal/sabba-event.js';
import type { CommentsFailure } from './comments-api.js';

/** Detail of {@link SabbaCommentsLoadEvent}. */
export interface SabbaCommentsLoadDetail {
  /** Comments added by this load (top-level threads with their replies). */
  readonly added: number;
  /** Comments shown now. */
  readonly shown: number;
  /** Top-level comments of the post (`X-WP-Total` of the threads query), which `per-page` pages through. */
  readonly total: number;
  /** `initial`, `more` (the load-more button), `permalink` or `new` (live updates). */
  readonly cause: 'initial' | 'more' | 'permalink' | 'new';
}

/** `sabba-comments-load`: comments arrived and are shown. */
export class SabbaCommentsLoadEvent extends SabbaEvent<SabbaCommentsLoadDetail> {
  /** The event's type. */
  static readonly type = 'sabba-comments-load';

  constructor(detail: SabbaCommentsLoadDetail) {
    super(SabbaCommentsLoadEvent.type, detail);
  }
}

/** Detail of {@link SabbaCommentsErrorEvent}. */
export interface SabbaCommentsErrorDetail {
  /** Why: `login` (401/403), `not-found`, `server` (5xx), `timeout`, `offline`, `malformed`, `network`, `config`. */
  readonly reason: CommentsFailure;
  /** The HTTP status; 0 when no answer arrived. */
  readonly status: number;
  /** WordPress's error code, when it sent one (`rest_comment_login_required`, …). */
  readonly code: string | undefined;
  /** The message shown to the reader. */
  readonly message: string;
}

/** `sabba-comments-error`: comments could not be loaded; the thread shows a message and "Coba lagi". */
export class SabbaCommentsErrorEvent extends SabbaEvent<SabbaCommentsErrorDetail> {
  /** The event's type. */
  static readonly type = 'sabba-comments-error';

  constructor(detail: SabbaCommentsErrorDetail) {
    super(SabbaCommentsErrorEvent.type, detail);
  }
}

/** Detail of {@link SabbaCommentReplyEvent}. */
export interface SabbaCommentReplyDetail {
  /** The comment being answered. */
  readonly commentId: number;
  /** Its author's name. */
  readonly authorName: string;
  /** The `<sabba-comment-form>` of the same post that will take the reply, if the page has one. */
  readonly form: HTMLElement | undefined;
}

/**
 * `sabba-comment-reply`: the reader pressed "Balas". Cancelable: `preventDefault()` keeps the
 * thread from moving to the form (a page with its own reply box).
 */
export class SabbaCommentReplyEvent extends SabbaEvent<SabbaCommentReplyDetail> {
  /** The event's type. */
  static readonly type = 'sabba-comment-reply';

  constructor(detail: SabbaCommentReplyDetail) {
    super(SabbaCommentReplyEvent.type, detail, { cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sabba-comments-load': SabbaCommentsLoadEvent;
    'sabba-comments-error': SabbaCommentsErrorEvent;
    'sabba-comment-reply': SabbaCommentReplyEvent;
  }
}
