import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the controller polls with. */
export interface LiveOptions {
  /** Whether polling is on (the `live` attribute) and the thread is ready to compare. */
  readonly enabled: () => boolean;
  /** Seconds between checks while all goes well. */
  readonly interval: () => number;
  /** One check; rejects on failure (the next waits twice as long, up to 15 minutes). */
  readonly check: () => Promise<void>;
}

/** The longest wait after repeated failures. */
export const MAX_BACKOFF_MS = 15 * 60 * 1000;

/**
 * Checks for new comments at a modest interval, only while the tab is visible: a hidden tab costs
 * the site nothing, and a tab shown again after the interval passed checks at once. Failures back
 * off exponentially, so a struggling site is not hammered by every open tab.
 */
export class LiveController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly options: LiveOptions;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private failures = 0;
  private due = 0;
  private running = false;

  constructor(host: ReactiveControllerHost & HTMLElement, options: LiveOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.host.ownerDocument.addEventListener('visibilitychange', this.handleVisibility);
    this.schedule();
  }

  hostDisconnected(): void {
    this.host.ownerDocument.removeEventListener('visibilitychange', this.handleVisibility);
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Starts (or restarts) the wait from now, e.g. after the thread loaded. */
  schedule(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.options.enabled() || !this.host.isConnected) return;
    const wait = Math.min(MAX_BACKOFF_MS, this.options.interval() * 1000 * 2 ** this.failures);
    this.due = Date.now() + wait;
    if (this.host.ownerDocument.visibilityState === 'hidden') return;
    this.timer = setTimeout(() => void this.run(), wait);
  }

  private async run(): Promise<void> {
    this.timer = undefined;
    if (this.running || this.host.ownerDocument.visibilityState === 'hidden' || !this.options.enabled()) return;
    this.running = true;
    try {
      await this.options.check();
      this.failures = 0;
    } catch {
      this.failures = Math.min(this.failures + 1, 10);
    } finally {
      this.running = false;
    }
    this.schedule();
  }

  private readonly handleVisibility = (): void => {
    if (this.host.ownerDocument.visibilityState === 'hidden') {
      clearTimeout(this.timer);
      this.timer = undefined;
    } else if (this.options.enabled() && this.timer === undefined && !this.running) {
      const left = Math.max(0, this.due - Date.now());
      this.timer = setTimeout(() => void this.run(), left);
    }
  };
}
