import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { FloatingInsetController, FloatingLayer } from '../../controllers/floating-inset-controller.js';
import type { Overrides } from '../../i18n/index.js';
import { hostStyles } from '../../internal/host.styles.js';
import { SabbaElement } from '../../internal/sabba-element.js';
import { shadowQuery } from '../../internal/shadow-query.js';
import { SabbaAdblockDismissEvent, SabbaAdblockResultEvent } from './adblock-notice.events.js';
import { styles } from './adblock-notice.styles.js';
import { adblockNoticeTexts, type AdblockNoticeTexts } from './adblock-notice.texts.js';
import { detectAdblock } from './detect-adblock.js';
import { AdSlotWatcher } from './detection/ad-slot-signal.js';
import { pageLoaded } from './detection/timing.js';
import { Dismissal } from './dismissal.js';
import { FocusReturn } from './focus-return.js';
import { renderNoticeContent } from './notice-content.js';
import { noticeMode, probeUrl, rememberDays, type AdblockNoticeMode } from './notice-options.js';
import type { AdblockVerdict } from './verdict.js';

export type { AdblockNoticeMode } from './notice-options.js';
export { FLOATING_INSET_PROPERTY } from '../../controllers/floating-inset-controller.js';

/**
 * A polite notice asking readers to allow ads, shown only when an ad blocker is really detected.
 *
 * Detection combines independent signals (bait elements in the page, the site's own ad script, a
 * first-party bait script, the page's `<sabba-ad-slot>`s and the network's health); a failing
 * network lowers confidence instead of accusing the reader. See `detectAdblock()`. The element
 * checks when it connects, or, while the page is still loading, once its `load` event has run.
 *
 * @summary Asks readers with an ad blocker to allow ads; never accuses a clean browser.
 * @tag sabba-adblock-notice
 *
 * @slot - Replaces the explanation under the message (custom content: a subscribe link, allowlist steps).
 * @slot heading - Replaces the heading text.
 * @slot actions - Extra actions next to the "check again" button (e.g. a subscribe link).
 *
 * @csspart banner - The bottom bar (banner mode).
 * @csspart dialog - The native `<dialog>` (dialog mode).
 * @csspart body - The texts and actions.
 * @csspart heading - The heading.
 * @csspart message - The short message under the heading.
 * @csspart explanation - Why ads matter (or the default slot's content).
 * @csspart how-to - How to allow this site in the kind of blocker found (an extension, Brave's Shields, a network filter).
 * @csspart status - The "still detected" hint after a re-check.
 * @csspart actions - The row of buttons.
 * @csspart recheck-button - The "I've turned it off, check again" button.
 * @csspart dismiss-button - The close button.
 *
 * @cssproperty --sabba-adblock-notice-accent - Accent colour of the top border and the main button (falls back to `--sabba-accent`, `#b4232a`).
 * @cssproperty --sabba-adblock-notice-accent-contrast - Text colour on the accent (falls back to `--sabba-accent-contrast`, `#fff`).
 * @cssproperty --sabba-adblock-notice-background - Background of the bar and the dialog (default `Canvas`, which follows the page's `color-scheme`); set it together with `--sabba-adblock-notice-color`.
 * @cssproperty --sabba-adblock-notice-color - Text colour of the bar and the dialog (default `CanvasText`, the pair of `Canvas`).
 * @cssproperty --sabba-adblock-notice-border-color - Border of the dialog (default: 15 % of the text colour).
 * @cssproperty --sabba-adblock-notice-radius - Corner radius (falls back to `--sabba-radius`, `6px`).
 * @cssproperty --sabba-adblock-notice-backdrop - The dialog's backdrop (default `rgb(0 0 0 / 45%)`).
 * @cssproperty --sabba-adblock-notice-z-index - Stacking order of the bar (default `1000`).
 *
 * @cssstate open - The notice is shown.
 * @cssstate checking - A re-check is running.
 *
 * @fires sabba-adblock-result - Once per check, with `{ blocked, confidence, signals }`.
 * @fires sabba-adblock-dismiss - Cancelable. The reader closes the notice; detail `{ rememberDays }`.
 */
export class SabbaAdblockNotice extends SabbaElement {
  static override styles = [hostStyles, styles];

  /**
   * The ad script every notice without `probe-url` probes, set from script: any http(s) origin is
   * accepted here, unlike the attribute. Empty (default): the page's own ad script.
   */
  static probeSrc = '';

  /**
   * `banner` (default): a bar at the bottom of the viewport that leaves room for the article and
   * moves floating widgets up. `dialog`: a modal dialog. `silent`: never shows, still fires events.
   */
  @property({ attribute: 'mode' }) mode: AdblockNoticeMode = 'banner';

  /** Days a dismissal is remembered (default 7; 0: this page view only). */
  @property({ attribute: 'remember-days', type: Number }) rememberDays = 7;

