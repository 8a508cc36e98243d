import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Overrides } from '../../i18n/index.js';
import { hostStyles } from '../../internal/host.styles.js';
import { SabbaElement } from '../../internal/sabba-element.js';
import { shadowQuery } from '../../internal/shadow-query.js';
import { describeValue, warnOnce } from '../../internal/warn.js';
import { SabbaBackToTopEvent } from './back-to-top.events.js';
import { styles } from './back-to-top.styles.js';
import { backToTopTexts, type BackToTopTexts } from './back-to-top.texts.js';
import { findFocusTarget, focusWithoutScrolling } from './focus-target.js';
import { ScrollProgressController } from './scroll-progress-controller.js';
import { ScrollThresholdController } from './scroll-threshold-controller.js';
import { parseThresholdAttribute, resolveThreshold } from './threshold.js';

/** The corner the button sits in: `end` (inline end, the right in LTR) or `start`. */
export type BackToTopPosition = 'end' | 'start';

/**
 * @summary A back-to-top button that costs nothing while scrolling and is right for keyboard and screen-reader users.
 * @tag sabba-back-to-top
 * @since 0.1
 *
 * Appears once the reader has scrolled past `threshold` px (one viewport by default), decided by an
 * IntersectionObserver: the element adds no scroll listener. Activating it scrolls to the top
 * (instantly under `prefers-reduced-motion: reduce`) and moves focus to the main heading (or
 * `focus-target`), so the next Tab continues from the top. Place it once per page, usually at the
 * end of `<body>`; it is fixed to a bottom corner and hidden in print.
 *
 * Anything inside the tag, such as the `<a href="#top">` a server prints for readers without
 * JavaScript (the WordPress plugin does), is never rendered: the button takes its place, so
 * keyboard and screen-reader users meet one control.
 *
 * @fires sabba-back-to-top - Cancelable. The reader activated the button; nothing has scrolled yet. `detail: { focusTarget, behavior }`.
 *
 * @csspart button - The native button.
 * @csspart icon - The arrow icon (hidden from assistive technology).
 * @csspart progress - The reading-progress ring (with `progress` only).
 *
 * @cssproperty --sabba-back-to-top-size - Button diameter (default 3rem; never below 44px).
 * @cssproperty --sabba-back-to-top-offset-inline - Distance from the inline edge (default 1rem), added to the safe-area inset.
 * @cssproperty --sabba-back-to-top-offset-block - Distance from the bottom (default 1rem), added to the safe-area inset.
 * @cssproperty --sabba-floating-inset-block-end - Set on `<html>` by the bars fixed to the viewport's bottom (the adblock notice banner, a bottom anchor ad) to push the button up (px, default 0px).
 * @cssproperty --sabba-back-to-top-accent - Button background (default --sabba-accent, #b4232a).
 * @cssproperty --sabba-back-to-top-color - Icon and ring colour (default --sabba-accent-contrast, #fff).
 * @cssproperty --sabba-back-to-top-progress-color - Colour of the filled part of the progress ring (default the icon colour).
 * @cssproperty --sabba-back-to-top-ring-gap - Colour between the focus ring and the button (default Canvas).
 * @cssproperty --sabba-back-to-top-z-index - Stacking order (default 900).
 *
 * @cssstate shown - The reader is past the threshold and the button is visible.
 * @cssstate start - The button sits at the inline-start corner (`position="start"`).
 * @cssstate timeline - The progress ring is drawn by a CSS scroll timeline (no script at all).
 */
export class SabbaBackToTop extends SabbaElement {
  static override styles = [hostStyles, styles];

  /**
   * How far (px) the reader scrolls before the button appears. Empty means one viewport height
   * (one container height with `scroll-container`). Negative or unreadable values fall back to
   * the default with a console warning; values above 1,000,000 are clamped.
   */
  @property({ converter: { fromAttribute: parseThresholdAttribute } })
  threshold: number | undefined = undefined;

