import { nextFrame } from './timing.js';
import { signal, type AdblockSignal } from './signal.js';

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
 * out of the flow and out of the reader's way.
 */
const BAIT_STYLE =
  'position: absolute; inset-block-start: 0; inset-inline-start: 0; inline-size: 3px; block-size: 3px; ' +
  'overflow: hidden; opacity: 0.01; pointer-events: none; z-index: -1;';

export interface BaitOptions {
  /** How long to keep looking for hidden baits (ms). Blockers hide new elements within tens of ms. */
  readonly windowMs?: number;
  /** Selectors to use; defaults to {@link BAIT_SELECTORS}. */
  readonly selectors?: readonly string[];
  /** Stops looking early. */
  readonly abort?: AbortSignal;
}

/** Creates one bait element for a simple `#id` or `.class` selector. */
function createBait(doc: Document, selector: string): HTMLElement | undefined {
  const name = selector.slice(1);
  if (!/^[A-Za-z_][\w-]*$/.test(name)) return undefined;
  const bait = doc.createElement('div');
  if (selector.startsWith('#')) {
    // An id must stay unique: a page that already uses it keeps it.
    if (doc.getElementById(name) !== null) return undefined;
    bait.id = name;
  } else if (selector.startsWith('.')) {
    bait.className = name;
  } else {
    return undefined;
  }
  bait.setAttribute('aria-hidden', 'true');
  bait.setAttribute('data-sabba-bait', '');
  bait.style.cssText = BAIT_STYLE;
  // A non-breaking space gives the element a content box, as a real ad container would have.
  bait.textContent = '\u00a0';
  return bait;
}

/** Whether a blocker hid or removed the element. */
export function isHidden(element: HTMLElement): boolean {
  if (!element.isConnected) return true;
  const style = getComputedStyle(element);
  if (style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse') return true;
  return element.getClientRects().length === 0 || element.offsetHeight === 0 || element.offsetWidth === 0;
}

/**
 * Places the baits in `document.body` (cosmetic filters do not reach into shadow roots), then
 * checks them on each frame (and whenever the page's styles change) until every bait is hidden or
 * the window ends. Two or more hidden baits are unambiguous; one could be the page's own CSS.
 */
export async function checkBaits(doc: Document, options: BaitOptions = {}): Promise<AdblockSignal> {
  const body = doc.body as HTMLElement | null;
  if (body === null) return signal('bait', 'skipped', 'no document body to place bait elements in');
  const selectors = options.selectors ?? BAIT_SELECTORS;
  const baits = selectors
    .map((selector) => ({ selector, element: createBait(doc, selector) }))
    .filter((bait): bait is { selector: string; element: HTMLElement } => bait.element !== undefined);
  if (baits.length === 0) return signal('bait', 'skipped', 'no usable bait selector');
  for (const bait of baits) body.append(bait.element);

  // Blockers inject their hiding styles asynchronously; a style change is worth an early look.
  const styles = { changed: false };
  const observer = new MutationObserver(() => {
    styles.changed = true;
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['style'] });

  const windowMs = options.windowMs ?? 700;
  const started = performance.now();
  const hiddenNow = (): string[] => baits.filter((bait) => isHidden(bait.element)).map((bait) => bait.selector);
  let hidden: string[] = [];
  try {
    let more = true;
    while (more) {
      await nextFrame();
      hidden = hiddenNow();
      const elapsed = performance.now() - started;
      const late = elapsed >= windowMs;
      // A style change late in the window earns another frame, but a page that changes its DOM on
      // every frame must not keep detection running: the extension ends at 1.5 × the window.
      more = hidden.length < baits.length && options.abort?.aborted !== true && (!late || styles.changed) && elapsed < windowMs * 1.5;
      if (late) styles.changed = false;
    }
  } finally {
    observer.disconnect();
    for (const bait of baits) bait.element.remove();
  }

  const seen = `${hidden.length} of ${baits.length} bait elements hidden`;
  if (hidden.length >= 2) return signal('bait', 'blocked', `${seen} (${hidden.join(', ')})`, true);
  if (hidden.length === 1) return signal('bait', 'blocked', `${seen} (${hidden.join(', ')})`);
  return signal('bait', 'clear', seen);
}
