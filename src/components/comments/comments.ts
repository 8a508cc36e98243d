import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Overrides } from '../../i18n/index.js';
import { hostStyles } from '../../internal/host.styles.js';
import { SabbaElement } from '../../internal/sabba-element.js';
import { sanitizeCommentHtml, sanitizeCommentNodes } from './comment-html.js';
import { countShown, DEFAULT_MAX_DEPTH, type ThreadComment } from './comment-tree.js';
import { CommentsError } from './comments-api.js';
import { SabbaCommentReplyEvent, SabbaCommentsErrorEvent, SabbaCommentsLoadEvent } from './comments.events.js';
import { styles } from './comments.styles.js';
import { commentsTexts, type CommentsTexts } from './comments.texts.js';
import { LiveController } from './live-controller.js';
import { NearViewportController } from './near-viewport-controller.js';
import { findReplyForm, postedComment } from './reply-form.js';
import { ServerThreadController } from './server-thread.js';
import { permalinkId, ThreadController, type LoadCause, type ThreadBatch } from './thread-controller.js';
import { ERROR_TEXT, renderError, renderSkeleton, renderThread, type CommentView } from './thread-view.js';

/**
 * @summary A post's approved WordPress comments, threaded and paged as WordPress themes show them, loaded when the reader gets near.
 * @tag sabba-comments
 * @since 0.2
 *
 * Reads `GET {site-url}/wp-json/wp/v2/comments` (or `rest-root`) for the top-level threads of one
 * page (`per-page`, `order`) and their replies level by level, asking only for the fields it shows,
 * with URLs that are the same for every reader (a CDN can cache them). Renders an ordered list with
 * replies nested in their parent's list item, as `wp_list_comments()` does, up to `max-depth`.
 * Comment text is untrusted HTML: only paragraphs, line breaks, links, emphasis, quotes, code and
 * lists are kept, built as DOM without any HTML sink (no Trusted Types policy needed).
 *
 * "Balas" moves the reader to the `<sabba-comment-form>` of the same post (inside the thread or
 * anywhere on the page); a comment the form posts appears in its place, or as the reader's own
 * "awaiting moderation" preview, which survives a reload in this browser. A permalink
 * (`#comment-123`) loads the page holding that comment, scrolls to it, highlights and focuses it.
 *
 * Progressive enhancement: WordPress's own list inside the element (`h2.comments-title`,
 * `ol.comment-list`, `.comments-pagination`, `p.no-comments`, as the plugin prints them) is shown as
 * it is until the element's rendering can replace it while the thread is out of view; a complete
 * list (no paging links) is the first page itself, with no request.
 *
 * @slot - The page's `<sabba-comment-form>`, shown below the thread (hidden when `closed`).
 *
 * @fires sabba-comments-load - Comments were shown; `detail: { added, shown, total, cause }`.
 * @fires sabba-comments-error - Comments could not be loaded; `detail: { reason, status, code, message }`.
 * @fires sabba-comment-reply - Cancelable. The reader pressed "Balas"; `detail: { commentId, authorName, form }`.
 *
 * @csspart base - The section around the thread.
 * @csspart heading - The "12 komentar" heading: every approved comment of the post, replies included, as WordPress counts them.
 * @csspart list - The top-level `<ol>`.
 * @csspart children - An `<ol>` of replies.
 * @csspart comment - Each comment's `<li>`.
 * @csspart comment-body - The comment itself (author, date, text, button), without its replies.
 * @csspart author - The author's name (a link when they gave an http(s) website).
 * @csspart date - The permalink with the `<time>`.
 * @csspart content - The comment text.
 * @csspart reply - The "Balas" button.
 * @csspart held - The "awaiting moderation" note of the reader's own preview.
 * @csspart load-more - The "Muat komentar lainnya" button.
 * @csspart load-earlier - The button that loads the threads before a permalinked page.
 * @csspart message - The empty, closed or error message.
 * @csspart retry - The "Coba lagi" button.
 * @csspart skeleton - The placeholder shown until the comments arrive.
 * @csspart status - The live region announcing loads (visually hidden).
 * @csspart new-comments - The "3 komentar baru" button (with `live`).
 *
 * @cssproperty --sabba-comments-accent - Buttons and the highlight (default `--sabba-accent`, `#b4232a`).
 * @cssproperty --sabba-comments-accent-contrast - Text on the accent (default `--sabba-accent-contrast`, `#fff`).
 * @cssproperty --sabba-comments-radius - Corner radius (default `--sabba-radius`, `6px`).
 * @cssproperty --sabba-comments-indent - Indent of each reply level (default `1.25rem`; half of it below 480px).
 * @cssproperty --sabba-comments-gap - Space between comments (default `1rem`).
 * @cssproperty --sabba-comments-border - Lines between comments and around replies (default: the text colour at 20 %).
 * @cssproperty --sabba-comments-muted - Date and note colour (default: the text colour at 70 %).
 * @cssproperty --sabba-comments-highlight - Background of the permalinked comment (default: the accent at 12 %).
 * @cssproperty --sabba-comments-skeleton-height - Height of one placeholder comment (default `6rem`).
 *
 * @cssstate loading - Comments are being fetched.
 * @cssstate error - The last load failed.
 * @cssstate empty - The post has no comments.
 * @cssstate closed - Comments are closed (`closed`).
 */
