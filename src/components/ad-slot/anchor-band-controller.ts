import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FloatingInsetController, FloatingLayer } from '../../controllers/floating-inset-controller.js';
import { parseFormat } from './format.js';
import { planSizes, reservedBoxAt } from './size-map.js';

/** What the controller reads from its slot (any host: the static initializer sees a ReactiveElement). */
interface AnchorHost extends ReactiveControllerHost, HTMLElement {
  /** The slot's `format` property. */
  readonly format?: unknown;
  /** The slot's `sizes` property. */
  readonly sizes?: unknown;
  /** The slot's `sizeMap` property. */
  readonly sizeMap?: unknown;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * A bottom anchor's band. GPT pins the anchor to the bottom of the viewport over whatever is
 * there, so the slot reserves the band instead: its host becomes a block as tall as the anchor
 * (the reservation stylesheet's height for the viewport, so before any script answers), which is
 * the page-end spacer that lets the last lines scroll above the anchor, and the host's height joins
 * the shared floating-inset stack beneath the adblock banner and back-to-top. An empty, declined or
 * failed anchor hides its host, and the band goes with it.
 *
 * The band is published in the task that connects the slot, from the size plan rather than a
 * measurement: back-to-top is then laid out above it from its first frame and never slides up
 * (a layout shift). The observer follows the host from there (breakpoints, an empty anchor).
 */
export class AnchorBandController implements ReactiveController {
  private readonly host: AnchorHost;
  private readonly inset: FloatingInsetController;

  constructor(host: AnchorHost) {
    this.host = host;
    this.inset = new FloatingInsetController(host, { layer: FloatingLayer.anchor });
    host.addController(this);
  }

  hostConnected(): void {
    this.sync();
  }

  hostUpdated(): void {
    this.sync();
  }

  /** Measures the host while it is a connected bottom anchor; releases the band otherwise. */
  private sync(): void {
    const { host } = this;
    if (!host.isConnected || parseFormat(host.format, () => undefined) !== 'bottom-anchor') {
      this.inset.release();
      return;
    }
    const plan = planSizes(text(host.sizes), text(host.sizeMap), () => undefined);
    this.inset.measure(host, reservedBoxAt(plan, window.innerWidth)?.height ?? 0);
  }
}
