/** The events of `<sabba-comment-form>`: submit (cancelable), then success or error. */
import { SabbaEvent } from '../../internal/sabba-event.js';
import type { OutgoingComment } from './submitter.js';

/** How a comment travels: WordPress's REST API, its classic form handler, or the page's `submitter`. */
export type CommentTransportName = 'rest' | 'classic' | 'custom';

/** Detail of {@link SabbaCommentSubmitEvent}: the comment about to be sent. */
export interface SabbaCommentSubmitDetail extends OutgoingComment {
  /** How it will be sent: `rest`, `classic` or `custom` (the `submitter` property). */
  readonly transport: CommentTransportName;
}

/**
 * `sabba-comment-submit`: the reader submitted a valid comment; nothing has been sent yet.
 * Cancelable: `preventDefault()` stops the submission (the draft stays).
 */
export class SabbaCommentSubmitEvent extends SabbaEvent<SabbaCommentSubmitDetail> {
  /** The event's type. */
  static readonly type = 'sabba-comment-submit';

  constructor(detail: SabbaCommentSubmitDetail) {
    super(SabbaCommentSubmitEvent.type, detail, { cancelable: true });
  }
}

/** Detail of {@link SabbaCommentSuccessEvent}. */
export interface SabbaCommentSuccessDetail {
  /** The new comment's ID; `null` when the transport cannot know it (classic, approved). */
  readonly id: number | null;
  /** `approved` (public now) or `hold` (waiting for a moderator). */
  readonly status: 'approved' | 'hold';
  /** The comment's permalink, when the site told it. */
  readonly link: string | undefined;
  /** `false` when the site's answer could not be read (classic transport to another origin). */
  readonly confirmed: boolean;
  /** The comment as it was sent. */
  readonly comment: OutgoingComment;
  /** How it was sent. */
  readonly transport: CommentTransportName;
}

/** `sabba-comment-success`: the site accepted a comment. */
export class SabbaCommentSuccessEvent extends SabbaEvent<SabbaCommentSuccessDetail> {
  /** The event's type. */
  static readonly type = 'sabba-comment-success';

  constructor(detail: SabbaCommentSuccessDetail) {
    super(SabbaCommentSuccessEvent.type, detail);
  }
}

/** Detail of {@link SabbaCommentErrorEvent}. */
export interface SabbaCommentErrorDetail {
  /**
   * WordPress's error code for the transport used (`comment_duplicate`, `comment_flood`,
   * `rest_invalid_param`, `rest_comment_login_required`, `require_valid_email`, …), or the form's
   * own: `network`, `offline`, `timeout`, `http_5xx`, `invalid_response`, `invalid_config`.
   */
  readonly code: string;
  /** The HTTP status; 0 when no response arrived. */
  readonly status: number;
  /** The message shown to the reader (localized; the server's own text for unknown codes). */
  readonly message: string;
  /** The server's own message as plain text, when it sent one. */
  readonly serverMessage: string | undefined;
  /** The form field the error was shown next to, if any (`comment`, `author`, `email`, `url`). */
  readonly field: string | undefined;
  /** How the comment was sent. */
  readonly transport: CommentTransportName;
}

/**
 * `sabba-comment-error`: a submission failed, refused by the site or lost on the way. Client-side
 * validation problems do not fire it (nothing was sent).
 */
export class SabbaCommentErrorEvent extends SabbaEvent<SabbaCommentErrorDetail> {
  /** The event's type. */
  static readonly type = 'sabba-comment-error';

  constructor(detail: SabbaCommentErrorDetail) {
    super(SabbaCommentErrorEvent.type, detail);
  }
}

/** Detail of {@link SabbaCommentReplyCancelEvent}. */
export interface SabbaCommentReplyCancelDetail {
  /** The comment that was being answered. */
  readonly parentId: number;
}

/**
 * `sabba-comment-reply-cancel`: the reader pressed "Batalkan balasan"; the form is a top-level
 * comment form again. A comment thread gives focus back to the comment that was being answered.
 */
export class SabbaCommentReplyCancelEvent extends SabbaEvent<SabbaCommentReplyCancelDetail> {
  /** The event's type. */
  static readonly type = 'sabba-comment-reply-cancel';

  constructor(detail: SabbaCommentReplyCancelDetail) {
    super(SabbaCommentReplyCancelEvent.type, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sabba-comment-reply-cancel': SabbaCommentReplyCancelEvent;
    'sabba-comment-submit': SabbaCommentSubmitEvent;
    'sabba-comment-success': SabbaCommentSuccessEvent;
    'sabba-comment-error': SabbaCommentErrorEvent;
  }
}
