/**
 * The Prebid.js adapter: one auction for one slot through the page's own `pbjs`, using Prebid's
 * documented API only (https://docs.prebid.org/dev-docs/publisher-api-reference.html):
 * `pbjs.que`, `pbjs.adUnits` (what `addAdUnits()` registered), `requestBids({ adUnits, timeout,
 * bidsBackHandler })`, `setTargetingForGPTAsync([code])` and `getAdserverTargetingForAdUnitCode()`.
 *
 * Loaded as its own chunk by `header-bidding.ts`, only on pages that have Prebid.js (`window.pbjs`
 * or the slot's `prebid-global`).
 */
import type { SabbaAdAuctionDetail, SabbaAdBid } from './ad-slot.events.js';
import type { AuctionRequest, PrebidBidConfig, PrebidQueue, RunAuction } from './header-bidding.js';

/** A Prebid ad unit, as far as the slot reads or writes one. */
interface PrebidAdUnit {
  code: string;
  mediaTypes?: { banner?: { sizes?: [number, number][] } & Record<string, unknown> } & Record<string, unknown>;
  bids?: Record<string, unknown>[];
  ortb2Imp?: Record<string, unknown>;
  [key: string]: unknown;
}

/** A bid as Prebid's `bidsBackHandler` hands it over (read defensively: adapters fill it). */
interface PrebidBidResponse {
  bidderCode?: unknown;
  bidder?: unknown;
  cpm?: unknown;
  currency?: unknown;
  width?: unknown;
  height?: unknown;
  timeToRespond?: unknown;
  adId?: unknown;
}

/** The parts of the loaded Prebid.js this adapter calls. */
interface Prebid extends PrebidQueue {
  adUnits?: PrebidAdUnit[];
  requestBids(options: {
    adUnits: PrebidAdUnit[];
    timeout: number;
    bidsBackHandler: (
      responses: Record<string, { bids?: PrebidBidResponse[] }> | undefined,
      timedOut?: boolean,
    ) => void;
  }): unknown;
  setTargetingForGPTAsync(codes: string[]): void;
  getAdserverTargetingForAdUnitCode?(code: string): Record<string, unknown> | undefined;
}

/**
 * Milliseconds kept back from Prebid's own bidder timeout, so Prebid ends the auction (and its
 * targeting is set) before the slot's hard cut at `auction-timeout`, which only catches a Prebid
 * that never answers.
 */
const TARGETING_ALLOWANCE = 150;

/**
 * The `bids` property as Prebid bid entries: objects with a string `bidder` (and object `params`).
 * Anything else is left out with a warning, so a typo cannot break the page's Prebid.
 */
export function checkedBids(value: unknown, warn: (message: string) => void): PrebidBidConfig[] {
  if (value === undefined || value === null) return [];
  const list: unknown[] = Array.isArray(value) ? value : [value];
  const out: PrebidBidConfig[] = [];
  for (const entry of list) {
    const bid = entry as { bidder?: unknown; params?: unknown } | null;
    if (
      typeof bid === 'object' &&
      bid !== null &&
      typeof bid.bidder === 'string' &&
      bid.bidder !== '' &&
      (bid.params === undefined || (typeof bid.params === 'object' && bid.params !== null))
    )
      out.push(bid.params === undefined ? { bidder: bid.bidder } : { bidder: bid.bidder, params: bid.params as never });
    else warn('<sabba-ad-slot> bids: an entry is not { bidder: "code", params: {…} }; it was left out.');
  }
  return out;
}

/** The ad unit to auction, or `undefined` when the slot has no bidders (then no auction runs). */
export function adUnitFor(
  pbjs: Prebid,
  request: AuctionRequest,
  warn: (message: string) => void,
): PrebidAdUnit | undefined {
  // No ad at this viewport width (a size map's `none`): nothing to bid on.
  if (request.sizes.length === 0) return undefined;
  const sizes = request.sizes.map((s): [number, number] => [s.width, s.height]);
  const gpid = { ext: { gpid: request.adUnitPath } };
  const own = checkedBids(request.bids, warn);
  if (own.length > 0) {
    return {
      code: request.code,
      mediaTypes: { banner: { sizes } },
      bids: own.map((bid) => ({ ...bid })),
      ortb2Imp: gpid,
    };
  }
  const registered = (Array.isArray(pbjs.adUnits) ? pbjs.adUnits : []).find(
    (unit: unknown) =>
      typeof unit === 'object' && unit !== null && (unit as { code?: unknown }).code === request.adUnitPath,
  );
  if (registered === undefined || !Array.isArray(registered.bids) || registered.bids.length === 0) return undefined;
  // A copy under the slot's own code: the page's unit stays as registered, and two slots with the
  // same path run separate auctions whose winners cannot cross.
  return {
    ...registered,
    code: request.code,
    mediaTypes: { ...registered.mediaTypes, banner: { ...registered.mediaTypes?.banner, sizes } },
    bids: registered.bids.map((bid) => ({ ...bid })),
    ortb2Imp: registered.ortb2Imp ?? gpid,
  };
}

function toBid(response: PrebidBidResponse): SabbaAdBid {
  const number = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) ? value : 0);
  const string = (value: unknown): string => (typeof value === 'string' ? value : '');
  return {
    bidder: string(response.bidderCode) || string(response.bidder),
    cpm: number(response.cpm),
    currency: string(response.currency),
    width: number(response.width),
    height: number(response.height),
    timeToRespond: number(response.timeToRespond),
    adId: string(response.adId),
  };
}

/** See {@link RunAuction}: requests bids, then sets the winner's targeting once the GPT slot exists. */
export const runAuction: RunAuction = (prebid, request, slotReady, signal, onStart, warn) =>
  new Promise<SabbaAdAuctionDetail | undefined>((resolve) => {
    const queue = prebid();
    if (queue === undefined) {
      resolve(undefined);
      return;
    }
    queue.que.push(() => {
      // The queue runs once Prebid.js has loaded: the global is now the library, not the snippet's stub.
      const pbjs = prebid() as Prebid | undefined;
      const unit = signal.aborted || pbjs === undefined ? undefined : adUnitFor(pbjs, request, warn);
      if (unit === undefined || pbjs === undefined) {
        resolve(undefined);
        return;
      }
      onStart();
      const started = performance.now();
      pbjs.requestBids({
        adUnits: [unit],
        timeout: Math.max(50, request.timeout - TARGETING_ALLOWANCE),
        bidsBackHandler: (responses, timedOut) => {
          void slotReady.then(() => {
            if (signal.aborted) {
              resolve(undefined);
              return;
            }
            pbjs.setTargetingForGPTAsync([request.code]);
            const bids = (responses?.[request.code]?.bids ?? []).map(toBid).sort((a, b) => b.cpm - a.cpm);
            const targeted = pbjs.getAdserverTargetingForAdUnitCode?.(request.code)?.hb_adid;
            resolve({
              code: request.code,
              adUnit: request.adUnitPath,
              refresh: request.refresh,
              bids,
              winner: bids.find((bid) => bid.adId !== '' && bid.adId === targeted) ?? null,
              timedOut: timedOut === true,
              duration: Math.round(performance.now() - started),
            });
          });
        },
      });
    });
  });
