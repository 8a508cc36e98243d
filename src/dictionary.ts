import type { AdSlotTexts } from './components/ad-slot/ad-slot.texts.js';
import type { AdblockNoticeTexts } from './components/adblock-notice/adblock-notice.texts.js';
import type { AuthorCardTexts } from './components/author-card/author-card.texts.js';
import type { BackToTopTexts } from './components/back-to-top/back-to-top.texts.js';
import type { CommentCountTexts } from './components/comment-count/comment-count.texts.js';
import type { CommentFormTexts } from './components/comment-form/comment-form.texts.js';
import type { CommentsTexts } from './components/comments/comments.texts.js';

/**
 * Every element's texts by section: the shape a `strings` override follows. The texts themselves
 * live beside each element (`<element>.texts.ts`), so one element's bundle carries only its own;
 * this type gathers them for pages that keep all their overrides in one object.
 */
export interface Dictionary {
  commentForm: CommentFormTexts;
  adSlot: AdSlotTexts;
  adblockNotice: AdblockNoticeTexts;
  backToTop: BackToTopTexts;
  authorCard: AuthorCardTexts;
  comments: CommentsTexts;
  commentCount: CommentCountTexts;
}
