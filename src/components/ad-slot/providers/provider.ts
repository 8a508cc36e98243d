/**
 * The contract between `<sabba-ad-slot>` and an ad source. The element owns everything a reader
 * sees (reserved space, label, placeholder, collapse, events, viewability, refresh timing); a
 * provider only turns a request into a creative inside the container it is given.
 *
 * Lifecycle, driven by the element: `request()` once the slot is within the fetch margin (load
 * scripts, define the slot, start fetching), `render()` once within the render margin (show the
 * creative; resolves with the outcome), `refresh()` when the refresh policy allows, `destroy()`
 * when the element leaves the page. Failures reject with an {@link AdFailure} naming the reason;
 * any other exception counts as `error`.
 */
import type { SabbaAdSlot } from '../ad-slot.js';
import { AdFailure } from '../script-loader.js';
import type { AdSize, SizePlan } from '../size-map.js';

export { AdFailure, type AdFailureReason } from '../script-loader.js';

/** What a creative turned out to be. */
export interface RenderOutcome {
  /** No ad was served (no fill); the element keeps or collapses the placeholder. */
  readonly empty: boolean;
  /** The creative's width in CSS pixels (0 when empty). */
  readonly width: number;
  /** The creative's height in CSS pixels (0 when empty). */
  readonly height: number;
  /** The ad network declined to create the slot (GPT out-of-page formats); `empty` is then true. */
  readonly declined?: boolean;
  /** The ad server's line item of the creative (GPT `slotRenderEnded.lineItemId`), when known. */
  readonly lineItemId?: number | null;
}

/** Everything a provider may read about the slot. Values are already checked by the element. */
export interface AdSlotContext {
  /**
   * The light-DOM node the creative goes into, connected, with a page-unique `id`. Ad scripts
   * cannot see into shadow roots, so this node lives in the host's light DOM and is slotted.
   */
  readonly container: HTMLElement;
  /** Sizes and breakpoints from `sizes` and `size-map`. */
  readonly plan: SizePlan;
  /**
   * The sizes in force at the viewport width when the slot's run started (never empty when a
   * provider is asked). Later requests (GPT's refresh auction) read `entryInViewport(plan)` again.
   */
  readonly activeSizes: readonly AdSize[];
  /**
   * The host element. Read its properties (`host.adUnit`, `host.adClient`, …), not its attributes:
   * React and Vue set properties, which do not reflect to attributes.
   */
  readonly host: SabbaAdSlot;
  /** The provider script URL to use: the `script-src` attribute or the element's static default. */
  readonly scriptSrc: string | undefined;
  /** Milliseconds a script load or an ad answer may take before the slot gives up. */
  readonly timeout: number;
  /** A localized accessible name for a creative iframe ("Iklan" / "Advertisement"). */
  readonly frameTitle: string;
  /** Tells the element the ad network measured the impression as viewable (GPT `impressionViewable`). */
  readonly reportViewable: () => void;
}

/** One ad source behind the element. */
export interface AdProvider {
  /** Prepares the request (scripts, slot definition). Called once, before `render()`. */
  request(): Promise<void>;
  /** Shows the creative in the container and resolves with the outcome. */
  render(): Promise<RenderOutcome>;
  /** Replaces the creative with a new one; absent when the source cannot refresh (AdSense). */
  refresh?(): Promise<RenderOutcome>;
  /** Releases the slot (GPT `destroySlots`) and anything the provider added. Must not throw. */
  destroy(): void;
}

/** Creates a provider for one slot. */
export type AdProviderFactory = (context: AdSlotContext) => AdProvider;

/** The outcome of an empty slot. */
export const EMPTY_OUTCOME: RenderOutcome = { empty: true, width: 0, height: 0 };

/**
 * Waits for `promise` at most `ms` milliseconds, then rejects with a `timeout` failure: an ad
 * network that never answers must not leave the slot loading forever.
 */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new AdFailure('timeout', `${what} did not answer within ${ms} ms.`));
    }, ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
