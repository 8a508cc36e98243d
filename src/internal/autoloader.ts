/** Loads the module that defines one element (a dynamic `import()` of its define chunk), or defines it. */
export type ElementLoader = () => unknown;

/**
 * When an element is upgraded: `eager` at once, `idle` when the browser is idle after the load
 * event, `near` when an instance comes within about one viewport of the screen, `scroll` when the
 * reader first scrolls or otherwise acts on the page (a key, a touch, a click, the wheel).
 */
export type UpgradeWhen = 'eager' | 'idle' | 'near' | 'scroll';

/** The upgrade policy per tag. A tag that is not listed is upgraded at once. */
export type UpgradePolicy = Readonly<Record<string, UpgradeWhen>>;

/**
 * What each element needs, and when: the ad slot at once (its own `fetch-margin`/`render-margin`
 * decide when to request the ad), what the reader only meets once reading (the back-to-top button,
 * which shows after a scroll, and the adblock notice) at the first scroll or other action, so the
 * first view does not pay for them, and what sits below the article when it comes near.
 * The thread tags are listed before their element lands, so it is upgraded by need from day one.
 */
export const DEFAULT_POLICY: UpgradePolicy = {
  'sabba-ad-slot': 'eager',
  'sabba-back-to-top': 'scroll',
  'sabba-adblock-notice': 'scroll',
  'sabba-comments': 'near',
  'sabba-comment-form': 'near',
  'sabba-comment-count': 'near',
  'sabba-author-card': 'near',
};

/** The tags a WordPress comment permalink (`#comment-12`, `#comments`, `#respond`) points into. */
const THREAD_TAGS = ['sabba-comments', 'sabba-comment-form'];
const THREAD_HASH = /^#(?:comments|respond|comment-\d+)$/;

/** "Near": one viewport above or below the screen. */
const NEAR_MARGIN = '100% 0px 100% 0px';
/** What counts as the reader's first action for `scroll` upgrades. */
const FIRST_ACTIONS = ['scroll', 'wheel', 'keydown', 'pointerdown', 'touchstart'];

/** The longest an idle upgrade waits after the load event on a page that is never idle. */
const IDLE_TIMEOUT_MS = 3000;

/**
 * What the autoloader needs of `internal/define-element.ts` (in the shared chunk, so it comes with
 * the base rather than into the loader itself): see `deferDefinition` there.
 */
export interface DefinitionHooks {
  /** Until the returned function is called, hands `tag`'s definition to `schedule`. */
  deferDefinition(tag: string, schedule: (define: () => void) => void): () => void;
}

/** Options of {@link createAutoloader}. */
export interface AutoloaderOptions {
  /** Per-tag overrides of {@link DEFAULT_POLICY}. */
  policy?: UpgradePolicy;
  /**
   * Imports what every element shares (Lit and the base), awaited once before the first element
   * is loaded: evaluated in a task of its own, the shared code is not one more piece of the first
   * element's upgrade task.
   */
  base?: () => Promise<unknown>;
  /**
   * Imports the definition hooks, awaited with the base. With them, each tag is defined in a task
   * after the one that evaluated its chunk: evaluating an element's code and upgrading and
   * rendering all its instances are two pieces of start-up work, each under a long task.
   */
  definitions?: () => Promise<DefinitionHooks>;
}

/** What {@link createAutoloader} returns: scan a tree now, or keep watching it. */
export interface Autoloader {
  /**
   * Schedules every known `sabba-*` element found in `root` (and `root` itself) that is not yet
   * defined or loading, by the upgrade policy. Call it for shadow roots: a document-level
   * MutationObserver cannot see inside them.
   */
  discover(root: ParentNode): void;
  /**
   * Discovers `root` now and again whenever elements are added under it. Returns a function that
   * stops watching.
   */
  observe(root: Node): () => void;
  /** Loads `tag` now, whatever its policy says (the page needs it). */
  load(tag: string): void;
  /** Resolves once every load started so far has settled (for tests and page scripts). */
  settled(): Promise<void>;
}

/** Only tags with this prefix are ours; anything else undefined on the page is left alone. */
const PREFIX = 'sabba-';

