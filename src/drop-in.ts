/**
 * The drop-in bundle's entry (`dist/cdn/sabba.js`, for pages without a build step): defines every
 * Sabba element, each when it matters (the autoloader's upgrade
 * policy: the ad slot at once, the back-to-top button and the adblock notice when the browser is
 * idle, the rest when it comes near; `customElements.whenDefined(tag)` defines one at once). Safe
 * to load more than once on a page: a tag that is already defined keeps its first definition.
 * Apps that import `sabba-widgets/sabba.js` get `sabba.ts`, which defines everything at once, so a
 * framework that renders right after the import sees defined elements.
 */
// First: the define modules that sabba.ts imports then hand their definitions to the policy instead of running them.
import './internal/defer-definitions.js';
import { startAutoloader } from './internal/autoloader.js';
import { takeDeferredDefinitions } from './internal/define-element.js';

export * from './sabba.js';

// Without a page (server-side rendering) nothing was deferred, and every element is defined.
const definitions = takeDeferredDefinitions();
if (definitions.size > 0) startAutoloader(definitions);
