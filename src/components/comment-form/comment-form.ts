import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { ConnectivityController } from '../../controllers/connectivity-controller.js';
import type { Overrides } from '../../i18n/index.js';
import { headingLevel } from '../../internal/heading-level.js';
import { hostStyles } from '../../internal/host.styles.js';
import { SabbaElement } from '../../internal/sabba-element.js';
import { safeLink, safeUrl } from '../../internal/safe-url.js';
import { shadowQuery } from '../../internal/shadow-query.js';
import { describeValue, warnOnce } from '../../internal/warn.js';
import { byteBudget, MAX_BYTES, type LimitedField } from './byte-limits.js';
import {
  parseId,
  parseRestRoot,
  parseSeconds,
  parseSiteUrl,
  parseSwitch,
  parseTransport,
} from './comment-form-config.js';
import {
  SabbaCommentErrorEvent,
  SabbaCommentReplyCancelEvent,
  SabbaCommentSubmitEvent,
  SabbaCommentSuccessEvent,
  type CommentTransportName,
} from './comment-form.events.js';
import { styles } from './comment-form.styles.js';
import { commentFormTexts, type CommentFormTexts } from './comment-form.texts.js';
import { CountdownController } from './countdown-controller.js';
import { DraftController } from './draft-controller.js';
import { acceptedStatus, problemMessage, refusalMessage, type StatusKind } from './outcome-messages.js';
import { sendWithTimeout } from './send-with-timeout.js';
import type { CommentRefused, CommentSubmitter, OutgoingComment } from './submitter.js';
import { createClassicTransport } from './transports/classic-transport.js';
import { createRestTransport } from './transports/rest-transport.js';
import { normalizeWebsite, phpTrim, validateComment, type FieldName } from './validation.js';

type Texts = CommentFormTexts;
/** What the reader has typed into the four fields. */
type Values = Record<LimitedField, string>;

/** The first non-empty string, or ''. */
function firstFilled(...values: (string | undefined)[]): string {
  return values.find((v) => v !== undefined && v !== '') ?? '';
}

/** WordPress's default flood interval (`comment_flood_filter`), which the site does not publish. */
const FLOOD_SECONDS = 15;

/**
 * @summary A WordPress comment form ("Tinggalkan Balasan") that speaks WordPress's REST API and
 * `wp-comments-post.php`, maps every WordPress error to a localized message next to the right
 * field, and never loses what the reader wrote.
 * @tag sabba-comment-form
 * @since 0.1
 *
 * @csspart base - The wrapper around the whole form.
 * @csspart title - The "Tinggalkan Balasan" / "Balas ke …" heading.
 * @csspart cancel-reply - The "Batalkan balasan" button.
 * @csspart form - The `<form>`.
 * @csspart notes - The e-mail and required-fields note.
 * @csspart field - Each field's wrapper (label, control, messages).
 * @csspart label - Each field's label.
 * @csspart control - Each text control (textarea and inputs).
 * @csspart counter - The live byte counter shown near a field's limit.
 * @csspart field-error - A field's error message.
 * @csspart checkbox - The consent and terms checkbox rows.
 * @csspart status - The live region that announces the outcome.
 * @csspart submit - The submit button.
 * @csspart flood-wait - The countdown shown after a flood error.
 * @csspart preview - The submitted comment, shown after success.
 *
 * @cssproperty --sabba-comment-form-accent - Button and focus colour (default `--sabba-accent`, `#b4232a`).
 * @cssproperty --sabba-comment-form-accent-contrast - Text on the button (default `--sabba-accent-contrast`, `#fff`).
 * @cssproperty --sabba-comment-form-radius - Corner radius of controls (default `--sabba-radius`, `6px`).
 * @cssproperty --sabba-comment-form-border - Control border colour (default: the text colour at 35 %).
 * @cssproperty --sabba-comment-form-error - Error colour (default: red mixed with the text colour, so it stays readable on light and dark pages).
 * @cssproperty --sabba-comment-form-success - Border of the "posted" message (default: green mixed with the text colour).
 * @cssproperty --sabba-comment-form-gap - Space between fields (default `1rem`).
 *
 * @cssstate submitting - A request is in flight.
 * @cssstate error - The last attempt failed (validation or server).
 * @cssstate success - The site accepted the comment.
 * @cssstate held - The accepted comment waits for moderation.
 * @cssstate flood - The form waits after a "too quickly" error.
 * @cssstate offline - The browser reports no network.
 * @cssstate replying - The form answers another comment.
 *
 * @fires sabba-comment-submit - Cancelable. Before a valid comment is sent; detail: the comment.
 * @fires sabba-comment-success - The site accepted it; detail `{id, status, link, confirmed, comment, transport}`.
 * @fires sabba-comment-error - Sending failed; detail `{code, status, message, serverMessage, field, transport}`.
 * @fires sabba-comment-reply-cancel - The reader pressed "Batalkan balasan"; detail `{parentId}`.
 */
