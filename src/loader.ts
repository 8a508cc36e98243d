/// <reference types="vite/client" />
/**
 * The autoloader (`dist/cdn/loader.js`, also `sabba-widgets/loader.js`): include this one small
 * script and write the tags. Each element's code is fetched when it matters, including tags added
 * later by scripts: the ad slot at once, the back-to-top button and the adblock notice at the
 * reader's first scroll (or key, touch, click), the comment form, thread, count and author card
 * when they come within about one viewport of the screen, and any of them at once when the page asks
 * (`customElements.whenDefined`, a permalink hash into it, focus moving into it). A page overrides
 * this per tag with `<meta name="sabba-upgrade" content="sabba-author-card: eager">`. Lit and the
 * shared base are one chunk that every element reuses, and no element is fetched twice.
 *
 * Running this module is its purpose, so it starts watching the document as soon as it runs (it is
 * listed in `sideEffects`). Elements inside shadow roots are invisible to a document observer:
 * call `discover(shadowRoot)` after rendering them, or `observe(shadowRoot)` to keep watching.
 *
 * ```html
 * <script type="module" src="https://cdn.example/sabba-widgets@0.1.0/dist/cdn/loader.js"></script>
 * ```
 */
import {
  createAutoloader,
  loadersFromModules,
  startAutoloader,
  type Autoloader,
  type DefinitionHooks,
} from './internal/autoloader.js';
// The tags the autoloader defines, typed for `document.querySelector('sabba-…')` and their events.
import './element-tags.js';

const loaders = loadersFromModules(import.meta.glob('./components/*/*.define.ts'));
// Without a page (server-side rendering) there is nothing to watch.
// Lit and the base, in the shared chunk every element imports: evaluated in a task of its own first.
const base = (): Promise<unknown> => import('./internal/sabba-element.js');
// `defineElement`'s hook, from the same shared chunk: each element is defined a task after its chunk ran.
const definitions = (): Promise<DefinitionHooks> => import('./internal/define-element.js');
const autoloader: Autoloader =
  typeof document === 'undefined'
    ? createAutoloader(loaders, { base, definitions })
    : startAutoloader(loaders, { base, definitions });

/** Loads the Sabba elements found in `root` now (use it for shadow roots you render). */
export const discover: (root: ParentNode) => void = autoloader.discover;

/** Loads the Sabba elements in `root` now and whenever they are added later; returns a stop function. */
export const observe: (root: Node) => () => void = autoloader.observe;

/** Loads one element now, whatever the upgrade policy says (e.g. before showing it). */
export const load: (tag: string) => void = autoloader.load;

/** Resolves once every element load started so far has finished or failed. */
export const settled: () => Promise<void> = autoloader.settled;
