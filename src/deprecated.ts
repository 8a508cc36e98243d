/**
 * Names the package exported before every event detail type was called `Sabba<Event>Detail`.
 * They stay so existing code keeps compiling; they go in the next major version.
 */
import type { SabbaAdblockDismissDetail } from './components/adblock-notice/adblock-notice.events.js';
import type {
  SabbaCommentErrorDetail,
  SabbaCommentSubmitDetail,
  SabbaCommentSuccessDetail,
} from './components/comment-form/comment-form.events.js';

/** @deprecated Use {@link SabbaCommentSubmitDetail}. */
export type CommentSubmitDetail = SabbaCommentSubmitDetail;
/** @deprecated Use {@link SabbaCommentSuccessDetail}. */
export type CommentSuccessDetail = SabbaCommentSuccessDetail;
/** @deprecated Use {@link SabbaCommentErrorDetail}. */
export type CommentErrorDetail = SabbaCommentErrorDetail;
/** @deprecated Use {@link SabbaAdblockDismissDetail}. */
export type AdblockDismissDetail = SabbaAdblockDismissDetail;
