/**
 * Reading a post's approved comments from WordPress's REST API (`GET /wp/v2/comments`).
 *
 * Every URL is built only from the post, the page and the thread settings, with the parameters in
 * a fixed order and nothing per reader (no nonce, no cookie, no cache-busting), so every reader of
 * a post asks for the same URLs and a CDN or caching proxy in front of WordPress can answer them.
 * Only the fields the thread renders are asked for (`_fields`).
 */
import { routeUrl } from '../../internal/wordpress-rest.js';
import type { ThreadComment } from './comment-tree.js';

/** The fields the thread renders. */
export const FIELDS = 'id,parent,author_name,author_url,date,date_gmt,content';

/** WordPress's largest `per_page`. */
export const MAX_PER_PAGE = 100;

/** Replies deeper than this many levels below a top-level comment are not fetched (broken data). */
export const MAX_REPLY_LEVELS = 20;

/** Why a request failed, as the thread tells the reader. */
export type CommentsFailure =
  'login' | 'not-found' | 'server' | 'timeout' | 'offline' | 'malformed' | 'network' | 'config';

/** A failed request: the reason, the HTTP status (0 without an answer) and WordPress's code. */
export class CommentsError extends Error {
  /** Why it failed. */
  readonly reason: CommentsFailure;
  /** The HTTP status; 0 when no answer arrived. */
  readonly status: number;
  /** WordPress's error code (`rest_comment_login_required`, …) when it sent one. */
  readonly code: string | undefined;

  constructor(reason: CommentsFailure, status = 0, code?: string) {
    super(`comments request failed: ${reason}${status ? ` (HTTP ${status})` : ''}${code ? ` ${code}` : ''}`);
    this.reason = reason;
    this.status = status;
    this.code = code;
  }
}

/** Where and how the thread reads. */
export interface CommentsSource {
  /** The REST root, absolute, ending in `/` (`https://site/wp-json/`) or a `?rest_route=/` URL. */
  readonly restRoot: string;
  /** The post. */
  readonly postId: number;
  /** Abort signal of the whole load (timeout, element removed). */
  readonly signal?: AbortSignal;
}

/** One page of comments and the totals WordPress sent with it. */
export interface CommentsPage {
  /** The comments, in WordPress's order. */
  readonly comments: ThreadComment[];
  /** `X-WP-Total`: how many match in all. */
  readonly total: number;
  /** `X-WP-TotalPages`. */
  readonly totalPages: number;
}

function readComment(value: unknown): ThreadComment | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  const content = v.content as { rendered?: unknown } | undefined;
  const id = Number(v.id);
  const parent = Number(v.parent ?? 0);
  if (!Number.isSafeInteger(id) || id <= 0 || !Number.isSafeInteger(parent) || parent < 0) return undefined;
  const text = (x: unknown): string => (typeof x === 'string' ? x : '');
  return {
    id,
    parent,
    authorName: text(v.author_name),
    authorUrl: text(v.author_url),
    date: text(v.date),
    dateGmt: text(v.date_gmt),
    html: text(content?.rendered),
  };
}

/** Maps a failed answer to a reason, reading WordPress's error code when the body has one. */
async function failure(response: Response): Promise<CommentsError> {
  let code: string | undefined;
  try {
    const body = (await response.json()) as { code?: unknown };
    if (typeof body.code === 'string') code = body.code;
  } catch {
    // An HTML error page (a proxy's 502) has no code.
  }
  const s = response.status;
  const reason: CommentsFailure =
    s === 401 || s === 403 ? 'login' : s === 404 ? 'not-found' : s >= 500 ? 'server' : 'malformed';
  return new CommentsError(reason, s, code);
}

/** GETs `url` and reads a list of comments; every failure becomes a {@link CommentsError}. */
export async function fetchComments(url: string, signal: AbortSignal | undefined): Promise<CommentsPage> {
  let response: Response;
  try {
    // No credentials: the answer is the same for every reader, and a CDN may keep it.
    response = await fetch(url, { signal, credentials: 'omit', headers: { accept: 'application/json' } });
  } catch {
    if (signal?.aborted) throw signal.reason instanceof CommentsError ? signal.reason : new CommentsError('timeout');
    throw new CommentsError(typeof navigator !== 'undefined' && !navigator.onLine ? 'offline' : 'network');
  }
  if (!response.ok) throw await failure(response);
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    if (signal?.aborted) throw signal.reason instanceof CommentsError ? signal.reason : new CommentsError('timeout');
    throw new CommentsError('malformed', response.status);
  }
  if (!Array.isArray(body)) throw new CommentsError('malformed', response.status);
  const comments = body.map(readComment).filter((c): c is ThreadComment => c !== undefined);
  const header = (name: string): number => {
    const n = Number(response.headers.get(name));
    return Number.isSafeInteger(n) && n >= 0 ? n : 0;
  };
  const total = response.headers.has('x-wp-total') ? header('x-wp-total') : comments.length;
  return { comments, total, totalPages: response.headers.has('x-wp-totalpages') ? header('x-wp-totalpages') : 1 };
}

