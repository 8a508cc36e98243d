// @ts-check
/**
 * (7) The published demo: the demo article as `npm run build` writes it (dist/demo/: the loader,
 * production Lit, the bundled CMP, Prebid.js and the GPT stand-in as files, no dev server), side by
 * side with the same article without widgets. What the widgets add before the reader scrolls: long
 * tasks (and whose they are), main-thread scripting, script bytes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { traceForcedLayouts } from '../../scripts/lib/forced-layouts.mjs';
import { attributeLongTasks, LONG_TASK_PROBE } from '../lib/long-tasks.mjs';
import { mainThreadTimes, profileScripts } from '../lib/page-metrics.mjs';
import { LOADER_PRELOADS, publishedDemoFile } from '../lib/pages.mjs';
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
  forcedLayouts: 'target 0',
  bytes: 'target ≤ 15 kB brotli',
};

const LOADER = '<script type="module" src="../cdn/loader.js"></script>';

/** Whether a script URL is one of the widgets' (the loader and its chunks in `dist/cdn/`). */
function isWidgetScript(/** @type {string} */ src) {
  try {
    return new URL(src).pathname.startsWith('/dist/cdn/');
  } catch {
    return false;
  }
}

/**
 * The published article itself (dist/demo/index.html), served beside its files: its CMP bundle,
 * Prebid.js and GPT stand-in exist only there (demo/ has the sources the dev server builds).
 * @param {string} root
 * @param {boolean} withWidgets
 */
function article(root, withWidgets) {
  const published = readFileSync(publishedDemoFile(root), 'utf8');
  if (!published.includes(LOADER)) throw new Error(`dist/demo/index.html no longer has ${LOADER}`);
  const page = published.replace('<head>', `<head>\n<base href="/dist/demo/">\n${LONG_TASK_PROBE}`);
  return withWidgets ? page : page.replace(LOADER, '').replace(LOADER_PRELOADS, '');
}

/** @param {Context} ctx */
function pages(ctx) {
  if (!existsSync(publishedDemoFile(ctx.root))) return {};
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
  const { tasks, frameScripts, scripts } = await page.evaluate(() => ({
    tasks: /** @type {{ start: number, duration: number }[]} */ (/** @type {any} */ (window).__bench.longTasks),
    frameScripts: /** @type {{ start: number, duration: number, url: string }[]} */ (
      /** @type {any} */ (window).__bench.scripts
    ),
    scripts: performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.startsWith('/dist/cdn/')),
  }));
  await page.close();
  const bytes = scripts.reduce((sum, path) => sum + measureBytes(readFileSync(join(ctx.root, path))).brotli, 0);
  const attributed = attributeLongTasks(tasks, frameScripts, isWidgetScript);
  const widgetTasks = attributed.filter((task) => task.owner === 'widgets');
  return {
    count: tasks.length,
    total: tasks.reduce((sum, task) => sum + task.duration, 0),
    widgetCount: widgetTasks.length,
    widgetTotal: widgetTasks.reduce((sum, task) => sum + task.duration, 0),
    owners: attributed.map((task) => task.owner),
    script: after.script - before.script,
    bytes,
    scripts,
  };
}

/**
 * One more load with widgets, with `instrument` on from before navigation until
 * ${AFTER_LOAD_MS} ms after the load event: V8's sampling profiler (the script time in the
 * widgets' own code, read directly; the with-minus-without difference of ScriptDuration carries
 * the swings of the page's own scripts) or a trace (the layouts widget code forced). Each in a
 * load of its own, so its overhead stays out of the loads above and out of the other figure.
 * @template T
 * @param {Context} ctx
 * @param {string} url
 * @param {(cdp: import('playwright-core').CDPSession) => Promise<() => Promise<T>>} instrument
 * @returns {Promise<T>}
 */
async function instrumentedLoad(ctx, url, instrument) {
  const { page, cdp } = await ctx.bench.newPage();
  const stop = await instrument(cdp);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(AFTER_LOAD_MS);
  const result = await stop();
  await page.close();
  return result;
}

