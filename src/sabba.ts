/**
 * The drop-in entry: defines every Sabba element. Safe to load more than once on a page: a tag
 * that is already defined keeps its first definition.
 */
// <sabba-comment-form>
import './components/comment-form/comment-form.define.js';

// <sabba-ad-slot>
import './components/ad-slot/ad-slot.define.js';

// <sabba-adblock-notice>
import './components/adblock-notice/adblock-notice.define.js';

// <sabba-back-to-top>
import './components/back-to-top/back-to-top.define.js';

// <sabba-author-card>
import './components/author-card/author-card.define.js';

// <sabba-comments>
import './components/comments/comments.define.js';

// <sabba-comment-count>
import './components/comment-count/comment-count.define.js';

export * from './index.js';
