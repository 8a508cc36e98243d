/**
 * The events of `<sabba-ad-slot>`, in the order a slot fires them: consent (when it waits for the
 * page's CMP), auction (with header bidding), request, render (or error), viewable.
 */
import type { ConsentDecision } from '../../internal/consent/consent.js';
import { SabbaEvent } from '../../internal/sabba-event.js';

/**
 * Detail of {@link SabbaAdConsentEvent}: the page's CMP's decision as the consent reader returns it.
 * `outcome` is `granted`, `denied`, `not-applicable`, `timeout` (no decision within
 * `consent-timeout`) or `error`; only `granted` and `not-applicable` let the creative load, and
 * `allowed` says whether the slot goes on to load it (when not, it ends as an empty ad).
 */
export type SabbaAdConsentDetail = ConsentDecision;

/**
 * `sabba-ad-consent`: the slot read the page's CMP before a request of our own code, and this is
 * what it decided: before loading an `html` creative, and before each header-bidding auction of a
 * GPT slot on a page with Prebid.js. Not fired on a page without a CMP, nor for GPT and AdSense's
 * own requests (Google's tags read the CMP themselves), nor for a creative with `consent="none"`.
 */
export class SabbaAdConsentEvent extends SabbaEvent<SabbaAdConsentDetail> {
  /** The event's type. */
  static readonly type = 'sabba-ad-consent';

  constructor(detail: SabbaAdConsentDetail) {
    super(SabbaAdConsentEvent.type, detail);
  }
}

/** Detail of {@link SabbaAdRequestEvent}. */
export interface SabbaAdRequestDetail {
  /** The provider asked (`gpt`, `adsense`, `html` or a registered name). */
  readonly provider: string;
  /** Whether this request replaces a shown creative (a refresh) rather than filling the slot. */
  readonly refresh: boolean;
}

/** `sabba-ad-request`: the slot came near the viewport (or its refresh time came) and asks its provider for an ad. */
export class SabbaAdRequestEvent extends SabbaEvent<SabbaAdRequestDetail> {
  /** The event's type. */
  static readonly type = 'sabba-ad-request';

  constructor(detail: SabbaAdRequestDetail) {
    super(SabbaAdRequestEvent.type, detail);
  }
}

/** Detail of {@link SabbaAdRenderEvent}. */
export interface SabbaAdRenderDetail {
  /** No ad was served (no fill); the placeholder stays, or collapses off-screen. */
  readonly empty: boolean;
  /** The creative's width in CSS pixels (0 when empty). */
  readonly width: number;
  /** The creative's height in CSS pixels (0 when empty). */
  readonly height: number;
  /**
   * Present (`true`) when GPT declined to create an out-of-page slot (`format`) on this page or
   * device; `empty` is then true. Not an error: GPT serves these formats only where they fit.
   */
  readonly declined?: true;
}

/** `sabba-ad-render`: the provider answered, with a creative or with no fill. */
export class SabbaAdRenderEvent extends SabbaEvent<SabbaAdRenderDetail> {
  /** The event's type. */
  static readonly type = 'sabba-ad-render';

  constructor(detail: SabbaAdRenderDetail) {
    super(SabbaAdRenderEvent.type, detail);
  }
}

/** Detail of {@link SabbaAdViewableEvent}. */
export interface SabbaAdViewableDetail {
  /** Which refresh the impression belongs to (0 for the first creative). */
  readonly impression: number;
}

/**
 * `sabba-ad-viewable`: the creative met the MRC display rule (≥ 50 % of its pixels, 30 % for ads
 * of ≥ 242,500 px, in view for one continuous second in a visible tab). Once per impression.
 */
export class SabbaAdViewableEvent extends SabbaEvent<SabbaAdViewableDetail> {
  /** The event's type. */
  static readonly type = 'sabba-ad-viewable';

  constructor(detail: SabbaAdViewableDetail) {
    super(SabbaAdViewableEvent.type, detail);
  }
}

/** Detail of {@link SabbaAdErrorEvent}. */
export interface SabbaAdErrorDetail {
  /**
   * `blocked`: the provider's request never reached a server (blocker extension or DNS blocker);
   * `timeout`: no answer in time; `error`: the server or the script failed, or the slot is misconfigured.
   */
  readonly reason: 'blocked' | 'timeout' | 'error';
}

/** `sabba-ad-error`: the slot could not get an ad; it keeps its placeholder and the page goes on. */
export class SabbaAdErrorEvent extends SabbaEvent<SabbaAdErrorDetail> {
  /** The event's type. */
  static readonly type = 'sabba-ad-error';

  constructor(detail: SabbaAdErrorDetail) {
    super(SabbaAdErrorEvent.type, detail);
  }
}

/** One bid of a header-bidding auction, as Prebid.js reported it. */
export interface SabbaAdBid {
  /** The bidder's code (`appnexus`, `rubicon`, …). */
  readonly bidder: string;
  /** The bid's price in `currency` (CPM). */
  readonly cpm: number;
  /** The bid's currency (`USD`, `IDR`, …). */
  readonly currency: string;
  /** The creative's width in CSS pixels. */
  readonly width: number;
  /** The creative's height in CSS pixels. */
  readonly height: number;
  /** Milliseconds the bidder took to answer. */
  readonly timeToRespond: number;
  /** Prebid's id of the bid (the `hb_adid` targeting value when it wins). */
  readonly adId: string;
}

/** Detail of {@link SabbaAdAuctionEvent}. */
export interface SabbaAdAuctionDetail {
  /** The Prebid ad unit code the slot auctioned (its creative container's id). */
  readonly code: string;
  /** The GPT ad unit path the winning targeting was set on. */
  readonly adUnit: string;
  /** Whether the auction precedes a refresh rather than the first display. */
  readonly refresh: boolean;
  /** Every bid that arrived in time, highest price first. */
  readonly bids: readonly SabbaAdBid[];
  /** The bid whose targeting (`hb_adid`, `hb_pb`, …) reached the GPT slot, or `null` (no bid in time). */
  readonly winner: SabbaAdBid | null;
  /** Whether the auction was cut at `auction-timeout` (a bidder, Prebid.js or its script was too slow). */
  readonly timedOut: boolean;
  /** Milliseconds from the start of the auction to the targeting (at most about `auction-timeout`). */
  readonly duration: number;
}

/**
 * `sabba-ad-auction`: a header-bidding auction (Prebid.js) for the slot ended, won or not, before
 * the slot asked GPT for its ad. Fires before every display and refresh of a slot with bidders.
 */
export class SabbaAdAuctionEvent extends SabbaEvent<SabbaAdAuctionDetail> {
  /** The event's type. */
  static readonly type = 'sabba-ad-auction';

  constructor(detail: SabbaAdAuctionDetail) {
    super(SabbaAdAuctionEvent.type, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sabba-ad-consent': SabbaAdConsentEvent;
    'sabba-ad-request': SabbaAdRequestEvent;
    'sabba-ad-render': SabbaAdRenderEvent;
    'sabba-ad-viewable': SabbaAdViewableEvent;
    'sabba-ad-error': SabbaAdErrorEvent;
    'sabba-ad-auction': SabbaAdAuctionEvent;
  }
}
