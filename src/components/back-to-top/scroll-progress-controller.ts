import { RestartableController } from '../../controllers/restartable-controller.js';
import { PROGRESS_ROOT_MARGIN, PROGRESS_THRESHOLDS, readingProgress, viewportFromRootBounds } from './progress.js';
import { SENTINEL_TAG } from './scroll-sentinel.js';
import { createObserver } from './scroll-threshold-controller.js';

/** What the controller measures; read again on every `restart()`. */
export interface ScrollProgressOptions {
  /** Whether to measure at all (the host may draw progress with CSS instead). */
  readonly enabled: () => boolean;
  /** The scrolling box, or `null` for the page. */
  readonly container: () => HTMLElement | null;
  /** Receives the reading progress, 0 to 1, each time it changes by about 1 %. */
  readonly onProgress: (progress: number) => void;
}

/**
 * Reading progress for browsers without CSS scroll-driven animations (Firefox ESR), still
 * without a scroll listener: one IntersectionObserver with 101 thresholds watches the content
 * (`<html>` for the page, the container's first child otherwise) with its root stretched 10
 * million px upwards, so the visible share of the content grows as the reader scrolls and the
 * browser calls back at every 1 % of it. The callback only does arithmetic on the entry's
 * rectangles (computed by the browser after layout) and hands a number to the host.
 *
 * Cost while scrolling: the engine's intersection computation for one more target per frame
 * (no forced layout, no script) and one short callback per 1 % of the content scrolled.
 * Limitation: when the content element does not grow with the content (`html { height: 100% }`
 * with overflowing content), the ring fills early.
 */
export class ScrollProgressController extends RestartableController<ScrollProgressOptions> {
  private observer: IntersectionObserver | undefined;

  protected start(): void {
    if (!this.options.enabled()) return;
    const doc = this.host.ownerDocument;
    const container = this.options.container();
    const content = container === null ? doc.documentElement : firstContentChild(container);
    if (content === null) return;
    this.observer = createObserver(
      this.handleIntersection,
      container ?? doc,
      `${PROGRESS_ROOT_MARGIN}px 0px 0px 0px`,
      PROGRESS_THRESHOLDS,
    );
    this.observer.observe(content);
  }

  protected stop(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  private readonly handleIntersection = (entries: IntersectionObserverEntry[]): void => {
    const last = entries[entries.length - 1];
    if (last?.rootBounds == null) return;
    this.options.onProgress(readingProgress(last.boundingClientRect, viewportFromRootBounds(last.rootBounds)));
  };
}

/** The container's content: its first element child that is not the scroll marker. */
function firstContentChild(container: HTMLElement): Element | null {
  for (const child of container.children) if (child.localName !== SENTINEL_TAG) return child;
  return null;
}