export class SabbaCommentForm extends SabbaElement {
  static override styles = [hostStyles, styles];

  /** The WordPress site root (`home_url()`), absolute or relative to the page. Default: the page's origin. */
  @property({ attribute: 'site-url' }) siteUrl = '';

  /** The WordPress post ID the comment belongs to. Required. */
  @property({ attribute: 'post-id' }) postId = '';

  /** The level of the form's heading in the page's outline, 1–6 (default 2: right under the article's `h1`). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** The ID of the comment being answered; empty or `0` for a top-level comment. */
  @property({ attribute: 'parent-id' }) parentId = '';

  /** The name of the person being answered, for the "Balas ke {nama}" title. */
  @property({ attribute: 'reply-to-name' }) replyToName = '';

  /** `rest` (default, `{site-url}/wp-json/wp/v2/comments`) or `classic` (`{site-url}/wp-comments-post.php`). */
  @property() transport = 'rest';

  /** The REST API root when it is not `{site-url}/wp-json/`, e.g. `https://site/?rest_route=/`. */
  @property({ attribute: 'rest-root' }) restRoot = '';

  /**
   * The `wp_rest` nonce of a logged-in reader (REST transport). The reader then comments as their
   * account and the name, e-mail and website fields are not shown, as in WordPress.
   *
   * The attribute is `nonce`. Browsers hide a `nonce` attribute on pages served with a CSP header
   * (they blank it and keep the value in the element's `nonce` IDL property), so the element reads
   * that too.
   */
  @property({ attribute: 'nonce' }) wpNonce = '';

  /**
   * WordPress's "Comment author must fill out name and email" option. On unless the attribute says
   * `false` (WordPress's default is on); when off, name and e-mail are optional.
   */
  @property({ attribute: 'require-name-email' }) requireNameEmail: string | null = null;

  /** Shows WordPress's "Simpan nama, email, dan situs web saya…" box; ticked, the identity is remembered locally. */
  @property({ attribute: 'cookies-consent', type: Boolean }) cookiesConsent = false;

  /** A terms page (e.g. Dewan Pers comment guidelines); when set, the reader must tick a terms box. */
  @property({ attribute: 'terms-url' }) termsUrl = '';

  /** Seconds to wait for the site before giving up (1–120, default 20). */
  @property({ type: Number }) timeout = 20;

  /**
   * Anti-spam: a submission sooner than this many seconds after the form appeared, with no typing
   * seen, is treated as a bot (fake success, nothing sent). 0–60, default 3.
   */
  @property({ attribute: 'min-submit-seconds', type: Number }) minSubmitSeconds = 3;

  /** Replaces the "Tinggalkan Balasan" title. */
  @property() heading = '';

  /** Replaces the "Kirim Komentar" button text. */
  @property({ attribute: 'submit-label' }) submitLabel = '';

  /** Replaces any of the form's texts, e.g. `{ errDuplicate: '…' }`. */
  @property({ attribute: false }) strings: Overrides<Texts> = {};

  /**
   * Delivers comments to a back end that is not WordPress (or to a WordPress reached differently).
   * When set, `transport`, `site-url` and `nonce` are not used for sending.
   */
  @property({ attribute: false }) submitter: CommentSubmitter | undefined = undefined;

