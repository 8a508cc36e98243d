/**
 * Google Publisher Tag (Google Ad Manager). A thin adapter over the documented API:
 * `defineSlot(adUnit, sizes, id).addService(pubads())`, a size mapping from `size-map`,
 * `enableServices()`, `display(id)` only once the container is connected, `slotRenderEnded` for the
 * outcome, `impressionViewable` for Google's own viewability count, `pubads().refresh([slot])`
 * and `destroySlots([slot])` on disconnect. Out-of-page formats (`format`) go through
 * `gpt-out-of-page.ts`.
 *
 * Consent: GPT reads the page's CMP (`__tcfapi`, `__gpp`) itself before each ad request, so the
 * slot does not wait for it; the CMP's stub must be on the page before GPT loads. For pages that
 * want ads without consent, `SabbaAdSlot.gptLimitedAds = true` loads GPT from Google's limited-ads
 * URL and calls `pubads().setPrivacySettings({ limitedAds: true })` before the first display, as
 * https://developers.google.com/publisher-tag/samples/display-limited-ad describes (the standard
 * URL ignores that setting).
 *
 * Each slot is fetched when it comes near the viewport, which is what lazy loading means per slot;
 * page-wide settings (single request, page targeting, collapse) come from `SabbaAdSlot.gptSettings`
 * (`gpt-config.ts`), applied once before the first `enableServices()`.
 *
 * With Prebid.js on the page (`header-bidding.ts`), an auction runs when the slot enters its fetch
 * margin and before every refresh, and its targeting is on the slot before `display()` or
 * `refresh()`. A refresh also carries `refreshed=true` and `refresh_count=N`, so line items can
 * target or exclude refreshed impressions.
 */
import { describeValue, warnOnce } from '../../../internal/warn.js';
import type { SabbaAdSlot } from '../ad-slot.js';
import { outOfPageFormat } from '../format.js';
import { applyGptSettings, clearPrebidTargeting, setSlotTargeting, type TargetableSlot } from '../gpt-config.js';
import { auctionBeforeDisplay, parseAuctionTimeout } from '../header-bidding.js';
import { loadScript } from '../script-loader.js';
import { entryInViewport, type AdSize } from '../size-map.js';
import { AdFailure, withTimeout, type AdProvider, type AdSlotContext, type RenderOutcome } from './provider.js';

/** Google's script URL; tests and sites with a proxy set `SabbaAdSlot.gptSrc` or `script-src`. */
export const GPT_SRC = 'https://securepubads.g.doubleclick.net/tag/js/gpt.js';
/** Google's limited-ads URL: the only GPT on which `setPrivacySettings({ limitedAds })` works. */
export const GPT_LIMITED_ADS_SRC = 'https://pagead2.googlesyndication.com/tag/js/gpt.js';

/** The GPT URL to load: the limited-ads one in place of Google's standard URL when limited ads are on. */
export function gptScriptUrl(src: string, limitedAds: boolean): string {
  return limitedAds && src === GPT_SRC ? GPT_LIMITED_ADS_SRC : src;
}

/** The subset of GPT's API this adapter uses (https://developers.google.com/publisher-tag/reference). */
interface GptSlot extends TargetableSlot {
  addService(service: GptPubAds): GptSlot;
  defineSizeMapping(mapping: unknown): GptSlot;
  getSlotElementId(): string;
  setConfig?(config: unknown): unknown;
}
interface GptSlotEvent {
  slot: GptSlot;
  isEmpty?: boolean;
  size?: readonly [number, number] | string | null;
  lineItemId?: number | null;
  creativeId?: number | null;
}
interface GptPubAds {
  addEventListener(type: 'slotRenderEnded' | 'impressionViewable', listener: (event: GptSlotEvent) => void): void;
  removeEventListener?(type: string, listener: (event: GptSlotEvent) => void): void;
  refresh(slots: GptSlot[]): void;
  setPrivacySettings?(settings: { limitedAds?: boolean }): unknown;
}
interface GptSizeMappingBuilder {
  addSize(viewport: [number, number], sizes: [number, number][]): GptSizeMappingBuilder;
  build(): unknown;
}
interface GoogleTag {
  cmd: { push(fn: () => void): unknown } | (() => void)[];
  apiReady?: boolean;
  defineSlot(adUnit: string, sizes: [number, number][], id: string): GptSlot | null;
  defineOutOfPageSlot?(adUnit: string, format: number): GptSlot | null;
  enums?: { OutOfPageFormat?: Partial<Record<string, number>> };
  sizeMapping(): GptSizeMappingBuilder;
  pubads(): GptPubAds;
  enableServices(): void;
  display(divOrSlot: string | GptSlot): void;
  destroySlots(slots: GptSlot[]): boolean;
  setConfig?(config: Record<string, unknown>): void;
}