/** Every autoloader on the page, for the one `customElements.whenDefined` hook they share. */
const autoloaders = new Set<Autoloader>();

/**
 * The autoloader behind `loader.js`: each element is fetched when it matters, by
 * {@link DEFAULT_POLICY}, so a page pays at start only for what the reader sees first. A page that needs an element sooner gets it at once: asking
 * `customElements.whenDefined(tag)`, a permalink hash that points into it, or focus moving into it.
 *
 * `loaders` maps a tag name to the function that imports its define module. A tag is requested at
 * most once per page; a tag that another script already defined (for example the full `sabba.js`)
 * is not requested at all. A failed load is reported and may be retried when the tag appears again.
 */
export function createAutoloader(
  loaders: ReadonlyMap<string, ElementLoader>,
  options: AutoloaderOptions = {},
): Autoloader {
  const policy: UpgradePolicy = { ...DEFAULT_POLICY, ...options.policy };
  const requested = new Set<string>();
  const unknown = new Set<string>();
  const pending = new Set<Promise<unknown>>();
  /** Tags the page asked for before any instance appeared (whenDefined, a permalink). */
  const forced = new Set<string>();
  /** Tags waiting for the idle upgrade, and instances waiting to come near, by tag. */
  const idle = new Set<string>();
  const near = new Map<string, Set<Element>>();
  const queue: string[] = [];
  let pumping = false;
  let nearObserver: IntersectionObserver | undefined;
  let idleScheduled = false;
  /** Whether the Tab listener that upgrades the elements waiting to come near is on. */
  let tabListening = false;
  /** Tags waiting for the reader's first action; the listeners are on while it has any. */
  const onAction = new Set<string>();
  let baseReady: Promise<unknown> | undefined;
  let hooks: DefinitionHooks | undefined;

  /** The shared code evaluated, then the main thread given back once; undefined without a base. */
  function ready(): Promise<unknown> | undefined {
    if (options.base === undefined && options.definitions === undefined) return undefined;
    baseReady ??= new Promise((resolve) => {
      resolve(
        Promise.all([
          options.base?.(),
          options.definitions?.().then((loaded) => {
            hooks = loaded;
          }),
        ]),
      );
    })
      // A failed base is reported by the element's own load, which needs it too.
      .catch(() => undefined)
      .then(yieldToMain);
    return baseReady;
  }

  function load(tag: string): void {
    if (requested.has(tag) || customElements.get(tag) !== undefined) return;
    const loader = loaders.get(tag);
    if (loader === undefined) return;
    requested.add(tag);
    idle.delete(tag);
    onAction.delete(tag);
    for (const element of near.get(tag) ?? []) nearObserver?.unobserve(element);
    near.delete(tag);
    // Called now, not in a microtask, so a `whenDefined` caller's fetch starts at once (once the
    // shared code is in: the element's chunk imports it, so it would wait for it anyway).
    const base = ready();
    const loading = new Promise((resolve) => {
      resolve(base === undefined ? loader() : base.then(() => importAndDefine(tag, loader)));
    }).then(
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

  /**
   * Evaluates `tag`'s chunk, then defines it in a later task when the hooks are there (a chunk
   * that does not go through `defineElement` is left as it is).
   */
  async function importAndDefine(tag: string, loader: ElementLoader): Promise<void> {
    let defined: Promise<void> | undefined;
    const release = hooks?.deferDefinition(tag, (define) => {
      defined = yieldToMain().then(define);
    });
    try {
      await loader();
    } finally {
      release?.();
    }
    await defined;
  }

  /**
   * Upgrades queued tags one per task: upgrading a tag renders all its instances in one go, so
   * yielding between tags keeps each piece of start-up work short.
   */
  function enqueue(tag: string): void {
    if (!queue.includes(tag)) queue.push(tag);
    if (pumping) return;
    pumping = true;
    const done = (async () => {
      for (let tag = queue.shift(); tag !== undefined; tag = queue.shift()) {
        await yieldToMain();
        load(tag);
      }
      pumping = false;
    })();
    pending.add(done);
    void done.finally(() => pending.delete(done));
  }

  function force(tag: string): void {
    if (!loaders.has(tag)) return;
    forced.add(tag);
    load(tag);
  }

  function onNear(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) if (entry.isIntersecting) enqueue(entry.target.localName);
  }

  function scheduleIdle(tag: string): void {
    idle.add(tag);
    if (idleScheduled) return;
    idleScheduled = true;
    afterLoadWhenIdle(() => {
      // What the reader sees first comes first: wait for the loads already under way (the ad slot,
      // what is near) before the idle ones, so their upgrades never pile onto the same moment.
      void settled().then(() => {
        idleScheduled = false;
        for (const waiting of [...idle]) enqueue(waiting);
      });
    });
  }

  /**
   * A reader who moves with the keyboard meets the elements below in the Tab order, not by
   * scrolling: an element not upgraded yet has nothing to focus (unless a server printed its
   * content), so Tab would skip it and leave the page. The first Tab upgrades every element still
   * waiting to come near, while the reader is still tabbing through what comes before it.
   */
  function onTab(event: KeyboardEvent): void {
    if (event.key !== 'Tab') return;
    removeEventListener('keydown', onTab, true);
    tabListening = false;
    for (const tag of [...near.keys()]) enqueue(tag);
  }

  function firstAction(): void {
    for (const type of FIRST_ACTIONS) removeEventListener(type, firstAction, true);
    for (const waiting of [...onAction]) enqueue(waiting);
    onAction.clear();
  }

  function scheduleOnAction(tag: string): void {
    if (onAction.size === 0)
      for (const type of FIRST_ACTIONS) addEventListener(type, firstAction, { capture: true, passive: true });
    onAction.add(tag);
  }

  function schedule(element: Element, tag: string): void {
    const target = hashTarget();
    const when = forced.has(tag) || target?.closest(tag) === element ? 'eager' : (policy[tag] ?? 'eager');
    if (when === 'idle') {
      scheduleIdle(tag);
    } else if (when === 'scroll') {
      scheduleOnAction(tag);
    } else if (when === 'near' && typeof IntersectionObserver === 'function') {
      nearObserver ??= new IntersectionObserver(onNear, { rootMargin: NEAR_MARGIN });
      if (!tabListening) {
        tabListening = true;
        addEventListener('keydown', onTab, { capture: true, passive: true });
      }
      const elements = near.get(tag) ?? new Set<Element>();
      near.set(tag, elements);
      if (!elements.has(element)) {
        elements.add(element);
        nearObserver.observe(element);
      }
    } else {
      enqueue(tag);
    }
  }

  function visit(element: Element): void {
    const tag = element.localName;
    if (!tag.startsWith(PREFIX) || requested.has(tag) || customElements.get(tag) !== undefined) return;
    if (loaders.has(tag)) {
      schedule(element, tag);
      return;
    }
    // An element's own helper tags (`<sabba-back-to-top-sentinel>`) are not typos.
    if ([...loaders.keys()].some((known) => tag.startsWith(`${known}-`))) return;
    // Not warnOnce from ./warn.js: importing it would put it in the loader and split it out of
    // the shared chunk every element loads anyway.
    if (!unknown.has(tag))
      console.warn(`[sabba] <${tag}> is not a Sabba element, so the loader cannot define it. Check the tag name.`);
    unknown.add(tag);
  }

  function discover(root: ParentNode): void {
    if (root instanceof Element && !root.matches(':defined')) visit(root);
    // `:not(:defined)` keeps the scan to unupgraded custom elements instead of every node.
    for (const element of root.querySelectorAll(':not(:defined)')) visit(element);
  }

  /** Upgrades what the URL's fragment points into: a permalink must land on its comment. */
  function followHash(): void {
    if (THREAD_HASH.test(location.hash)) for (const tag of THREAD_TAGS) force(tag);
    const target = hashTarget();
    for (let node: Node | null = target; node !== null; node = parentOrHost(node)) {
      if (node instanceof Element && !node.matches(':defined')) force(node.localName);
    }
  }

  /** Focus moving into an element that is not upgraded yet (a link in its server-rendered content). */
  function onFocusIn(event: Event): void {
    for (const node of event.composedPath()) {
      if (node instanceof Element && !node.matches(':defined')) force(node.localName);
    }
  }

  function observe(root: Node): () => void {
    const isDocument = root.nodeType === Node.DOCUMENT_NODE;
    if (isDocument) {
      followHash();
      addEventListener('hashchange', followHash);
      root.addEventListener('focusin', onFocusIn, true);
    }
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
      if (isDocument) {
        removeEventListener('hashchange', followHash);
        root.removeEventListener('focusin', onFocusIn, true);
      }
    };
  }

  async function settled(): Promise<void> {
    while (pending.size > 0) await Promise.allSettled([...pending]);
  }

  const autoloader: Autoloader = { discover, observe, load: force, settled };
  autoloaders.add(autoloader);
  hookWhenDefined();
  return autoloader;
}

