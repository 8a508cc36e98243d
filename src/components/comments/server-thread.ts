import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ThreadComment } from './comment-tree.js';
import type { ThreadBatch } from './thread-controller.js';

/**
 * The thread WordPress printed inside `<sabba-comments>` (the plugin's template: a
 * `h2.comments-title`, `wp_list_comments()`'s `ol.comment-list`, `the_comments_pagination()` and
 * `p.no-comments`), so readers without JavaScript see the comments and permalinks work before the
 * script runs. Read from the DOM the browser already built, never from a string.
 */

/** The comments the server printed, ready to be shown without a request. */
export interface ServerComments {
  /** The first page, when the server printed every comment of it (no paging links). */
  readonly batch: ThreadBatch;
  /** Each comment's `.comment-content`, to be copied through the sanitizer. */
  readonly contents: ReadonlyMap<number, Element>;
}

/** The server's nodes inside the element. */
const SERVER_NODES =
  ':scope > .comments-title, :scope > .comment-list, :scope > .comments-pagination, :scope > .no-comments';

const COMMENT_ID = /^comment-(\d{1,15})$/;

/** `get_comment_time('c')`: site-local time with its offset. */
const ISO_LOCAL = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:[+-]\d{2}:\d{2}|Z)$/;

/** One `li.comment` of `wp_list_comments()` (HTML5 markup), or `undefined` when it does not read as one. */
function readItem(li: Element, parent: number): (ThreadComment & { content: Element }) | undefined {
  const id = COMMENT_ID.exec(li.id)?.[1];
  const body = li.querySelector(':scope > .comment-body');
  const author = body?.querySelector('.comment-author .fn');
  const datetime = ISO_LOCAL.exec(body?.querySelector('.comment-metadata time')?.getAttribute('datetime') ?? '');
  const content = body?.querySelector(':scope > .comment-content');
  const instant = datetime ? new Date(datetime[0]) : undefined;
  if (!id || !author || !content || !datetime?.[1] || !instant || Number.isNaN(instant.getTime())) return undefined;
  return {
    id: Number(id),
    parent,
    authorName: author.textContent.trim(),
    authorUrl: author.querySelector('a.url')?.getAttribute('href') ?? '',
    date: datetime[1],
    dateGmt: instant.toISOString().slice(0, 19),
    html: '',
    // The reader's own comment awaiting moderation (WordPress's `?unapproved=…&moderation-hash=…`).
    held: body?.querySelector('.comment-awaiting-moderation') !== null,
    content,
  };
}

/**
 * The server's comments as the thread's first page, or `undefined` when they cannot stand for it:
 * no list, paging links (the element's pages differ from the theme's), or a comment that does not
 * read as WordPress's HTML5 markup (a theme without `html5` support for `comment-list`).
 */
export function readServerComments(list: Element | null): ServerComments | undefined {
  if (list === null) return undefined;
  const roots: ThreadComment[] = [];
  const replies: ThreadComment[] = [];
  const contents = new Map<number, Element>();
  // Only the list's own items and those of each item's `ol.children`, never an `li` inside a
  // comment's text, which could otherwise pass for a comment.
  const walk = (items: Element, parent: number): boolean => {
    for (const li of items.querySelectorAll(':scope > li')) {
      // Pingbacks and trackbacks are not comments to the REST API either.
      if (!li.classList.contains('comment')) continue;
      const item = readItem(li, parent);
      if (item === undefined) return false;
      const { content, ...comment } = item;
      contents.set(comment.id, content);
      (parent === 0 ? roots : replies).push(comment);
      const children = li.querySelector(':scope > .children');
      if (children && !walk(children, comment.id)) return false;
    }
    return true;
  };
  if (!walk(list, 0)) return undefined;
  const total = roots.filter((c) => !c.held).length;
  const all = total + replies.filter((c) => !c.held).length;
  return { batch: { roots, replies, total, totalPages: total > 0 ? 1 : 0, all }, contents };
}

/** What the controller asks of the element. */
export interface ServerThreadOptions {
  /** The server's comments can stand for the first page (called once, on the first connect). */
  readonly found: (comments: ServerComments) => void;
  /** Whether the element has its own data to show instead. */
  readonly ready: () => boolean;
  /**
   * The server's nodes were replaced by the element's rendering; `unseen` when the reader never
   * had the thread in view (so a permalink may scroll to its comment).
   */
  readonly replaced: (unseen: boolean) => void;
}

/**
 * Shows the server's thread until the element's own can replace it without moving anything the
 * reader sees: once the element has its data and the thread is outside the viewport (below it, or
 * above it, where scroll anchoring keeps the reader's place), its rendering replaces the server's
 * nodes in one frame.
 */
export class ServerThreadController implements ReactiveController {
  /** The server's comments, when they can stand for the first page. */
  comments: ServerComments | undefined;

  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly options: ServerThreadOptions;
  private nodes: Element[] = [];
  private read = false;
  private inView: boolean | undefined;
  private seen = false;
  private observer: IntersectionObserver | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, options: ServerThreadOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /** Whether the server's thread is shown (the element renders only a slot for it). */
  get shown(): boolean {
    return this.nodes.length > 0;
  }

  /** Reads the server's thread once, when the element first connects. */
  hostConnected(): void {
    if (!this.read) {
      this.read = true;
      this.nodes = [...this.host.querySelectorAll(SERVER_NODES)];
      // Paging links: the theme's pages are not the element's, so the element reads its own.
      if (this.shown && !this.host.querySelector(':scope > .comments-pagination'))
        this.comments = readServerComments(this.host.querySelector(':scope > .comment-list'));
      if (this.comments) this.options.found(this.comments);
    }
    if (!this.shown) return;
    if (typeof IntersectionObserver === 'undefined') {
      this.inView = false;
      return;
    }
    this.observer = new IntersectionObserver((entries) => {
      this.inView = entries.some((entry) => entry.isIntersecting);
      this.seen ||= this.inView;
      this.check();
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.inView = undefined;
  }

  hostUpdated(): void {
    // Once the update is over (a replacement is an update of its own, in the same frame).
    queueMicrotask(() => {
      this.check();
    });
  }

  /**
   * The theme's margins of the server's first and last nodes collapsed through the element (its
   * `.comments-title` margin set where the thread starts); the element's own rendering has none
   * there, so they stay on the element and its edges do not move when the list is replaced.
   */
  private keepEdges(): void {
    const host = getComputedStyle(this.host);
    const first = this.nodes[0];
    const last = this.nodes.at(-1);
    const margin = (a: string, b: string): string => `${Math.max(parseFloat(a) || 0, parseFloat(b) || 0)}px`;
    if (first && first === this.host.firstElementChild)
      this.host.style.marginBlockStart = margin(host.marginBlockStart, getComputedStyle(first).marginBlockStart);
    if (last && last === this.host.lastElementChild)
      this.host.style.marginBlockEnd = margin(host.marginBlockEnd, getComputedStyle(last).marginBlockEnd);
  }

  /** Replaces the server's nodes once the element is ready and the reader is not looking at them. */
  private check(): void {
    if (!this.shown || this.inView !== false || !this.options.ready()) return;
    this.hostDisconnected();
    this.keepEdges();
    // Out with the server's nodes and in with the element's rendering before the next frame.
    for (const node of this.nodes) node.remove();
    this.nodes = [];
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => {
      this.options.replaced(!this.seen);
    });
  }
}
