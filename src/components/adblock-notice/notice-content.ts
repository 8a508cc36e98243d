/**
 * The notice's body (heading, message, explanation, how-to, status, buttons), the same in the
 * banner and the dialog. A plain template function: the element passes what it knows.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { headingLevel } from '../../internal/heading-level.js';
import type { AdblockNoticeTexts } from './adblock-notice.texts.js';
import { blockerFamily, isBraveBrowser } from './blocker-family.js';
import type { AdblockNoticeMode } from './notice-options.js';
import type { AdblockVerdict } from './verdict.js';

/** What the body shows and where its buttons report. */
export interface NoticeContent {
  readonly texts: AdblockNoticeTexts;
  readonly mode: AdblockNoticeMode;
  /** The element's `heading-level` property, checked here. */
  readonly headingLevel: number;
  readonly verdict: AdblockVerdict | undefined;
  readonly checking: boolean;
  readonly stillBlocked: boolean;
  readonly onRecheck: () => void;
  readonly onDismiss: () => void;
}

/** How to allow this site in the kind of blocker the check found, when it can be told. */
function renderHowTo(t: AdblockNoticeTexts, verdict: AdblockVerdict | undefined): TemplateResult | typeof nothing {
  const family = verdict === undefined ? undefined : blockerFamily(verdict, isBraveBrowser());
  if (family === undefined) return nothing;
  const text = { brave: t.howToBrave, extension: t.howToExtension, network: t.howToNetwork }[family];
  return html`<p part="how-to" class="how-to" data-family=${family}>${text}</p>`;
}

/** The body of the banner or the dialog. */
export function renderNoticeContent(c: NoticeContent): TemplateResult {
  const t = c.texts;
  return html`
    <div part="body" class="body">
      <div part="heading" class="heading" id="heading" role="heading" aria-level=${headingLevel('sabba-adblock-notice', c.headingLevel)}><slot name="heading">${t.heading}</slot></div>
      <p part="message" class="message" id="message">${t.message}</p>
      <div part="explanation" class="explanation"><slot>${t.explanation}</slot></div>
      ${renderHowTo(t, c.verdict)}
      <p part="status" class="status" role="status">${c.stillBlocked && !c.checking ? t.stillBlocked : ''}</p>
      <div part="actions" class="actions">
        <button
          part="recheck-button"
          class="recheck"
          type="button"
          ?autofocus=${c.mode === 'dialog'}
          aria-disabled=${c.checking ? 'true' : 'false'}
          @click=${c.onRecheck}
        >
          ${c.checking ? t.checking : t.recheck}
        </button>
        <slot name="actions"></slot>
      </div>
    </div>
    <button part="dismiss-button" class="dismiss" type="button" aria-label=${t.dismiss} title=${t.dismiss} @click=${c.onDismiss}>
      <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false">
        <path d="M5 5l10 10M15 5L5 15" stroke="currentColor" stroke-width="2" stroke-linecap="round" fill="none" />
      </svg>
    </button>
  `;
}
