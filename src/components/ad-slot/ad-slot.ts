import { isServer, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Overrides } from '../../i18n/index.js';
import { hostStyles } from '../../internal/host.styles.js';
import { taskOfItsOwn } from '../../internal/next-task.js';
import { SabbaElement } from '../../internal/sabba-element.js';
import { shadowQuery } from '../../internal/shadow-query.js';
import { describeValue, warnOnce } from '../../internal/warn.js';
import { renderSlot } from './ad-slot.render.js';
import { styles } from './ad-slot.styles.js';
import { adSlotTexts, type AdSlotTexts } from './ad-slot.texts.js';
import { outOfPageFormat } from './format.js';
import { formatStyles } from './formats.styles.js';
import type { GptSettings } from './gpt-config.js';
import type { PrebidBidConfig } from './header-bidding.js';
import { LazyMarginsController } from './lazy-margins-controller.js';
import { parseFetchMargin, parseRenderMargin, parseTimeout } from './load-options.js';
import { addOutOfPageController } from './out-of-page-controller.js';
import { createProviderRun } from './provider-run-controller.js';
import { ADSENSE_SRC } from './providers/adsense-provider.js';
import { GPT_SRC } from './providers/gpt-provider.js';
import { RefreshController } from './refresh-controller.js';
import { writeReservation, type ReservationHolder } from './reservation-sheet.js';
import { providerScriptUrl } from './script-src.js';
import { entryInViewport, heldBoxCss, planSizes, reservationCss, type SizePlan } from './size-map.js';
import { ViewabilityController } from './viewability-controller.js';

/** The plan before the first reservation parses the slot's sizes. */
const NO_SIZES: SizePlan = planSizes('', '', () => undefined);

/** Whether Lit SSR renders the slot (lit's types say `false`: they describe the browser build). */
const onServer = isServer as boolean;

/** Page-wide counter for container ids (`sabba-creative-1`, …). */
let nextContainerId = 1;

/**
 * @summary An ad slot that reserves its space before any script runs, labels the ad, loads lazily,
 * measures viewability and never shifts the article, for GPT, AdSense, direct creatives or a
 * provider the site registers.
 * @tag sabba-ad-slot
 * @since 0.1
 * @status experimental
 *
 * @slot creative - Filled by the element itself: a light-DOM `<div id="sabba-creative-N">` that ad
 *   scripts can see (they cannot see into shadow roots). Do not put content here.
 * @slot - A `<template>` child holds an `html` creative (rendered in a sandboxed iframe).
 *
 * @csspart base - The labelled region around label and frame.
 * @csspart label - The visible "Iklan" / "Advertisement" label above the creative.
 * @csspart frame - The reserved box the creative is centred in.
 * @csspart placeholder - The "Ruang Iklan" text shown until a creative fills the box.
 *
 * @cssproperty --sabba-ad-slot-margin-block - Space above and below the slot (default `1.5em`).
 * @cssproperty --sabba-ad-slot-gap - Space between label and frame (default `0.25rem`).
 * @cssproperty --sabba-ad-slot-label-size - Label font size (default `0.6875rem`).
 * @cssproperty --sabba-ad-slot-label-color - Label colour (default: text colour at 65 %).
 * @cssproperty --sabba-ad-slot-background - Frame background before fill (default: text colour at 6 %).
 * @cssproperty --sabba-ad-slot-border-color - Frame outline before fill (default: text colour at 15 %).
 * @cssproperty --sabba-ad-slot-radius - Frame corner radius (default `--sabba-radius`, `6px`).
 * @cssproperty --sabba-ad-slot-placeholder-size - Placeholder font size (default `0.875rem`).
 * @cssproperty --sabba-ad-slot-placeholder-color - Placeholder colour (default: text colour at 70 %).
 * @cssproperty --sabba-ad-slot-sticky-offset - How far below the viewport's top a `sticky` creative sticks (default `0px`; a sticky header's height).
 *
 * @cssstate loading - An ad has been requested and has not answered yet.
 * @cssstate filled - A creative is shown.
 * @cssstate empty - The provider served no ad; the placeholder stays.
 * @cssstate error - The ad failed (script failed, timed out, threw, or the slot is misconfigured).
 * @cssstate blocked - The provider's request was blocked before reaching a server (with `error`).
 * @cssstate collapsed - An empty or failed slot was collapsed while off-screen (`collapse="offscreen"`).
 * @cssstate viewable - The current impression met the MRC viewability rule.
 *
 * @fires sabba-ad-request - The slot asks its provider for an ad (`{provider, refresh}`).
 * @fires sabba-ad-render - The provider answered: `{empty, width, height}`, with `declined: true` when GPT declined an out-of-page format.
 * @fires sabba-ad-consent - The slot read the page's CMP before loading an `html` creative or running a header-bidding auction (`{api, outcome, allowed, optedOut, sections, waitedMs}`).
 * @fires sabba-ad-viewable - The impression became viewable (`{impression}`), once per impression.
 * @fires sabba-ad-error - The ad failed: `{reason: 'blocked' | 'timeout' | 'error'}`.
 * @fires sabba-ad-auction - A header-bidding auction ended before a GPT display or refresh: `{code, adUnit, refresh, bids, winner, timedOut, duration}`.
 */
