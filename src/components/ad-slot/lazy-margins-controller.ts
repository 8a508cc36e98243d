import { RestartableController } from '../../controllers/restartable-controller.js';
import { nextTask } from '../../internal/next-task.js';
import { marginToRootMargin } from './load-options.js';

/** The margins, in percent of the viewport height, read when the controller starts. */
export interface LazyMargins {
  /** Within this distance the ad is requested. */
  fetch: number;
  /** Within this distance it is rendered (never more than `fetch`). */
  render: number;
}

/** What the ad slot hears from its lazy-loading observers. */
export interface LazyMarginsOptions {
  /** The current (parsed) margins; read on every start, so a reconnection picks up new ones. */
  margins: () => LazyMargins;
  /** The host came within the fetch margin (may be called more than once). */
  onFetch: () => void;
  /** Whether any part of the host is on screen changed. */
  onScreenChange: () => void;
  /** Whether the ad loads at once, whatever its distance (out-of-page formats have no place in the flow). */
  eager?: () => boolean;
}

/**
 * Lazy loading by distance to the viewport, as GPT's `fetchMarginPercent`/`renderMarginPercent`:
 * one IntersectionObserver per margin and one for the screen itself. Without IntersectionObserver
 * (old engines, some embedded webviews) the host counts as near and on screen at once, as a slot
 * without lazy loading would be.
 */
export class LazyMarginsController extends RestartableController<LazyMarginsOptions> {
  /** Whether any part of the host is on screen; unknown until the first report. */
  onScreen: boolean | undefined;
  /** Whether the host is within the render margin. */
  nearRender = false;
  private renderGate: (() => void) | undefined;
  private observers: IntersectionObserver[] = [];
  /** Counts starts, so an eager start's deferred fetch is dropped once the controller stopped. */
  private starts = 0;

  /** Resolves once the host comes within the render margin (never, if the controller stops first). */
  untilNearRender(): Promise<void> {
    return new Promise((resolve) => (this.renderGate = resolve));
  }

  protected start(): void {
    if (this.options.eager?.() === true) {
      this.nearRender = true;
      this.onScreen = true;
      // In a task after the one that connected the slot, as an observer would report: a page that
      // sets `SabbaAdSlot.gptSrc` right after importing the drop-in (which defines at once) is in
      // time, and the request's work (consent, auction, provider script) is not one more piece of
      // the task that upgrades and renders every slot on the page (issue 20: no long task). The
      // slot takes no room in the flow, so nothing waits for it; GPT is asked a task later.
      const started = ++this.starts;
      void nextTask().then(() => {
        if (started === this.starts && this.host.isConnected) this.options.onFetch();
      });
      return;
    }
    if (typeof IntersectionObserver === 'undefined') {
      this.nearRender = true;
      this.onScreen = true;
      this.options.onFetch();
      return;
    }
    const { fetch, render } = this.options.margins();
    this.observers = [
      this.watch(fetch, (near) => {
        if (near) this.options.onFetch();
      }),
      this.watch(render, (near) => {
        this.nearRender = near;
        if (near) this.renderGate?.();
      }),
      this.watch(undefined, (near) => {
        this.onScreen = near;
        this.options.onScreenChange();
      }),
    ];
  }

  protected stop(): void {
    this.starts += 1;
    for (const observer of this.observers) observer.disconnect();
    this.observers = [];
    // An answer still waiting for the render margin belongs to the old connection: never render it.
    this.renderGate = undefined;
    this.nearRender = false;
    this.onScreen = undefined;
  }

  /** Observes the host within `margin` percent of the viewport (`undefined`: the viewport itself). */
  private watch(margin: number | undefined, report: (near: boolean) => void): IntersectionObserver {
    const observer = new IntersectionObserver(
      (entries) => {
        report(entries.some((entry) => entry.isIntersecting));
      },
      margin === undefined ? {} : { rootMargin: marginToRootMargin(margin) },
    );
    observer.observe(this.host);
    return observer;
  }
}