export class SabbaComments extends SabbaElement {
  static override styles = [hostStyles, styles];

  /** The WordPress site root (`home_url()`), absolute or relative to the page. Default: the page's origin. */
  @property({ attribute: 'site-url' }) siteUrl = '';

  /** The REST API root when it is not `{site-url}/wp-json/`, e.g. `https://site/?rest_route=/`. */
  @property({ attribute: 'rest-root' }) restRoot = '';

  /** The WordPress post ID whose comments are shown. Required. */
  @property({ attribute: 'post-id' }) postId = '';

  /** WordPress's "Enable threaded comments … levels deep" (1–10, default 5). Deeper replies continue at the deepest level. */
  @property({ attribute: 'max-depth', type: Number }) maxDepth = DEFAULT_MAX_DEPTH;

  /** Top-level threads per page (1–100, default 20, as WordPress's "Break comments into pages"). */
  @property({ attribute: 'per-page', type: Number }) perPage = 20;

  /** `asc`: oldest first (WordPress's default); `desc`: newest first. Replies are always oldest first. */
  @property() order = 'asc';

  /** Comments are closed (WordPress's `comments_open()` is false): "Komentar ditutup.", no form. Existing comments still show. */
  @property({ type: Boolean }) closed = false;

  /** Fetches at once instead of waiting until the thread is near the viewport. */
  @property({ type: Boolean }) eager = false;

  /**
   * The post's comment count as the page knows it (`get_comments_number()`), so the placeholder has
   * the height the thread will have and nothing below it jumps. Default: three placeholders.
   */
  @property({ type: Number }) count: number | undefined = undefined;

  /**
   * Checks for new comments while the tab is visible and offers them as a "3 komentar baru" button;
   * nothing moves until the reader presses it.
   */
  @property({ type: Boolean }) live = false;

  /** Seconds between live checks (5–3600, default 60); failures wait twice as long each time, up to 15 minutes. */
  @property({ attribute: 'live-interval', type: Number }) liveInterval = 60;

  /** Seconds to wait for each request before giving up (1–120, default 20). */
  @property({ type: Number }) timeout = 20;

  /** Replaces the heading (by default the localized count, "12 komentar"). */
  @property() heading = '';

  /** Replaces any of the thread's texts, e.g. `{ empty: '…' }`. */
  @property({ attribute: false }) strings: Overrides<CommentsTexts> = {};

  /** Top-level comments of the post, from `X-WP-Total` (0 until loaded). */
  get totalThreads(): number {
    return this.thread.total;
  }

  /** Loads the comments again from the first page (or the permalinked one), as "Coba lagi" does. */
  reload(): Promise<void> {
    return this.thread.load('initial');
  }

  @state() private announcement = '';
  @state() private highlighted = 0;

  /** Each comment's sanitized text, built once: re-renders reuse the node. */
  private readonly contents = new Map<number, HTMLElement>();
  /** The comment whose "Balas" was pressed, to give focus back on "Batalkan balasan". */
  private replyingTo = 0;

  private readonly thread = new ThreadController(this, {
    loaded: (cause, batch, target) => this.handleLoaded(cause, batch, target),
    // Start again when the thread is put back (and comes near the viewport again).
    interrupted: () => {
      this.nearController.near = false;
    },
    failed: (failure) => {
      this.handleFailed(failure);
    },
  });

  // Before the viewport controller: a complete server list is the first page, with no request.
  private readonly serverThread = new ServerThreadController(this, {
    found: (comments) => {
      this.thread.adopt(comments.batch);
    },
    ready: () => this.thread.phase === 'ready',
    replaced: (unseen) => {
      this.handleReplaced(unseen);
    },
  });

