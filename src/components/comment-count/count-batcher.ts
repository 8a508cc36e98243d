/**
 * Comment counts for many posts of one site with as few requests as core WordPress allows.
 *
 * Core's REST API has no per-post count field (`/wp/v2/posts` carries none, and the batch endpoint
 * takes no GET), so the counts come from the comments collection: every post asked for in the same
 * task goes into one `GET /wp/v2/comments?post=1,2,3&_fields=post&per_page=100` and the answer is
 * counted per post. When a listing's posts together have more than three pages of comments, each
 * post is asked for its own `X-WP-Total` instead (`per_page=1`), which stays small whatever the
 * numbers. Both URLs are the same for every reader, so a CDN can keep them.
 */
import { routeUrl } from '../../internal/wordpress-rest.js';

/** One answer of the comments collection: its items and `X-WP-Total` / `X-WP-TotalPages`. */
interface Listing {
  readonly items: readonly unknown[];
  readonly total: number;
  readonly totalPages: number;
}

/** GETs a comments listing without credentials (the same answer for every reader); throws on any failure. */
async function fetchListing(url: string): Promise<Listing> {
  const response = await fetch(url, { credentials: 'omit', headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const items: unknown = await response.json();
  if (!Array.isArray(items)) throw new Error('not a list');
  const header = (name: string, fallback: number): number => {
    const n = Number(response.headers.get(name) ?? fallback);
    return Number.isSafeInteger(n) && n >= 0 ? n : fallback;
  };
  return { items, total: header('x-wp-total', items.length), totalPages: header('x-wp-totalpages', 1) };
}

const MAX_PAGES = 3;

type Counts = Map<number, Promise<number>>;

/** Pending posts per REST root, collected until the current task ends. */
const pending = new Map<
  string,
  { ids: Set<number>; resolvers: Map<number, { resolve(n: number): void; reject(e: unknown): void }> }
>();
/** Counts already asked for, per REST root (a page view asks once per post). */
const known = new Map<string, Counts>();

async function countAll(restRoot: string, ids: number[]): Promise<Map<number, number>> {
  const post = [...ids].sort((a, b) => a - b).join(',');
  const url = (page: number): string =>
    routeUrl(restRoot, 'wp/v2/comments', [
      ['post', post],
      ['per_page', '100'],
      ['page', String(page)],
      ['_fields', 'post'],
    ]);
  const counts = new Map(ids.map((id) => [id, 0]));
  const first = await fetchListing(url(1));
  if (first.totalPages <= MAX_PAGES) {
    const rest = await Promise.all(
      Array.from({ length: Math.max(0, first.totalPages - 1) }, (_, i) => fetchListing(url(i + 2))),
    );
    for (const page of [first, ...rest]) {
      for (const raw of page.items) {
        const id = Number((raw as { post?: unknown }).post);
        if (counts.has(id)) counts.set(id, (counts.get(id) ?? 0) + 1);
      }
    }
    return counts;
  }
  const totals = await Promise.all(
    ids.map((id) =>
      fetchListing(
        routeUrl(restRoot, 'wp/v2/comments', [
          ['post', String(id)],
          ['per_page', '1'],
          ['_fields', 'id'],
        ]),
      ),
    ),
  );
  ids.forEach((id, i) => counts.set(id, totals[i]?.total ?? 0));
  return counts;
}

/** The approved comment count of `postId`, batched with every other count asked for in this task. */
export function commentCount(restRoot: string, postId: number): Promise<number> {
  const cached = known.get(restRoot)?.get(postId);
  if (cached) return cached;
  let batch = pending.get(restRoot);
  if (!batch) {
    const created = {
      ids: new Set<number>(),
      resolvers: new Map<number, { resolve(n: number): void; reject(e: unknown): void }>(),
    };
    batch = created;
    pending.set(restRoot, created);
    setTimeout(() => {
      pending.delete(restRoot);
      countAll(restRoot, [...created.ids]).then(
        (counts) => {
          for (const [id, r] of created.resolvers) r.resolve(counts.get(id) ?? 0);
        },
        (error: unknown) => {
          // A failed batch is forgotten, so a later count may try again.
          for (const id of created.ids) known.get(restRoot)?.delete(id);
          for (const r of created.resolvers.values()) r.reject(error);
        },
      );
    }, 0);
  }
  const promise = new Promise<number>((resolve, reject) => {
    batch.resolvers.set(postId, { resolve, reject });
  });
  batch.ids.add(postId);
  const counts = known.get(restRoot) ?? new Map<number, Promise<number>>();
  known.set(restRoot, counts);
  counts.set(postId, promise);
  return promise;
}