/**
 * A page that awaits `customElements.whenDefined(tag)` needs that element now: the hook loads it
 * at once, whatever its policy, then answers as the platform does.
 */
function hookWhenDefined(): void {
  if (typeof customElements === 'undefined') return;
  const registry = customElements as CustomElementRegistry & { sabbaHooked?: true };
  if (registry.sabbaHooked) return;
  registry.sabbaHooked = true;
  const whenDefined = registry.whenDefined.bind(registry);
  registry.whenDefined = (name: string) => {
    for (const autoloader of autoloaders) autoloader.load(name);
    return whenDefined(name);
  };
}

/** The element the URL's fragment names, if any. */
function hashTarget(): Element | null {
  if (location.hash.length < 2) return null;
  try {
    return document.getElementById(decodeURIComponent(location.hash.slice(1)));
  } catch {
    return null;
  }
}

function parentOrHost(node: Node): Node | null {
  return node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
}

/**
 * Gives the main thread back (input, rendering) between two pieces of work. The same as
 * `internal/next-task.ts`, written again on purpose: the autoloader imports nothing, so loader.js
 * stays one file that never pulls the shared chunk (or a chunk of its own) up front.
 */
function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Runs `callback` once the load event has passed and the browser is idle (or after a while). */
function afterLoadWhenIdle(callback: () => void): void {
  const whenIdle = (): void => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(callback, { timeout: IDLE_TIMEOUT_MS });
    else setTimeout(callback, 1);
  };
  if (document.readyState === 'complete') whenIdle();
  else addEventListener('load', whenIdle, { once: true });
}

