import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { Overrides } from '../../i18n/index.js';
import { hostStyles } from '../../internal/host.styles.js';
import { SabbaElement } from '../../internal/sabba-element.js';
import { markupScriptUrl } from '../../internal/script-origin.js';
import { shadowQuery } from '../../internal/shadow-query.js';
import { describeValue, warnOnce } from '../../internal/warn.js';
import { SabbaAdErrorEvent, SabbaAdRenderEvent, SabbaAdRequestEvent, SabbaAdViewableEvent } from './ad-slot.events.js';
import { styles } from './ad-slot.styles.js';
import { adSlotTexts, type AdSlotTexts } from './ad-slot.texts.js';
import { consentAllows } from './consent-gate.js';
import { outOfPageFormat } from './format.js';
import { formatStyles } from './formats.styles.js';
import type { GptSettings } from './gpt-config.js';
import type { PrebidBidConfig } from './header-bidding.js';
import { LazyMarginsController } from './lazy-margins-controller.js';
import { parseFetchMargin, parseRenderMargin, parseTimeout } from './load-options.js';
import { addOutOfPageController } from './out-of-page-controller.js';
import { ADSENSE_SRC } from './providers/adsense-provider.js';
import { GPT_SRC, gptScriptUrl } from './providers/gpt-provider.js';
import {
  EMPTY_OUTCOME,
  withTimeout,
  type AdProvider,
  type AdSlotContext,
  type RenderOutcome,
} from './providers/provider.js';
import { adProviderFactory } from './providers/registry.js';
import { RefreshController } from './refresh-controller.js';
import { writeReservation, type ReservationHolder } from './reservation-sheet.js';
import { AdFailure, type AdFailureReason } from './script-loader.js';
import { entryFor, planSizes, reservationCss, type SizePlan } from './size-map.js';
import { ViewabilityController } from './viewability-controller.js';

