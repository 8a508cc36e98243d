import type { ReactiveControllerHost } from 'lit';
import { isDefaultFormat, outOfPageFormat } from './format.js';
import { entryInViewport, planSizes, reservedBox } from './size-map.js';

/** What the controller reads from its slot (any host: the static initializer sees a ReactiveElement). */
interface SlotHost extends ReactiveControllerHost, HTMLElement {
  /** The slot's `format` property. */
  readonly format?: unknown;
  /** The slot's `sizes` property. */
  readonly sizes?: unknown;
  /** The slot's `sizeMap` property. */
  readonly sizeMap?: unknown;
  /** The slot's `provider` property. */
  readonly provider?: unknown;
}

/** `FLOATING_INSET_PROPERTY`, written out: importing it would bring the stack's code along. */
const INSET = '--sabba-floating-inset-block-end';

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * Loads the out-of-page code (`out-of-page.ts`) the first time the slot's `format` is not the
 * default, so in-content slots never pay for it, and keeps a bottom anchor's band in the shared
 * floating-inset stack. GPT pins the anchor to the bottom of the viewport over whatever is there,
 * so the slot reserves the band instead: its host becomes a block as tall as the anchor (the
 * reservation stylesheet's height, before any script answers), which is the page-end room that
 * lets the last lines scroll above the anchor, and its height goes beneath the adblock banner and
 * back-to-top. An empty, declined or failed anchor hides its host, and the band goes with it.
 *
 * Until that code arrives, the band's planned height is written straight onto `<html>` (when
 * nothing else is there), in the task that connects the slot: back-to-top is laid out above the
 * anchor from its first frame instead of sliding up later, which would count as a layout shift.
 * (A plain object rather than a class: its state minifies to local names.)
 */
export function addOutOfPageController(host: SlotHost): void {
  let band: { sync(anchor: boolean, expected: number): void } | undefined;
  let loading = false;
  /** The inset written on `<html>` before the stack's code arrived ('' when none). */
  let provisional = '';
  const root = (): CSSStyleDeclaration => document.documentElement.style;
  const dropProvisional = (): void => {
    if (provisional !== '' && root().getPropertyValue(INSET) === provisional) root().removeProperty(INSET);
    provisional = '';
  };
  const sync = (): void => {
    if (band === undefined && isDefaultFormat(host.format)) return;
    const anchor = host.isConnected && outOfPageFormat(host.format) === 'bottom-anchor';
    const plan = planSizes(text(host.sizes), text(host.sizeMap), () => undefined);
    const expected = anchor ? (reservedBox(entryInViewport(plan)?.sizes ?? [])?.height ?? 0) : 0;
    if (band !== undefined) {
      band.sync(anchor, expected);
      return;
    }
    if (anchor && expected > 0 && root().getPropertyValue(INSET) === '') {
      provisional = `${expected}px`;
      root().setProperty(INSET, provisional);
    }
    if (loading) return;
    loading = true;
    void import('./out-of-page.js').then((module) => {
      const format = outOfPageFormat(host.format);
      if (format === undefined) module.warnUnknownFormat(host.format);
      else module.warnFormatProvider(format, host.provider);
      band = module.anchorBand(host);
      sync(); // the stack now holds the band and overwrites the provisional inset
      provisional = '';
    });
  };
  host.addController({ hostConnected: sync, hostUpdated: sync, hostDisconnected: dropProvisional });
}
