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

/** Light-DOM ad containers of visible slots that something hid (a blocker's cosmetic filter). */
export function hiddenAdContainers(doc: Document): number {
  let hidden = 0;
  for (const slot of doc.querySelectorAll('sabba-ad-slot')) {
    if (slot.getClientRects().length === 0) continue;
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
 * page to report once. Each look at the containers comes in a task after a drawn frame, where the
 * layout is already done: a look inside the frame would lay out whatever the slots just changed.
 * A hidden container is a blocker's visible act; a `blocked` error is a failed request, which a
 * network fault could also explain.
 */
export async function checkAdSlots(doc: Document, watcher: AdSlotWatcher, windowMs = 1000): Promise<AdblockSignal> {
  const slots = doc.querySelectorAll('sabba-ad-slot').length;
  if (slots === 0 && watcher.outcomes === 0) return signal('ad-slot', 'skipped', 'no sabba-ad-slot on the page');
  await afterNextFrame();
  const started = performance.now();
  while (watcher.outcomes < slots && watcher.blocked === 0 && hiddenAdContainers(doc) === 0) {
    if (performance.now() - started >= windowMs) break;
    await afterNextFrame();
  }
  const hidden = hiddenAdContainers(doc);
  if (hidden > 0) return signal('ad-slot', 'blocked', `${hidden} ad container(s) hidden`);
  if (watcher.blocked > 0)
    return signal('ad-slot', 'failed', `${watcher.blocked} ad slot(s) reported a blocked request`);
  if (watcher.rendered > 0) return signal('ad-slot', 'clear', `${watcher.rendered} ad(s) rendered`);
  return signal('ad-slot', 'inconclusive', `${watcher.outcomes} of ${slots} ad slot(s) reported, none rendered an ad`);
}
