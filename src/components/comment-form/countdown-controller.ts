import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Counts whole seconds down to zero and re-renders the host at every tick (the flood wait after
 * WordPress's "too quickly" error). The count pauses while the host is off the page and resumes
 * when it comes back, so a removed form leaves no timer behind.
 */
export class CountdownController implements ReactiveController {
  /** Seconds left; 0 when nothing is being counted. */
  left = 0;

  private readonly host: ReactiveControllerHost;
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  /** Starts (or restarts) the count from `seconds`. */
  start(seconds: number): void {
    this.left = seconds;
    this.host.requestUpdate();
    this.run();
  }

  hostConnected(): void {
    this.run();
  }

  hostDisconnected(): void {
    clearInterval(this.timer);
  }

  private run(): void {
    clearInterval(this.timer);
    if (this.left > 0) this.timer = setInterval(this.tick, 1000);
  }

  private readonly tick = (): void => {
    if (--this.left < 1) clearInterval(this.timer);
    this.host.requestUpdate();
  };
}
