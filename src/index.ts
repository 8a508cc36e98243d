/**
 * sabba-widgets: the classes, events and types of the five widgets. Importing this module defines
 * no element (no side effects); import `sabba-widgets/sabba.js` or `sabba-widgets/<element>.js`
 * for that.
 */
export { SabbaElement } from './internal/sabba-element.js';
export { SabbaEvent } from './events/sabba-event.js';
export { defineElement } from './internal/define-element.js';
export { VERSION } from './internal/version.js';
export type { Dictionary, Language } from './i18n/index.js';

// <sabba-comment-form>

// <sabba-ad-slot>

// <sabba-adblock-notice>

// <sabba-back-to-top>

// <sabba-author-card>
export { SabbaAuthorCard, DEFAULT_COLLAPSED_LINES } from './components/author-card/author-card.js';
export type { AuthorCardStrings, AuthorType, ProfileLink, ProfileNetwork } from './components/author-card/author-card.js';