  /**
   * CSS selector of the element focused after scrolling. Default: the main heading (`h1` in
   * `main` or `article`), then `main`, then the scroll container or `<body>`. A non-focusable
   * target gets `tabindex="-1"` while it holds focus.
   */
  @property({ attribute: 'focus-target' }) focusTarget = '';

  /**
   * CSS selector of the element that scrolls, for layouts where the page itself does not
   * (an app shell with a scrolling `<main>`). Empty means the page.
   */
  @property({ attribute: 'scroll-container' }) scrollContainer = '';

  /** The button's accessible name; empty means the localized "Kembali ke atas" / "Back to top". */
  @property() label = '';

  /** The corner: `end` (default; inline end, the right in LTR) or `start`. */
  @property() position: BackToTopPosition = 'end';

  /** Draws a reading-progress ring around the button. */
  @property({ type: Boolean }) progress = false;

  /** Per-string text overrides (`{ label }`), for pages that set texts from script. */
  @property({ attribute: false }) strings: Overrides<BackToTopTexts> = {};

  /** Whether the button is currently shown (the reader is past the threshold). */
  get shown(): boolean {
    return this.isShown;
  }

  /**
   * Scrolls to the top (instantly under reduced motion) and moves focus to the focus target, as
   * activating the button does. Fires no event: `sabba-back-to-top` reports readers' actions only.
   */
  scrollToTop(): void {
    this.jumpToTop(this.resolveFocusTarget(), this.scrollBehavior());
  }

  /**
   * Whether the reader is past the threshold (the button is shown). Reactive through the
   * `requestUpdate()` in its one writer rather than `@state()`, whose decorator alone would take
   * this element over its 10 kB budget.
   */
  private isShown = false;
  /** The `threshold` attribute as written, so a warning can quote it (the property holds NaN). */
  private thresholdText: string | null = null;
  private container: HTMLElement | null = null;
  private rootMarginTop = '100%';

  private readonly thresholdController = new ScrollThresholdController(this, {
    container: () => this.container,
    rootMarginTop: () => this.rootMarginTop,
    onChange: (passed) => {
      this.handleThresholdChange(passed);
    },
  });

