import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { headingLevel } from '../../internal/heading-level.js';
import { safeLink } from '../../internal/safe-url.js';
import { describeValue, warnOnce } from '../../internal/warn.js';
import { byteBudget, MAX_BYTES, type LimitedField } from './byte-limits.js';
import type { CommentFormTexts } from './comment-form.texts.js';
import type { StatusKind } from './outcome-messages.js';
import type { AccountLink } from './server-form.js';
import type { OutgoingComment } from './submitter.js';
import type { FieldName } from './validation.js';

/** What the reader has typed into the four fields. */
export type Values = Record<LimitedField, string>;

/** The submitted comment shown after success, as posted or as a held preview. */
export interface Preview {
  readonly comment: OutgoingComment;
  readonly status: 'approved' | 'hold';
}

/**
 * Everything the form's template shows, read from the element at each render. The handlers are
 * the element's own methods: Lit calls them with the element as `this`.
 */
export interface FormView {
  readonly texts: CommentFormTexts;
  readonly headingLevel: number;
  readonly parent: number;
  readonly replyToName: string;
  readonly loggedIn: boolean;
  /** The logged-in reader's display name, '' when unknown. */
  readonly loggedInAs: string;
  readonly accountLinks: readonly AccountLink[];
  readonly required: boolean;
  readonly cookiesConsent: boolean;
  readonly consent: boolean;
  readonly termsUrl: string;
  readonly terms: boolean;
  readonly values: Values;
  readonly errors: Partial<Record<FieldName, string>>;
  readonly statusText: string;
  readonly outcome: StatusKind;
  readonly submitting: boolean;
  readonly floodLeft: number;
  readonly preview: Preview | undefined;
  readonly handleCancelReply: () => void;
  readonly handleSubmit: (event: SubmitEvent) => Promise<void>;
  readonly handleInput: (event: Event) => void;
  readonly handleConsent: (event: Event) => void;
  readonly handleTerms: (event: Event) => void;
}

/** The whole form: title, preview, notes, fields, boxes, status and submit. */
export function renderForm(v: FormView): TemplateResult {
  const t = v.texts;
  return html`
    <section part="base" aria-labelledby="title">
      ${renderTitle(v)} ${renderPreview(v)}
      <form part="form" novalidate aria-labelledby="title" aria-busy=${v.submitting ? 'true' : 'false'} @submit=${v.handleSubmit} @input=${v.handleInput}>
        ${renderNotes(v)} ${renderField(v, 'comment', t.comment, true)}
        ${
          v.loggedIn
            ? nothing
            : html`${renderField(v, 'author', t.name, v.required)} ${renderField(v, 'email', t.email, v.required)}
              ${renderField(v, 'url', t.url, false)}`
        }
        ${
          v.cookiesConsent && !v.loggedIn
            ? html`<div part="checkbox" class="checkbox">
              <input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" .checked=${live(v.consent)} @change=${v.handleConsent} />
              <label for="wp-comment-cookies-consent">${t.cookiesConsent}</label>
            </div>`
            : nothing
        }
        ${renderTerms(v)}
        <div class="honeypot" inert aria-hidden="true">
          <label for="sabba_hp">${t.honeypot}</label>
          <input id="sabba_hp" name="sabba_hp" type="text" tabindex="-1" autocomplete="off" />
        </div>
        <p id="status" part="status" role="status" tabindex="-1" class=${`status ${v.outcome}`}>${v.statusText}</p>
        <div class="actions">
          <button type="submit" part="submit" ?disabled=${v.submitting || v.floodLeft > 0}>
            ${v.submitting ? t.submitting : t.submit}
          </button>
          ${v.floodLeft > 0 ? html`<span part="flood-wait">${t.floodWait(v.floodLeft)}</span>` : nothing}
        </div>
      </form>
    </section>
  `;
}

