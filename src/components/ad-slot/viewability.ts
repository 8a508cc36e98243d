/**
 * The MRC display viewability rule as a small state machine: an impression is viewable once at
 * least 50 % of the creative's pixels (30 % for creatives of 242,500 px or more, e.g. 970×250)
 * have been in view for one continuous second while the document is visible.
 *
 * It is fed, not wired: the element passes IntersectionObserver ratios and visibility changes in,
 * so the rule is tested with fake timers and no layout.
 */

/** Creatives at least this large (970×250) may use the 30 % threshold (MRC large-ad rule). */
export const LARGE_AD_AREA = 242_500;
/** Continuous time in view, in milliseconds, before a display impression counts as viewable. */
export const VIEWABLE_DWELL_MS = 1000;

/** The share of pixels that must be in view for a creative of `width` × `height`. */
export function viewableThreshold(width: number, height: number): number {
  return width * height >= LARGE_AD_AREA ? 0.3 : 0.5;
}

/** What the tracker knows about the slot at a moment. */
export interface ViewabilityInput {
  /** Share of the creative's pixels inside the viewport (IntersectionObserver `intersectionRatio`). */
  ratio?: number;
  /** Whether the document is visible (`document.visibilityState === 'visible'`). */
  pageVisible?: boolean;
}

/** Counts one continuous second of sufficient visibility and calls `onViewable` once per impression. */
export class ViewabilityTracker {
  private ratio = 0;
  private pageVisible = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private done = false;

  /**
   * @param threshold share of pixels that must be in view, from {@link viewableThreshold}
   * @param onViewable called once when the current impression becomes viewable
   * @param dwellMs continuous time required (1000 ms for display ads)
   */
  constructor(
    private threshold: number,
    private readonly onViewable: () => void,
    private readonly dwellMs: number = VIEWABLE_DWELL_MS,
  ) {}

  /** Whether the slot meets the pixel and visibility condition right now (refresh uses this too). */
  get inView(): boolean {
    return this.pageVisible && this.ratio >= this.threshold;
  }

  /** Whether the current impression has already been counted. */
  get viewable(): boolean {
    return this.done;
  }

  /** Feeds a new ratio and/or visibility; starts or cancels the one-second count. */
  update(input: ViewabilityInput): void {
    if (input.ratio !== undefined) this.ratio = Number.isFinite(input.ratio) ? input.ratio : 0;
    if (input.pageVisible !== undefined) this.pageVisible = input.pageVisible;
    this.evaluate();
  }

  /**
   * Starts a new impression (a new creative after a refresh), optionally with a new threshold for
   * its size. The current ratio and visibility carry over: a slot already in view starts counting.
   */
  reset(threshold: number = this.threshold): void {
    this.threshold = threshold;
    this.done = false;
    this.cancel();
    this.evaluate();
  }

  /** Stops counting for good (the element left the page). */
  dispose(): void {
    this.done = true;
    this.cancel();
  }

  private evaluate(): void {
    if (this.done) return;
    if (!this.inView) {
      this.cancel(); // the second must be continuous: leaving view starts it over
      return;
    }
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      this.done = true;
      this.onViewable();
    }, this.dwellMs);
  }

  private cancel(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