  private readonly progressController = new ScrollProgressController(this, {
    enabled: () => this.progress && !this.usesScrollTimeline(),
    container: () => this.container,
    onProgress: (value) => {
      this.handleProgress(value);
    },
  });

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (name === 'threshold') this.thresholdText = value;
    super.attributeChangedCallback(name, old, value);
  }

  override connectedCallback(): void {
    // Resolve the inputs before the controllers start (they start in super.connectedCallback).
    this.resolveInputs();
    super.connectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('position') && !['end', 'start'].includes(this.position)) {
      warnOnce(`<sabba-back-to-top> position ${describeValue(this.position)} is not "end" or "start"; using "end".`);
    }
    // The first update happens after connectedCallback already applied these.
    if (!this.hasUpdated) return;
    if (changed.has('threshold') || changed.has('scrollContainer')) {
      this.resolveInputs();
      this.thresholdController.restart();
    }
    if (changed.has('progress') || changed.has('scrollContainer')) this.progressController.restart();
  }

  protected override customStates(): Record<string, boolean> {
    return {
      shown: this.isShown,
      start: this.position === 'start',
      timeline: this.progress && this.usesScrollTimeline(),
    };
  }

  private handleClick(): void {
    const focusTarget = this.resolveFocusTarget();
    const behavior = this.scrollBehavior();
    if (this.dispatchEvent(new SabbaBackToTopEvent({ focusTarget, behavior }))) this.jumpToTop(focusTarget, behavior);
  }

  private handleThresholdChange(passed: boolean): void {
    // Hiding a focused control would drop focus to <body>; keep the reader's place instead. The
    // button is the only focusable node in the shadow root.
    if (!passed && this.shadowRoot?.activeElement) focusWithoutScrolling(this.resolveFocusTarget());
    this.isShown = passed;
    this.requestUpdate();
  }

  private handleProgress(value: number): void {
    shadowQuery<SVGElement>(this, '.progress')?.style.setProperty('--_progress', value.toFixed(3));
  }

  private jumpToTop(focusTarget: HTMLElement, behavior: 'instant' | 'smooth'): void {
    const scroller = this.container ?? this.ownerDocument.scrollingElement ?? this.ownerDocument.documentElement;
    scroller.scrollTo({ top: 0, behavior });
    // Focus now, without scrolling: the smooth scroll keeps going, and the next Tab starts here.
    if (!focusWithoutScrolling(focusTarget)) focusWithoutScrolling(this.fallbackFocusTarget());
  }

  /** Reads `threshold` and `scroll-container` into what the controllers use. */
  private resolveInputs(): void {
    const result = resolveThreshold(this.threshold);
    if (result.problem !== undefined) {
      const written = Number.isNaN(this.threshold) && this.thresholdText !== null ? this.thresholdText : this.threshold;
      warnOnce(`<sabba-back-to-top> threshold ${describeValue(written)} ${result.problem}.`);
    }
    this.rootMarginTop = result.rootMarginTop;
    this.container = this.findContainer();
  }

  private findContainer(): HTMLElement | null {
    const selector = this.scrollContainer.trim();
    if (selector === '') return null;
    let match: Element | null;
    try {
      match =
        (this.getRootNode() as Document | ShadowRoot).querySelector(selector) ??
        this.ownerDocument.querySelector(selector);
    } catch {
      warnOnce(
        `<sabba-back-to-top> scroll-container ${describeValue(selector)} is not a valid CSS selector; watching the page.`,
      );
      return null;
    }
    if (match instanceof HTMLElement) return match;
    warnOnce(`<sabba-back-to-top> scroll-container ${describeValue(selector)} matches nothing; watching the page.`);
    return null;
  }

  private resolveFocusTarget(): HTMLElement {
    const root = this.getRootNode() as Document | ShadowRoot;
    const roots = this.container === null ? [root] : [this.container, root];
    return findFocusTarget(roots, this.focusTarget, this.fallbackFocusTarget());
  }

  private fallbackFocusTarget(): HTMLElement {
    return this.container ?? this.ownerDocument.body;
  }

  /** Pages scroll-drive the ring in CSS where supported; containers always use the observer. */
  private usesScrollTimeline(): boolean {
    return (
      this.scrollContainer.trim() === '' && typeof CSS !== 'undefined' && CSS.supports('animation-timeline: scroll()')
    );
  }

  /** Instant under `prefers-reduced-motion: reduce`, else smooth. */
  private scrollBehavior(): 'instant' | 'smooth' {
    return this.ownerDocument.defaultView?.matchMedia('(prefers-reduced-motion: reduce)').matches
      ? 'instant'
      : 'smooth';
  }

  override render(): TemplateResult {
    const texts = this.localize(backToTopTexts, this.strings, { label: this.label });
    // `inert` on top of `visibility: hidden`: out of the tab order and the accessibility tree even
    // if a page overrides the styles through a part. No white space between tags: the browser
    // bundles keep HTML templates as written, and this element is held to 10 kB.
    return html`<div class="wrapper"><button part="button" class="button" type="button" ?inert=${!this.isShown} @click=${this.handleClick}><span class="visually-hidden">${texts.label}</span>${
      this.progress
        ? html`<svg part="progress" class="progress" viewBox="0 0 48 48" aria-hidden="true" focusable="false"><circle class="progress-track" cx="24" cy="24" r="22.5"></circle><circle class="progress-bar" cx="24" cy="24" r="22.5" pathLength="100"></circle></svg>`
        : null
    }<svg part="icon" class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M12 5 5 12m7-7 7 7M12 5v14" fill="none" stroke="currentColor" stroke-width="2.25" stroke-linecap="round" stroke-linejoin="round"></path></svg></button></div>`;
  }
}