  @state() private values: Values = { comment: '', author: '', email: '', url: '' };
  @state() private terms = false;
  @state() private consent = false;
  @state() private errors: Partial<Record<FieldName, string>> = {};
  @state() private statusText = '';
  @state() private outcome: StatusKind = 'idle';
  @state() private submitting = false;
  @state() private replyCancelled = false;
  @state() private preview: { comment: OutgoingComment; status: 'approved' | 'hold' } | undefined;

  private readonly drafts = new DraftController(this, () => this.values.comment);
  private readonly floodWait = new CountdownController(this);
  private readonly connectivity = new ConnectivityController(this);
  private inFlight: AbortController | undefined;
  private shownAt = 0;
  private humanInput = false;

  /** The texts in the current language with the page's overrides. */
  private get texts(): Texts {
    return this.localize(commentFormTexts, this.strings, { title: this.heading, submit: this.submitLabel });
  }

  private get site(): string | undefined {
    return parseSiteUrl(this.siteUrl);
  }

  private get post(): number | undefined {
    return parseId(this.postId, 'post-id');
  }

  private get effectiveParent(): number {
    return this.replyCancelled ? 0 : (parseId(this.parentId, 'parent-id', true) ?? 0);
  }

  /** The REST nonce: the attribute, or what CSP nonce hiding moved into the `nonce` IDL property. */
  private get restNonce(): string {
    // `nonce` is absent from Lit SSR's DOM shim: undefined there would read as logged in.
    const nonce: unknown = this.nonce;
    return this.wpNonce || (typeof nonce === 'string' ? nonce : '');
  }

  private get loggedIn(): boolean {
    return this.restNonce !== '' && this.submitter === undefined && parseTransport(this.transport) === 'rest';
  }

  private get needsNameEmail(): boolean {
    return !this.loggedIn && parseSwitch(this.requireNameEmail, 'require-name-email');
  }

  override connectedCallback(): void {
    // Connects the controllers: language, drafts, the flood wait, connectivity.
    super.connectedCallback();
    // The anti-spam clock starts when the form appears.
    this.shownAt = Date.now();
  }

  override disconnectedCallback(): void {
    // Releases the controllers: the draft is written, the flood wait pauses, listeners go.
    super.disconnectedCallback();
    // A request still in flight belongs to a form that is gone; its draft stays saved.
    this.inFlight?.abort();
  }