export class SabbaAdSlot extends SabbaElement {
  static override styles = [hostStyles, styles, formatStyles];

  /**
   * GPT script URL for every `provider="gpt"` slot without `script-src` (default: Google's). Set
   * from script, so any http(s) origin is accepted here (a proxy or a test server).
   */
  static gptSrc: string = GPT_SRC;
  /**
   * AdSense script URL for every `provider="adsense"` slot without `script-src` (default: Google's).
   * Set from script, so any http(s) origin is accepted here.
   */
  static adsenseSrc: string = ADSENSE_SRC;
  /**
   * Page-wide: GPT serves limited ads (no cookies or local identifiers), for pages that show ads
   * without consent. GPT then loads from Google's limited-ads URL (unless `gptSrc` points
   * elsewhere) and every slot calls `setPrivacySettings({ limitedAds: true })`. Set it before the
   * first GPT slot loads. With a TCF CMP GPT chooses limited ads by itself; this is not needed.
   */
  static gptLimitedAds = false;

  /** Out-of-page formats: their code, loaded on first use, and a bottom anchor's band. */
  static {
    this.addInitializer(addOutOfPageController);
  }

  /**
   * Page-wide GPT settings, the one place for them: `{ singleRequest, targeting, collapseEmptyDivs }`
   * (see `GptSettings`). Applied once, before the first GPT slot enables GPT's services, however
   * many slots the page has; set it before any slot loads (a later change is ignored, with a warning).
   */
  static gptSettings: GptSettings = {};

  /** The ad source: `gpt`, `adsense`, `html`, `none` (placeholder only) or a registered name. */
  @property() provider = 'none';

  /** GPT ad unit path, e.g. `/1234/sabba/artikel` (`provider="gpt"`). */
  @property({ attribute: 'ad-unit' }) adUnit = '';

  /** AdSense publisher id, e.g. `ca-pub-1234567890123456` (`provider="adsense"`). */
  @property({ attribute: 'ad-client' }) adClient = '';

  /** AdSense ad unit id, e.g. `1234567890` (`provider="adsense"`). */
  @property({ attribute: 'ad-slot' }) adSlot = '';

  /** URL of an `html` creative (http/https only), shown in a sandboxed iframe. */
  @property() src = '';

  /**
   * Lets an `html` creative run scripts. Off by default: a creative then cannot take the keyboard
   * or open a tab with `opener`. With it, its tabs stay in the sandbox (no cookies, opaque origin)
   * and focus it takes without the reader is handed back to the page.
   */
  @property({ attribute: 'creative-scripts', type: Boolean, reflect: true }) creativeScripts = false;