  /**
   * A first-party bait script at a path filter lists block (e.g. `/ad_728.js`, an empty file on
   * your own host). Cross-origin URLs are refused.
   */
  @property({ attribute: 'bait-url' }) baitUrl = '';

  /**
   * The ad script to probe. Empty (default): the ad script the page already loads (AdSense or GPT,
   * or the one a `<sabba-ad-slot>` uses); no ad script on the page means no probe, so the notice
   * never contacts a third party on its own. Only the page's own origin or Google's ad script
   * hosts; any other origin is refused with a warning (set `SabbaAdblockNotice.probeSrc` from script).
   */
  @property({ attribute: 'probe-url' }) probeUrl = '';

  /** Switches the ad script probe off. */
  @property({ attribute: 'no-probe', type: Boolean }) noProbe = false;

  /** A neutral first-party URL that proves the network works (default: a `HEAD` to the page's own URL; any HTTP status counts). */
  @property({ attribute: 'control-url' }) controlUrl = '';

  /** The level of the notice's heading in the page's outline, 1–6 (default 2). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Replaces the heading ("Wett" / "Whoa"). */
  @property({ attribute: 'heading' }) heading = '';

  /** Replaces the message ("Matiin Adblock Bro!" / "Please turn off your ad blocker!"). */
  @property({ attribute: 'message' }) message = '';

  /**
   * Per-text overrides of the notice's texts (`heading`, `message`, `explanation`, `recheck`, `checking`,
   * `stillBlocked`, `dismiss`, `howToExtension`, `howToBrave`, `howToNetwork`).
   */
  @property({ attribute: false }) strings: Overrides<AdblockNoticeTexts> = {};

  /**
   * For Storybook and demos: a verdict to show instead of detecting. While set, no detection runs,
   * no `sabba-adblock-result` fires and dismissals are not stored, so designers can see the open
   * states without an ad blocker.
   */
  @property({ attribute: false }) verdict: AdblockVerdict | undefined;

  /** Whether the last check found an ad blocker (`false` before the first check ends). */
  get detected(): boolean {
    return this.lastVerdict?.blocked ?? false;
  }

  /** The last check's verdict, or `undefined` before the first check ends. */
  get result(): AdblockVerdict | undefined {
    return this.lastVerdict;
  }

  /** Whether the notice is shown (also reflected as the `open` attribute). */
  get open(): boolean {
    return this.opened;
  }

  @state() private opened = false;
  @state() private checking = false;
  @state() private stillBlocked = false;

