import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Language } from '../../i18n/index.js';
import { safeAbsoluteUrl } from '../../internal/safe-url.js';
import { formatCommentDate, isoInstant } from './comment-date.js';
import type { ThreadComment, ThreadNode } from './comment-tree.js';
import type { CommentsFailure } from './comments-api.js';
import type { CommentsTexts } from './comments.texts.js';
import type { ThreadController } from './thread-controller.js';

/**
 * The thread's templates: one comment with its replies, the paging buttons and the skeleton, error
 * and empty states. Pure functions of what they are given; the element owns state and handlers.
 */

/** The text that tells the reader why a load failed. */
export const ERROR_TEXT: Record<CommentsFailure, keyof CommentsTexts> = {
  login: 'errLogin',
  'not-found': 'errNotFound',
  server: 'errServer',
  timeout: 'errTimeout',
  offline: 'errOffline',
  malformed: 'errMalformed',
  network: 'errNetwork',
  config: 'errConfig',
};

/** What every comment of a render needs from the element. */
export interface CommentView {
  /** The localized texts. */
  readonly t: CommentsTexts;
  /** The language dates are written in. */
  readonly language: Language;
  /** Comments are closed: no "Balas". */
  readonly closed: boolean;
  /** The permalinked comment. */
  readonly highlighted: number;
  /** The order of the top-level comments. */
  readonly order: 'asc' | 'desc';
  /** The sanitized text of a comment (built once by the element). */
  readonly content: (comment: ThreadComment) => HTMLElement;
  /** "Balas" was pressed. */
  readonly reply: (comment: ThreadComment) => void;
  /** The paging and "new comments" buttons were pressed. */
  readonly earlier: () => void;
  readonly more: () => void;
  readonly showNew: () => void;
}

/** The placeholder until the comments arrive: `items` comments high. */
export function renderSkeleton(t: CommentsTexts, items: number): TemplateResult {
  return html`<div part="skeleton" class="skeleton">
    <span class="visually-hidden">${t.loading}</span>
    ${Array.from({ length: items }, () => html`<div class="skeleton-item" aria-hidden="true"></div>`)}
  </div>`;
}

/** The first load failed: why, and "Coba lagi". */
export function renderError(t: CommentsTexts, reason: CommentsFailure, retry: () => void): TemplateResult {
  return html`<div part="message" class="message error">
    <p>${t[ERROR_TEXT[reason]]}</p>
    <button type="button" part="retry" class="button" @click=${retry}>${t.retry}</button>
  </div>`;
}

/** The list with its paging buttons, the "new comments" button and a failed page's message. */
export function renderThread(view: CommentView, data: ThreadController, tree: readonly ThreadNode[]): TemplateResult {
  const t = view.t;
  const moreError = data.failure !== undefined && data.busy === undefined;
  return html`
    ${view.order === 'desc' ? renderNew(view, data.fresh.length) : nothing}
    ${
      data.firstPage > 1
        ? html`<button type="button" part="load-earlier" class="button secondary" ?disabled=${data.busy !== undefined} @click=${view.earlier}>${t.loadMore}</button>`
        : nothing
    }
    ${
      tree.length === 0
        ? view.closed
          ? nothing
          : html`<p part="message" class="message empty">${t.empty}</p>`
        : html`<ol part="list" class="comment-list">${renderNodes(view, tree, 1)}</ol>`
    }
    ${view.order === 'asc' ? renderNew(view, data.fresh.length) : nothing}
    ${moreError ? html`<p part="message" class="message error">${t[ERROR_TEXT[data.failure?.reason ?? 'network']]}</p>` : nothing}
    ${
      data.lastPage < data.totalPages
        ? html`<button type="button" part="load-more" class="button" aria-disabled=${data.busy === undefined ? 'false' : 'true'} @click=${data.busy === undefined ? view.more : nothing}>
          ${moreError ? t.retry : t.loadMore}
        </button>`
        : nothing
    }
  `;
}

/**
 * "3 komentar baru", where the new comments will go: after the list when oldest come first, so
 * nothing above the reader moves; before it when newest come first (scroll anchoring keeps the
 * reader's place there).
 */
function renderNew(view: CommentView, count: number): TemplateResult | typeof nothing {
  if (count === 0) return nothing;
  return html`<button type="button" part="new-comments" class="button secondary" @click=${view.showNew}>${view.t.newComments(count)}</button>`;
}

function renderNodes(view: CommentView, nodes: readonly ThreadNode[], depth: number): TemplateResult {
  return html`${repeat(
    nodes,
    (node) => node.comment.id,
    (node) => renderComment(view, node, depth),
  )}`;
}

/** One comment's `<li>`: author, date, text, "Balas", and its replies' `<ol>`. */
function renderComment(view: CommentView, node: ThreadNode, depth: number): TemplateResult {
  const { t } = view;
  const c = node.comment;
  const name = c.authorName.trim() || t.anonymous;
  const url = safeAbsoluteUrl(c.authorUrl);
  const datetime = isoInstant(c.dateGmt);
  const nameId = `comment-${c.id}-author`;
  return html`<li id=${`comment-${c.id}`} part="comment" class=${`comment depth-${depth}${c.held ? ' held' : ''}`}>
    <article part="comment-body" class=${c.id === view.highlighted ? 'body highlighted' : 'body'} tabindex="-1" aria-labelledby=${nameId}>
      <header class="meta">
        <b id=${nameId} part="author" class="author">${url ? html`<a href=${url} rel="nofollow ugc">${name}</a>` : name}</b>
        ${
          datetime
            ? html`<a part="date" class="date" href=${`#comment-${c.id}`}><time datetime=${datetime}>${formatCommentDate(c.date, view.language)}</time></a>`
            : nothing
        }
      </header>
      ${c.held ? html`<p part="held" class="held-note"><em>${t.held}</em></p>` : nothing}
      ${view.content(c)}
      ${
        c.held || view.closed
          ? nothing
          : html`<button type="button" part="reply" class="reply" aria-label=${t.replyTo(name)} @click=${() => {
              view.reply(c);
            }}>${t.reply}</button>`
      }
    </article>
    ${node.replies.length > 0 ? html`<ol part="children" class="children">${renderNodes(view, node.replies, depth + 1)}</ol>` : nothing}
  </li>`;
}