  /**
   * `in-content` (default), or one of GPT's out-of-page formats: `interstitial` (a full-page ad
   * GPT shows when the reader follows a link), `top-anchor` or `bottom-anchor` (pinned to an edge
   * of the viewport). GPT may decline one on a page or device that does not support it: the slot
   * then renders as empty with `declined: true`. A bottom anchor reserves its band (the height of
   * `sizes` / `size-map`) as page-end room, and floating widgets move above it; place it at the end
   * of the page. Out-of-page slots load at once, whatever the margins. GPT only.
   */
  @property({ reflect: true }) format = 'in-content';

  /**
   * GPT's optional web interstitial triggers, e.g. `unhide-window nav-bar` (also `backward`,
   * `end-of-article`, `inactivity`, `continue-reading`); a click on a link always triggers. Absent:
   * the Ad Manager network's defaults.
   */
  @property({ attribute: 'interstitial-triggers' }) interstitialTriggers = '';

  /**
   * Keeps the creative in view while its reserved box scrolls past: it sticks to the top of the
   * viewport and never leaves the box. Give the slot a taller box than the creative (e.g.
   * `sizes="300x250, 300x600"` for a 300×250 ad) for it to travel.
   */
  @property({ type: Boolean, reflect: true }) sticky = false;

  /** Creative sizes the slot accepts, e.g. `300x250, 336x280`. */
  @property() sizes = '';

  /** Breakpoints → sizes, e.g. `0:300x250 | 768:728x90 | 1024:none` (viewport widths in px). */
  @property({ attribute: 'size-map' }) sizeMap = '';

  /** Request the ad when the slot is this far from the viewport, in percent of its height (default 200). */
  @property({ attribute: 'fetch-margin', type: Number }) fetchMargin = 200;

  /** Render the ad when the slot is this far from the viewport, in percent of its height (default 100). */
  @property({ attribute: 'render-margin', type: Number }) renderMargin = 100;

  /** Seconds between refreshes of a viewable slot (≥ 30; 0 or absent: never). */
  @property({ type: Number }) refresh = 0;

  /** Most refreshes per page view (default 10). */
  @property({ attribute: 'refresh-max', type: Number }) refreshMax = 10;

  /** GPT line-item ids never to refresh, e.g. `5012345678, 5012345679` (sponsorships, fixed placements). */
  @property({ attribute: 'no-refresh' }) noRefresh = '';

  /**
   * Header-bidding bidders of this slot (`provider="gpt"` with Prebid.js on the page): Prebid
   * `adUnit.bids` entries, `[{ bidder: 'appnexus', params: { placementId: 123 } }]`. Without it, a
   * Prebid ad unit the page registered with the slot's `ad-unit` path as `code` is used. The slot
   * supplies the code, its sizes and the timing.
   */
  @property({ attribute: false }) bids: readonly PrebidBidConfig[] = [];

  /**
   * The global the page's Prebid.js lives under (default `pbjs`): the `globalVarName` of a build
   * made with another, e.g. `sabbaPbjs` for `window.sabbaPbjs`, or the copy this slot uses where two
   * coexist. A plain JavaScript identifier, read as a property of `window` (never a path); anything
   * else falls back to `pbjs` with a warning.
   */
  @property({ attribute: 'prebid-global' }) prebidGlobal = 'pbjs';

  /** Milliseconds a header-bidding auction may take before the ad is shown without it (default 1500). */
  @property({ attribute: 'auction-timeout', type: Number }) auctionTimeout = 1500;

  /** `never` (default): an empty or failed slot keeps its placeholder; `offscreen`: it collapses once out of view. */
  @property() collapse = 'never';

  /** Milliseconds a provider script or ad answer may take before the slot reports `timeout` (default 10000). */
  @property({ type: Number }) timeout = 10_000;

  /**
   * Provider script URL for this slot, overriding `SabbaAdSlot.gptSrc` / `adsenseSrc`: only on the
   * page's own origin or the provider's Google host. Any other origin is refused with a warning
   * (markup must not choose where scripts come from); set the static URL from script instead.
   */
  @property({ attribute: 'script-src' }) scriptSrc = '';

