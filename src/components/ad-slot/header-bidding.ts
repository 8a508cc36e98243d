/**
 * Header bidding for GPT slots, with the page's own Prebid.js. This module is what every GPT slot
 * carries: it only looks for the page's Prebid global (`window.pbjs`, or the name a build chose with
 * Prebid's `globalVarName`, given as `prebid-global`), bounds the auction by `auction-timeout` and
 * reports it. The Prebid adapter itself (`prebid-auction.ts`) is a separate chunk, imported only
 * when the page has that global, so pages without header bidding never download it.
 *
 * The page's side (see the element's `bids` property):
 * - Prebid.js and its bidder configuration are the page's (`pbjs.setConfig()`, its bid adapters);
 * - a slot's bidders come from its `bids` property, or from an ad unit the page registered with
 *   `pbjs.addAdUnits()` whose `code` is the slot's GPT ad-unit path (shared by every slot with that
 *   path);
 * - the slot supplies the rest: its own ad-unit code (its creative div's id, so two slots with the
 *   same path never share a winner), the sizes its size map allows at this viewport width, the GPT
 *   ad-unit path as `ortb2Imp.ext.gpid`, and the timing: an auction when the slot enters its fetch
 *   margin and before every refresh, cut at `auction-timeout`.
 */
import { describeValue, warnOnce } from '../../internal/warn.js';
import { SabbaAdAuctionEvent, type SabbaAdAuctionDetail } from './ad-slot.events.js';
import type { SabbaAdSlot } from './ad-slot.js';
import { followPageConsent } from './consent-gate.js';
import type { AdSize } from './size-map.js';

/** One bidder of a slot's ad unit: an entry of Prebid's `adUnit.bids` (`{ bidder, params }`). */
export interface PrebidBidConfig {
  /** The bid adapter's code (`appnexus`, `rubicon`, …), as the page's Prebid build registered it. */
  readonly bidder: string;
  /** The adapter's parameters (placement ids and such), passed to Prebid unchanged. */
  readonly params?: Readonly<Record<string, unknown>>;
}

/** Prebid's command queue, all that is known of `pbjs` before its script has run. */
export interface PrebidQueue {
  que: { push(fn: () => void): unknown };
}

/** What the slot asks of an auction. */
export interface AuctionRequest {
  /** The Prebid ad-unit code: the slot's creative div id, which GPT's default slot matching finds. */
  readonly code: string;
  /** The GPT ad-unit path (`/1234/site/section`). */
  readonly adUnitPath: string;
  /** The sizes allowed at this viewport width. */
  readonly sizes: readonly AdSize[];
  /** The slot's own bidders (its `bids` property, checked by the adapter); none: the page's registered ad unit, if any. */
  readonly bids: unknown;
  /** Milliseconds the auction may take, bidders and targeting included. */
  readonly timeout: number;
  /** Whether the auction precedes a refresh. */
  readonly refresh: boolean;
}

/**
 * The adapter chunk's entry point (see `prebid-auction.ts`). `prebid` reads the page's Prebid
 * global again when called: the queue's callbacks run once the library has replaced the snippet's stub.
 */
export type RunAuction = (
  prebid: () => PrebidQueue | undefined,
  request: AuctionRequest,
  slotReady: Promise<unknown>,
  signal: AbortSignal,
  onStart: () => void,
  warn: (message: string) => void,
) => Promise<SabbaAdAuctionDetail | undefined>;

/**
 * The default `auction-timeout`: half of Prebid's own default `bidderTimeout` (3000 ms), because
 * here the ad itself waits for the auction.
 */
export const DEFAULT_AUCTION_TIMEOUT = 1500;
const MIN_AUCTION_TIMEOUT = 100;
const MAX_AUCTION_TIMEOUT = 10_000;

/** `auction-timeout`, in milliseconds (100–10,000); anything else falls back to the default. */
export function parseAuctionTimeout(value: unknown): number {
  const ms = Number(value);
  if (!Number.isFinite(ms) || ms < MIN_AUCTION_TIMEOUT || ms > MAX_AUCTION_TIMEOUT) {
    warnOnce(
      `<sabba-ad-slot> auction-timeout=${String(value)} must be ${MIN_AUCTION_TIMEOUT}–${MAX_AUCTION_TIMEOUT} ms; ${DEFAULT_AUCTION_TIMEOUT} is used.`,
    );
    return DEFAULT_AUCTION_TIMEOUT;
  }
  return ms;
}

