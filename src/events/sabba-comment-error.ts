import { SabbaEvent } from './sabba-event.js';

/** Detail of `sabba-comment-error`. */
export interface CommentErrorDetail {
  /**
   * WordPress's error code for the transport used (`comment_duplicate`, `comment_flood`,
   * `rest_invalid_param`, `rest_comment_login_required`, `require_valid_email`, …), or the form's
   * own: `network`, `offline`, `timeout`, `http_5xx`, `invalid_response`, `invalid_config`.
   */
  code: string;
  /** The HTTP status; 0 when no response arrived. */
  status: number;
  /** The message shown to the reader (localized; the server's own text for unknown codes). */
  message: string;
  /** The server's own message as plain text, when it sent one. */
  serverMessage: string | undefined;
  /** The form field the error was shown next to, if any (`comment`, `author`, `email`, `url`). */
  field: string | undefined;
  /** How the comment was sent. */
  transport: 'rest' | 'classic' | 'custom';
}

/**
 * Fired by `<sabba-comment-form>` when a submission failed: refused by the site, or lost on the
 * way. Client-side validation problems do not fire it (nothing was sent).
 */
export class SabbaCommentErrorEvent extends SabbaEvent<CommentErrorDetail> {
  static readonly type = 'sabba-comment-error';

  constructor(detail: CommentErrorDetail) {
    super(SabbaCommentErrorEvent.type, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sabba-comment-error': SabbaCommentErrorEvent;
  }
}
