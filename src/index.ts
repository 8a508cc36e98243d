/**
 * sabba-widgets: the classes, events and types of the five widgets. Importing this module defines
 * no element (no side effects); import `sabba-widgets/sabba.js` or `sabba-widgets/<element>.js`
 * for that.
 */
// Every tag and event name typed (HTMLElementTagNameMap, GlobalEventHandlersEventMap).
import './element-tags.js';

export { SabbaElement } from './internal/sabba-element.js';
export { SabbaEvent } from './events/sabba-event.js';
export { defineElement } from './internal/define-element.js';
export { VERSION } from './internal/version.js';
export { defineTexts, type Dictionary, type Language, type Overrides, type SectionTexts } from './i18n/index.js';

// <sabba-comment-form>
export { SabbaCommentForm } from './components/comment-form/comment-form.js';
export { SabbaCommentSubmitEvent, type CommentSubmitDetail } from './events/sabba-comment-submit.js';
export { SabbaCommentSuccessEvent, type CommentSuccessDetail } from './events/sabba-comment-success.js';
export { SabbaCommentErrorEvent, type CommentErrorDetail } from './events/sabba-comment-error.js';
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
export type { AdProvider, AdProviderFactory, AdSlotContext, RenderOutcome } from './components/ad-slot/providers/provider.js';
export { AdFailure, type AdFailureReason } from './components/ad-slot/script-loader.js';
export type { AdSize, SizeMapEntry, SizePlan } from './components/ad-slot/size-map.js';
export { planSizes, preUpgradeCss, reservationCss } from './components/ad-slot/size-map.js';
export { SabbaAdRequestEvent, type SabbaAdRequestDetail } from './events/ad-request.js';
export { SabbaAdRenderEvent, type SabbaAdRenderDetail } from './events/ad-render.js';
export { SabbaAdViewableEvent, type SabbaAdViewableDetail } from './events/ad-viewable.js';
export { SabbaAdErrorEvent, type SabbaAdErrorDetail } from './events/ad-error.js';

// <sabba-adblock-notice>
export { SabbaAdblockNotice, type AdblockNoticeMode } from './components/adblock-notice/adblock-notice.js';
export { detectAdblock, type DetectAdblockOptions } from './components/adblock-notice/detect-adblock.js';
export { decideVerdict, type AdblockVerdict, type AdblockConfidence } from './components/adblock-notice/verdict.js';
export type { AdblockSignal, AdblockSignalName, AdblockSignalOutcome } from './components/adblock-notice/detection/signal.js';
export { SabbaAdblockResultEvent } from './events/adblock-result.js';
export { SabbaAdblockDismissEvent, type AdblockDismissDetail } from './events/adblock-dismiss.js';

// <sabba-back-to-top>
export { SabbaBackToTop, type BackToTopPosition } from './components/back-to-top/back-to-top.js';
export { SabbaBackToTopEvent, type SabbaBackToTopDetail } from './events/back-to-top.js';

// <sabba-author-card>
export { SabbaAuthorCard, DEFAULT_COLLAPSED_LINES } from './components/author-card/author-card.js';
export type { AuthorCardStrings, AuthorType, ProfileLink, ProfileNetwork } from './components/author-card/author-card.js';