  /** Moves focus into the comment field (a thread's "Balas" button uses it), scrolling it into view. */
  focusComment(): void {
    this.focusField('comment');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('parentId')) this.replyCancelled = false;
    if (this.drafts.moveTo(this.site, this.post, this.effectiveParent)) this.restore();
  }

  protected override customStates(): Record<string, boolean> {
    const outcome = this.outcome;
    return {
      submitting: this.submitting,
      error: outcome === 'error',
      success: outcome !== 'idle' && outcome !== 'error',
      held: outcome === 'hold' || outcome === 'unconfirmed',
      flood: this.floodWait.left > 0,
      offline: this.connectivity.offline,
      replying: this.effectiveParent > 0,
    };
  }

  private handleInput(event: Event): void {
    const control = event.target as HTMLInputElement | HTMLTextAreaElement;
    const name = control.name as keyof Values;
    if (!(name in this.values)) return;
    if (event.isTrusted) this.humanInput = true;
    this.values = { ...this.values, [name]: control.value };
    // A corrected field loses its error at once; the others keep theirs until the next attempt.
    if (this.errors[name] !== undefined) this.errors = { ...this.errors, [name]: undefined };
    if (!this.drafts.schedule()) {
      const why =
        this.post === undefined
          ? `post-id ${describeValue(this.postId)} is not a positive whole number`
          : 'site-url is not a valid site';
      warnOnce(
        `<sabba-comment-form> keeps no draft of the reader's text: ${why}, and drafts are kept per post so that one page's text never appears on another.`,
      );
    }
  }

  private handleTerms(event: Event): void {
    this.terms = (event.target as HTMLInputElement).checked;
    if (this.terms) this.errors = { ...this.errors, terms: undefined };
  }

  private handleConsent(event: Event): void {
    this.consent = (event.target as HTMLInputElement).checked;
    // Unticking is withdrawing consent: forget the remembered identity now, not at the next post.
    if (!this.consent && this.site) this.drafts.saveIdentity(this.site, undefined);
  }

  private handleCancelReply(): void {
    const parentId = this.effectiveParent;
    this.replyCancelled = true;
    void this.updateComplete.then(() => {
      this.focusField('comment');
      // After the form's own focus move, so a thread listening can give focus to the comment.
      this.dispatchEvent(new SabbaCommentReplyCancelEvent({ parentId }));
    });
  }

  private async handleSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    // One request at a time: a double click, Enter held down or a resubmit during the flood wait
    // all end here.
    if (this.submitting || this.floodWait.left > 0) return;
    this.drafts.flush();

    const problems = validateComment(
      { ...this.values, terms: this.terms },
      { requireNameEmail: this.needsNameEmail, requireTerms: this.termsUrl.trim() !== '' },
    );
    if (problems.length > 0) {
      this.errors = Object.fromEntries(problems.map((p) => [p.field, problemMessage(p, this.texts)]));
      this.setStatus('error', this.texts.errorSummary);
      await this.updateComplete;
      const [first] = problems;
      if (first) this.focusField(first.field);
      return;
    }
    this.errors = {};

    const comment = this.outgoing();
    if (this.looksLikeBot()) {
      // A bot learns nothing: the form behaves as after a held comment, and nothing is sent.
      this.preview = { comment, status: 'hold' };
      this.setStatus('hold', this.texts.held);
      return;
    }

    const submit = new SabbaCommentSubmitEvent({ ...comment, transport: this.transportName() });
    this.dispatchEvent(submit);
    if (submit.defaultPrevented) return;

    this.submitting = true;
    this.setStatus('idle', '');
    const abort = (this.inFlight = new AbortController());
    const outcome = await sendWithTimeout(
      this.submitterFor(),
      comment,
      parseSeconds(this.timeout, 'timeout', 20, 1, 120),
      abort,
    );
    this.inFlight = undefined;
    this.submitting = false;
    if (!this.isConnected) return;
    if (outcome.ok) this.accept(comment, outcome.status, outcome.id, outcome.link, outcome.confirmed !== false);
    else this.refuse(outcome);
  }

  private setStatus(outcome: StatusKind, text: string): void {
    this.outcome = outcome;
    this.statusText = text;
  }

  private focusField(field: FieldName): void {
    shadowQuery<HTMLElement>(this, `#${field}`)?.focus();
  }

  private transportName(): CommentTransportName {
    return this.submitter ? 'custom' : parseTransport(this.transport);
  }

  private outgoing(): OutgoingComment {
    const identity = this.loggedIn
      ? { authorName: '', authorEmail: '', authorUrl: '' }
      : {
          authorName: phpTrim(this.values.author),
          authorEmail: phpTrim(this.values.email),
          authorUrl: normalizeWebsite(this.values.url) ?? '',
        };
    return {
      postId: this.post ?? 0,
      parentId: this.effectiveParent,
      content: phpTrim(this.values.comment),
      ...identity,
    };
  }

  private looksLikeBot(): boolean {
    const honeypot = shadowQuery<HTMLInputElement>(this, 'input[name="sabba_hp"]');
    if (honeypot && honeypot.value !== '') return true;
    const minMs = parseSeconds(this.minSubmitSeconds, 'min-submit-seconds', 3, 0, 60) * 1000;
    return !this.humanInput && Date.now() - this.shownAt < minMs;
  }

  private submitterFor(): CommentSubmitter | undefined {
    if (this.submitter) return this.submitter;
    const site = this.site;
    if (site === undefined || this.post === undefined) return undefined;
    if (parseTransport(this.transport) === 'classic')
      return createClassicTransport({ siteUrl: site, pageOrigin: location.origin });
    return createRestTransport({ restRoot: parseRestRoot(this.restRoot, site), nonce: this.restNonce || undefined });
  }

  /** Loads the draft of a new post or reply target, keeping what was typed in the identity fields. */
  private restore(): void {
    // Only a form that shows the consent box may fill in a remembered identity: the reader can untick it.
    const identity = this.site && this.cookiesConsent ? this.drafts.loadIdentity(this.site) : undefined;
    const comment = this.drafts.load();
    this.values = {
      comment: comment ?? '',
      author: firstFilled(identity?.author, this.values.author),
      email: firstFilled(identity?.email, this.values.email),
      url: firstFilled(identity?.url, this.values.url),
    };
    this.consent = identity !== undefined;
    if (comment) {
      // A restored draft is the reader's own text: sending it quickly is not a bot's hurry.
      this.humanInput = true;
      this.setStatus('idle', this.texts.draftRestored);
    }
  }

  private accept(
    comment: OutgoingComment,
    status: 'approved' | 'hold',
    id: number | null,
    link: string | undefined,
    confirmed: boolean,
  ): void {
    // Only a confirmed comment may take the draft with it; an unreadable answer keeps the copy.
    if (confirmed) this.drafts.clear();
    if (this.site && this.cookiesConsent) {
      // The store keeps the name, e-mail and website of the values, never the comment.
      this.drafts.saveIdentity(this.site, this.consent ? this.values : undefined);
    }
    this.values = { ...this.values, comment: '' };
    this.preview = { comment, status };
    this.setStatus(...acceptedStatus(status, confirmed, this.texts));
    this.dispatchEvent(
      new SabbaCommentSuccessEvent({
        id,
        status,
        link: safeUrl(link),
        confirmed,
        comment,
        transport: this.transportName(),
      }),
    );
    // The reader's eyes go to their comment, shown as posted or as a held preview.
    void this.updateComplete.then(() => {
      shadowQuery<HTMLElement>(this, '[part~="preview"]')?.focus();
    });
  }

  private refuse(outcome: CommentRefused): void {
    const { field, message } = refusalMessage(outcome, this.texts, this.values);
    this.errors = field ? { [field]: message } : {};
    this.preview = undefined;
    this.setStatus('error', message);
    if (outcome.code === 'comment_flood') this.floodWait.start(FLOOD_SECONDS);
    this.dispatchEvent(
      new SabbaCommentErrorEvent({
        code: outcome.code,
        status: outcome.status,
        message,
        serverMessage: outcome.message,
        field,
        transport: this.transportName(),
      }),
    );
    void this.updateComplete.then(() => {
      if (field) this.focusField(field);
      else shadowQuery<HTMLElement>(this, '[part~="status"]')?.focus();
    });
  }

  override render(): TemplateResult {
    const t = this.texts;
    const parent = this.effectiveParent;
    const required = this.needsNameEmail;
    return html`
      <section part="base" aria-labelledby="title">
        <div id="title" part="title" class="title" role="heading" aria-level=${headingLevel('sabba-comment-form', this.headingLevel)}>
          <span>${parent > 0 ? (this.replyToName.trim() ? t.replyTo(this.replyToName.trim()) : t.replyToUnnamed) : t.title}</span>
          ${
            parent > 0
              ? html`<button type="button" part="cancel-reply" class="link-button" @click=${this.handleCancelReply}>
                ${t.cancelReply}
              </button>`
              : nothing
          }
        </div>
        ${this.renderPreview(t)}
        <form part="form" novalidate aria-labelledby="title" aria-busy=${this.submitting ? 'true' : 'false'} @submit=${this.handleSubmit} @input=${this.handleInput}>
          ${
            this.loggedIn && !required
              ? nothing
              : html`<p id="email-notes" part="notes">
                ${this.loggedIn ? nothing : t.notes}
                ${required ? html`${t.requiredNote} <span class="required" aria-hidden="true">*</span>` : nothing}
              </p>`
          }
          ${this.renderField('comment', t.comment, true)}
          ${
            this.loggedIn
              ? nothing
              : html`${this.renderField('author', t.name, required)} ${this.renderField('email', t.email, required)}
              ${this.renderField('url', t.url, false)}`
          }
          ${
            this.cookiesConsent && !this.loggedIn
              ? html`<div part="checkbox" class="checkbox">
                <input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" .checked=${live(this.consent)} @change=${this.handleConsent} />
                <label for="wp-comment-cookies-consent">${t.cookiesConsent}</label>
              </div>`
              : nothing
          }
          ${this.renderTerms(t)}
          <div class="honeypot" inert aria-hidden="true">
            <label for="sabba_hp">${t.honeypot}</label>
            <input id="sabba_hp" name="sabba_hp" type="text" tabindex="-1" autocomplete="off" />
          </div>
          <p id="status" part="status" role="status" tabindex="-1" class=${`status ${this.outcome}`}>${this.statusText}</p>
          <div class="actions">
            <button type="submit" part="submit" ?disabled=${this.submitting || this.floodWait.left > 0}>
              ${this.submitting ? t.submitting : t.submit}
            </button>
            ${this.floodWait.left > 0 ? html`<span part="flood-wait">${t.floodWait(this.floodWait.left)}</span>` : nothing}
          </div>
        </form>
      </section>
    `;
  }

  private renderField(field: LimitedField, label: string, required: boolean): TemplateResult {
    const error = this.errors[field];
    const budget = byteBudget(field, this.values[field]);
    const t = this.texts;
    const describedBy = [
      field === 'email' ? 'email-notes' : '',
      budget.near ? `${field}-counter` : '',
      error ? `${field}-error` : '',
    ]
      .filter(Boolean)
      .join(' ');
    const control =
      field === 'comment'
        ? html`<textarea id=${field} name="comment" part="control" rows="6" maxlength=${MAX_BYTES.comment} ?required=${required}
            aria-invalid=${error ? 'true' : 'false'} aria-describedby=${describedBy || nothing} .value=${live(this.values.comment)}></textarea>`
        : html`<input id=${field} name=${field} part="control" type=${field === 'email' ? 'email' : field === 'url' ? 'url' : 'text'} maxlength=${MAX_BYTES[field]}
            autocomplete=${field === 'author' ? 'name' : field} ?required=${required}
            aria-invalid=${error ? 'true' : 'false'} aria-describedby=${describedBy || nothing} .value=${live(this.values[field])} />`;
    return html`<div part="field" class="field">
      <label part="label" for=${field}>${label}${required ? html` <span class="required" aria-hidden="true">*</span>` : nothing}</label>
      ${control}
      ${
        budget.near
          ? html`<p id=${`${field}-counter`} part="counter" class=${budget.over ? 'counter over' : 'counter'}>
            ${budget.over ? t.bytesOver(-budget.left) : t.bytesLeft(budget.left)}
          </p>`
          : nothing
      }
      ${error ? html`<p id=${`${field}-error`} part="field-error" class="field-error">${error}</p>` : nothing}
    </div>`;
  }

  private renderTerms(t: Texts): TemplateResult | typeof nothing {
    if (this.termsUrl.trim() === '') return nothing;
    const href = safeLink(this.termsUrl);
    if (href === undefined)
      warnOnce(`<sabba-comment-form> terms-url must be an http(s) URL; got ${describeValue(this.termsUrl)}.`);
    const error = this.errors.terms;
    return html`<div part="checkbox" class="checkbox">
      <input id="terms" name="sabba_terms" type="checkbox" required aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? 'terms-error' : nothing} .checked=${live(this.terms)} @change=${this.handleTerms} />
      <label for="terms"
        >${t.termsBefore}
        ${href ? html`<a href=${href} target="_blank" rel="noopener">${t.termsLink}</a>` : t.termsLink}
        ${t.termsAfter} <span class="required" aria-hidden="true">*</span></label
      >
      ${error ? html`<p id="terms-error" part="field-error" class="field-error">${error}</p>` : nothing}
    </div>`;
  }

  private renderPreview(t: Texts): TemplateResult | typeof nothing {
    if (!this.preview) return nothing;
    const { comment, status } = this.preview;
    return html`<article part="preview" class=${`preview ${status}`} aria-label=${t.previewLabel} tabindex="-1">
      ${comment.authorName ? html`<p class="preview-author">${comment.authorName}</p>` : nothing}
      <p class="preview-text">${comment.content}</p>
      ${status === 'hold' ? html`<p class="preview-notice"><em>${t.held}</em></p>` : nothing}
    </article>`;
  }
}