  /**
   * `none`: the creative needs no consent (a first-party house ad that stores nothing), so an
   * `html` slot does not wait for the page's CMP. Empty (default): it waits and follows it.
   */
  @property() consent = '';

  /** Milliseconds an `html` slot waits for the page's CMP to decide before it gives up on the creative (default 10000, as Prebid). */
  @property({ attribute: 'consent-timeout', type: Number }) consentTimeout = 10_000;

  /** Overrides the visible "Iklan" / "Advertisement" label. */
  @property() label = '';

  /** Overrides the "Ruang Iklan" / "Advertisement Space" placeholder text. */
  @property() placeholder = '';

  /** Per-string overrides of the slot's texts (`label`, `placeholder`, `frameTitle`). */
  @property({ attribute: false }) strings: Overrides<AdSlotTexts> = {};

  private plan: SizePlan = NO_SIZES;
  /** Counts connections and disconnections, so a deferred connection knows it is stale. */
  private connections = 0;
  /** Whether Lit's connectedCallback ran for the current connection (see `connectedCallback`). */
  private litConnected = false;
  private reservation: ReservationHolder | undefined;
  /** The CSS last written into `reservation`: the first render parses it again only if it changed. */
  private reservationText = '';
  /**
   * The held-box rule's own sheet, apart from the reservation: dropping the rule at the first render
   * then empties this one-rule sheet instead of parsing the reservation's media queries again.
   */
  private heldBox: ReservationHolder | undefined;
  private container: HTMLDivElement | undefined;
  private readonly refresher = new RefreshController(this, {
    settings: () => ({ refresh: this.refresh, refreshMax: this.refreshMax, noRefresh: this.noRefresh }),
    container: () => this.container,
    frame: () => shadowQuery(this, '.frame'),
    root: () => this.shadowRoot,
  });

  private readonly margins = new LazyMarginsController(this, {
    margins: () => {
      const fetch = parseFetchMargin(this.fetchMargin);
      return { fetch, render: parseRenderMargin(this.renderMargin, fetch) };
    },
    onFetch: () => void this.run.start(),
    onScreenChange: () => {
      this.run.maybeCollapse();
    },
    eager: () => outOfPageFormat(this.format) !== undefined,
  });

  private readonly viewability = new ViewabilityController(this, {
    target: () => this.container,
    onViewable: () => {
      this.run.markViewable();
    },
    onInViewChange: (inView) => {
      this.refresher.update(inView);
    },
  });

  /** The provider's request, render and refreshes, and the slot's status. */
  private readonly run = createProviderRun(this, {
    margins: this.margins,
    viewability: this.viewability,
    refresher: this.refresher,
    context: (name, reportViewable) => {
      const activeSizes = entryInViewport(this.plan)?.sizes ?? [];
      // Not connected yet, or no ad at this viewport width (the host is not displayed).
      if (this.container === undefined || activeSizes.length === 0) return undefined;
      return {
        container: this.container,
        plan: this.plan,
        activeSizes,
        host: this,
        scriptSrc: providerScriptUrl(name, this.scriptSrc, SabbaAdSlot),
        timeout: parseTimeout(this.timeout),
        frameTitle: this.localize(adSlotTexts, this.strings).frameTitle,
        reportViewable,
      };
    },
  });

  /**
   * Connecting in two steps (issue 20). Defining the element upgrades every slot on the page in
   * one task, so at first connection that task only writes the slot's reservation, which must not
   * wait: a page that held the space with `:not(:defined)` loses that rule now. The rest (the
   * creative container, the controllers' observers and listeners, and then the first render) waits
   * for a task of the slot's own, one slot after another. A reconnection after the first render
   * does it all at once.
   */
  override connectedCallback(): void {
    const connection = ++this.connections;
    if (this.hasUpdated) {
      this.connectFully();
      return;
    }
    // The render root Lit would create on connect (none yet unless an earlier connection made it):
    // the reservation is adopted into it.
    (this as { renderRoot: HTMLElement | DocumentFragment | undefined }).renderRoot ??= this.createRenderRoot();
    this.reserve(true);
    void taskOfItsOwn().then(() => {
      if (connection === this.connections && this.isConnected) this.connectFully();
    });
  }