/** "Tinggalkan Balasan", or "Balas ke …" with its cancel button. */
function renderTitle(v: FormView): TemplateResult {
  const t = v.texts;
  const name = v.replyToName.trim();
  return html`<div id="title" part="title" class="title" role="heading" aria-level=${headingLevel('sabba-comment-form', v.headingLevel)}>
    <span>${v.parent > 0 ? (name ? t.replyTo(name) : t.replyToUnnamed) : t.title}</span>
    ${
      v.parent > 0
        ? html`<button type="button" part="cancel-reply" class="link-button" @click=${v.handleCancelReply}>
          ${t.cancelReply}
        </button>`
        : nothing
    }
  </div>`;
}

/**
 * The e-mail and required-fields note, or for a logged-in reader WordPress's "Logged in as …" line
 * with its links, which also says what the star means (the comment field keeps its star).
 */
function renderNotes(v: FormView): TemplateResult | typeof nothing {
  const t = v.texts;
  const required = html`${t.requiredNote} <span class="required" aria-hidden="true">*</span>`;
  if (v.loggedIn) {
    if (v.loggedInAs === '' && v.accountLinks.length === 0) return nothing;
    return html`<p part="notes" class="logged-in-as">
      ${v.loggedInAs ? t.loggedInAs(v.loggedInAs) : nothing}
      ${v.accountLinks.map((link) => html`<a href=${link.href}>${link.text}</a> `)} ${required}
    </p>`;
  }
  return html`<p id="email-notes" part="notes">${t.notes} ${v.required ? required : nothing}</p>`;
}

/** One text field with its label, byte counter and error. */
function renderField(v: FormView, field: LimitedField, label: string, required: boolean): TemplateResult {
  const error = v.errors[field];
  const budget = byteBudget(field, v.values[field]);
  const t = v.texts;
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
          aria-invalid=${error ? 'true' : 'false'} aria-describedby=${describedBy || nothing} .value=${live(v.values.comment)}></textarea>`
      : html`<input id=${field} name=${field} part="control" type=${field === 'email' ? 'email' : field === 'url' ? 'url' : 'text'} maxlength=${MAX_BYTES[field]}
          autocomplete=${field === 'author' ? 'name' : field} ?required=${required}
          aria-invalid=${error ? 'true' : 'false'} aria-describedby=${describedBy || nothing} .value=${live(v.values[field])} />`;
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

/** The terms box, when the site names a terms page. */
function renderTerms(v: FormView): TemplateResult | typeof nothing {
  if (v.termsUrl.trim() === '') return nothing;
  const t = v.texts;
  const href = safeLink(v.termsUrl);
  if (href === undefined)
    warnOnce(`<sabba-comment-form> terms-url must be an http(s) URL; got ${describeValue(v.termsUrl)}.`);
  const error = v.errors.terms;
  return html`<div part="checkbox" class="checkbox">
    <input id="terms" name="sabba_terms" type="checkbox" required aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${error ? 'terms-error' : nothing} .checked=${live(v.terms)} @change=${v.handleTerms} />
    <label for="terms"
      >${t.termsBefore}
      ${href ? html`<a href=${href} target="_blank" rel="noopener">${t.termsLink}</a>` : t.termsLink}
      ${t.termsAfter} <span class="required" aria-hidden="true">*</span></label
    >
    ${error ? html`<p id="terms-error" part="field-error" class="field-error">${error}</p>` : nothing}
  </div>`;
}

/** The submitted comment, after success. */
function renderPreview(v: FormView): TemplateResult | typeof nothing {
  if (!v.preview) return nothing;
  const t = v.texts;
  const { comment, status } = v.preview;
  return html`<article part="preview" class=${`preview ${status}`} aria-label=${t.previewLabel} tabindex="-1">
    ${comment.authorName ? html`<p class="preview-author">${comment.authorName}</p>` : nothing}
    <p class="preview-text">${comment.content}</p>
    ${status === 'hold' ? html`<p class="preview-notice"><em>${t.held}</em></p>` : nothing}
  </article>`;
}
