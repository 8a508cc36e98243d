/**
 * sabba-widgets: the classes, events and types of every widget. Importing this module defines
 * no element (no side effects); import `sabba-widgets/sabba.js` or `sabba-widgets/<element>.js`
 * for that.
 */
// Every tag and event name typed (HTMLElementTagNameMap, GlobalEventHandlersEventMap).
import './element-tags.js';

export { SabbaElement } from './internal/sabba-element.js';
export { SabbaEvent } from './internal/sabba-event.js';
export { defineElement } from './internal/define-element.js';
export { VERSION } from './internal/version.js';
export { defineTexts, type Language, type Overrides, type SectionTexts } from './i18n/index.js';
export type { Dictionary } from './dictionary.js';

// <sabba-comment-form>
export { SabbaCommentForm } from './components/comment-form/comment-form.js';
export {
  SabbaCommentErrorEvent,
  SabbaCommentReplyCancelEvent,
  SabbaCommentSubmitEvent,
  SabbaCommentSuccessEvent,
  type CommentTransportName,
  type SabbaCommentErrorDetail,
  type SabbaCommentReplyCancelDetail,
  type SabbaCommentSubmitDetail,
  type SabbaCommentSuccessDetail,
} from './components/comment-form/comment-form.events.js';
// eslint-disable-next-line @typescript-eslint/no-deprecated -- kept for code written against 0.1
export type { CommentErrorDetail, CommentSubmitDetail, CommentSuccessDetail } from './deprecated.js';
export type {
  CommentAccepted,
  CommentOutcome,
  CommentRefused,
  CommentSubmitter,
  OutgoingComment,
  SubmitContext,
} from './components/comment-form/submitter.js';

// <sabba-ad-slot>
export { SabbaAdSlot } from './components/ad-slot/ad-slot.js';
export { registerAdProvider } from './components/ad-slot/providers/registry.js';
export type {
  AdProvider,
  AdProviderFactory,
  AdSlotContext,
  RenderOutcome,
} from './components/ad-slot/providers/provider.js';
export { AdFailure, type AdFailureReason } from './components/ad-slot/script-loader.js';
export type { ConsentApi, ConsentDecision, ConsentOutcome } from './internal/consent/consent.js';
export type { AdSize, SizeMapEntry, SizePlan } from './components/ad-slot/size-map.js';
export type { GptSettings, TargetingValue } from './components/ad-slot/gpt-config.js';
export type { PrebidBidConfig } from './components/ad-slot/header-bidding.js';
export { NO_REFRESH_MESSAGE } from './components/ad-slot/creative-messages-controller.js';
export { planSizes, preUpgradeCss, reservationCss } from './components/ad-slot/size-map.js';
export {
  SabbaAdAuctionEvent,
  SabbaAdConsentEvent,
  SabbaAdErrorEvent,
  SabbaAdRenderEvent,
  SabbaAdRequestEvent,
  SabbaAdViewableEvent,
  type SabbaAdAuctionDetail,
  type SabbaAdBid,
  type SabbaAdConsentDetail,
  type SabbaAdErrorDetail,
  type SabbaAdRenderDetail,
  type SabbaAdRequestDetail,
  type SabbaAdViewableDetail,
} from './components/ad-slot/ad-slot.events.js';

// <sabba-adblock-notice>
export { SabbaAdblockNotice, type AdblockNoticeMode } from './components/adblock-notice/adblock-notice.js';
export { detectAdblock, type DetectAdblockOptions } from './components/adblock-notice/detect-adblock.js';
export { decideVerdict, type AdblockVerdict, type AdblockConfidence } from './components/adblock-notice/verdict.js';
export type {
  AdblockSignal,
  AdblockSignalName,
  AdblockSignalOutcome,
} from './components/adblock-notice/detection/signal.js';
export {
  SabbaAdblockDismissEvent,
  SabbaAdblockResultEvent,
  type SabbaAdblockDismissDetail,
  type SabbaAdblockResultDetail,
} from './components/adblock-notice/adblock-notice.events.js';
// eslint-disable-next-line @typescript-eslint/no-deprecated -- kept for code written against 0.1
export type { AdblockDismissDetail } from './deprecated.js';

// <sabba-back-to-top>
export { SabbaBackToTop, type BackToTopPosition } from './components/back-to-top/back-to-top.js';
export { SabbaBackToTopEvent, type SabbaBackToTopDetail } from './components/back-to-top/back-to-top.events.js';

// <sabba-author-card>
export { SabbaAuthorCard, DEFAULT_COLLAPSED_LINES } from './components/author-card/author-card.js';
export type {
  AuthorCardStrings,
  AuthorType,
  ProfileLink,
  ProfileNetwork,
} from './components/author-card/author-card.js';

// <sabba-comments>
export { SabbaComments } from './components/comments/comments.js';
export {
  SabbaCommentReplyEvent,
  SabbaCommentsErrorEvent,
  SabbaCommentsLoadEvent,
  type SabbaCommentReplyDetail,
  type SabbaCommentsErrorDetail,
  type SabbaCommentsLoadDetail,
} from './components/comments/comments.events.js';
export type { CommentsFailure } from './components/comments/comments-api.js';
export { sanitizeCommentHtml } from './components/comments/comment-html.js';

// <sabba-comment-count>
export { SabbaCommentCount } from './components/comment-count/comment-count.js';