  private readonly nearController = new NearViewportController(this, {
    margin: '600px',
    enabled: () => !this.eager,
    onNear: () => {
      if (this.thread.phase === 'waiting') void this.thread.load('initial');
    },
  });

  private readonly liveController = new LiveController(this, {
    enabled: () => this.live && this.thread.phase === 'ready',
    interval: () =>
      Number.isFinite(this.liveInterval) && this.liveInterval >= 5 ? Math.min(this.liveInterval, 3600) : 60,
    check: () => this.thread.checkNew(),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.ownerDocument.addEventListener('sabba-comment-success', this.handleFormSuccess);
    this.ownerDocument.addEventListener('sabba-comment-reply-cancel', this.handleReplyCancel);
    window.addEventListener('hashchange', this.handleHashChange);
    window.addEventListener('online', this.handleOnline);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.ownerDocument.removeEventListener('sabba-comment-success', this.handleFormSuccess);
    this.ownerDocument.removeEventListener('sabba-comment-reply-cancel', this.handleReplyCancel);
    window.removeEventListener('hashchange', this.handleHashChange);
    window.removeEventListener('online', this.handleOnline);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated) return;
    if (changed.has('live')) this.liveController.schedule();
    if (
      changed.has('siteUrl') ||
      changed.has('restRoot') ||
      changed.has('postId') ||
      changed.has('perPage') ||
      changed.has('order')
    ) {
      if (this.thread.phase !== 'waiting') void this.thread.load('initial');
    }
  }

  protected override customStates(): Readonly<Record<string, boolean>> {
    const { phase } = this.thread;
    return {
      loading: phase === 'loading' || phase === 'waiting',
      error: phase === 'error',
      empty: phase === 'ready' && this.thread.roots.length === 0 && this.thread.held.length === 0,
      closed: this.closed,
    };
  }

  private get texts(): CommentsTexts {
    return this.localize(commentsTexts, this.strings);
  }

  private readonly handleLoaded = async (
    cause: LoadCause,
    batch: ThreadBatch,
    target: number | undefined,
  ): Promise<void> => {
    if (cause === 'initial') this.contents.clear();
    this.liveController.schedule();
    const added = batch.roots.length + batch.replies.length;
    this.announcement = cause === 'initial' ? this.texts.loaded(added) : this.texts.loadedMore(added);
    await this.updateComplete;
    if (cause === 'more' && this.thread.lastPage >= this.thread.totalPages) {
      // The button is gone: focus goes to the first comment it brought, not to <body>.
      this.focusComment(batch.roots[0]?.id);
    }
    if (target !== undefined) this.showPermalink(target);
    this.reportLoad(added, target !== undefined ? 'permalink' : cause === 'earlier' ? 'more' : cause);
  };

  private handleFailed(failure: CommentsError): void {
    const message = this.texts[ERROR_TEXT[failure.reason]] as string;
    this.announcement = message;
    this.dispatchEvent(
      new SabbaCommentsErrorEvent({ reason: failure.reason, status: failure.status, code: failure.code, message }),
    );
  }

  private async handleReply(comment: ThreadComment): Promise<void> {
    const form = findReplyForm(this, this.postId);
    const authorName = comment.authorName || this.texts.anonymous;
    if (!this.dispatchEvent(new SabbaCommentReplyEvent({ commentId: comment.id, authorName, form }))) return;
    if (!form) return;
    this.replyingTo = comment.id;
    // Through '' first, so answering the same comment again after "Batalkan balasan" is a change.
    form.parentId = '';
    form.parentId = String(comment.id);
    form.replyToName = authorName;
    await form.updateComplete;
    if (typeof form.focusComment === 'function') form.focusComment();
    else form.scrollIntoView({ block: 'center' });
  }

  private readonly handleReplyCancel = (event: Event): void => {
    if (this.replyingTo === 0 || event.target !== findReplyForm(this, this.postId)) return;
    this.focusComment(this.replyingTo);
    this.replyingTo = 0;
  };

  private readonly handleFormSuccess = (event: Event): void => {
    const posted = postedComment(event);
    const source = this.thread.source;
    if (source?.postId !== posted.postId) return;
    this.replyingTo = 0;
    this.thread.addPosted(posted.comment, posted.status, source);
  };

  private async handleShowNew(): Promise<void> {
    const fresh = this.thread.showNew();
    this.announcement = this.texts.loadedMore(fresh.length);
    await this.updateComplete;
    // The button is gone: focus goes to the first comment it brought.
    this.focusComment(fresh[0]?.id);
    this.reportLoad(fresh.length, 'new');
  }

