/**
 * sabba-widgets: the classes, events and types of the five widgets. Importing this module defines
 * no element (no side effects); import `sabba-widgets/sabba.js` or a `*.define.js` entry for that.
 */
export { SabbaElement } from './internal/sabba-element.js';
export { SabbaEvent } from './events/sabba-event.js';
export { defineElement } from './internal/define-element.js';
export type { Dictionary, Language } from './i18n/index.js';
export { VERSION } from './internal/version.js';