/** @param {Context} ctx */
async function run(ctx) {
  if (!existsSync(publishedDemoFile(ctx.root))) return { notMeasured: 'dist/demo/ is missing: run `npm run build`' };
  /** @type {Record<'with' | 'without', { count: number[], total: number[], widgetCount: number[], widgetTotal: number[], script: number[], bytes: number[] }>} */
  const samples = {
    with: { count: [], total: [], widgetCount: [], widgetTotal: [], script: [], bytes: [] },
    without: { count: [], total: [], widgetCount: [], widgetTotal: [], script: [], bytes: [] },
  };
  /** Script time in the widgets' code and in the page's, from the profiled loads. */
  const profiled = { widgets: /** @type {number[]} */ ([]), page: /** @type {number[]} */ ([]) };
  /** Layouts forced by widget code in the traced loads: how many and how long, and where. */
  const forced = { count: /** @type {number[]} */ ([]), ms: /** @type {number[]} */ ([]) };
  const forcedWhere = new Set();
  /** @type {string[]} */
  let fetched = [];
  /** Long tasks over all rounds, by whose scripts ran in them. */
  const owners = {
    with: { widgets: 0, page: 0, none: 0 },
    without: { widgets: 0, page: 0, none: 0 },
  };
  for (let round = 0; round < ctx.runs; round += 1) {
    for (const variant of /** @type {const} */ (['without', 'with'])) {
      const m = await load(ctx, `${ctx.origin}/bench/gen/published-${variant}.html?round=${round}`);
      const s = samples[variant];
      s.count.push(m.count);
      s.total.push(m.total);
      s.widgetCount.push(m.widgetCount);
      s.widgetTotal.push(m.widgetTotal);
      s.script.push(m.script);
      s.bytes.push(m.bytes);
      if (variant === 'with') fetched = m.scripts;
      for (const owner of m.owners) owners[variant][owner] += 1;
    }
    const time = await instrumentedLoad(
      ctx,
      `${ctx.origin}/bench/gen/published-with.html?round=${round}&profiled`,
      (cdp) => profileScripts(cdp, isWidgetScript),
    );
    profiled.widgets.push(time.own);
    profiled.page.push(time.other);
    const layouts = await instrumentedLoad(
      ctx,
      `${ctx.origin}/bench/gen/published-with.html?round=${round}&traced`,
      (cdp) => traceForcedLayouts(cdp, isWidgetScript),
    );
    forced.count.push(layouts.length);
    forced.ms.push(layouts.reduce((sum, layout) => sum + layout.ms, 0));
    for (const layout of layouts) forcedWhere.add(layout.where);
    ctx.log(`published round ${round + 1}/${ctx.runs}`);
  }
  const figures = [
    figure('long tasks > 50 ms (count)', 'published demo without widgets', samples.without.count, 'count'),
    figure('long tasks > 50 ms (count)', 'published demo with widgets (loader)', samples.with.count, 'count'),
    figure(
      `long tasks > 50 ms in widget code (count; ${GOALS.longTaskCount})`,
      'published demo with widgets (loader)',
      samples.with.widgetCount,
      'count',
    ),
    figure(
      `long-task time in widget code (${GOALS.longTaskTotal})`,
      'published demo with widgets (loader)',
      samples.with.widgetTotal,
      'ms',
    ),
    figure(
      'long tasks > 50 ms added by the widgets (count)',
      'with minus without, per round',
      pairedDifference(samples.with.count, samples.without.count),
      'count',
    ),
    figure(
      'long-task time added by the widgets',
      'with minus without, per round',
      pairedDifference(samples.with.total, samples.without.total),
      'ms',
    ),
    figure(
      `main-thread scripting in widget code before the reader scrolls (${GOALS.scripting})`,
      'published demo with widgets (loader), CPU profile',
      profiled.widgets,
      'ms',
    ),
    figure(
      "main-thread scripting in the page's own code (its CMP, Prebid.js, GPT stand-in)",
      'published demo with widgets (loader), CPU profile',
      profiled.page,
      'ms',
    ),
    figure(
      "main-thread scripting added before the reader scrolls (the page's own scripts' swings included)",
      'with minus without, per round',
      pairedDifference(samples.with.script, samples.without.script),
      'ms',
    ),
    figure(
      `layouts forced by widget code before the reader scrolls (count; ${GOALS.forcedLayouts})`,
      'published demo with widgets (loader), traced',
      forced.count,
      'count',
    ),
    figure('time in layouts forced by widget code', 'published demo with widgets (loader), traced', forced.ms, 'ms'),
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
      ...['with', 'without'].map((variant) => {
        const o = owners[/** @type {'with'} */ (variant)];
        return `Long tasks over the ${ctx.runs} rounds ${variant} widgets, by whose scripts ran longest in them: widgets ${o.widgets}, the page's own ${o.page}, no script over 5 ms (parsing, style, layout) ${o.none}.`;
      }),
      `Layouts forced by widget code, by the function that asked: ${[...forcedWhere].join('; ') || 'none'}.`,
      `Widget scripts fetched before any scroll: ${fetched.map((path) => path.replace('/dist/cdn/', '')).join(', ') || 'none'}.`,
    ],
  };
}

export default {
  id: 'published',
  title: 'Published demo article',
  browser: true,
  method:
    'the demo article as `npm run build` publishes it (dist/demo/index.html with its files: `dist/cdn/loader.js`, production Lit, the bundled CMP, Prebid.js and the GPT stand-in), and the same page without the loader, ' +
    `each in a fresh tab, the reader never scrolling. Long tasks from a buffered \`longtask\` PerformanceObserver and scripting from \`Performance.getMetrics\` (ScriptDuration) until ${AFTER_LOAD_MS / 1000} s after the load event ` +
    "(the idle upgrades included); the widgets' own scripting from one more load per round under V8's sampling profiler (250 µs), each sample counted for the innermost frame with a script URL, the widgets' being those in `dist/cdn/` " +
    "(the profiler runs only in that load, so its overhead stays out of the other figures); the layouts widget code forced from one more load per round, traced: the trace's `Layout` events with a JavaScript stack through `dist/cdn/` (DevTools' \"forced reflow\"). A long task is in widget code when the scripts of `dist/cdn/` ran longer in it than the page's own (Long Animation Frames name every script over 5 ms): " +
    "the demo's CMP and Prebid.js make long tasks of their own in both variants, which a with-minus-without difference only turns into noise. " +
    'Bytes are the brotli (q11) sizes of the `dist/cdn/` files the page fetched (Resource Timing).',
  pages,
  run,
};
