// @ts-check
/**
 * (8) The ad slot's preload links on a phone's network: the published demo on slow 4G, with the
 * `<link rel="modulepreload">` tags for the ad slot's chunks (as the WordPress plugin and
 * `npm run build` print them) and without. The clock stops when `<sabba-ad-slot>` is defined,
 * the moment its slots can start asking for ads.
 */
import { existsSync, readFileSync } from 'node:fs';
import { LOADER_PRELOADS, publishedDemoFile } from '../lib/pages.mjs';
import { pairedDifference } from '../lib/stats.mjs';
import { FIGURE_COLUMNS, figure, figureRow } from '../lib/table.mjs';

/** @typedef {import('../lib/context.mjs').Context} Context */

/** Lighthouse's mobile network: 150 ms round trips, 1.6 Mbit/s down, 750 kbit/s up. */
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };

/** Runs first in <head>: when the ad slot is defined, and the page's largest contentful paint. */
const DEFINED_PROBE = `<script>
  customElements.whenDefined('sabba-ad-slot').then(() => { window.__adSlotDefined = performance.now(); });
  new PerformanceObserver((list) => { window.__lcp = list.getEntries().at(-1).startTime; })
    .observe({ type: 'largest-contentful-paint', buffered: true });
</script>`;

/** @param {Context} ctx */
function pages(ctx) {
  if (!existsSync(publishedDemoFile(ctx.root))) return {};
  const published = readFileSync(publishedDemoFile(ctx.root), 'utf8');
  if (published.match(LOADER_PRELOADS) === null) throw new Error('dist/demo/index.html has no modulepreload links');
  const page = published.replace('<head>', `<head>\n<base href="/dist/demo/">\n${DEFINED_PROBE}`);
  return { 'preload-with.html': page, 'preload-without.html': page.replace(LOADER_PRELOADS, '') };
}

/**
 * One load on slow 4G, the cache off: when the ad slot was defined and when the largest
 * contentful paint came (the preloads must not hold the article's own paint back), from navigation.
 * @param {Context} ctx
 * @param {string} url
 */
async function load(ctx, url) {
  const { page, cdp } = await ctx.bench.newPage();
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => /** @type {any} */ (window).__adSlotDefined !== undefined, undefined, {
    timeout: 30_000,
  });
  // LCP is final once the page has been idle a moment (no input ever comes).
  await page.waitForTimeout(1000);
  const times = await page.evaluate(() => ({
    defined: /** @type {number} */ (/** @type {any} */ (window).__adSlotDefined),
    lcp: /** @type {number} */ (/** @type {any} */ (window).__lcp),
  }));
  await page.close();
  return times;
}

/** @param {Context} ctx */
async function run(ctx) {
  if (!existsSync(publishedDemoFile(ctx.root))) return { notMeasured: 'dist/demo/ is missing: run `npm run build`' };
  /** @type {Record<'with' | 'without', { defined: number[], lcp: number[] }>} */
  const samples = { with: { defined: [], lcp: [] }, without: { defined: [], lcp: [] } };
  for (let round = 0; round < ctx.runs; round += 1) {
    for (const variant of /** @type {const} */ (['without', 'with'])) {
      const times = await load(ctx, `${ctx.origin}/bench/gen/preload-${variant}.html?round=${round}`);
      samples[variant].defined.push(times.defined);
      samples[variant].lcp.push(times.lcp);
    }
    ctx.log(`preload round ${round + 1}/${ctx.runs}`);
  }
  const figures = [
    figure('navigation → <sabba-ad-slot> defined', 'published demo, no preload links', samples.without.defined, 'ms'),
    figure('navigation → <sabba-ad-slot> defined', 'published demo, with preload links', samples.with.defined, 'ms'),
    figure(
      'time saved by the preload links',
      'without minus with, per round',
      pairedDifference(samples.without.defined, samples.with.defined),
      'ms',
    ),
    figure('largest contentful paint', 'published demo, no preload links', samples.without.lcp, 'ms'),
    figure('largest contentful paint', 'published demo, with preload links', samples.with.lcp, 'ms'),
  ];
  return { columns: FIGURE_COLUMNS, rows: figures.map(figureRow), data: { samples, figures } };
}

export default {
  id: 'preload',
  title: 'Ad slot preload links on slow 4G',
  browser: true,
  method:
    "the published demo (dist/demo/index.html) in a fresh tab with the cache off on Lighthouse's mobile network (150 ms round trips, 1.6 Mbit/s down, 750 kbit/s up, `Network.emulateNetworkConditions`) and the CPU at 4×, " +
    'with the `<link rel="modulepreload">` tags for the ad slot\'s chunk and the shared chunk (as `npm run build` and the WordPress plugin print them) and with those tags removed. ' +
    "`customElements.whenDefined('sabba-ad-slot')`, watched from the first script in `<head>`, stops the clock: from then on the slots can request their ads.",
  pages,
  run,
};