  private lastVerdict: AdblockVerdict | undefined;
  private readonly adSlots = new AdSlotWatcher();
  private readonly dismissal = new Dismissal();
  private readonly inset = new FloatingInsetController(this, {
    layer: FloatingLayer.banner,
    sizeProperty: '--_sabba-adblock-notice-size',
  });
  private readonly returnFocus = new FocusReturn(this);
  /** Bumped on disconnect so that a check finishing afterwards is ignored. */
  private generation = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    // Slots may report before the first check: start hearing them now.
    this.adSlots.start(document);
    // `open` is the element's own report; a page-written attribute means nothing.
    this.removeAttribute('open');
    this.checkOnLoad();
  }

  /**
   * The check a connection starts, once the page has loaded: a notice in the page's markup (the
   * drop-in script defines it while the article still loads) then neither fetches nor reads layout
   * before the reader has the article (issue 20). On a loaded page it starts at once. Skipped when
   * the element left meanwhile, the page already asked for a check, or shows a demo verdict.
   */
  private checkOnLoad(): void {
    const generation = this.generation;
    const start = (): void => {
      if (generation === this.generation && !this.checking && this.verdict === undefined) void this.check();
    };
    if (document.readyState === 'complete') start();
    else void pageLoaded().then(start);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.generation++;
    this.adSlots.stop();
    this.checking = false;
    this.setOpened(false);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('verdict') && this.isConnected) {
      if (this.verdict !== undefined) this.apply(this.verdict, true);
      else if (changed.get('verdict') !== undefined) this.close();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const mode = this.effectiveMode;
    const dialog = shadowQuery<HTMLDialogElement>(this, 'dialog');
    if (dialog !== null && this.opened && mode === 'dialog' && !dialog.open) {
      this.returnFocus.rememberActive();
      dialog.showModal();
    }
    const banner = shadowQuery<HTMLElement>(this, '.banner');
    if (this.opened && mode === 'banner' && banner !== null) this.inset.measure(banner);
    else this.inset.release();
  }

  protected override customStates(): Record<string, boolean> {
    return { open: this.opened, checking: this.checking };
  }

  /**
   * Runs detection again (the "check again" button calls it): closes the notice when the blocker
   * is gone, shows a hint when it is still there. Resolves with the new verdict.
   */
  async recheck(): Promise<AdblockVerdict> {
    return this.check();
  }

  private async handleRecheckClick(): Promise<void> {
    if (this.checking) return;
    this.stillBlocked = false;
    await this.recheck();
  }

  private handleDismissClick(): void {
    this.dismiss();
  }

  /** Escape closes the bar too when focus is in it (the dialog gets Escape from the browser). */
  private handleBannerKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    this.dismiss();
  }

  private handleDialogCancel(event: Event): void {
    event.preventDefault();
    this.dismiss();
  }

  /** The browser may close the dialog itself (a repeated Escape): keep the state honest. */
  private handleDialogClose(): void {
    if (this.opened) this.close();
  }

  /** Remembers where the reader came from, to return there when the notice closes under focus. */
  private handleFocusIn(event: FocusEvent): void {
    this.returnFocus.rememberOrigin(event);
  }

  private async check(): Promise<AdblockVerdict> {
    if (this.verdict !== undefined) {
      this.apply(this.verdict, true);
      return this.verdict;
    }
    const generation = this.generation;
    this.checking = true;
    const verdict = await detectAdblock({
      baitUrl: this.baitUrl,
      probeUrl: this.noProbe ? false : probeUrl(this.probeUrl, SabbaAdblockNotice.probeSrc),
      controlUrl: this.controlUrl,
      adSlots: this.adSlots,
    });
    if (generation !== this.generation) return verdict;
    this.checking = false;
    // A simulated verdict set while detecting takes over: the page asked to see that one.
    if (this.simulating) return verdict;
    this.lastVerdict = verdict;
    this.dispatchEvent(new SabbaAdblockResultEvent(verdict));
    this.apply(verdict, false);
    return verdict;
  }

  /** Opens, keeps or closes the notice for a verdict. */
  private apply(verdict: AdblockVerdict, simulated: boolean): void {
    if (simulated) this.lastVerdict = verdict;
    if (!verdict.blocked) {
      this.stillBlocked = false;
      this.close();
      return;
    }
    if (this.opened) {
      this.stillBlocked = true;
      return;
    }
    if (this.effectiveMode === 'silent') return;
    if (!simulated) {
      if (!this.dismissal.mayShow()) return;
      this.dismissal.markShown();
    }
    this.setOpened(true);
  }

  /** Whether a demo verdict drives the notice (read through a getter: it can change during a check). */
  private get simulating(): boolean {
    return this.verdict !== undefined;
  }

  private get effectiveMode(): AdblockNoticeMode {
    return noticeMode(this.mode);
  }

  /** `open` is reflected at once (scripts read it before any update); the custom state follows the update. */
  private setOpened(open: boolean): void {
    this.opened = open;
    this.toggleAttribute('open', open);
  }

  private close(): void {
    if (!this.opened) return;
    const focusWasInside = this.matches(':focus-within');
    this.setOpened(false);
    this.inset.release();
    const dialog = shadowQuery<HTMLDialogElement>(this, 'dialog');
    if (dialog?.open === true) dialog.close();
    this.returnFocus.restore(focusWasInside);
  }

  /** Asks the page (cancelable event), then closes and remembers the dismissal. */
  private dismiss(): void {
    const days = rememberDays(this.rememberDays);
    const event = new SabbaAdblockDismissEvent({ rememberDays: days });
    this.dispatchEvent(event);
    if (event.defaultPrevented) return;
    if (this.verdict === undefined) this.dismissal.dismiss(days);
    this.close();
  }

  override render(): TemplateResult {
    const mode = this.effectiveMode;
    if (mode === 'silent') return html``;
    if (mode === 'dialog') {
      return html`
        <dialog
          part="dialog"
          aria-labelledby="heading"
          aria-describedby="message"
          @cancel=${this.handleDialogCancel}
          @close=${this.handleDialogClose}
          @focusin=${this.handleFocusIn}
        >
          ${this.opened ? this.renderContent() : nothing}
        </dialog>
      `;
    }
    return html`
      <section
        part="banner"
        class="banner"
        aria-labelledby="heading"
        ?hidden=${!this.opened}
        @keydown=${this.handleBannerKeydown}
        @focusin=${this.handleFocusIn}
      >
        ${this.opened ? this.renderContent() : nothing}
      </section>
      <div class="spacer" ?hidden=${!this.opened}></div>
    `;
  }

  private renderContent(): TemplateResult {
    return renderNoticeContent({
      texts: this.localize(adblockNoticeTexts, this.strings, { heading: this.heading, message: this.message }),
      mode: this.effectiveMode,
      headingLevel: this.headingLevel,
      verdict: this.lastVerdict,
      checking: this.checking,
      stillBlocked: this.stillBlocked,
      onRecheck: () => void this.handleRecheckClick(),
      onDismiss: () => {
        this.handleDismissClick();
      },
    });
  }
}
