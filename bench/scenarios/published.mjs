// @ts-check
/**
 * (7) The published demo: the demo article as `npm run build` writes it (dist/demo/: the loader,
 * production Lit, no dev server), side by side with the same article without widgets. What the
 * widgets add before the reader scrolls: long tasks, main-thread scripting, script bytes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { publishedDemoHtml } from '../../scripts/build-demo.mjs';
import { mainThreadTimes } from '../lib/page-metrics.mjs';
import { measureBytes } from '../lib/sizes.mjs';
import { pairedDifference } from '../lib/stats.mjs';
import { FIGURE_COLUMNS, figure, figureRow } from '../lib/table.mjs';

/** @typedef {import('../lib/context.mjs').Context} Context */

/** Long enough after the load event for the idle upgrades (back-to-top, adblock notice) to run. */
const AFTER_LOAD_MS = 4000;

/** The figures: today's (before upgrade by need) and the target, printed beside each. */
const GOALS = {
  longTaskCount: 'target 0; before: 2–3',
  longTaskTotal: 'target 0 ms; before: 280–330 ms',
  scripting: 'target ≤ 50 ms',
  bytes: 'target ≤ 15 kB brotli',
};

const PROBE = `<script>
  window.__bench = { longTasks: [] };
  new PerformanceObserver((list) => {
    for (const task of list.getEntries()) __bench.longTasks.push(task.duration);
  }).observe({ type: 'longtask', buffered: true });
</script>`;

/**
 * The published article, served from the sources' demo folder with the built loader.
 * @param {string} root
 * @param {boolean} withWidgets
 */
function article(root, withWidgets) {
  const published = publishedDemoHtml(readFileSync(join(root, 'demo', 'index.html'), 'utf8')).replace(
    '../cdn/loader.js',
    '/dist/cdn/loader.js',
  );
  const page = published.replace('<head>', `<head>\n<base href="/demo/">\n${PROBE}`);
  return withWidgets ? page : page.replace('<script type="module" src="/dist/cdn/loader.js"></script>', '');
}

/** @param {Context} ctx */
function pages(ctx) {
  return { 'published-with.html': article(ctx.root, true), 'published-without.html': article(ctx.root, false) };
}

/**
 * One load in a fresh tab: long tasks, scripting, and the widget scripts it fetched.
 * @param {Context} ctx
 * @param {string} url
 */
async function load(ctx, url) {
  const { page, cdp } = await ctx.bench.newPage();
  await cdp.send('Performance.enable');
  const before = await mainThreadTimes(cdp);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(AFTER_LOAD_MS);
  const after = await mainThreadTimes(cdp);
  const { tasks, scripts } = await page.evaluate(() => ({
    tasks: /** @type {number[]} */ (/** @type {any} */ (window).__bench.longTasks),
    scripts: performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.startsWith('/dist/cdn/')),
  }));
  await page.close();
  const bytes = scripts.reduce((sum, path) => sum + measureBytes(readFileSync(join(ctx.root, path))).brotli, 0);
  return {
    count: tasks.length,
    total: tasks.reduce((a, b) => a + b, 0),
    script: after.script - before.script,
    bytes,
    scripts,
  };
}

/** @param {Context} ctx */
async function run(ctx) {
  /** @type {Record<'with' | 'without', { count: number[], total: number[], script: number[], bytes: number[] }>} */
  const samples = {
    with: { count: [], total: [], script: [], bytes: [] },
    without: { count: [], total: [], script: [], bytes: [] },
  };
  /** @type {string[]} */
  let fetched = [];
  for (let round = 0; round < ctx.runs; round += 1) {
    for (const variant of /** @type {const} */ (['without', 'with'])) {
      const m = await load(ctx, `${ctx.origin}/bench/gen/published-${variant}.html?round=${round}`);
      const s = samples[variant];
      s.count.push(m.count);
      s.total.push(m.total);
      s.script.push(m.script);
      s.bytes.push(m.bytes);
      if (variant === 'with') fetched = m.scripts;
    }
    ctx.log(`published round ${round + 1}/${ctx.runs}`);
  }
  const figures = [
    figure('long tasks > 50 ms (count)', 'published demo without widgets', samples.without.count, 'count'),
    figure('long tasks > 50 ms (count)', 'published demo with widgets (loader)', samples.with.count, 'count'),
    figure(
      `long tasks > 50 ms added by the widgets (count; ${GOALS.longTaskCount})`,
      'with minus without, per round',
      pairedDifference(samples.with.count, samples.without.count),
      'count',
    ),
    figure(
      `long-task time added by the widgets (${GOALS.longTaskTotal})`,
      'with minus without, per round',
      pairedDifference(samples.with.total, samples.without.total),
      'ms',
    ),
    figure(
      `main-thread scripting added before the reader scrolls (${GOALS.scripting})`,
      'with minus without, per round',
      pairedDifference(samples.with.script, samples.without.script),
      'ms',
    ),
    figure(
      `widget script bytes fetched before the reader scrolls (${GOALS.bytes})`,
      'published demo with widgets (loader)',
      samples.with.bytes,
      'bytes',
    ),
  ];
  return {
    columns: FIGURE_COLUMNS,
    rows: figures.map(figureRow),
    data: { samples, figures, fetched },
    notes: [
      `Widget scripts fetched before any scroll: ${fetched.map((path) => path.replace('/dist/cdn/', '')).join(', ') || 'none'}.`,
    ],
  };
}

export default {
  id: 'published',
  title: 'Published demo article',
  browser: true,
  method:
    'the demo article as `npm run build` publishes it (dist/demo/: demo/index.html with `dist/cdn/loader.js`, production Lit), and the same page without the loader, ' +
    `each in a fresh tab, the reader never scrolling. Long tasks from a buffered \`longtask\` PerformanceObserver and scripting from \`Performance.getMetrics\` (ScriptDuration) until ${AFTER_LOAD_MS / 1000} s after the load event ` +
    '(the idle upgrades included); bytes are the brotli (q11) sizes of the `dist/cdn/` files the page fetched (Resource Timing).',
  pages,
  run,
};