function isParentNode(node: Node): node is Node & ParentNode {
  return 'querySelectorAll' in node;
}

/**
 * The page's per-tag overrides of the upgrade policy, from
 * `<meta name="sabba-upgrade" content="sabba-comment-form: eager; sabba-back-to-top: near">`
 * (markup, so it works under a strict CSP and before any script). Bad entries are ignored with
 * a warning.
 */
export function policyFromPage(doc: Document): Record<string, UpgradeWhen> {
  const policy: Record<string, UpgradeWhen> = {};
  const content = doc.querySelector('meta[name="sabba-upgrade"]')?.getAttribute('content') ?? '';
  for (const entry of content.split(/[;,]/)) {
    if (entry.trim() === '') continue;
    const [tag = '', when = ''] = entry.split(':').map((part) => part.trim().toLowerCase());
    if (tag.startsWith(PREFIX) && (when === 'eager' || when === 'idle' || when === 'near' || when === 'scroll'))
      policy[tag] = when;
    else
      console.warn(
        `[sabba] <meta name="sabba-upgrade">: ${JSON.stringify(entry.trim())} is not "sabba-tag: eager|idle|near|scroll"; ignored.`,
      );
  }
  return policy;
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

/**
 * Starts upgrading by need in this document: the page's `<meta name="sabba-upgrade">` overrides
 * {@link DEFAULT_POLICY}, then the document is watched.
 */
export function startAutoloader(
  loaders: ReadonlyMap<string, ElementLoader>,
  options: Omit<AutoloaderOptions, 'policy'> = {},
): Autoloader {
  const autoloader = createAutoloader(loaders, { ...options, policy: policyFromPage(document) });
  autoloader.observe(document);
  return autoloader;
}