/** `window.googletag`, created as a command queue when the script is not there yet (GPT's own snippet). */
function googletag(): GoogleTag {
  const w = window as unknown as { googletag?: Partial<GoogleTag> };
  w.googletag ??= {};
  w.googletag.cmd ??= [];
  return w.googletag as GoogleTag;
}

/** Runs `fn` once GPT is ready, through its command queue, and returns what it returns. */
function command<T>(fn: (gpt: GoogleTag) => T): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    googletag().cmd.push(() => {
      try {
        resolve(fn(googletag()));
      } catch (error) {
        reject(new AdFailure('error', `GPT threw: ${String(error)}`));
      }
    });
  });
}

/** What GPT answers for an out-of-page format it declined: no ad, and the reason in the render event. */
const DECLINED: RenderOutcome = { empty: true, width: 0, height: 0, declined: true };

const AD_UNIT_PATTERN = /^\/\d+(\/[\w.\-:]+)*\/?$/;

const pairs = (sizes: readonly AdSize[]): [number, number][] => sizes.map((s) => [s.width, s.height]);

/** Creates the GPT provider for one slot. */
export function createGptProvider(context: AdSlotContext): AdProvider {
  const adUnit = context.host.adUnit.trim();
  const id = context.container.id;
  const limitedAds = (context.host.constructor as typeof SabbaAdSlot).gptLimitedAds;
  const format = outOfPageFormat(context.host.format);
  let slot: GptSlot | undefined;
  /** GPT declined the out-of-page format: the slot answers as empty, with the reason. */
  let declined = false;
  let renderWaiter: ((outcome: RenderOutcome) => void) | undefined;
  let destroyed = false;
  let refreshes = 0;
  let firstAuction: Promise<void> = Promise.resolve();

  const handleRenderEnded = (event: GptSlotEvent): void => {
    if (event.slot !== slot || renderWaiter === undefined) return;
    const size = typeof event.size === 'object' && event.size !== null ? event.size : undefined;
    const outcome: RenderOutcome =
      event.isEmpty === true || size === undefined
        ? { empty: event.isEmpty === true, width: 0, height: 0 }
        : { empty: false, width: size[0], height: size[1], lineItemId: event.lineItemId ?? null };
    const resolve = renderWaiter;
    renderWaiter = undefined;
    resolve(outcome);
  };
  const handleViewable = (event: GptSlotEvent): void => {
    if (event.slot === slot) context.reportViewable();
  };

  /** A header-bidding auction for this slot (nothing without Prebid.js on the page); never rejects. */
  const auction = (refresh: boolean, slotReady: Promise<unknown>): Promise<void> =>
    auctionBeforeDisplay(
      context.host,
      {
        code: id,
        adUnitPath: adUnit,
        // At this viewport width, as GPT's size mapping will choose: a refresh after a rotation or
        // a resize across a breakpoint asks bidders for the sizes the slot can show now.
        sizes: entryInViewport(context.plan)?.sizes ?? [],
        bids: context.host.bids,
        timeout: parseAuctionTimeout(context.host.auctionTimeout),
        refresh,
      },
      slotReady,
      () => !destroyed,
    );

  /** Resolves with the next `slotRenderEnded` of this slot after `trigger` ran. */
  const nextRender = (trigger: (gpt: GoogleTag) => void): Promise<RenderOutcome> =>
    withTimeout(
      new Promise<RenderOutcome>((resolve, reject) => {
        renderWaiter = resolve;
        command(trigger).catch(reject);
      }),
      context.timeout,
      `GPT slot ${adUnit}`,
    );

  /** Listens for the slot's render and viewability, and enables GPT's services. */
  const listen = (gpt: GoogleTag, defined: GptSlot): GptSlot => {
    if (limitedAds) gpt.pubads().setPrivacySettings?.({ limitedAds: true });
    gpt.pubads().addEventListener('slotRenderEnded', handleRenderEnded);
    gpt.pubads().addEventListener('impressionViewable', handleViewable);
    // Read from the element class (`SabbaAdSlot.gptSettings`) without importing it (no cycle).
    applyGptSettings(gpt, (context.host.constructor as { gptSettings?: unknown }).gptSettings);
    gpt.enableServices();
    return defined;
  };

  return {
    async request(): Promise<void> {
      if (!AD_UNIT_PATTERN.test(adUnit)) {
        warnOnce(
          `<sabba-ad-slot provider="gpt"> ad-unit=${describeValue(adUnit)} is not an ad unit path like "/1234/site/section".`,
        );
        throw new AdFailure('error', 'missing or malformed ad-unit');
      }
      googletag(); // the queue exists before the script, so commands can be pushed at once
      let slotDefined = (): void => undefined;
      // The auction starts now, at the fetch margin, while GPT loads; its targeting waits for the slot.
      firstAuction = auction(false, new Promise<void>((resolve) => (slotDefined = resolve)));
      await loadScript(context.scriptSrc ?? GPT_SRC, {
        timeout: context.timeout,
        isReady: () => googletag().apiReady === true,
      });
      // Out-of-page code loads only for an out-of-page format.
      const outOfPageCode = format === undefined ? undefined : await import('./gpt-out-of-page.js');
      slot = await command((gpt) => {
        if (format !== undefined && outOfPageCode !== undefined) {
          const outOfPage = outOfPageCode.defineOutOfPageSlot(gpt, adUnit, format, context.host.interstitialTriggers);
          declined = outOfPage === null;
          outOfPage?.addService(gpt.pubads());
          return outOfPage === null ? undefined : listen(gpt, outOfPage);
        }
        const defined = gpt.defineSlot(adUnit, pairs(context.plan.sizes), id);
        if (defined === null) throw new Error(`defineSlot refused ${adUnit} (duplicate id?)`);
        const mapping = gpt.sizeMapping();
        for (const entry of context.plan.entries) mapping.addSize([entry.minWidth, 0], pairs(entry.sizes));
        defined.defineSizeMapping(mapping.build());
        defined.addService(gpt.pubads());
        return listen(gpt, defined);
      });
      slotDefined();
    },

    async render(): Promise<RenderOutcome> {
      if (declined) return DECLINED;
      await firstAuction;
      // The container is connected (the element guarantees it), so display() finds the div; an
      // out-of-page slot has no div of ours: GPT is given the slot and builds its own container.
      return nextRender((gpt) => {
        gpt.display(format !== undefined && slot !== undefined ? slot : id);
      });
    },

    async refresh(): Promise<RenderOutcome> {
      if (declined) return DECLINED;
      refreshes += 1;
      // The last auction's winner must not be sent again if the new one brings nothing.
      if (slot !== undefined) clearPrebidTargeting(slot);
      await auction(true, Promise.resolve());
      return nextRender((gpt) => {
        if (slot === undefined) return;
        setSlotTargeting(slot, { refreshed: 'true', refresh_count: String(refreshes) });
        gpt.pubads().refresh([slot]);
      });
    },

    destroy(): void {
      destroyed = true;
      renderWaiter = undefined;
      const defined = slot;
      slot = undefined;
      if (defined === undefined) return;
      void command((gpt) => {
        gpt.pubads().removeEventListener?.('slotRenderEnded', handleRenderEnded);
        gpt.pubads().removeEventListener?.('impressionViewable', handleViewable);
        gpt.destroySlots([defined]);
      }).catch(() => undefined);
    },
  };
}
