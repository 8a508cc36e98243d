import { signal, type AdblockSignal } from './signal.js';
import { afterNextFrame, delay } from './timing.js';

/**
 * Bait elements: empty elements whose class or id generic cosmetic filters hide.
 *
 * The classic FuckAdBlock/BlockAdBlock classes (`pub_300x250`, `textads`, `adsbox`…) are no longer
 * hidden by EasyList or uBlock Origin, so they prove nothing. Each selector below was checked
 * against the lists Debian's `webext-ublock-origin-chromium` ships (EasyList and uBO filters,
 * unbreak, quick fixes; 2025-10-31): it has a generic `##selector` hide rule and no `#@#`
 * exception on any domain. Offscreen 1 × 1 px baits are avoided on purpose: uBO excludes the usual
 * bait styles (`:not([style^="position: absolute; left: -5000px"])`).
 */
export const BAIT_SELECTORS: readonly string[] = ['#adsbox', '.textAds', '.sponsored-ad', '.ad_wrapper', '.ad-728x90'];

/**
 * Inline style of a bait: laid out (so a blocker's `display: none` is measurable), but invisible,
 * out of the flow and out of the reader's way. The inline `display: block` wins over the page's
 * own rules (a theme hiding `.ad_wrapper` on phones) unless they say `!important`, while cosmetic
 * filters always say `display: none !important` and still win.
 */
const BAIT_STYLE =
  'display: block; position: absolute; inset-block-start: 0; inset-inline-start: 0; inline-size: 3px; block-size: 3px; ' +
  'overflow: hidden; opacity: 0.01; pointer-events: none; z-index: -1;';

export interface BaitOptions {
  /** How long to keep looking for hidden baits (ms). Blockers hide new elements within tens of ms. */
  readonly windowMs?: number;
  /** Selectors to use; defaults to {@link BAIT_SELECTORS}. */
  readonly selectors?: readonly string[];
  /** Stops looking early. */
  readonly abort?: AbortSignal;
}

/** An element placed and styled as every bait is, with neither class nor id. */
function placeholder(doc: Document): HTMLElement {
  const element = doc.createElement('div');
  element.setAttribute('aria-hidden', 'true');
  element.setAttribute('data-sabba-bait', '');
  element.style.cssText = BAIT_STYLE;
  // A non-breaking space gives the element a content box, as a real ad container would have.
  element.textContent = '\u00a0';
  return element;
}

/** Creates one bait element for a simple `#id` or `.class` selector. */
function createBait(doc: Document, selector: string): HTMLElement | undefined {
  const name = selector.slice(1);
  if (!/^[A-Za-z_][\w-]*$/.test(name)) return undefined;
  const bait = placeholder(doc);
  if (selector.startsWith('#')) {
    // An id must stay unique: a page that already uses it keeps it.
    if (doc.getElementById(name) !== null) return undefined;
    bait.id = name;
  } else if (selector.startsWith('.')) {
    bait.className = name;
  } else {
    return undefined;
  }
  return bait;
}

/**
 * Whether the element has no box: removed, `display: none` (its own or an ancestor's) or zero
 * size. `visibility` does not count: it is inherited, so a page hidden while its web fonts load
 * (`html.wf-loading { visibility: hidden }`) would hide every bait, and cosmetic filters use
 * `display`.
 */
export function isHidden(element: HTMLElement): boolean {
  return (
    !element.isConnected ||
    element.getClientRects().length === 0 ||
    element.offsetHeight === 0 ||
    element.offsetWidth === 0
  );
}

/**
 * Those of `elements` that one of the page's readable style rules hides only under a condition
 * (`@media`, `@supports`, `@container`, `<link media>`): the page's own responsive CSS, such as a
 * theme hiding `.ad_wrapper !important` on phones. Generic cosmetic filters never depend on a
 * condition. Cross-origin sheets cannot be read; the majority rule below covers them.
 */
