import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Overrides } from '../../i18n/index.js';
import { hostStyles } from '../../internal/host.styles.js';
import { SabbaElement } from '../../internal/sabba-element.js';
import { safeLink, safeUrl } from '../../internal/safe-url.js';
import { shadowQuery } from '../../internal/shadow-query.js';
import { describeValue, warnOnce } from '../../internal/warn.js';
import { renderAvatar, renderName, renderProfiles } from './author-card.parts.js';
import { styles } from './author-card.styles.js';
import { authorCardTexts, type AuthorCardTexts } from './author-card.texts.js';
import { cssProperties } from './css-properties.js';
import { syncJsonLd } from './json-ld-sync.js';
import { parseProfileLinks } from './profile-links.js';
import { adoptServerContent } from './server-content.js';
import type { AuthorFacts, AuthorType } from './structured-data.js';

export type { AuthorType } from './structured-data.js';
export type { ProfileLink, ProfileNetwork } from './profile-links.js';

/** The texts of the author card, each overridable through the `strings` property. */
export type AuthorCardStrings = AuthorCardTexts;

/** Lines of bio shown before "Show more" when `collapsed-lines` is missing or unusable. */
export const DEFAULT_COLLAPSED_LINES = 3;
/** More than this is not a teaser any more; such values are treated as a typo. */
const MAX_COLLAPSED_LINES = 50;

/**
 * @summary The author box under an article: photo or initials, name linked to the author's page,
 * role, a bio that folds behind "Show more", profile links, and optional schema.org structured data.
 * @tag sabba-author-card
 * @since 0.1
 * @status experimental
 *
 * @slot - The bio as markup (paragraphs, a `<blockquote>` or `<q>` keeps its quotation styling).
 * Used when the `bio` attribute is empty.
 * @slot server - Never shown: the card a server printed for readers without JavaScript (photo, name,
 * role, profile links; markup in `server-content.ts`). Fills the attributes left empty when the card upgrades.
 *
 * @csspart base - The card's box.
 * @csspart avatar - The photo, or the initials box when there is none.
 * @csspart initials - The initials box shown when there is no working photo (also has `avatar`).
 * @csspart badge - The newsroom label of an organization ("Tim redaksi").
 * @csspart name - The name (a link when `href` is set).
 * @csspart job-title - The role line.
 * @csspart bio - The bio box that is clamped to `collapsed-lines`.
 * @csspart toggle - The "Show more" / "Show less" button.
 * @csspart profiles - The list of profile links.
 * @csspart profile-link - One profile link.
 * @csspart icon - A decorative icon (profile links, the avatar fallback).
 *
 * @cssproperty --sabba-author-card-accent - Links, the quote bar and the toggle (default `--sabba-accent`, `#b4232a`).
 * @cssproperty --sabba-author-card-avatar-size - Avatar size in the full card (default `4rem`).
 * @cssproperty --sabba-author-card-compact-avatar-size - Avatar size in the compact byline (default `2rem`).
 * @cssproperty --sabba-author-card-avatar-radius - Photo corner radius (default `50%` for a person, `--sabba-radius` for an organization).
 * @cssproperty --sabba-author-card-background - Card background (default a 4 % tint of the text colour).
 * @cssproperty --sabba-author-card-border - Card border (default `1px solid` a 15 % tint of the text colour).
 * @cssproperty --sabba-author-card-radius - Card corner radius (default `--sabba-radius`, `6px`).
 * @cssproperty --sabba-author-card-padding - Card padding (default `1rem`).
 * @cssproperty --sabba-author-card-gap - Space between avatar and text (default `1rem`).
 *
 * @cssstate organization - The author is an organization (`type="organization"`).
 * @cssstate compact - The compact byline variant is shown.
 * @cssstate overflowing - The bio is longer than `collapsed-lines` (the toggle is shown).
 * @cssstate expanded - The reader unfolded the bio.
 * @cssstate initials - Initials are shown instead of a photo.
 */
export class SabbaAuthorCard extends SabbaElement {
  static override styles = [hostStyles, styles];

  /** The author's or newsroom's name. Required: without it there is no structured data. */
  @property() name = '';

