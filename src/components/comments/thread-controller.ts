import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { parsePostId, resolveRestRoot } from '../../internal/wordpress-rest.js';
import { buildThread, DEFAULT_MAX_DEPTH, type ThreadComment, type ThreadNode } from './comment-tree.js';
import {
  CommentsError,
  countBefore,
  fetchComment,
  fetchCommentTotal,
  fetchComments,
  fetchReplies,
  newestUrl,
  threadsUrl,
  type CommentsSource,
} from './comments-api.js';
import { parseOrder, parseWhole } from './comments-config.js';
import type { SabbaCommentsLoadDetail } from './comments.events.js';
import { HeldComments } from './held-comments.js';

const TAG = 'sabba-comments';

/** Comments of a permalink (`#comment-123`). */
const PERMALINK = /^#comment-(\d{1,15})$/;

/** The comment the page's permalink (`#comment-123`) names. */
export function permalinkId(): number | undefined {
  const match = PERMALINK.exec(location.hash);
  return match ? Number(match[1]) : undefined;
}

/** Where the thread is: nothing asked yet, asking, shown, or the first load failed. */
export type Phase = 'waiting' | 'loading' | 'ready' | 'error';

/** What a load was for: the first page (or the permalinked one), the next, or the one before. */
export type LoadCause = SabbaCommentsLoadDetail['cause'] | 'earlier';

/** The comments one load (or the server's list) brought. */
export interface ThreadBatch {
  /** Top-level comments, in the shown order. */
  readonly roots: ThreadComment[];
  /** Their replies, any order. */
  readonly replies: ThreadComment[];
  /** Top-level comments of the post (`X-WP-Total`). */
  readonly total: number;
  /** Pages of top-level comments (`X-WP-TotalPages`). */
  readonly totalPages: number;
  /** Every approved comment of the post, replies included; `undefined` keeps the known number. */
  readonly all: number | undefined;
}

type Shown = 'phase' | 'busy' | 'failure' | 'held' | 'fresh' | 'allComments';

/** The element's public settings the controller reads (and checks, warning once about bad ones). */
export interface ThreadHost extends ReactiveControllerHost {
  readonly siteUrl: string;
  readonly restRoot: string;
  readonly postId: string;
  readonly perPage: number;
  readonly order: string;
  readonly maxDepth: number;
  readonly timeout: number;
}

/** What the controller tells the element. */
export interface ThreadOptions {
  /** A load succeeded; the thread is rendered with what it brought before this resolves. */
  readonly loaded: (cause: LoadCause, batch: ThreadBatch, target: number | undefined) => Promise<void>;
  /** A first load was cut short because the element left the page. */
  readonly interrupted: () => void;
  /** A load failed (and was not replaced by a newer one). */
  readonly failed: (failure: CommentsError) => void;
}

/**
 * The thread's data and how it is read: the comments shown, WordPress's totals and pages, the
 * reader's held previews, the newest comments found by live checks, and the one request in flight
 * with its timeout. The element renders what this holds and turns its outcomes into events.
 */
export class ThreadController implements ReactiveController {
  /** Where the thread is. */
  phase: Phase = 'waiting';
  /** Top-level comments shown, in order. */
  roots: ThreadComment[] = [];
  /** Replies shown. */
  replies: ThreadComment[] = [];
  /** The reader's own comments awaiting moderation. */
  held: ThreadComment[] = [];
  /** Top-level comments of the post (`X-WP-Total`). */
  total = 0;
  /** Every approved comment of the post, replies included: the heading's number, as in WordPress. */
  allComments = 0;
  /** The first page of top-level comments shown (above 1 after a permalink). */
  firstPage = 1;
  /** The last page shown (0 before the first load). */
  lastPage = 0;
  /** Pages of top-level comments (`X-WP-TotalPages`). */
  totalPages = 0;
  /** Which paging button waits for its answer. */
  busy: 'more' | 'earlier' | undefined;
  /** Why the last load failed. */
  failure: CommentsError | undefined;
  /** New comments found by a live check, not shown until the reader asks. */
  fresh: ThreadComment[] = [];

  private readonly host: ThreadHost;
  private readonly options: ThreadOptions;
  private inFlight: AbortController | undefined;
  private heldStore: HeldComments | undefined;