/** One page of top-level threads: `parent=0`, oldest or newest first. */
export function threadsUrl(source: CommentsSource, page: number, perPage: number, order: 'asc' | 'desc'): string {
  return routeUrl(source.restRoot, 'wp/v2/comments', [
    ['post', String(source.postId)],
    ['parent', '0'],
    ['order', order],
    ['orderby', 'date_gmt'],
    ['per_page', String(perPage)],
    ['page', String(page)],
    ['_fields', FIELDS],
  ]);
}

/** Replies to the given comments (one level), oldest first. */
export function repliesUrl(source: CommentsSource, parents: readonly number[], page: number): string {
  return routeUrl(source.restRoot, 'wp/v2/comments', [
    ['post', String(source.postId)],
    ['parent', [...parents].sort((a, b) => a - b).join(',')],
    ['order', 'asc'],
    ['orderby', 'date_gmt'],
    ['per_page', String(MAX_PER_PAGE)],
    ['page', String(page)],
    ['_fields', FIELDS],
  ]);
}

/**
 * The post's newest comments of any level (for live updates): one fixed URL per post, so every
 * reader's check can be answered by the same cached copy.
 */
export function newestUrl(source: CommentsSource): string {
  return routeUrl(source.restRoot, 'wp/v2/comments', [
    ['post', String(source.postId)],
    ['order', 'desc'],
    ['orderby', 'date_gmt'],
    ['per_page', '20'],
    ['_fields', FIELDS],
  ]);
}

/** All the post's approved comments, replies included, as WordPress's comment count has them (read from `X-WP-Total`). */
export async function fetchCommentTotal(source: CommentsSource): Promise<number> {
  const url = routeUrl(source.restRoot, 'wp/v2/comments', [
    ['post', String(source.postId)],
    ['per_page', '1'],
    ['_fields', 'id'],
  ]);
  return (await fetchComments(url, source.signal)).total;
}

/** Every page of one URL family (replies can exceed 100 per level). */
async function allPages(url: (page: number) => string, signal: AbortSignal | undefined): Promise<ThreadComment[]> {
  const first = await fetchComments(url(1), signal);
  const rest = await Promise.all(
    Array.from({ length: Math.max(0, first.totalPages - 1) }, (_, i) => fetchComments(url(i + 2), signal)),
  );
  return [first, ...rest].flatMap((p) => p.comments);
}

/**
 * The replies of `roots`, level by level: one request per level of the threads actually shown,
 * never the post's whole comment list.
 */
export async function fetchReplies(source: CommentsSource, roots: readonly ThreadComment[]): Promise<ThreadComment[]> {
  const replies: ThreadComment[] = [];
  let parents = roots.map((c) => c.id);
  for (let level = 0; parents.length > 0 && level < MAX_REPLY_LEVELS; level++) {
    const ids = parents;
    // Long ID lists are split so URLs stay short for proxies (about 50 IDs each).
    const chunks = Array.from({ length: Math.ceil(ids.length / 50) }, (_, i) => ids.slice(i * 50, i * 50 + 50));
    const found = (
      await Promise.all(chunks.map((chunk) => allPages((page) => repliesUrl(source, chunk, page), source.signal)))
    ).flat();
    replies.push(...found);
    parents = found.map((c) => c.id);
  }
  return replies;
}

/** One comment by ID (approved only, as any reader may read), or `undefined` when WordPress has none. */
export async function fetchComment(source: CommentsSource, id: number): Promise<ThreadComment | undefined> {
  const page = await fetchComments(
    routeUrl(source.restRoot, 'wp/v2/comments', [
      ['post', String(source.postId)],
      ['include', String(id)],
      ['_fields', FIELDS],
    ]),
    source.signal,
  );
  return page.comments[0];
}

/**
 * How many top-level comments come before `root` in the shown order, from `X-WP-Total` of a
 * one-item query: the page that holds it without fetching the pages before it.
 */
export async function countBefore(source: CommentsSource, root: ThreadComment, order: 'asc' | 'desc'): Promise<number> {
  const page = await fetchComments(
    routeUrl(source.restRoot, 'wp/v2/comments', [
      ['post', String(source.postId)],
      ['parent', '0'],
      // WordPress compares `before`/`after` with the site-local `comment_date`.
      [order === 'asc' ? 'before' : 'after', root.date],
      ['per_page', '1'],
      ['_fields', 'id'],
    ]),
    source.signal,
  );
  return page.total;
}
