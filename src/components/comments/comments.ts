import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Overrides } from '../../i18n/index.js';
import { hostStyles } from '../../internal/host.styles.js';
import { SabbaElement } from '../../internal/sabba-element.js';
import { safeAbsoluteUrl } from '../../internal/safe-url.js';
import { parsePostId, resolveRestRoot } from '../../internal/wordpress-rest.js';
import { formatCommentDate, isoInstant } from './comment-date.js';
import { sanitizeCommentHtml } from './comment-html.js';
import { buildThread, countShown, DEFAULT_MAX_DEPTH, type ThreadComment, type ThreadNode } from './comment-tree.js';
import {
  CommentsError,
  countBefore,
  fetchComment,
  fetchCommentTotal,
  fetchComments,
  fetchReplies,
  newestUrl,
  threadsUrl,
  type CommentsFailure,
  type CommentsSource,
} from './comments-api.js';
import { parseOrder, parseWhole } from './comments-config.js';
import {
  SabbaCommentReplyEvent,
  SabbaCommentsErrorEvent,
  SabbaCommentsLoadEvent,
  type SabbaCommentsLoadDetail,
} from './comments.events.js';
import { styles } from './comments.styles.js';
import { commentsTexts, type CommentsTexts } from './comments.texts.js';
import { HeldComments } from './held-comments.js';
import { LiveController } from './live-controller.js';
import { NearViewportController } from './near-viewport-controller.js';

const TAG = 'sabba-comments';

/** The form's events this thread listens to (typed here: elements do not import each other). */
interface FormSuccess extends Event {
  detail: {
    id: number | null;
    status: 'approved' | 'hold';
    comment: { postId: number; parentId: number; authorName: string; content: string };
  };
}

/** The subset of `<sabba-comment-form>` the thread drives. */
type ReplyForm = HTMLElement & {
  postId: string;
  parentId: string;
  replyToName: string;
  updateComplete?: Promise<unknown>;
  focusComment?: () => void;
};

type Phase = 'waiting' | 'loading' | 'ready' | 'error';

const ERROR_TEXT: Record<CommentsFailure, keyof CommentsTexts> = {
  login: 'errLogin',
  'not-found': 'errNotFound',
  server: 'errServer',
  timeout: 'errTimeout',
  offline: 'errOffline',
  malformed: 'errMalformed',
  network: 'errNetwork',
  config: 'errConfig',
};

/** Comments of a permalink (`#comment-123`). */
const PERMALINK = /^#comment-(\d{1,15})$/;

/** Plain text as the paragraphs WordPress's wpautop makes of it, escaped. */
function textToHtml(text: string): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return escaped
    .split(/\n{2,}/)
    .map((p) => `<p>${p.replace(/\n/g, '<br>')}</p>`)
    .join('');
}

