import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ConnectivityController } from '../../controllers/connectivity-controller.js';
import type { Overrides } from '../../i18n/index.js';
import { hostStyles } from '../../internal/host.styles.js';
import { SabbaElement } from '../../internal/sabba-element.js';
import { shadowQuery } from '../../internal/shadow-query.js';
import { describeValue, warnOnce } from '../../internal/warn.js';
import { parseId, parseSiteUrl, parseSwitch, parseTransport } from './comment-form-config.js';
import { SabbaCommentReplyCancelEvent, type CommentTransportName } from './comment-form.events.js';
import { renderForm, type Preview, type Values } from './comment-form.render.js';
import { styles } from './comment-form.styles.js';
import { commentFormTexts, type CommentFormTexts } from './comment-form.texts.js';
import { CountdownController } from './countdown-controller.js';
import { DraftController } from './draft-controller.js';
import { acceptedStatus, problemMessage, refusalMessage, type StatusKind } from './outcome-messages.js';
import { ServerFormController } from './server-form-controller.js';
import { errorEvent, outgoingComment, SubmitController, successEvent } from './submit-controller.js';
import type { CommentAccepted, CommentRefused, CommentSubmitter, OutgoingComment } from './submitter.js';
import { validateComment, type FieldName } from './validation.js';

type Texts = CommentFormTexts;

/** WordPress's default flood interval (`comment_flood_filter`), which the site does not publish. */
const FLOOD_SECONDS = 15;

