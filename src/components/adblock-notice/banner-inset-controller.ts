import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The CSS custom property the open banner sets on `<html>`: floating widgets move up by it. */
export const FLOATING_INSET_PROPERTY = '--sabba-floating-inset-block-end';

/**
 * Publishes the open bar's height on `<html>` (and on the host, for the page-end spacer) so
 * floating widgets such as back-to-top sit above it, and takes it back when the bar closes or the
 * host leaves the page. A plain ResizeObserver: `@lit-labs/observers`' ResizeController brings Lit's
 * async-directive code with it, about 0.8 kB brotli this element alone would pay.
 */
export class BannerInsetController implements ReactiveController {
  private readonly host: HTMLElement;
  private observer: ResizeObserver | undefined;
  private owns = false;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    host.addController(this);
  }

  /** Starts measuring `bar` (nothing while it already measures). */
  measure(bar: HTMLElement): void {
    if (this.observer !== undefined) return;
    this.observer = new ResizeObserver((entries) => {
      const size = entries.at(-1)?.borderBoxSize[0]?.blockSize ?? bar.getBoundingClientRect().height;
      const px = `${Math.ceil(size)}px`;
      document.documentElement.style.setProperty(FLOATING_INSET_PROPERTY, px);
      this.host.style.setProperty('--_sabba-adblock-notice-size', px);
      this.owns = true;
    });
    this.observer.observe(bar);
  }

  /** Stops measuring and removes the inset it published. */
  release(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    if (this.owns) {
      document.documentElement.style.removeProperty(FLOATING_INSET_PROPERTY);
      this.host.style.removeProperty('--_sabba-adblock-notice-size');
      this.owns = false;
    }
  }

  hostDisconnected(): void {
    this.release();
  }
}
