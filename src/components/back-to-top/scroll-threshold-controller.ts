import { RestartableController } from '../../controllers/restartable-controller.js';
import { placeSentinel, type PlacedSentinel } from './scroll-sentinel.js';

/** What the controller watches; read again on every `restart()`. */
export interface ScrollThresholdOptions {
  /** The scrolling box, or `null` for the page. */
  readonly container: () => HTMLElement | null;
  /** The observer's top root margin: `100%` (one box height) or whole px such as `600px`. */
  readonly rootMarginTop: () => string;
  /** Called when the reader scrolls past the threshold (`true`) or back above it (`false`). */
  readonly onChange: (passed: boolean) => void;
}

/**
 * Tells its host whether the reader has scrolled further than a threshold, without a single
 * scroll listener and without reading layout: an IntersectionObserver watches a 1 px marker at
 * the top of the scrolling box, with the observer's root stretched `threshold` px upwards. The
 * marker leaves that stretched root exactly when more than `threshold` px have been scrolled.
 * The browser computes this after its own layout and calls back only when the answer changes.
 *
 * The observer and the marker exist only while the host is connected (single-page apps add and
 * remove widgets); `restart()` applies new options.
 */
export class ScrollThresholdController extends RestartableController<ScrollThresholdOptions> {
  /** Whether the reader is currently past the threshold. */
  passed = false;

  private observer: IntersectionObserver | undefined;
  private sentinel: PlacedSentinel | undefined;

  protected start(): void {
    if (typeof IntersectionObserver === 'undefined') {
      // No observer (old engines, some embedded webviews): the position cannot be watched without
      // a scroll listener, so the reader is treated as past the threshold and the control stays
      // available, which is the safe side for a navigation aid.
      if (!this.passed) {
        this.passed = true;
        this.options.onChange(true);
      }
      return;
    }
    const doc = this.host.ownerDocument;
    const container = this.options.container();
    this.sentinel = placeSentinel(doc, container);
    const rootMargin = `${this.options.rootMarginTop()} 0px 0px 0px`;
    this.observer = createObserver(this.handleIntersection, container ?? doc, rootMargin);
    this.observer.observe(this.sentinel.element);
  }

  protected stop(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.sentinel?.release();
    this.sentinel = undefined;
  }

  private readonly handleIntersection = (entries: IntersectionObserverEntry[]): void => {
    const last = entries[entries.length - 1];
    if (last === undefined) return;
    const passed = !last.isIntersecting;
    if (passed === this.passed) return;
    this.passed = passed;
    this.options.onChange(passed);
  };
}

/**
 * An observer whose root is `root`. A Document root keeps `rootMargin` working inside
 * cross-origin iframes (the implicit root ignores it there); engines that predate Document roots
 * throw a TypeError, and get the implicit root instead.
 */
export function createObserver(
  callback: IntersectionObserverCallback,
  root: Element | Document,
  rootMargin: string,
  threshold: number | readonly number[] = 0,
): IntersectionObserver {
  const thresholds = typeof threshold === 'number' ? threshold : [...threshold];
  try {
    return new IntersectionObserver(callback, { root, rootMargin, threshold: thresholds });
  } catch {
    return new IntersectionObserver(callback, { rootMargin, threshold: thresholds });
  }
}
