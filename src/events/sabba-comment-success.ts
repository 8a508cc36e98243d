import { SabbaEvent } from './sabba-event.js';
import type { OutgoingComment } from '../components/comment-form/submitter.js';

/** Detail of `sabba-comment-success`. */
export interface CommentSuccessDetail {
  /** The new comment's ID; `null` when the transport cannot know it (classic, approved). */
  id: number | null;
  /** `approved` (public now) or `hold` (waiting for a moderator). */
  status: 'approved' | 'hold';
  /** The comment's permalink, when the site told it. */
  link: string | undefined;
  /** `false` when the site's answer could not be read (classic transport to another origin). */
  confirmed: boolean;
  /** The comment as it was sent. */
  comment: OutgoingComment;
  /** How it was sent. */
  transport: 'rest' | 'classic' | 'custom';
}

/** Fired by `<sabba-comment-form>` when the site accepted a comment. */
export class SabbaCommentSuccessEvent extends SabbaEvent<CommentSuccessDetail> {
  static readonly type = 'sabba-comment-success';

  constructor(detail: CommentSuccessDetail) {
    super(SabbaCommentSuccessEvent.type, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sabba-comment-success': SabbaCommentSuccessEvent;
  }
}
