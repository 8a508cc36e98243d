import { html, nothing, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { AdSlotTexts } from './ad-slot.texts.js';

/** Everything the slot's template shows, read from the element at each render. */
export interface SlotView {
  /** The label and placeholder, with the page's overrides. */
  readonly texts: AdSlotTexts;
  /** A creative is shown: the placeholder hides. */
  readonly filled: boolean;
  /** The reservation CSS, which the template carries under server-side rendering ('' in the browser). */
  readonly serverCss: string | undefined;
}

/**
 * The labelled region: label, and the reserved frame with the placeholder and the light-DOM
 * creative container slotted in. A server-rendered slot carries its reservation in its declarative
 * shadow root, so the space is right from the first paint, before any script (Lit SSR cannot bind
 * inside <style>; the CSS is built from parsed numbers only). The browser keeps it after hydration;
 * the adopted sheet, applied after it, wins from then on.
 */
export function renderSlot(v: SlotView): TemplateResult {
  return html`
      ${v.serverCss === undefined ? nothing : unsafeHTML(`<style>${v.serverCss}</style>`)}
      <div class="base" part="base" role="group" aria-labelledby="label">
        <p class="label" part="label" id="label">${v.texts.label}</p>
        <div class="frame" part="frame">
          <span class="placeholder" part="placeholder" ?hidden=${v.filled}>${v.texts.placeholder}</span>
          <slot name="creative"></slot>
        </div>
      </div>
    `;
}
