/**
 * Types only: every Sabba tag name with its class, for the entry points that give a page every
 * element without importing their define modules (the index, the autoloader). Each define module
 * also declares its own tag, so importing one element types that one tag.
 */
import type { SabbaAdSlot } from './components/ad-slot/ad-slot.js';
import type { SabbaAdblockNotice } from './components/adblock-notice/adblock-notice.js';
import type { SabbaAuthorCard } from './components/author-card/author-card.js';
import type { SabbaBackToTop } from './components/back-to-top/back-to-top.js';
import type { SabbaCommentCount } from './components/comment-count/comment-count.js';
import type { SabbaCommentForm } from './components/comment-form/comment-form.js';
import type { SabbaComments } from './components/comments/comments.js';
// The event modules declare the events' names in GlobalEventHandlersEventMap.
import './components/comment-form/comment-form.events.js';
import './components/ad-slot/ad-slot.events.js';
import './components/adblock-notice/adblock-notice.events.js';
import './components/back-to-top/back-to-top.events.js';
import './components/comments/comments.events.js';

declare global {
  interface HTMLElementTagNameMap {
    'sabba-ad-slot': SabbaAdSlot;
    'sabba-adblock-notice': SabbaAdblockNotice;
    'sabba-author-card': SabbaAuthorCard;
    'sabba-back-to-top': SabbaBackToTop;
    'sabba-comment-count': SabbaCommentCount;
    'sabba-comment-form': SabbaCommentForm;
    'sabba-comments': SabbaComments;
  }
}