/** Where the slot is in its life; mirrored as custom states for styling. */
type SlotStatus = 'idle' | 'loading' | 'filled' | 'empty' | 'error';

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
 * @fires sabba-ad-consent - The slot read the page's CMP before loading an `html` creative or running a header-bidding auction (`{api, outcome, allowed, optedOut, sections, waitedMs}`).
 * @fires sabba-ad-request - The slot asks its provider for an ad (`{provider, refresh}`).
 * @fires sabba-ad-render - The provider answered: `{empty, width, height}`, with `declined: true` when GPT declined an out-of-page format.
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

  @state() private status: SlotStatus = 'idle';
  /** The last failure was a request blocked before reaching a server. */
  @state() private blocked = false;
  /** The current impression has been counted as viewable. */
  @state() private viewable = false;
  /** An empty or failed slot collapsed while off-screen (it stays so: reopening would shift the page). */
  @state() private collapsed = false;

  private plan: SizePlan = planSizes('', '', () => undefined);
  private reservation: ReservationHolder | undefined;
  private container: HTMLDivElement | undefined;
  private adProvider: AdProvider | undefined;
  private providerName = '';
  /** Bumped on every stop so answers arriving for an old connection are ignored. */
  private generation = 0;
  private readonly refresher = new RefreshController(this, {
    settings: () => ({ refresh: this.refresh, refreshMax: this.refreshMax, noRefresh: this.noRefresh }),
    container: () => this.container,
    frame: () => shadowQuery(this, '.frame'),
    root: () => this.shadowRoot,
  });
  private impression = 0;

  private readonly margins = new LazyMarginsController(this, {
    margins: () => {
      const fetch = parseFetchMargin(this.fetchMargin);
      return { fetch, render: parseRenderMargin(this.renderMargin, fetch) };
    },
    onFetch: () => void this.start(this.generation),
    onScreenChange: () => {
      this.maybeCollapse();
    },
    eager: () => outOfPageFormat(this.format) !== undefined,
  });

  private readonly viewability = new ViewabilityController(this, {
    target: () => this.container,
    onViewable: () => {
      this.markViewable();
    },
    onInViewChange: (inView) => {
      this.refresher.update(inView);
    },
  });

  override connectedCallback(): void {
    // Before the controllers start with super's call: the viewability observer watches the container.
    this.ensureContainer();
    super.connectedCallback();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.reset();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('sizes') || changed.has('sizeMap') || this.reservation === undefined) {
      // An interstitial has no sizes of its own (the line item decides): no warning for their absence.
      const quiet = this.sizes === '' && this.sizeMap === '' && outOfPageFormat(this.format) !== undefined;
      this.plan = planSizes(this.sizes, this.sizeMap, quiet ? () => undefined : undefined);
      // On the server (Lit SSR) there is no shadow root to adopt into: render() writes the CSS.
      if (!onServer)
        this.reservation = writeReservation(this.renderRoot as ShadowRoot, reservationCss(this.plan), this.reservation);
    }
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
    if (this.status !== 'idle' && keys.some((key) => changed.has(key) && changed.get(key) !== undefined)) {
      this.reset();
      this.ensureContainer();
      this.margins.restart();
      this.viewability.restart();
    }
  }

  protected override customStates(): Record<string, boolean> {
    const { status } = this;
    return {
      loading: status === 'loading',
      filled: status === 'filled',
      empty: status === 'empty',
      error: status === 'error',
      blocked: this.blocked,
      viewable: this.viewable,
      collapsed: this.collapsed,
    };
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
    this.generation += 1;
    this.refresher.stop();
    try {
      this.adProvider?.destroy();
    } catch (error) {
      warnOnce(`<sabba-ad-slot> provider "${this.providerName}" threw on destroy: ${String(error)}`);
    }
    this.adProvider = undefined;
    this.container?.replaceChildren();
    this.impression = 0;
    this.status = 'idle';
    this.blocked = this.viewable = this.collapsed = false;
  }

  /** The slot came within the fetch margin: request, then render once within the render margin. */
  private async start(generation: number): Promise<void> {
    if (this.status !== 'idle' || generation !== this.generation || this.container === undefined) return;
    const name = this.provider.trim().toLowerCase();
    if (name === 'none' || name === '') return;
    const factory = adProviderFactory(name);
    if (factory === undefined) {
      warnOnce(
        `<sabba-ad-slot> provider=${describeValue(this.provider)} is not gpt, adsense, html, none or a registered provider; only the placeholder is shown.`,
      );
      return;
    }
    const activeSizes = entryFor(this.plan, window.innerWidth)?.sizes ?? [];
    if (activeSizes.length === 0) return; // no ad at this viewport width (the host is not displayed)

    const timeout = parseTimeout(this.timeout);
    const context: AdSlotContext = {
      container: this.container,
      plan: this.plan,
      activeSizes,
      host: this,
      scriptSrc: this.resolveScriptSrc(name),
      timeout,
      frameTitle: this.localize(adSlotTexts, this.strings).frameTitle,
      reportViewable: () => {
        if (generation === this.generation) this.markViewable();
      },
    };
    this.status = 'loading';
    this.providerName = name;
    try {
      // Our own requests wait for the page's CMP (consent-gate.ts); none means an empty slot.
      const allowed = await consentAllows(this, name);
      if (generation !== this.generation) return;
      if (!allowed) {
        this.handleOutcome(EMPTY_OUTCOME);
        return;
      }
      this.dispatchEvent(new SabbaAdRequestEvent({ provider: name, refresh: false }));
      const provider = factory(context);
      this.adProvider = provider;
      await withTimeout(provider.request(), timeout, `provider "${name}"`);
      if (!this.margins.nearRender) await this.margins.untilNearRender();
      if (generation !== this.generation) return;
      const outcome = await withTimeout(provider.render(), timeout, `provider "${name}"`);
      if (generation !== this.generation) return;
      this.handleOutcome(outcome);
    } catch (error) {
      if (generation !== this.generation) return;
      this.handleFailure(error);
    }
  }

  /** `script-src` when it is on an allowed origin, else the class default for the built-in providers. */
  private resolveScriptSrc(name: string): string | undefined {
    if (this.scriptSrc !== '') {
      const known = name === 'gpt' ? [GPT_SRC] : name === 'adsense' ? [ADSENSE_SRC] : [];
      const url = markupScriptUrl(
        this.scriptSrc,
        known,
        '<sabba-ad-slot> script-src',
        'Set SabbaAdSlot.gptSrc / adsenseSrc from script.',
      );
      if (url !== undefined) return url;
    }
    if (name === 'gpt') return gptScriptUrl(SabbaAdSlot.gptSrc, SabbaAdSlot.gptLimitedAds);
    if (name === 'adsense') return SabbaAdSlot.adsenseSrc;
    return undefined;
  }

  private handleOutcome(outcome: RenderOutcome): void {
    const detail = outcome.empty
      ? { empty: true, width: 0, height: 0, ...(outcome.declined === true && { declined: true as const }) }
      : { empty: false, width: Math.max(0, outcome.width), height: Math.max(0, outcome.height) };
    this.status = detail.empty ? 'empty' : 'filled';
    this.dispatchEvent(new SabbaAdRenderEvent(detail));
    if (detail.empty) {
      this.maybeCollapse();
      return;
    }
    this.viewable = false;
    if (this.viewability.begin(detail.width, detail.height)) this.startRefreshPolicy();
    this.refresher.rendered(outcome);
  }

  private handleFailure(error: unknown): void {
    const reason: AdFailureReason = error instanceof AdFailure ? error.reason : 'error';
    if (!(error instanceof AdFailure)) {
      warnOnce(`<sabba-ad-slot> provider "${this.providerName}" failed: ${String(error)}`);
    }
    this.status = 'error';
    this.blocked = reason === 'blocked';
    this.dispatchEvent(new SabbaAdErrorEvent({ reason }));
    this.maybeCollapse();
  }

  private startRefreshPolicy(): void {
    if (this.adProvider?.refresh === undefined) {
      if (this.refresh > 0)
        warnOnce(`<sabba-ad-slot> provider "${this.providerName}" cannot refresh; refresh was ignored.`);
      return;
    }
    const generation = this.generation;
    this.refresher.start(() => {
      void this.runRefresh(generation);
    });
  }

  private async runRefresh(generation: number): Promise<void> {
    const provider = this.adProvider;
    if (provider?.refresh === undefined || generation !== this.generation) return;
    this.impression += 1;
    this.refresher.beforeRefresh();
    this.dispatchEvent(new SabbaAdRequestEvent({ provider: this.providerName, refresh: true }));
    try {
      const outcome = await withTimeout(
        provider.refresh(),
        parseTimeout(this.timeout),
        `provider "${this.providerName}"`,
      );
      if (generation === this.generation) this.handleOutcome(outcome);
    } catch (error) {
      if (generation === this.generation) this.handleFailure(error);
    }
  }

  /** Counts the current impression as viewable, once (our MRC tracker or the ad network's own count). */
  private markViewable(): void {
    if (this.viewable || this.status !== 'filled') return;
    this.viewable = true;
    this.refresher.viewable();
    this.dispatchEvent(new SabbaAdViewableEvent({ impression: this.impression }));
  }

  /** Collapses an empty or failed slot, but only while no part of it is on screen. */
  private maybeCollapse(): void {
    if (this.collapse !== 'offscreen' || this.margins.onScreen !== false) return;
    if (this.status === 'empty' || this.status === 'error') this.collapsed = true;
  }

  override render(): TemplateResult {
    const texts = this.localize(adSlotTexts, this.strings, { label: this.label, placeholder: this.placeholder });
    // A server-rendered slot carries its reservation in its declarative shadow root, so the space
    // is right from the first paint, before any script (Lit SSR cannot bind inside <style>; the CSS
    // is built from parsed numbers only). The browser keeps it after hydration; the adopted sheet,
    // applied after it, wins from then on.
    return html`
      ${onServer ? unsafeHTML(`<style>${reservationCss(this.plan)}</style>`) : nothing}
      <div class="base" part="base" role="group" aria-labelledby="label">
        <p class="label" part="label" id="label">${texts.label}</p>
        <div class="frame" part="frame">
          <span class="placeholder" part="placeholder" ?hidden=${this.status === 'filled'}>${texts.placeholder}</span>
          <slot name="creative"></slot>
        </div>
      </div>
    `;
  }
}
