/**
 * The drop-in entry: defines every Sabba element, each when it matters (the autoloader's upgrade
 * policy: the ad slot at once, the back-to-top button and the adblock notice when the browser is
 * idle, the rest when it comes near; `customElements.whenDefined(tag)` defines one at once). Safe
 * to load more than once on a page: a tag that is already defined keeps its first definition.
 */
// First: the define modules below then hand their definitions to the policy instead of running them.
import './internal/defer-definitions.js';
import { startAutoloader } from './internal/autoloader.js';
import { takeDeferredDefinitions } from './internal/define-element.js';

export * from './index.js';

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

// Without a page (server-side rendering) nothing was deferred, and every element is defined.
const definitions = takeDeferredDefinitions();
if (definitions.size > 0) startAutoloader(definitions);