  /** The element's rendering replaced the server's: a permalink now points at the element's comment. */
  private handleReplaced(unseen: boolean): void {
    const id = permalinkId();
    if (id === undefined) return;
    // Scrolled to only when the reader has not seen the thread yet (the browser could not, either).
    if (unseen) this.showPermalink(id);
    else if (this.commentBody(id)) this.highlighted = id;
  }

  private readonly handleHashChange = (): void => {
    const id = permalinkId();
    // The server's list is still shown: the browser scrolls to its comment.
    if (id === undefined || this.thread.phase === 'waiting' || this.serverThread.shown) return;
    if (this.commentBody(id)) this.showPermalink(id);
    else void this.thread.load('initial');
  };

  private readonly handleRetry = (): void => void this.thread.load('initial');

  private readonly handleOnline = (): void => {
    if (this.thread.phase === 'error' && this.thread.failure?.reason === 'offline') void this.thread.load('initial');
  };

  private reportLoad(added: number, cause: SabbaCommentsLoadEvent['detail']['cause']): void {
    this.dispatchEvent(
      new SabbaCommentsLoadEvent({ added, shown: countShown(this.thread.tree()), total: this.thread.total, cause }),
    );
  }

  private showPermalink(id: number): void {
    const body = this.commentBody(id);
    if (!body) return;
    this.highlighted = id;
    body.scrollIntoView({ block: 'start' });
    body.focus({ preventScroll: true });
  }

  private commentBody(id: number | undefined): HTMLElement | null {
    return id === undefined
      ? null
      : (this.shadowRoot?.getElementById(`comment-${id}`)?.querySelector<HTMLElement>('[part~="comment-body"]') ??
          null);
  }

  private focusComment(id: number | undefined): void {
    this.commentBody(id)?.focus();
  }

  /**
   * The sanitized text of one comment, built once per comment: from the server's nodes for a
   * comment read from its list, else from the REST API's HTML, through the same allow-list.
   */
  private contentOf(comment: ThreadComment): HTMLElement {
    let node = this.contents.get(comment.id);
    if (!node) {
      const doc = this.ownerDocument;
      node = doc.createElement('div');
      node.setAttribute('part', 'content');
      node.className = 'content';
      const server = comment.html === '' ? this.serverThread.comments?.contents.get(comment.id) : undefined;
      node.append(server ? sanitizeCommentNodes(server, doc) : sanitizeCommentHtml(comment.html, doc));
      this.contents.set(comment.id, node);
    }
    return node;
  }

  override render(): TemplateResult {
    const t = this.texts;
    const { phase, busy } = this.thread;
    const loading = phase === 'waiting' || phase === 'loading';
    // WordPress's own list, shown as printed until the element's replaces it.
    if (this.serverThread.shown) return html`<slot class="server"></slot>`;
    const heading = this.heading.trim() || t.heading(phase === 'ready' ? this.thread.allComments : (this.count ?? 0));
    // A labelled group, not a region landmark: themes wrap the thread in their own comments section,
    // often named as the heading is ("Komentar"), and two landmarks of one name fail axe's landmark-unique.
    return html`
      <div part="base" role="group" aria-labelledby="heading" aria-busy=${loading || busy !== undefined ? 'true' : 'false'}>
        <h2 id="heading" part="heading">${heading}</h2>
        ${loading ? renderSkeleton(t, Math.max(1, Math.min(this.count ?? 3, this.thread.pageSize))) : nothing}
        ${phase === 'error' ? renderError(t, this.thread.failure?.reason ?? 'network', this.handleRetry) : nothing}
        ${phase === 'ready' ? renderThread(this.view(t), this.thread, this.thread.tree()) : nothing}
        ${this.closed ? html`<p part="message" class="message closed">${t.closed}</p>` : html`<slot></slot>`}
        <p part="status" class="visually-hidden" role="status">${this.announcement}</p>
      </div>
    `;
  }

  /** What the comment templates need from this element. */
  private view(t: CommentsTexts): CommentView {
    return {
      t,
      language: this.language,
      closed: this.closed,
      highlighted: this.highlighted,
      order: this.thread.order,
      content: (c) => this.contentOf(c),
      reply: (c) => void this.handleReply(c),
      earlier: () => void this.thread.load('earlier'),
      more: () => void this.thread.load('more'),
      showNew: () => void this.handleShowNew(),
    };
  }
}
