import { signal, type AdblockSignal } from './signal.js';
import { afterNextFrame } from './timing.js';

/**
 * What the page's own `<sabba-ad-slot>`s saw. The slots fire `sabba-ad-error` (`{ reason:
 * 'blocked' | 'timeout' | 'error' }`) and `sabba-ad-render` (`{ empty, width, height }`), bubbling
 * and composed, so a document-level listener hears every slot. A slot may finish before the
 * notice checks, so the watcher starts listening when the notice connects.
 */
export class AdSlotWatcher {
  /** Slot errors with reason `blocked` seen since `start()`. */
  blocked = 0;
  /** Non-empty renders seen since `start()`. */
  rendered = 0;
  /** Every slot outcome seen since `start()`. */
  outcomes = 0;
  private doc: Document | undefined;

  private readonly onError = (event: Event): void => {
    this.outcomes++;
    const detail = (event as Event & { detail?: { reason?: unknown } }).detail;
    if (detail?.reason === 'blocked') this.blocked++;
  };

  private readonly onRender = (event: Event): void => {
    this.outcomes++;
    const detail = (event as Event & { detail?: { empty?: unknown } }).detail;
    if (detail?.empty !== true) this.rendered++;
  };

  /** Starts listening on `doc`. */
  start(doc: Document): void {
    if (this.doc === doc) return;
    this.stop();
    this.doc = doc;
    doc.addEventListener('sabba-ad-error', this.onError);
    doc.addEventListener('sabba-ad-render', this.onRender);
  }

  /** Stops listening; the counts are kept. */
  stop(): void {
    this.doc?.removeEventListener('sabba-ad-error', this.onError);
    this.doc?.removeEventListener('sabba-ad-render', this.onRender);
    this.doc = undefined;
  }
}

/** Whether `element` has a box: `checkVisibility()` asks style alone, `getClientRects()` needs layout. */
function rendered(element: Element): boolean {
  return typeof element.checkVisibility === 'function'
    ? element.checkVisibility()
    : element.getClientRects().length > 0;
}

/** Light-DOM ad containers of visible slots that something hid (a blocker's cosmetic filter). */
export function hiddenAdContainers(doc: Document): number {
  let hidden = 0;
  for (const slot of doc.querySelectorAll('sabba-ad-slot')) {
    if (!rendered(slot)) continue;
    for (const child of slot.children) {
      // The slot's own `hidden` children and non-visual elements are not the blocker's doing.
      if (child.hasAttribute('hidden') || ['TEMPLATE', 'SCRIPT', 'STYLE'].includes(child.tagName)) continue;
      if (getComputedStyle(child).display === 'none') hidden++;
    }
  }
  return hidden;
}

/**
 * Reads the slots' outcomes, waiting (frame by frame, at most `windowMs`) for every slot on the
 * page to report once. The containers get two looks, each in a task after a drawn frame, where
 * style is already worked out: one before the wait (a cosmetic filter hides them from its first
 * style pass) and one after it (for a filter injected late). The wait itself only counts the
 * slots' reports: a page whose out-of-page slot never reports would otherwise have its ad slots'
 * styles read on every frame for the whole second. A hidden container is a blocker's visible act;
 * a `blocked` error is a failed request, which a network fault could also explain.
 */
export async function checkAdSlots(doc: Document, watcher: AdSlotWatcher, windowMs = 1000): Promise<AdblockSignal> {
  const slots = doc.querySelectorAll('sabba-ad-slot').length;
  if (slots === 0 && watcher.outcomes === 0) return signal('ad-slot', 'skipped', 'no sabba-ad-slot on the page');
  const waiting = (): boolean => watcher.outcomes < slots && watcher.blocked === 0;
  await afterNextFrame();
  let hidden = hiddenAdContainers(doc);
  if (hidden === 0 && waiting()) {
    const started = performance.now();
    do await afterNextFrame();
    while (waiting() && performance.now() - started < windowMs);
    hidden = hiddenAdContainers(doc);
  }
  if (hidden > 0) return signal('ad-slot', 'blocked', `${hidden} ad container(s) hidden`);
  if (watcher.blocked > 0)
    return signal('ad-slot', 'failed', `${watcher.blocked} ad slot(s) reported a blocked request`);
  if (watcher.rendered > 0) return signal('ad-slot', 'clear', `${watcher.rendered} ad(s) rendered`);
  return signal('ad-slot', 'inconclusive', `${watcher.outcomes} of ${slots} ad slot(s) reported, none rendered an ad`);
}