  override disconnectedCallback(): void {
    this.connections += 1;
    if (!this.litConnected) return;
    this.litConnected = false;
    super.disconnectedCallback();
    this.reset();
  }

  /** Lit's connection: the controllers start (the viewability observer watches the container). */
  private connectFully(): void {
    this.ensureContainer();
    this.litConnected = true;
    super.connectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('sizes') || changed.has('sizeMap') || !this.hasUpdated) this.reserve(false);
    if (changed.has('collapse') && this.collapse !== 'never' && this.collapse !== 'offscreen') {
      warnOnce(
        `<sabba-ad-slot> collapse=${describeValue(this.collapse)} is not "never" or "offscreen"; "never" is used.`,
      );
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // A page that switches the provider or the ad unit of a live slot gets a fresh request.
    const keys = [
      'provider',
      'adUnit',
      'adClient',
      'adSlot',
      'src',
      'creativeScripts',
      'sizes',
      'sizeMap',
      'scriptSrc',
      'format',
      'interstitialTriggers',
    ] as const;
    if (this.run.status !== 'idle' && keys.some((key) => changed.has(key) && changed.get(key) !== undefined)) {
      this.reset();
      this.ensureContainer();
      this.margins.restart();
      this.viewability.restart();
    }
  }

  protected override customStates(): Record<string, boolean> {
    const { status, blocked, viewable, collapsed } = this.run;
    return {
      loading: status === 'loading',
      filled: status === 'filled',
      empty: status === 'empty',
      error: status === 'error',
      blocked,
      viewable,
      collapsed,
    };
  }

  /**
   * Parses the sizes and writes the slot's reservation; `holdBox` adds the rule that holds the full
   * height until the first render draws label and frame.
   */
  private reserve(holdBox: boolean): void {
    // No warnings while holding the box at connect: React and Vue set the sizes just after (the
    // first render plans again, and warns then). An interstitial has no sizes of its own (the line
    // item decides): no warning for their absence either.
    const quiet = holdBox || (this.sizes === '' && this.sizeMap === '' && outOfPageFormat(this.format) !== undefined);
    this.plan = planSizes(this.sizes, this.sizeMap, quiet ? () => undefined : undefined);
    // On the server (Lit SSR) there is no shadow root to adopt into: render() writes the CSS.
    if (onServer) return;
    const root = this.renderRoot as ShadowRoot;
    const css = reservationCss(this.plan);
    if (this.reservation === undefined || css !== this.reservationText) {
      this.reservation = writeReservation(root, css, this.reservation);
      this.reservationText = css;
    }
    // Out-of-page slots take no room in the flow (a bottom anchor's band is sized by its format).
    const held = holdBox && outOfPageFormat(this.format) === undefined ? heldBoxCss() : '';
    if (held !== '' || this.heldBox !== undefined) this.heldBox = writeReservation(root, held, this.heldBox);
  }

  /** Adds the light-DOM creative container with a page-unique id (GPT needs an id; AdSense a host node). */
  private ensureContainer(): void {
    if (this.container?.parentNode === this) return;
    const container = document.createElement('div');
    container.slot = 'creative';
    let id: string;
    do id = `sabba-creative-${nextContainerId++}`;
    while (document.getElementById(id) !== null);
    container.id = id;
    this.container = container;
    this.append(container);
  }

  /** Releases what a connection's ad started; the next one starts over with a new impression. */
  private reset(): void {
    this.run.stop();
    this.container?.replaceChildren();
  }

  override render(): TemplateResult {
    return renderSlot({
      texts: this.localize(adSlotTexts, this.strings, { label: this.label, placeholder: this.placeholder }),
      filled: this.run.status === 'filled',
      serverCss: onServer ? reservationCss(this.plan) : undefined,
    });
  }
}