/**
 * Server-rendered content: WordPress's own form (`comment_form()`) printed inside the tag, so that
 * readers without JavaScript can comment, is taken over when the element upgrades: its post and
 * reply target fill `post-id` and `parent-id` when they are empty, its "Logged in as" line hides the
 * identity fields, its texts (the site's language, its filters) stand in for the element's own
 * under `strings` and the text attributes, and what its fields hold (WordPress's prefill or the
 * reader's typing) is carried into the element's own fields. It stays in the light DOM, unshown.
 *
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
 * @csspart notes - The e-mail and required-fields note, or for a logged-in reader the "Masuk sebagai …" line.
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
   * The display name of a logged-in reader ("Masuk sebagai {nama}."), as WordPress's own form shows
   * it. The name, e-mail and website fields are then not shown: the `classic` transport posts with
   * the reader's login cookie; the `rest` transport also needs the `nonce`.
   */
  @property({ attribute: 'logged-in-as' }) loggedInAs = '';

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
  @state() private replyCancelled = false;
  @state() private preview: Preview | undefined;

  // What the element uses, connected and released with it: drafts (written when the form leaves),
  // the flood wait (paused while away), connectivity, sending (the anti-spam clock starts on
  // connect; a request in flight is aborted on disconnect, its draft kept) and the server-rendered
  // form (read on the first connect, before the first render hides it).
  private readonly drafts = new DraftController(this, () => this.values.comment);
  private readonly floodWait = new CountdownController(this);
  private readonly connectivity = new ConnectivityController(this);
  private readonly sender = new SubmitController(this);
  private readonly server = new ServerFormController(this, (values, consent) => {
    this.carryOver(values, consent);
  });

  /** The texts in the current language, with the server form's and then the page's overrides. */
  private get texts(): Texts {
    const strings = { ...this.server.texts, ...this.strings };
    return this.localize(commentFormTexts, strings, { title: this.heading, submit: this.submitLabel });
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

  /** Logged in as far as the transport can tell the site: REST by the nonce, classic by the cookie. */
  private get loggedIn(): boolean {
    if (this.submitter !== undefined) return false;
    if (parseTransport(this.transport) === 'rest') return this.restNonce !== '';
    return this.loggedInAs.trim() !== '' || this.server.loggedIn;
  }

  private get needsNameEmail(): boolean {
    return !this.loggedIn && parseSwitch(this.requireNameEmail, 'require-name-email');
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
      submitting: this.sender.submitting,
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
    if (event.isTrusted) this.sender.markHuman();
    this.values = { ...this.values, [name]: control.value };
    // A corrected field loses its error at once; the others keep theirs until the next attempt.
    if (this.errors[name] !== undefined) this.errors = { ...this.errors, [name]: undefined };
    this.scheduleDraft();
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
    if (this.sender.submitting || this.floodWait.left > 0) return;
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

    const comment = outgoingComment(this.values, this.loggedIn, this.post ?? 0, this.effectiveParent);
    const outcome = await this.sender.send(comment, this.site, this.restNonce, this.transportName(), () => {
      this.setStatus('idle', '');
    });
    if (outcome === 'bot') {
      // A bot learns nothing: the form behaves as after a held comment, and nothing is sent.
      this.preview = { comment, status: 'hold' };
      this.setStatus('hold', this.texts.held);
    } else if (outcome !== 'cancelled' && this.isConnected) {
      if (outcome.ok) this.accept(comment, outcome);
      else this.refuse(outcome);
    }
  }

  /** Takes what WordPress's server-rendered form held: it is newer than a stored draft. */
  private carryOver(values: Partial<Values>, consent: boolean): void {
    this.values = { ...this.values, ...values };
    if (consent) this.consent = true;
    if (values.comment) {
      // Text typed before the script arrived is the reader's own; keep it as a draft too.
      this.sender.markHuman();
      this.scheduleDraft();
    }
  }

  private scheduleDraft(): void {
    if (this.drafts.schedule()) return;
    const why =
      this.post === undefined
        ? `post-id ${describeValue(this.postId)} is not a positive whole number`
        : 'site-url is not a valid site';
    warnOnce(
      `<sabba-comment-form> keeps no draft of the reader's text: ${why}, and drafts are kept per post so that one page's text never appears on another.`,
    );
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

  /** Loads the draft of a new post or reply target, keeping what was typed in the identity fields. */
  private restore(): void {
    // Only a form that shows the consent box may fill in a remembered identity: the reader can untick it.
    const site = this.cookiesConsent ? this.site : undefined;
    const { values, remembered, restored } = this.drafts.restore(this.values, site);
    this.values = values;
    this.consent = remembered;
    if (!restored) return;
    // A restored draft is the reader's own text: sending it quickly is not a bot's hurry.
    this.sender.markHuman();
    this.setStatus('idle', this.texts.draftRestored);
  }

  private accept(comment: OutgoingComment, outcome: CommentAccepted): void {
    const confirmed = outcome.confirmed !== false;
    // Only a confirmed comment may take the draft with it; an unreadable answer keeps the copy.
    if (confirmed) this.drafts.clear();
    // The store keeps the name, e-mail and website of the values, never the comment.
    if (this.site && this.cookiesConsent) this.drafts.saveIdentity(this.site, this.consent ? this.values : undefined);
    this.values = { ...this.values, comment: '' };
    this.preview = { comment, status: outcome.status };
    this.setStatus(...acceptedStatus(outcome.status, confirmed, this.texts));
    this.dispatchEvent(successEvent(comment, outcome, this.transportName()));
    // The reader's eyes go to their comment, shown as posted or as a held preview.
    void this.updateComplete.then(() => shadowQuery<HTMLElement>(this, '[part~="preview"]')?.focus());
  }

  private refuse(outcome: CommentRefused): void {
    const shown = refusalMessage(outcome, this.texts, this.values);
    const { field, message } = shown;
    this.errors = field ? { [field]: message } : {};
    this.preview = undefined;
    this.setStatus('error', message);
    if (outcome.code === 'comment_flood') this.floodWait.start(FLOOD_SECONDS);
    this.dispatchEvent(errorEvent(outcome, shown, this.transportName()));
    void this.updateComplete.then(() => {
      if (field) this.focusField(field);
      else shadowQuery<HTMLElement>(this, '[part~="status"]')?.focus();
    });
  }

  override render(): TemplateResult {
    return renderForm({
      texts: this.texts,
      headingLevel: this.headingLevel,
      replyToName: this.replyToName,
      cookiesConsent: this.cookiesConsent,
      consent: this.consent,
      termsUrl: this.termsUrl,
      terms: this.terms,
      values: this.values,
      errors: this.errors,
      statusText: this.statusText,
      outcome: this.outcome,
      submitting: this.sender.submitting,
      preview: this.preview,
      parent: this.effectiveParent,
      loggedIn: this.loggedIn,
      loggedInAs: this.loggedIn ? this.loggedInAs.trim() : '',
      accountLinks: this.loggedIn ? this.server.accountLinks : [],
      required: this.needsNameEmail,
      floodLeft: this.floodWait.left,
      handleCancelReply: this.handleCancelReply,
      handleSubmit: this.handleSubmit,
      handleInput: this.handleInput,
      handleConsent: this.handleConsent,
      handleTerms: this.handleTerms,
    });
  }
}
