import { RestartableController } from '../../controllers/restartable-controller.js';

/** What the controller watches for. */
export interface NearViewportOptions {
  /** How far below (and above) the viewport counts as near, as a CSS length. */
  readonly margin: string;
  /** `false` (the `eager` attribute): report "near" at once, without an observer. */
  readonly enabled: () => boolean;
  /** Called once, when the host first comes near the viewport. */
  readonly onNear: () => void;
}

/**
 * Calls `onNear` once, when the host comes within `margin` of the viewport: a thread below the
 * article fetches nothing for readers who never scroll that far. Without IntersectionObserver, or
 * when disabled, it reports at once (the safe side: the comments load).
 */
export class NearViewportController extends RestartableController<NearViewportOptions> {
  /** Whether `onNear` has been called. */
  near = false;

  private observer: IntersectionObserver | undefined;

  protected start(): void {
    if (this.near) return;
    if (!this.options.enabled() || typeof IntersectionObserver === 'undefined') {
      this.report();
      return;
    }
    this.observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) this.report();
      },
      { rootMargin: `${this.options.margin} 0px ${this.options.margin} 0px` },
    );
    this.observer.observe(this.host);
  }

  protected stop(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  private report(): void {
    this.stop();
    this.near = true;
    this.options.onNear();
  }
}
