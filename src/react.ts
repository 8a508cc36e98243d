/**
 * `sabba-widgets/react.js`: every element as a React component (through `@lit/react`), for
 * React 18 and 19. Unlike a plain `<sabba-…>` tag, a component sets its props as properties on the
 * element whatever the order the element's code and React's render come in, so functions and
 * objects (`submitter`, `strings`) always arrive; events are `on<EventName>` props with typed
 * events. Each component defines its element when imported; a bundler keeps only those used.
 *
 * ```tsx
 * import { SabbaCommentForm } from 'sabba-widgets/react.js';
 * <SabbaCommentForm postId="123" submitter={send} onSabbaCommentSuccess={(e) => e.detail.id} />
 * ```
 */
export { SabbaAdSlot } from './react/ad-slot.js';
export { SabbaAdblockNotice } from './react/adblock-notice.js';
export { SabbaAuthorCard } from './react/author-card.js';
export { SabbaBackToTop } from './react/back-to-top.js';
export { SabbaCommentCount } from './react/comment-count.js';
export { SabbaCommentForm } from './react/comment-form.js';
export { SabbaComments } from './react/comments.js';