  /** The author's role, e.g. "Wartawan" (shown under the name; schema.org `jobTitle` for a person). */
  @property({ attribute: 'job-title' }) jobTitle = '';

  /**
   * URL of the photo or logo. Loaded lazily at a fixed size; when missing or broken, initials on a
   * colour derived from the name are shown. No Gravatar or other third-party request is ever made
   * unless this URL points there.
   */
  @property() avatar = '';

  /** URL of the author's page (the archive of their articles). The name links to it. */
  @property() href = '';

  /**
   * Space-separated absolute profile URLs (Instagram, Facebook, X, YouTube, TikTok, LinkedIn,
   * WhatsApp `wa.me`, Telegram `t.me`, or any website). Also the schema.org `sameAs` list.
   */
  @property({ attribute: 'same-as' }) sameAs = '';

  /** `person` (default) or `organization` (a newsroom such as "Redaksi"). Unknown values fall back to `person`. */
  @property() type: AuthorType = 'person';

  /** The bio as plain text. When empty, the slotted content is the bio. */
  @property() bio = '';

  /** How many lines of bio show before "Show more" (a whole number from 1 to 50; default 3). */
  @property({ attribute: 'collapsed-lines', type: Number }) collapsedLines = DEFAULT_COLLAPSED_LINES;

  /** Shows a one-line byline (avatar and name) instead of the full card. */
  @property({ type: Boolean }) compact = false;

  /**
   * Emits a schema.org `Person`/`Organization` JSON-LD script for this author in the light DOM,
   * describing exactly what the card shows and reusing the `@id` of a node the page already has.
   */
  @property({ attribute: 'structured-data', type: Boolean }) structuredData = false;

  /** Overrides the "Selengkapnya" / "Show more" text. */
  @property({ attribute: 'show-more-label' }) showMoreLabel = '';

  /** Overrides the "Sembunyikan" / "Show less" text. */
  @property({ attribute: 'show-less-label' }) showLessLabel = '';

  /** Overrides any of the card's texts (`showMore`, `showLess`, `organization`, `profileOn`). */
  @property({ attribute: false }) strings: Overrides<AuthorCardStrings> = {};

  /** Whether the reader unfolded the bio. */
  @state() private expanded = false;
  /** Whether the clamped bio hides text (only then is the toggle shown). */
  @state() private overflowing = false;
  /** Set when the photo failed to load; reset when `avatar` changes. */
  @state() private avatarFailed = false;
  /** The slotted bio's text, re-read on every slot change (it feeds `description`). */
  @state() private slottedBio = '';

  /** The card's own JSON-LD script while structured data is on and the card is in the page. */
  private jsonLdScript: HTMLScriptElement | undefined;
  /** Whether a server printed the card's content (then the page's own JSON-LD comes first). */
  private serverRendered = false;

  // The bio's width decides where it wraps, so a resize can add or remove the overflow. The bio
  // itself is observed, not the host: showing the toggle resizes the host, and measuring in
  // response to that would be a ResizeObserver loop. A plain ResizeObserver, made on first use (a
  // server has none), paused while the card is out of the page: `@lit-labs/observers`'
  // ResizeController would bring Lit's async-directive code into every bundle with the card.
  private bioObserver: ResizeObserver | undefined;
  /** The bio element being observed (it is replaced when the card switches variants). */
  private observedBio: HTMLElement | undefined;
  /** Whether the observer has reported on `observedBio` yet (its first report measures it). */
  private bioReported = false;

  /** The validated author type. */
  private get authorType(): AuthorType {
    return this.type === 'organization' ? 'organization' : 'person';
  }

  /** The validated number of collapsed lines. */
  private get lines(): number {
    const value = this.collapsedLines;
    return Number.isInteger(value) && value >= 1 && value <= MAX_COLLAPSED_LINES ? value : DEFAULT_COLLAPSED_LINES;
  }

  /** The photo URL to show, or `undefined` when there is none or it failed. */
  private get avatarSrc(): string | undefined {
    return this.avatarFailed ? undefined : safeLink(this.avatar);
  }

  /** The bio text the reader sees (attribute first, else the slotted content). */
  private get bioText(): string {
    return this.bio.trim() !== '' ? this.bio.trim() : this.slottedBio;
  }

