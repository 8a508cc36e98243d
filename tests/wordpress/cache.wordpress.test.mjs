// @ts-check
/**
 * At news scale: every reader of a post asks for the same comment URLs, so a cache in front of
 * WordPress answers them. Debian's nginx with `proxy_cache` (lib/nginx-cache.mjs) stands in front
 * of the real WordPress; one page on another origin loads the thread 1,000 times, each time as a
 * new reader would (a fresh element; the browser revalidates every response, `max-age=0`), over
 * loopback only. The test prints how many requests nginx received and how many reached WordPress.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser } from './lib/browser.mjs';
import { startNginxCache } from './lib/nginx-cache.mjs';
import { startPageServer } from './lib/page-server.mjs';
import { seedThread } from './lib/seed-comments.mjs';
import { loadState, resetComments } from './lib/wordpress.mjs';

const state = loadState();
const PAGE_PORT = Number(new URL(state.testOrigin).port);
const CACHE_PORT = Number(process.env.WP_CACHE_PORT ?? Number(new URL(state.siteUrl).port) + 2);
const LOADS = 1000;

/** @type {Awaited<ReturnType<typeof startNginxCache>>} */
let cache;
/** @type {Awaited<ReturnType<typeof launchBrowser>>} */
let browser;
/** @type {Awaited<ReturnType<typeof startPageServer>>} */
let pages;

before(async () => {
  seedThread(state, state.posts.open);
  cache = await startNginxCache({ port: CACHE_PORT, upstream: state.siteUrl });
  pages = await startPageServer({ port: PAGE_PORT, siteUrl: cache.origin });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await pages?.close();
  await cache?.stop();
  resetComments(state);
});

test(`${LOADS} thread loads through nginx proxy_cache reach WordPress only for the first copy of each URL`, async () => {
  const page = await browser.context.newPage();
  const url = new URL('/comments.html', pages.origin);
  url.searchParams.set('site-url', cache.origin);
  url.searchParams.set('post-id', String(state.posts.open));
  url.searchParams.set('per-page', '5');
  await page.goto(url.href);
  await page.waitForFunction(
    () =>
      /** @type {any} */ (window).sabbaEvents.some(
        (/** @type {{type: string}} */ e) => e.type === 'sabba-comments-load',
      ),
    null,
    { timeout: 60_000 },
  );
  const started = Date.now();
  // Each round: a new thread element, as a new reader's page view makes one; the previous one goes.
  const failures = await page.evaluate(
    async ({ loads, site, post }) => {
      let failed = 0;
      for (let i = 1; i < loads; i++) {
        const thread = document.createElement('sabba-comments');
        Object.assign(thread, { eager: true, siteUrl: site, postId: String(post), perPage: 5 });
        const done = new Promise((resolve) => {
          thread.addEventListener('sabba-comments-load', () => resolve(true), { once: true });
          thread.addEventListener('sabba-comments-error', () => resolve(false), { once: true });
        });
        document.querySelector('sabba-comments')?.remove();
        document.getElementById('comments')?.append(thread);
        if (!(await done)) failed++;
      }
      return failed;
    },
    { loads: LOADS, site: cache.origin, post: state.posts.open },
  );
  const seconds = (Date.now() - started) / 1000;
  await page.close();

  const reads = cache
    .log()
    .filter(([, method, target]) => method === 'GET' && target?.startsWith('/wp-json/wp/v2/comments'));
  const reachedWordPress = reads.filter(([status]) => status !== 'HIT' && status !== 'UPDATING' && status !== 'STALE');
  const distinct = new Set(reads.map(([, , target]) => target));
  const figure = `${LOADS} thread loads: ${reads.length} comment requests to nginx, ${reachedWordPress.length} reached WordPress (${distinct.size} distinct URLs), ${seconds.toFixed(1)} s`;
  console.log(`[cache] ${figure}`);
  assert.equal(failures, 0, 'every load succeeded');
  assert.ok(reads.length >= LOADS, `every load asked (${reads.length})`);
  // Each distinct URL reaches WordPress once per 60 s of cache life; the run is shorter or close to it.
  assert.ok(reachedWordPress.length <= distinct.size * Math.ceil(seconds / 60 + 1), figure);
});