  constructor(host: ThreadHost, options: ThreadOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /** Where and how to read, with the signal of the load in flight; `undefined` (with a warning) for a bad `site-url`/`rest-root` or `post-id`. */
  get source(): CommentsSource | undefined {
    const restRoot = resolveRestRoot(TAG, this.host.siteUrl, this.host.restRoot);
    const postId = parsePostId(TAG, this.host.postId);
    return restRoot === undefined || postId === undefined
      ? undefined
      : { restRoot, postId, signal: this.inFlight?.signal };
  }

  /** Top-level comments per page (`per-page`, checked). */
  get pageSize(): number {
    return parseWhole(TAG, 'per-page', this.host.perPage, 20, 1, 100);
  }

  /** The order of the top-level comments (`order`, checked). */
  get order(): 'asc' | 'desc' {
    return parseOrder(TAG, this.host.order);
  }

  /** A removed thread ends its load, and starts again when it is put back in a page. */
  hostDisconnected(): void {
    this.inFlight?.abort(new CommentsError('network'));
    this.inFlight = undefined;
    if (this.phase !== 'loading') return;
    this.update({ phase: 'waiting' });
    this.options.interrupted();
  }

  /** The shown tree: fetched comments with the reader's held previews in place. */
  tree(): ThreadNode[] {
    const heldRoots = this.held.filter((c) => c.parent === 0);
    const roots = this.order === 'asc' ? [...this.roots, ...heldRoots] : [...heldRoots, ...this.roots];
    return buildThread(
      roots,
      [...this.replies, ...this.held.filter((c) => c.parent !== 0)],
      parseWhole(TAG, 'max-depth', this.host.maxDepth, DEFAULT_MAX_DEPTH, 1, 10),
    );
  }

  /** Loads the first page (or the permalinked one), the next or the one before. */
  async load(cause: LoadCause): Promise<void> {
    const { controller, timer } = this.startRequest();
    const source = this.source;
    if (cause === 'initial') this.update({ failure: undefined, phase: 'loading' });
    else this.update({ failure: undefined, busy: cause === 'earlier' ? 'earlier' : 'more' });
    // Outcomes are reported after the first render, never inside connectedCallback, where a page
    // that adds its listener right after inserting the element would miss them.
    await this.host.updateComplete;
    try {
      if (source === undefined) throw new CommentsError('config');
      const target = cause === 'initial' ? permalinkId() : undefined;
      let page = cause === 'initial' ? 1 : cause === 'earlier' ? this.firstPage - 1 : this.lastPage + 1;
      if (target !== undefined) page = (await this.pageOf(source, target)) ?? 1;
      const [threads, all] = await Promise.all([
        fetchComments(threadsUrl(source, page, this.pageSize, this.order), source.signal),
        cause === 'initial' ? fetchCommentTotal(source) : Promise.resolve(undefined),
      ]);
      const replies = await fetchReplies(source, threads.comments);
      if (controller.signal.aborted) return;
      const batch = { roots: threads.comments, replies, total: threads.total, totalPages: threads.totalPages, all };
      this.apply(cause, page, batch, source);
      await this.options.loaded(cause, batch, target);
    } catch (error) {
      if (this.inFlight !== controller) return; // a newer load replaced this one
      const failure = error instanceof CommentsError ? error : new CommentsError('network');
      this.update({ busy: undefined, failure, phase: cause === 'initial' ? 'error' : this.phase });
      this.options.failed(failure);
    } finally {
      clearTimeout(timer);
      if (this.inFlight === controller) {
        controller.abort();
        this.inFlight = undefined;
      }
    }
  }

  /** Shows a first page that did not need a request (the list the server printed). */
  adopt(batch: ThreadBatch): void {
    const source = this.source;
    if (source !== undefined) this.apply('initial', 1, batch, source);
  }

  /** A comment the form posted: held as the reader's preview, or shown in its place. */
  addPosted(comment: ThreadComment, status: 'approved' | 'hold', source: CommentsSource): void {
    if (status === 'hold') {
      this.heldStore ??= new HeldComments(source.restRoot, source.postId);
      this.heldStore.add(comment);
      this.update({ held: this.heldStore.list() });
      return;
    }
    // Approved: the site's own rendering when it can be read, else the text as sent.
    const add = (shown: ThreadComment): void => {
      const asc = this.order === 'asc';
      if (shown.parent === 0) this.roots = asc ? [...this.roots, shown] : [shown, ...this.roots];
      else this.replies = [...this.replies, shown];
      if (shown.parent === 0) this.total += 1;
      this.update({ allComments: this.allComments + 1 });
    };
    if (comment.id < 0) {
      add(comment);
      return;
    }
    fetchComment(source, comment.id).then(
      (fetched) => {
        add(fetched ?? comment);
      },
      () => {
        add(comment);
      },
    );
  }

  /** Comments newer than any shown whose parent is shown (or top-level), kept until the reader asks. */
  async checkNew(): Promise<void> {
    const source = this.source;
    if (source === undefined) return;
    const newest = await fetchComments(newestUrl(source), undefined);
    const shown = new Set([...this.roots, ...this.replies, ...this.fresh].map((c) => c.id));
    const latest = [...this.roots, ...this.replies].reduce((max, c) => (c.dateGmt > max ? c.dateGmt : max), '');
    const ready = newest.comments.filter(
      (c) => !shown.has(c.id) && c.dateGmt >= latest && (c.parent === 0 || shown.has(c.parent)),
    );
    if (ready.length > 0) this.update({ fresh: [...this.fresh, ...ready.reverse()] });
  }

  /** Inserts the comments live checks found; returns them. */
  showNew(): ThreadComment[] {
    const fresh = this.fresh;
    const roots = fresh.filter((c) => c.parent === 0);
    this.roots = this.order === 'asc' ? [...this.roots, ...roots] : [...roots.reverse(), ...this.roots];
    this.replies = [...this.replies, ...fresh.filter((c) => c.parent !== 0)];
    this.total += roots.length;
    this.allComments += fresh.length;
    this.heldStore?.forget(new Set(fresh.map((c) => c.id)));
    this.update({ fresh: [], held: this.heldStore?.list() ?? [] });
    return fresh;
  }

  /** Sets some of the shown state and asks the element to render it. */
  private update(patch: Partial<Pick<ThreadController, Shown>>): void {
    Object.assign(this, patch);
    this.host.requestUpdate();
  }

  /** A fresh abort signal for one load (ending any earlier one) and its `timeout` timer. */
  private startRequest(): { controller: AbortController; timer: ReturnType<typeof setTimeout> } {
    this.inFlight?.abort(new CommentsError('network'));
    const controller = new AbortController();
    this.inFlight = controller;
    const timer = setTimeout(
      () => {
        controller.abort(new CommentsError('timeout'));
      },
      parseWhole(TAG, 'timeout', this.host.timeout, 20, 1, 120) * 1000,
    );
    return { controller, timer };
  }

  /** Puts what a load brought in its place: the first page replaces, the others extend. */
  private apply(cause: LoadCause, page: number, batch: ThreadBatch, source: CommentsSource): void {
    this.total = batch.total;
    if (batch.all !== undefined) this.allComments = batch.all;
    this.totalPages = batch.totalPages;
    if (cause === 'initial') {
      this.roots = batch.roots;
      this.replies = batch.replies;
      this.firstPage = page;
      this.lastPage = page;
      this.heldStore = new HeldComments(source.restRoot, source.postId);
    } else if (cause === 'earlier') {
      this.roots = [...batch.roots, ...this.roots];
      this.replies = [...batch.replies, ...this.replies];
      this.firstPage = page;
    } else {
      this.roots = [...this.roots, ...batch.roots];
      this.replies = [...this.replies, ...batch.replies];
      this.lastPage = page;
    }
    this.heldStore?.forget(new Set([...batch.roots, ...batch.replies].map((c) => c.id)));
    this.update({ held: this.heldStore?.list() ?? [], phase: 'ready', busy: undefined });
  }

  /** The page (of `per-page` threads) that holds comment `id`, or `undefined` when WordPress does not list it. */
  private async pageOf(source: CommentsSource, id: number): Promise<number | undefined> {
    let comment = await fetchComment(source, id);
    // Up to the top-level comment; a missing ancestor (not approved) hides the reply, as in WordPress.
    for (let level = 0; comment !== undefined && comment.parent !== 0 && level < 20; level++)
      comment = await fetchComment(source, comment.parent);
    if (comment?.parent !== 0) return undefined;
    return Math.floor((await countBefore(source, comment, this.order)) / this.pageSize) + 1;
  }
}