/** Site-local `YYYY-MM-DDTHH:MM:SS` of the reader's clock (a preview's date until the site's arrives). */
function localStamp(date: Date, utc: boolean): string {
  const iso = new Date(utc ? date.getTime() : date.getTime() - date.getTimezoneOffset() * 60_000).toISOString();
  return iso.slice(0, 19);
}

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

  @state() private phase: Phase = 'waiting';
  @state() private roots: ThreadComment[] = [];
  @state() private replies: ThreadComment[] = [];
  @state() private held: ThreadComment[] = [];
  @state() private total = 0;
  /** Every approved comment of the post, replies included: the heading's number, as in WordPress. */
  @state() private allComments = 0;
  @state() private firstPage = 1;
  @state() private lastPage = 0;
  @state() private totalPages = 0;
  @state() private busy: 'more' | 'earlier' | undefined;
  @state() private failure: CommentsError | undefined;
  @state() private announcement = '';
  @state() private highlighted = 0;
  @state() private fresh: ThreadComment[] = [];

  /** Each comment's sanitized text, built once: re-renders reuse the node. */
  private readonly contents = new Map<number, HTMLElement>();
  private inFlight: AbortController | undefined;
  private heldStore: HeldComments | undefined;
  /** The comment whose "Balas" was pressed, to give focus back on "Batalkan balasan". */
  private replyingTo = 0;

  private readonly nearController = new NearViewportController(this, {
    margin: '600px',
    enabled: () => !this.eager,
    onNear: () => void this.load('initial'),
  });

  private readonly liveController = new LiveController(this, {
    enabled: () => this.live && this.phase === 'ready',
    interval: () =>
      Number.isFinite(this.liveInterval) && this.liveInterval >= 5 ? Math.min(this.liveInterval, 3600) : 60,
    check: () => this.checkNew(),
  });

  /** Top-level comments of the post, from `X-WP-Total` (0 until loaded). */
  get totalThreads(): number {
    return this.total;
  }

  /** Loads the comments again from the first page (or the permalinked one), as "Coba lagi" does. */
  reload(): Promise<void> {
    return this.load('initial');
  }

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
    this.inFlight?.abort(new CommentsError('network'));
    this.inFlight = undefined;
    if (this.phase === 'loading') {
      // Start again when the thread is put back (and comes near the viewport again).
      this.phase = 'waiting';
      this.nearController.near = false;
    }
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
      if (this.phase !== 'waiting') void this.load('initial');
    }
  }

  protected override customStates(): Readonly<Record<string, boolean>> {
    return {
      loading: this.phase === 'loading' || this.phase === 'waiting',
      error: this.phase === 'error',
      empty: this.phase === 'ready' && this.roots.length === 0 && this.held.length === 0,
      closed: this.closed,
    };
  }

  private get texts(): CommentsTexts {
    return this.localize(commentsTexts, this.strings);
  }

  private get source(): CommentsSource | undefined {
    const restRoot = resolveRestRoot(TAG, this.siteUrl, this.restRoot);
    const postId = parsePostId(TAG, this.postId);
    return restRoot === undefined || postId === undefined
      ? undefined
      : { restRoot, postId, signal: this.inFlight?.signal };
  }

  private get pageSize(): number {
    return parseWhole(TAG, 'per-page', this.perPage, 20, 1, 100);
  }

  private get depth(): number {
    return parseWhole(TAG, 'max-depth', this.maxDepth, DEFAULT_MAX_DEPTH, 1, 10);
  }

  private get sortOrder(): 'asc' | 'desc' {
    return parseOrder(TAG, this.order);
  }

  /** A fresh abort signal for one load (ending any earlier one) and its `timeout` timer. */
  private startRequest(): { controller: AbortController; timer: ReturnType<typeof setTimeout> } {
    this.inFlight?.abort(new CommentsError('network'));
    const controller = new AbortController();
    this.inFlight = controller;
    const seconds = parseWhole(TAG, 'timeout', this.timeout, 20, 1, 120);
    const timer = setTimeout(() => {
      controller.abort(new CommentsError('timeout'));
    }, seconds * 1000);
    return { controller, timer };
  }

  private async load(cause: SabbaCommentsLoadDetail['cause'] | 'earlier'): Promise<void> {
    const { controller, timer } = this.startRequest();
    const source = this.source;
    this.failure = undefined;
    if (cause === 'initial') {
      this.phase = 'loading';
    } else {
      this.busy = cause === 'earlier' ? 'earlier' : 'more';
    }
    // Outcomes are reported after the first render, never inside connectedCallback, where a page
    // that adds its listener right after inserting the element would miss them.
    await this.updateComplete;
    try {
      if (source === undefined) throw new CommentsError('config');
      const target = cause === 'initial' ? this.permalinkId() : undefined;
      let page = cause === 'initial' ? 1 : cause === 'earlier' ? this.firstPage - 1 : this.lastPage + 1;
      if (target !== undefined) page = (await this.pageOf(source, target)) ?? 1;
      const [threads, all] = await Promise.all([
        fetchComments(threadsUrl(source, page, this.pageSize, this.sortOrder), source.signal),
        cause === 'initial' ? fetchCommentTotal(source) : Promise.resolve(undefined),
      ]);
      const replies = await fetchReplies(source, threads.comments);
      if (controller.signal.aborted) return;
      this.total = threads.total;
      if (all !== undefined) this.allComments = all;
      this.totalPages = threads.totalPages;
      this.announcement = '';
      if (cause === 'initial') {
        this.contents.clear();
        this.roots = threads.comments;
        this.replies = replies;
        this.firstPage = page;
        this.lastPage = page;
        this.loadHeld(source);
      } else if (cause === 'earlier') {
        this.roots = [...threads.comments, ...this.roots];
        this.replies = [...replies, ...this.replies];
        this.firstPage = page;
      } else {
        this.roots = [...this.roots, ...threads.comments];
        this.replies = [...this.replies, ...replies];
        this.lastPage = page;
      }
      this.heldStore?.forget(new Set([...threads.comments, ...replies].map((c) => c.id)));
      this.held = this.heldStore?.list() ?? [];
      this.phase = 'ready';
      this.liveController.schedule();
      const added = threads.comments.length + replies.length;
      const t = this.texts;
      this.announcement = cause === 'initial' ? t.loaded(added) : t.loadedMore(added);
      this.busy = undefined;
      await this.updateComplete;
      if (cause === 'more' && this.lastPage >= this.totalPages) {
        // The button is gone: focus goes to the first comment it brought, not to <body>.
        this.focusComment(threads.comments[0]?.id);
      }
      if (target !== undefined) this.showPermalink(target);
      this.dispatchEvent(
        new SabbaCommentsLoadEvent({
          added,
          shown: this.shownCount(),
          total: this.total,
          cause: target !== undefined ? 'permalink' : cause === 'earlier' ? 'more' : cause,
        }),
      );
    } catch (error) {
      if (this.inFlight !== controller) return; // a newer load replaced this one
      const failure = error instanceof CommentsError ? error : new CommentsError('network');
      this.busy = undefined;
      this.failure = failure;
      if (cause === 'initial') this.phase = 'error';
      const message = this.texts[ERROR_TEXT[failure.reason]] as string;
      this.announcement = message;
      this.dispatchEvent(
        new SabbaCommentsErrorEvent({ reason: failure.reason, status: failure.status, code: failure.code, message }),
      );
    } finally {
      clearTimeout(timer);
      if (this.inFlight === controller) {
        controller.abort();
        this.inFlight = undefined;
      }
    }
  }

  /** The page (of `per-page` threads) that holds comment `id`, or `undefined` when WordPress does not list it. */
  private async pageOf(source: CommentsSource, id: number): Promise<number | undefined> {
    let comment = await fetchComment(source, id);
    // Up to the top-level comment; a missing ancestor (not approved) hides the reply, as in WordPress.
    for (let level = 0; comment !== undefined && comment.parent !== 0 && level < 20; level++)
      comment = await fetchComment(source, comment.parent);
    if (comment?.parent !== 0) return undefined;
    return Math.floor((await countBefore(source, comment, this.sortOrder)) / this.pageSize) + 1;
  }

  private loadHeld(source: CommentsSource): void {
    this.heldStore = new HeldComments(source.restRoot, source.postId);
  }

  private permalinkId(): number | undefined {
    const match = PERMALINK.exec(location.hash);
    return match ? Number(match[1]) : undefined;
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

  private shownCount(): number {
    return countShown(this.tree());
  }

  private tree(): ThreadNode[] {
    const heldRoots = this.held.filter((c) => c.parent === 0);
    const roots = this.sortOrder === 'asc' ? [...this.roots, ...heldRoots] : [...heldRoots, ...this.roots];
    return buildThread(roots, [...this.replies, ...this.held.filter((c) => c.parent !== 0)], this.depth);
  }

  /** The `<sabba-comment-form>` of this post: one inside the thread, else the first on the page with the same `post-id`. */
  private findForm(): ReplyForm | undefined {
    const inside = this.querySelector('sabba-comment-form');
    if (inside) return inside;
    const post = this.postId.trim();
    return [...this.ownerDocument.querySelectorAll('sabba-comment-form')].find(
      (f) => (f as ReplyForm).postId.trim() === post,
    );
  }

  private async handleReply(comment: ThreadComment): Promise<void> {
    const form = this.findForm();
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
    if (this.replyingTo === 0 || event.target !== this.findForm()) return;
    this.focusComment(this.replyingTo);
    this.replyingTo = 0;
  };

  private readonly handleFormSuccess = (event: Event): void => {
    const { detail } = event as FormSuccess;
    const source = this.source;
    if (source?.postId !== detail.comment.postId) return;
    this.replyingTo = 0;
    const now = new Date();
    const comment: ThreadComment = {
      id: detail.id ?? -now.getTime(),
      parent: detail.comment.parentId,
      authorName: detail.comment.authorName,
      authorUrl: '',
      date: localStamp(now, false),
      dateGmt: localStamp(now, true),
      html: textToHtml(detail.comment.content),
    };
    if (detail.status === 'hold') {
      this.heldStore ??= new HeldComments(source.restRoot, source.postId);
      this.heldStore.add(comment);
      this.held = this.heldStore.list();
      return;
    }
    // Approved: the site's own rendering when it can be read, else the text as sent.
    const add = (shown: ThreadComment): void => {
      if (shown.parent === 0) this.roots = this.sortOrder === 'asc' ? [...this.roots, shown] : [shown, ...this.roots];
      else this.replies = [...this.replies, shown];
      if (shown.parent === 0) this.total += 1;
      this.allComments += 1;
    };
    if (detail.id === null) {
      add(comment);
      return;
    }
    fetchComment(source, detail.id).then(
      (fetched) => {
        add(fetched ?? comment);
      },
      () => {
        add(comment);
      },
    );
  };

  /** Comments newer than any shown whose parent is shown (or top-level), kept until the reader asks. */
  private async checkNew(): Promise<void> {
    const source = this.source;
    if (source === undefined) return;
    const newest = await fetchComments(newestUrl(source), undefined);
    const shown = new Set([...this.roots, ...this.replies, ...this.fresh].map((c) => c.id));
    const latest = [...this.roots, ...this.replies].reduce((max, c) => (c.dateGmt > max ? c.dateGmt : max), '');
    const ready = newest.comments.filter(
      (c) => !shown.has(c.id) && c.dateGmt >= latest && (c.parent === 0 || shown.has(c.parent)),
    );
    if (ready.length > 0) this.fresh = [...this.fresh, ...ready.reverse()];
  }

  private async handleShowNew(): Promise<void> {
    const fresh = this.fresh;
    this.fresh = [];
    const roots = fresh.filter((c) => c.parent === 0);
    this.roots = this.sortOrder === 'asc' ? [...this.roots, ...roots] : [...roots.reverse(), ...this.roots];
    this.replies = [...this.replies, ...fresh.filter((c) => c.parent !== 0)];
    this.total += roots.length;
    this.allComments += fresh.length;
    this.heldStore?.forget(new Set(fresh.map((c) => c.id)));
    this.held = this.heldStore?.list() ?? [];
    this.announcement = this.texts.loadedMore(fresh.length);
    await this.updateComplete;
    // The button is gone: focus goes to the first comment it brought.
    this.focusComment(fresh[0]?.id);
    this.dispatchEvent(
      new SabbaCommentsLoadEvent({ added: fresh.length, shown: this.shownCount(), total: this.total, cause: 'new' }),
    );
  }

  private readonly handleHashChange = (): void => {
    const id = this.permalinkId();
    if (id === undefined || this.phase === 'waiting') return;
    if (this.commentBody(id)) this.showPermalink(id);
    else void this.load('initial');
  };

  private readonly handleOnline = (): void => {
    if (this.phase === 'error' && this.failure?.reason === 'offline') void this.load('initial');
  };

  private handleRetry(): void {
    void this.load('initial');
  }

  private handleMore(): void {
    void this.load('more');
  }

  private handleEarlier(): void {
    void this.load('earlier');
  }

  /** The sanitized text of one comment, built once per comment. */
  private contentOf(comment: ThreadComment): HTMLElement {
    let node = this.contents.get(comment.id);
    if (!node) {
      node = this.ownerDocument.createElement('div');
      node.setAttribute('part', 'content');
      node.className = 'content';
      node.append(sanitizeCommentHtml(comment.html, this.ownerDocument));
      this.contents.set(comment.id, node);
    }
    return node;
  }

  override render(): TemplateResult {
    const t = this.texts;
    const loading = this.phase === 'waiting' || this.phase === 'loading';
    const heading = this.heading.trim() || t.heading(this.phase === 'ready' ? this.allComments : (this.count ?? 0));
    // A labelled group, not a region landmark: themes wrap the thread in their own comments section,
    // often named as the heading is ("Komentar"), and two landmarks of one name fail axe's landmark-unique.
    return html`
      <div part="base" role="group" aria-labelledby="heading" aria-busy=${loading || this.busy !== undefined ? 'true' : 'false'}>
        <h2 id="heading" part="heading">${heading}</h2>
        ${loading ? this.renderSkeleton(t) : nothing}
        ${this.phase === 'error' ? this.renderError(t) : nothing}
        ${this.phase === 'ready' ? this.renderThread(t) : nothing}
        ${this.closed ? html`<p part="message" class="message closed">${t.closed}</p>` : html`<slot></slot>`}
        <p part="status" class="visually-hidden" role="status">${this.announcement}</p>
      </div>
    `;
  }

  private renderSkeleton(t: CommentsTexts): TemplateResult {
    const items = Math.max(1, Math.min(this.count ?? 3, this.pageSize));
    return html`<div part="skeleton" class="skeleton">
      <span class="visually-hidden">${t.loading}</span>
      ${Array.from({ length: items }, () => html`<div class="skeleton-item" aria-hidden="true"></div>`)}
    </div>`;
  }

  private renderError(t: CommentsTexts): TemplateResult {
    const reason = this.failure?.reason ?? 'network';
    return html`<div part="message" class="message error">
      <p>${t[ERROR_TEXT[reason]]}</p>
      <button type="button" part="retry" class="button" @click=${this.handleRetry}>${t.retry}</button>
    </div>`;
  }

  private renderThread(t: CommentsTexts): TemplateResult {
    const tree = this.tree();
    const moreError = this.failure !== undefined && this.busy === undefined;
    return html`
      ${this.sortOrder === 'desc' ? this.renderNew(t) : nothing}
      ${
        this.firstPage > 1
          ? html`<button type="button" part="load-earlier" class="button secondary" ?disabled=${this.busy !== undefined} @click=${this.handleEarlier}>${t.loadMore}</button>`
          : nothing
      }
      ${
        tree.length === 0
          ? this.closed
            ? nothing
            : html`<p part="message" class="message empty">${t.empty}</p>`
          : html`<ol part="list" class="comment-list">${this.renderNodes(tree, 1, t)}</ol>`
      }
      ${this.sortOrder === 'asc' ? this.renderNew(t) : nothing}
      ${moreError ? html`<p part="message" class="message error">${t[ERROR_TEXT[this.failure?.reason ?? 'network']]}</p>` : nothing}
      ${
        this.lastPage < this.totalPages
          ? html`<button type="button" part="load-more" class="button" aria-disabled=${this.busy === undefined ? 'false' : 'true'} @click=${this.busy === undefined ? this.handleMore : nothing}>
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
  private renderNew(t: CommentsTexts): TemplateResult | typeof nothing {
    if (this.fresh.length === 0) return nothing;
    return html`<button type="button" part="new-comments" class="button secondary" @click=${this.handleShowNew}>${t.newComments(this.fresh.length)}</button>`;
  }

  private renderNodes(nodes: readonly ThreadNode[], depth: number, t: CommentsTexts): TemplateResult {
    return html`${repeat(
      nodes,
      (node) => node.comment.id,
      (node) => this.renderComment(node, depth, t),
    )}`;
  }

  private renderComment(node: ThreadNode, depth: number, t: CommentsTexts): TemplateResult {
    const c = node.comment;
    const name = c.authorName.trim() || t.anonymous;
    const url = safeAbsoluteUrl(c.authorUrl);
    const datetime = isoInstant(c.dateGmt);
    const nameId = `comment-${c.id}-author`;
    return html`<li id=${`comment-${c.id}`} part="comment" class=${`comment depth-${depth}${c.held ? ' held' : ''}`}>
      <article part="comment-body" class=${c.id === this.highlighted ? 'body highlighted' : 'body'} tabindex="-1" aria-labelledby=${nameId}>
        <header class="meta">
          <b id=${nameId} part="author" class="author">${url ? html`<a href=${url} rel="nofollow ugc">${name}</a>` : name}</b>
          ${
            datetime
              ? html`<a part="date" class="date" href=${`#comment-${c.id}`}><time datetime=${datetime}>${formatCommentDate(c.date, this.language)}</time></a>`
              : nothing
          }
        </header>
        ${c.held ? html`<p part="held" class="held-note"><em>${t.held}</em></p>` : nothing}
        ${this.contentOf(c)}
        ${
          c.held || this.closed
            ? nothing
            : html`<button type="button" part="reply" class="reply" aria-label=${t.replyTo(name)} @click=${() => void this.handleReply(c)}>${t.reply}</button>`
        }
      </article>
      ${node.replies.length > 0 ? html`<ol part="children" class="children">${this.renderNodes(node.replies, depth + 1, t)}</ol>` : nothing}
    </li>`;
  }
}
