// @ts-check
/**
 * (8) The ad slot's preload links on a phone's network: the published demo on slow 4G, with the
 * `<link rel="modulepreload">` tags for the ad slot's chunks (as the WordPress plugin and
 * `npm run build` print them) and without. The clock stops when `<sabba-ad-slot>` is defined,
 * the moment its slots can start asking for ads.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOADER_PRELOADS } from '../lib/pages.mjs';
import { pairedDifference } from '../lib/stats.mjs';
import { FIGURE_COLUMNS, figure, figureRow } from '../lib/table.mjs';

/** @typedef {import('../lib/context.mjs').Context} Context */

/** Lighthouse's mobile network: 150 ms round trips, 1.6 Mbit/s down, 750 kbit/s up. */
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };

/** Runs first in <head>: when the ad slot is defined. */
const DEFINED_PROBE = `<script>
  customElements.whenDefined('sabba-ad-slot').then(() => { window.__adSlotDefined = performance.now(); });
</script>`;

/** @param {string} root */
const publishedFile = (root) => join(root, 'dist', 'demo', 'index.html');

/** @param {Context} ctx */
function pages(ctx) {
  if (!existsSync(publishedFile(ctx.root))) return {};
  const published = readFileSync(publishedFile(ctx.root), 'utf8');
  if (published.match(LOADER_PRELOADS) === null) throw new Error('dist/demo/index.html has no modulepreload links');
  const page = published.replace('<head>', `<head>\n<base href="/dist/demo/">\n${DEFINED_PROBE}`);
  return { 'preload-with.html': page, 'preload-without.html': page.replace(LOADER_PRELOADS, '') };
}

/**
 * One load on slow 4G, the cache off: when the ad slot was defined, from navigation.
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
  const defined = await page.evaluate(() => /** @type {number} */ (/** @type {any} */ (window).__adSlotDefined));
  await page.close();
  return defined;
}

/** @param {Context} ctx */
async function run(ctx) {
  if (!existsSync(publishedFile(ctx.root))) return { notMeasured: 'dist/demo/ is missing: run `npm run build`' };
  const samples = { with: /** @type {number[]} */ ([]), without: /** @type {number[]} */ ([]) };
  for (let round = 0; round < ctx.runs; round += 1) {
    for (const variant of /** @type {const} */ (['without', 'with']))
      samples[variant].push(await load(ctx, `${ctx.origin}/bench/gen/preload-${variant}.html?round=${round}`));
    ctx.log(`preload round ${round + 1}/${ctx.runs}`);
  }
  const figures = [
    figure('navigation → <sabba-ad-slot> defined', 'published demo, no preload links', samples.without, 'ms'),
    figure('navigation → <sabba-ad-slot> defined', 'published demo, with preload links', samples.with, 'ms'),
    figure(
      'time saved by the preload links',
      'without minus with, per round',
      pairedDifference(samples.without, samples.with),
      'ms',
    ),
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
