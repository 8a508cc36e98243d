/**
 * The drop-in entry: defines every Sabba element. Safe to load more than once on a page: a tag
 * that is already defined keeps its first definition.
 */
export * from './index.js';

// <sabba-comment-form>

// <sabba-ad-slot>

// <sabba-adblock-notice>

// <sabba-back-to-top>

// <sabba-author-card>
import './components/author-card/author-card.define.js';