/**
 * `prebid-global`: a plain JavaScript identifier (ASCII), the name of one property of `window`,
 * never a path or an expression; empty: `pbjs`, Prebid's own name; anything else: `pbjs`, warned.
 */
export function parsePrebidGlobal(value: unknown): string {
  if (typeof value === 'string' && /^[A-Za-z_$][\w$]*$/.test(value)) return value;
  if (value) warnOnce(`<sabba-ad-slot> prebid-global=${describeValue(value)} is not an identifier; "pbjs" is used.`);
  return 'pbjs';
}

/**
 * The page's Prebid.js (or its queue, before the script has run) under the global `name` (an
 * identifier `parsePrebidGlobal()` checked), or `undefined` without one.
 */
export function pagePrebid(name: string): PrebidQueue | undefined {
  const pbjs = (window as unknown as Record<string, unknown>)[name];
  if (typeof pbjs !== 'object' || pbjs === null) return undefined;
  const queue = pbjs as Partial<PrebidQueue>;
  // Prebid's snippet: `pbjs.que = pbjs.que || []` before the script; the script replaces it.
  if (queue.que === undefined || typeof queue.que.push !== 'function') return undefined;
  return queue as PrebidQueue;
}

let adapter: Promise<RunAuction> | undefined;

/** The adapter chunk, fetched once, and only when a page with Prebid.js first needs it. */
function loadAdapter(): Promise<RunAuction> {
  adapter ??= import('./prebid-auction.js').then((module) => module.runAuction);
  return adapter;
}

/**
 * Runs one auction for a slot, if the page has Prebid.js (under the slot's `prebid-global`) and the reader's consent allows it (see
 * consent-gate.ts: with a CMP on the page the auction first waits for its decision, at most
 * `consent-timeout` ms, and without consent none runs). Resolves once the winner's targeting is
 * on the GPT slot, or after `request.timeout` ms of auction at most, whatever the bidders, the
 * adapter chunk or Prebid.js itself do. Fires `sabba-ad-auction` on `host` when an auction ran or
 * was cut short. Never rejects: header bidding must never cost the slot its ad.
 */
export async function auctionBeforeDisplay(
  host: SabbaAdSlot,
  request: AuctionRequest,
  slotReady: Promise<unknown>,
  isCurrent: () => boolean,
): Promise<void> {
  const name = parsePrebidGlobal(host.prebidGlobal);
  if (pagePrebid(name) === undefined) return;
  if (!(await followPageConsent(host)) || !isCurrent()) return;
  const controller = new AbortController();
  const started = performance.now();
  let auctioned = Array.isArray(request.bids) && request.bids.length > 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => {
      resolve('timeout');
    }, request.timeout);
  });
  const run = loadAdapter()
    .then((runAuction) =>
      runAuction(
        () => pagePrebid(name),
        request,
        slotReady,
        controller.signal,
        () => {
          auctioned = true;
        },
        warnOnce,
      ),
    )
    .catch((error: unknown) => {
      warnOnce(`<sabba-ad-slot> the header-bidding auction failed: ${String(error)}; the ad is shown without it.`);
      return undefined;
    });
  const result = await Promise.race([run, cut]);
  clearTimeout(timer);
  controller.abort();
  if (!isCurrent()) return;
  if (result === 'timeout') {
    if (!auctioned) return; // nothing was to be auctioned, or Prebid never ran: no auction to report
    const detail: SabbaAdAuctionDetail = {
      code: request.code,
      adUnit: request.adUnitPath,
      refresh: request.refresh,
      bids: [],
      winner: null,
      timedOut: true,
      duration: Math.round(performance.now() - started),
    };
    host.dispatchEvent(new SabbaAdAuctionEvent(detail));
    return;
  }
  if (result !== undefined) host.dispatchEvent(new SabbaAdAuctionEvent(result));
}