function hiddenByPageConditions(doc: Document, elements: readonly HTMLElement[]): Set<HTMLElement> {
  const found = new Set<HTMLElement>();
  const walk = (rules: CSSRuleList, conditional: boolean): void => {
    for (const rule of rules) {
      if (rule instanceof CSSStyleRule && conditional && rule.style.display === 'none') {
        for (const element of elements) if (element.matches(rule.selectorText)) found.add(element);
      }
      if ('cssRules' in rule) walk(rule.cssRules as CSSRuleList, conditional || rule instanceof CSSConditionRule);
    }
  };
  for (const sheet of doc.styleSheets) {
    try {
      walk(sheet.cssRules, sheet.media.length > 0);
    } catch {
      // A cross-origin sheet without CORS: its rules cannot be read.
    }
  }
  return found;
}

/**
 * How often the baits get a look while the window lasts. Blockers hide new elements within tens of
 * milliseconds, so a look on every frame (60 a second, each laying the page out again when it
 * changed meanwhile) buys nothing a look every 100 ms does not.
 */
const LOOK_EVERY_MS = 100;

/**
 * Places the baits in `document.body` (cosmetic filters do not reach into shadow roots), then
 * looks at them every {@link LOOK_EVERY_MS} until every bait is hidden or the window ends (a style
 * change late in the window earns more looks, a frame apart, up to 1.5 × the window). Each look comes in a task after a drawn frame,
 * where the baits are already laid out: inside the frame, the first look would lay out the page
 * they were added to.
 * A hidden bait counts only while a neutral control element, placed the same way, is shown (else
 * the page hides everything it adds: inconclusive), and not when the page's own conditional CSS
 * hides it. More than half of the baits hidden is unambiguous; fewer could be the page's own CSS,
 * so they are one vote.
 */
export async function checkBaits(doc: Document, options: BaitOptions = {}): Promise<AdblockSignal> {
  const body = doc.body as HTMLElement | null;
  if (body === null) return signal('bait', 'skipped', 'no document body to place bait elements in');
  const selectors = options.selectors ?? BAIT_SELECTORS;
  const baits = selectors
    .map((selector) => ({ selector, element: createBait(doc, selector) }))
    .filter((bait): bait is { selector: string; element: HTMLElement } => bait.element !== undefined);
  if (baits.length === 0) return signal('bait', 'skipped', 'no usable bait selector');
  const control = placeholder(doc);
  body.append(control);
  for (const bait of baits) body.append(bait.element);

  // Blockers inject their hiding styles asynchronously; a style change is worth an early look.
  const styles = { changed: false };
  const observer = new MutationObserver(() => {
    styles.changed = true;
  });
  observer.observe(doc.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['style'],
  });

  const windowMs = options.windowMs ?? 700;
  const started = performance.now();
  let hidden: typeof baits = [];
  let controlShown = false;
  try {
    let more = true;
    while (more) {
      await afterNextFrame();
      // Only a look with the control shown says something about the baits in particular.
      if (!isHidden(control)) {
        controlShown = true;
        hidden = baits.filter((bait) => isHidden(bait.element));
      }
      const elapsed = performance.now() - started;
      const late = elapsed >= windowMs;
      // A style change late in the window earns another frame, but a page that changes its DOM on
      // every frame must not keep detection running: the extension ends at 1.5 × the window.
      more =
        hidden.length < baits.length &&
        options.abort?.aborted !== true &&
        (!late || styles.changed) &&
        elapsed < windowMs * 1.5;
      if (late) styles.changed = false;
      // The window's last look falls at its end, not up to one interval after it; the looks a late
      // style change earns come a frame apart, as that change may be the blocker's.
      else if (more) await delay(Math.min(LOOK_EVERY_MS, windowMs - elapsed));
    }
    if (hidden.length > 0) {
      const own = hiddenByPageConditions(
        doc,
        hidden.map((bait) => bait.element),
      );
      hidden = hidden.filter((bait) => !own.has(bait.element));
    }
  } finally {
    observer.disconnect();
    control.remove();
    for (const bait of baits) bait.element.remove();
  }

  if (!controlShown) return signal('bait', 'inconclusive', 'a control element was hidden too');
  const seen = `${hidden.length} of ${baits.length} bait elements hidden`;
  if (hidden.length === 0) return signal('bait', 'clear', seen);
  return signal(
    'bait',
    'blocked',
    `${seen} (${hidden.map((bait) => bait.selector).join(', ')})`,
    hidden.length * 2 > baits.length,
  );
}
