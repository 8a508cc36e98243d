/// <reference types="vite/client" />
/**
 * The autoloader (`dist/cdn/loader.js`, also `sabba-widgets/loader.js`): include this one small
 * script and write the tags. Each element's code is fetched the first time its tag appears in the
 * document, including tags added later by scripts; Lit and the shared base are one chunk that every
 * element reuses, and no element is fetched twice.
 *
 * Running this module is its purpose, so it starts watching the document as soon as it runs (it is
 * listed in `sideEffects`). Elements inside shadow roots are invisible to a document observer:
 * call `discover(shadowRoot)` after rendering them, or `observe(shadowRoot)` to keep watching.
 *
 * ```html
 * <script type="module" src="https://cdn.example/sabba-widgets@0.1.0/dist/cdn/loader.js"></script>
 * ```
 */
import { createAutoloader, loadersFromModules } from './internal/autoloader.js';
// The tags the autoloader defines, typed for `document.querySelector('sabba-…')` and their events.
import './element-tags.js';

const autoloader = createAutoloader(loadersFromModules(import.meta.glob('./components/*/*.define.ts')));

if (typeof document !== 'undefined') autoloader.observe(document);

/** Loads the Sabba elements found in `root` now (use it for shadow roots you render). */
export const discover: (root: ParentNode) => void = autoloader.discover;

/** Loads the Sabba elements in `root` now and whenever they are added later; returns a stop function. */
export const observe: (root: Node) => () => void = autoloader.observe;

/** Resolves once every element load started so far has finished or failed. */
export const settled: () => Promise<void> = autoloader.settled;
