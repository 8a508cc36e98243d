import { SabbaEvent } from './sabba-event.js';
import type { OutgoingComment } from '../components/comment-form/submitter.js';

/** Detail of `sabba-comment-submit`: the comment about to be sent. */
export interface CommentSubmitDetail extends OutgoingComment {
  /** How it will be sent: `rest`, `classic` or `custom` (the `submitter` property). */
  transport: 'rest' | 'classic' | 'custom';
}

/**
 * Fired by `<sabba-comment-form>` when the reader submits a valid comment, before anything is
 * sent. Cancelable: `preventDefault()` stops the submission (the draft stays).
 */
export class SabbaCommentSubmitEvent extends SabbaEvent<CommentSubmitDetail> {
  static readonly type = 'sabba-comment-submit';

  constructor(detail: CommentSubmitDetail) {
    super(SabbaCommentSubmitEvent.type, detail, { cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sabba-comment-submit': SabbaCommentSubmitEvent;
  }
}
