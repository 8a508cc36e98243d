/** Loads the module that defines one element (a dynamic `import()` of its define chunk). */
export type ElementLoader = () => Promise<unknown>;

/** What {@link createAutoloader} returns: scan a tree now, or keep watching it. */
export interface Autoloader {
  /**
   * Loads every known `sabba-*` element found in `root` (and `root` itself) that is not yet
   * defined or loading. Call it for shadow roots: a document-level MutationObserver cannot see
   * inside them.
   */
  discover(root: ParentNode): void;
  /**
   * Discovers `root` now and again whenever elements are added under it. Returns a function that
   * stops watching.
   */
  observe(root: Node): () => void;
  /** Resolves once every load started so far has settled (for tests and page scripts). */
  settled(): Promise<void>;
}

/** Only tags with this prefix are ours; anything else undefined on the page is left alone. */
const PREFIX = 'sabba-';

/**
 * The autoloader behind `loader.js`: each element's code is fetched the first time its tag shows
 * up, so a page with only a comment form downloads only the comment form (and Lit once).
 *
 * `loaders` maps a tag name to the function that imports its define module. A tag is requested at
 * most once per page; a tag that another script already defined (for example the full `sabba.js`)
 * is not requested at all. A failed load is reported and may be retried when the tag appears again.
 */
export function createAutoloader(loaders: ReadonlyMap<string, ElementLoader>): Autoloader {
  const requested = new Set<string>();
  const unknown = new Set<string>();
  const pending = new Set<Promise<unknown>>();

  function load(tag: string): void {
    if (requested.has(tag) || customElements.get(tag) !== undefined) return;
    const loader = loaders.get(tag);
    if (loader === undefined) {
      // An element's own helper tags (`<sabba-back-to-top-sentinel>`) are not typos.
      if ([...loaders.keys()].some((known) => tag.startsWith(`${known}-`))) return;
      // Not warnOnce from ./warn.js: importing it would put it in the loader and split it out of
      // the shared chunk every element loads anyway.
      if (!unknown.has(tag)) console.warn(`[sabba] <${tag}> is not a Sabba element, so the loader cannot define it. Check the tag name.`);
      unknown.add(tag);
      return;
    }
    requested.add(tag);
    const loading = loader().then(
      () => undefined,
      (error: unknown) => {
        // Let a later appearance of the tag try again (a flaky network should not be final).
        requested.delete(tag);
        console.error(`[sabba] Could not load <${tag}>.`, error);
      },
    );
    pending.add(loading);
    void loading.finally(() => pending.delete(loading));
  }

  function visit(element: Element): void {
    const tag = element.localName;
    if (tag.startsWith(PREFIX)) load(tag);
  }

  function discover(root: ParentNode): void {
    if (root instanceof Element && !root.matches(':defined')) visit(root);
    // `:not(:defined)` keeps the scan to unupgraded custom elements instead of every node.
    for (const element of root.querySelectorAll(':not(:defined)')) visit(element);
  }

  function observe(root: Node): () => void {
    if (isParentNode(root)) discover(root);
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (node instanceof Element) discover(node);
        }
      }
    });
    observer.observe(root, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
    };
  }

  async function settled(): Promise<void> {
    while (pending.size > 0) await Promise.allSettled([...pending]);
  }

  return { discover, observe, settled };
}

function isParentNode(node: Node): node is Node & ParentNode {
  return 'querySelectorAll' in node;
}

/**
 * Turns the define modules Vite found (`./components/<name>/<name>.define.ts`) into a tag → loader
 * map, so a new element is picked up by the loader without editing it.
 */
export function loadersFromModules(modules: Readonly<Record<string, ElementLoader>>): Map<string, ElementLoader> {
  const loaders = new Map<string, ElementLoader>();
  for (const [path, loader] of Object.entries(modules)) {
    const name = /\/([a-z0-9-]+)\.define\.[jt]s$/.exec(path)?.[1];
    if (name !== undefined) loaders.set(`${PREFIX}${name}`, loader);
  }
  return loaders;
}
