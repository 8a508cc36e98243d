import { PageVisibilityController } from '../../controllers/page-visibility-controller.js';
import { RestartableController } from '../../controllers/restartable-controller.js';
import { viewableThreshold, ViewabilityTracker } from './viewability.js';

/** Thresholds the viewability observer reports at: both MRC thresholds and the edges. */
const VIEW_THRESHOLDS = [0, 0.3, 0.5, 1];

/** What the ad slot gives and hears from its viewability measurement. */
export interface ViewabilityOptions {
  /** The node whose pixels count: the creative container. */
  target: () => Element | undefined;
  /** The current impression met the MRC rule (once per impression). */
  onViewable: () => void;
  /** "In view in a visible tab" may have changed; the refresh policy waits for it. */
  onInViewChange: (inView: boolean) => void;
}

/**
 * Measures viewability: feeds the MRC machine (`ViewabilityTracker`) the creative's intersection
 * ratio and the page's visibility. Measuring starts with the first rendered creative of a
 * connection (`begin()`) and ends when the host disconnects.
 */
export class ViewabilityController extends RestartableController<ViewabilityOptions> {
  private observer: IntersectionObserver | undefined;
  private tracker: ViewabilityTracker | undefined;
  private readonly page = new PageVisibilityController(this.host, (pageVisible) => {
    this.tracker?.update({ pageVisible });
    this.options.onInViewChange(this.inView);
  });

  /** Whether the creative meets the pixel and page-visibility condition right now. */
  get inView(): boolean {
    return this.tracker?.inView ?? false;
  }

  /**
   * A creative of `width` × `height` px rendered: a new impression starts, with its own threshold.
   * Returns true for the connection's first one (measuring starts; refreshes may follow).
   */
  begin(width: number, height: number): boolean {
    const threshold = viewableThreshold(width, height);
    const first = this.tracker === undefined;
    if (this.tracker === undefined) {
      this.tracker = new ViewabilityTracker(threshold, this.options.onViewable);
      this.tracker.update({ pageVisible: this.page.visible });
    } else {
      this.tracker.reset(threshold);
    }
    // The observer's last ratio was taken before the creative had a size, and observers only
    // report changes: observe again for a fresh reading.
    const target = this.options.target();
    if (this.observer !== undefined && target !== undefined) {
      this.observer.unobserve(target);
      this.observer.observe(target);
    }
    return first;
  }

  protected start(): void {
    const target = this.options.target();
    // Without IntersectionObserver viewability cannot be measured: no viewable event, no refresh.
    if (typeof IntersectionObserver === 'undefined' || target === undefined) return;
    this.observer = new IntersectionObserver(
      (entries) => {
        const last = entries.at(-1);
        if (last !== undefined) this.tracker?.update({ ratio: last.isIntersecting ? last.intersectionRatio : 0 });
        this.options.onInViewChange(this.inView);
      },
      { threshold: VIEW_THRESHOLDS },
    );
    this.observer.observe(target);
  }

  protected stop(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.tracker?.dispose();
    this.tracker = undefined;
  }
}