  private get texts(): AuthorCardStrings {
    return this.localize(authorCardTexts, this.strings, { showMore: this.showMoreLabel, showLess: this.showLessLabel });
  }

  /** Starts listening for late web fonts and restores the JSON-LD when the card is re-inserted. */
  override connectedCallback(): void {
    super.connectedCallback();
    // Before the first render, so the card draws the server's content in its place at once.
    if (!this.hasUpdated) this.serverRendered = adoptServerContent(this);
    // A web font that arrives late changes line breaks: measure again once the fonts loading now
    // are ready and whenever the page loads another font. With none loading, `ready` is already
    // settled and would only force a layout while the page starts: the bio observer's first
    // report measures it after the browser's own layout (issue 20).
    const fonts = document.fonts as FontFaceSet | undefined;
    fonts?.addEventListener('loadingdone', this.handleFontsLoaded);
    if (fonts?.status === 'loading') void fonts.ready.then(this.handleFontsLoaded);
    if (this.observedBio !== undefined) this.bioObserver?.observe(this.observedBio);
    if (this.hasUpdated) this.syncStructuredData();
  }

  /** Stops listening and removes the JSON-LD, so a removed card leaves nothing behind. */
  override disconnectedCallback(): void {
    super.disconnectedCallback();
    (document.fonts as FontFaceSet | undefined)?.removeEventListener('loadingdone', this.handleFontsLoaded);
    this.bioObserver?.disconnect();
    this.syncStructuredData();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('avatar')) {
      this.avatarFailed = false;
      if (this.avatar.trim() !== '' && safeUrl(this.avatar) === undefined) {
        warnOnce(`<sabba-author-card> avatar ${describeValue(this.avatar)} is not an http(s) URL; initials are shown.`);
      }
    }
    if (changed.has('href') && this.href.trim() !== '' && safeUrl(this.href) === undefined) {
      warnOnce(`<sabba-author-card> href ${describeValue(this.href)} is not an http(s) URL; the name is not linked.`);
    }
    if (changed.has('type') && this.type !== this.authorType) {
      warnOnce(
        `<sabba-author-card> type ${describeValue(this.type)} is not "person" or "organization"; "person" is used.`,
      );
    }
    if (changed.has('collapsedLines') && this.collapsedLines !== this.lines) {
      warnOnce(
        `<sabba-author-card> collapsed-lines ${describeValue(this.collapsedLines)} is not a whole number from 1 to ` +
          `${MAX_COLLAPSED_LINES}; ${DEFAULT_COLLAPSED_LINES} is used.`,
      );
    }
    if ((changed.has('name') || changed.has('structuredData')) && this.structuredData && this.name.trim() === '') {
      warnOnce('<sabba-author-card> has structured-data but no name: no structured data is emitted.');
    }
  }

  protected override customStates(): Record<string, boolean> {
    return {
      organization: this.authorType === 'organization',
      compact: this.compact,
      expanded: this.expanded,
      overflowing: this.overflowing,
      initials: this.avatarSrc === undefined,
    };
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Measure after the new layout exists, outside this update (a state change here would
    // schedule a second update while the first is still finishing).
    if (['bio', 'collapsedLines', 'compact', 'slottedBio', 'expanded'].some((key) => changed.has(key))) {
      void this.updateComplete.then(() => {
        // A bio observed for the first time is measured by the observer's first report, after the
        // browser's own layout: reading it here would force a layout of the whole page while it
        // starts (issue 20). So does a bio whose first report is still due (slotted content
        // arrives in a second update of the same task), unless a server printed the card: the
        // plugin's markup keeps the toggle's room, and showing the toggle a frame late would move
        // the page. A bio already reported on may change without resizing: measure it now.
        if (!this.observeBio() && (this.bioReported || this.serverRendered)) this.measureOverflow();
      });
    }
    this.syncStructuredData();
  }

  private handleToggle(): void {
    this.expanded = !this.expanded;
  }

  private handleAvatarError(): void {
    warnOnce(`<sabba-author-card> avatar ${describeValue(this.avatar)} failed to load; initials are shown.`);
    this.avatarFailed = true;
  }

  private handleSlotChange(event: Event): void {
    const nodes = (event.target as HTMLSlotElement).assignedNodes({ flatten: true });
    this.slottedBio = nodes
      .map((node) => node.textContent)
      .join(' ')
      .replace(/\s+/gu, ' ')
      .trim();
  }

  private readonly handleFontsLoaded = (): void => {
    if (this.isConnected) this.measureOverflow();
  };

  /** Observes the current bio element; true when it starts observing one it did not before. */
  private observeBio(): boolean {
    const bio = shadowQuery<HTMLElement>(this, '#bio') ?? undefined;
    if (bio === this.observedBio) return false;
    this.bioObserver ??= new ResizeObserver(() => {
      this.bioReported = true;
      this.measureOverflow();
    });
    if (this.observedBio !== undefined) this.bioObserver.unobserve(this.observedBio);
    this.observedBio = bio;
    this.bioReported = false;
    if (bio === undefined) return false;
    this.bioObserver.observe(bio);
    return true;
  }

  /**
   * Decides whether the clamped bio hides text. While unfolded the toggle must stay (to fold it
   * again), so only the folded layout is measured.
   */
  private measureOverflow(): void {
    const bio = shadowQuery<HTMLElement>(this, '#bio');
    if (bio === null || this.compact || this.expanded) return;
    // One pixel of slack: sub-pixel line heights round differently in each engine.
    this.overflowing = bio.scrollHeight > bio.clientHeight + 1;
  }

  /** Creates, updates or removes the light-DOM JSON-LD script to match the current state. */
  private syncStructuredData(): void {
    const on = this.structuredData && this.isConnected;
    this.jsonLdScript = syncJsonLd(this, this.jsonLdScript, on ? this.facts() : undefined, this.serverRendered);
  }

  /** What the card shows right now, for its structured data. */
  private facts(): AuthorFacts {
    // Only what the reader can see: the compact byline shows a photo and a name, nothing else.
    const full = !this.compact;
    return {
      type: this.authorType,
      name: this.name,
      url: safeUrl(this.href),
      image: this.avatarFailed ? undefined : safeUrl(this.avatar),
      jobTitle: full ? this.jobTitle : undefined,
      sameAs: full ? parseProfileLinks(this.sameAs).map((link) => link.href) : undefined,
      description: full ? this.bioText : undefined,
    };
  }

  protected override render(): TemplateResult {
    return this.compact ? this.renderCompact() : this.renderFull();
  }

  private renderCompact(): TemplateResult {
    return html`<div part="base" class="card compact">${this.renderAvatar()}${renderName(this.name, this.href)}</div>`;
  }

  private renderFull(): TemplateResult {
    const texts = this.texts;
    const links = parseProfileLinks(this.sameAs);
    const hasBio = this.bioText !== '';
    const badge =
      this.authorType === 'organization'
        ? html`<span part="badge" class="badge">${texts.organization}</span>`
        : nothing;
    const jobTitle =
      this.jobTitle.trim() === '' ? nothing : html`<p part="job-title" class="job-title">${this.jobTitle}</p>`;
    const toggle =
      hasBio && (this.overflowing || this.expanded)
        ? html`<button part="toggle" class="toggle" type="button" aria-expanded=${this.expanded ? 'true' : 'false'} aria-controls="bio" @click=${this.handleToggle}>${this.expanded ? texts.showLess : texts.showMore}</button>`
        : nothing;
    // No white space between tags: the bundles keep templates as written.
    return html`<div part="base" class="card">${this.renderAvatar()}<div class="head">${badge}${renderName(this.name, this.href)}${jobTitle}</div><div part="bio" id="bio" class=${this.expanded ? 'bio expanded' : 'bio'} style=${cssProperties({ '--_lines': String(this.lines) })} ?hidden=${!hasBio}>${this.bio.trim() !== '' ? this.bio : html`<slot @slotchange=${this.handleSlotChange}></slot>`}</div>${toggle}${links.length === 0 ? nothing : renderProfiles(links, this.name, texts)}</div>`;
  }

  private renderAvatar(): TemplateResult {
    // Lit calls template listeners with the element as `this`.
    return renderAvatar(this.avatarSrc, this.name, this.authorType, this.handleAvatarError);
  }
}
