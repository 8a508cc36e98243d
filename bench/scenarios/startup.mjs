// @ts-check
/**
 * (4) Startup: on the demo article, the time from the drop-in script's first statement to every
 * element's first render, and the long tasks (> 50 ms) while the page loads, with and without the
 * widgets.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ELEMENTS } from '../lib/elements.mjs';
import { attributeLongTasks, LONG_TASK_PROBE } from '../lib/long-tasks.mjs';
import { LOADER_PRELOADS, publishedDemoFile } from '../lib/pages.mjs';
import { pairedDifference } from '../lib/stats.mjs';
import { FIGURE_COLUMNS, figure, figureRow } from '../lib/table.mjs';

/** @typedef {import('../lib/context.mjs').Context} Context */

/** Long tasks are collected until this long after the load event (late detection, ad slots). */
const AFTER_LOAD_MS = 2000;

/** Runs first in <head> after the long-task probe: sums the layout shifts. */
const CLS_PROBE = `<script>
  __bench.cls = 0;
  new PerformanceObserver((list) => {
    for (const shift of list.getEntries()) if (!shift.hadRecentInput) __bench.cls += shift.value;
  }).observe({ type: 'layout-shift', buffered: true });
</script>`;

/** Runs after the drop-in bundle (module scripts run in document order). */
const RENDERED = `<script type="module">
  const widgets = [...document.querySelectorAll(${JSON.stringify(ELEMENTS.map((element) => `sabba-${element}`).join(', '))})];
  await Promise.all([...new Set(widgets.map((el) => el.localName))].map((tag) => customElements.whenDefined(tag)));
  await Promise.all(widgets.map((el) => el.updateComplete));
  performance.mark('sabba:rendered');
  __bench.widgets = widgets.map((el) => el.localName);
</script>`;

const LOADER = '<script type="module" src="../cdn/loader.js"></script>';

/**
 * The demo article as a site would publish it: the published copy (dist/demo/index.html, whose
 * CMP bundle, Prebid.js and GPT stand-in exist only there) with the drop-in bundle in place of the
 * loader (and of its chunks' preload links), or with no widget script.
 * @param {string} root
 * @param {boolean} withWidgets
 */
function demoArticle(root, withWidgets) {
  const demo = readFileSync(publishedDemoFile(root), 'utf8');
  if (!demo.includes(LOADER)) throw new Error(`dist/demo/index.html no longer has ${LOADER}`);
  const scripts = withWidgets ? `<script type="module" src="/bench/gen/sabba-marked.js"></script>\n${RENDERED}` : '';
  return demo
    .replace(LOADER_PRELOADS, '')
    .replace('<head>', `<head>\n<base href="/dist/demo/">\n${LONG_TASK_PROBE}\n${CLS_PROBE}`)
    .replace(LOADER, scripts);
}

/** @param {Context} ctx */
function pages(ctx) {
  if (!existsSync(publishedDemoFile(ctx.root))) return {};
  return {
    // The bundle with a mark as its first statement: "script start".
    'sabba-marked.js': `performance.mark('sabba:start');\n${readFileSync(join(ctx.root, 'dist/cdn/sabba.js'), 'utf8')}`,
    'startup-with.html': demoArticle(ctx.root, true),
    'startup-without.html': demoArticle(ctx.root, false),
  };
}

/**
 * @param {import('playwright-core').Page} page
 * @param {string} url
 * @param {boolean} withWidgets
 */
async function load(page, url, withWidgets) {
  await page.goto(url, { waitUntil: 'load' });
  if (withWidgets)
    await page.waitForFunction(() => performance.getEntriesByName('sabba:rendered').length > 0, undefined, {
      timeout: 15_000,
    });
  await page.waitForTimeout(AFTER_LOAD_MS);
  return await page.evaluate(() => {
    const bench = /** @type {any} */ (window).__bench;
    const [start] = performance.getEntriesByName('sabba:start');
    const [rendered] = performance.getEntriesByName('sabba:rendered');
    const [navigation] = /** @type {PerformanceNavigationTiming[]} */ (performance.getEntriesByType('navigation'));
    /** @type {{ start: number, duration: number }[]} */
    const tasks = bench.longTasks;
    return {
      tasks,
      scripts: /** @type {{ start: number, duration: number, url: string }[]} */ (bench.scripts),
      render: start && rendered ? rendered.startTime - start.startTime : Number.NaN,
      renderedAt: rendered ? rendered.startTime : Number.NaN,
      load: navigation.loadEventEnd,
      longTaskCount: tasks.length,
      longTaskTotal: tasks.reduce((sum, task) => sum + task.duration, 0),
      cls: /** @type {number} */ (bench.cls),
      widgets: /** @type {string[]} */ (bench.widgets ?? []),
    };
  });
}

/** @param {Context} ctx */
async function run(ctx) {
  if (!existsSync(publishedDemoFile(ctx.root))) return { notMeasured: 'dist/demo/ is missing: run `npm run build`' };
  const landed = ELEMENTS.filter((element) => ctx.has(element));
  if (landed.length === 0) return { notMeasured: 'no element built yet' };
  /** @type {Record<'with' | 'without', { render: number[], renderedAt: number[], load: number[], count: number[], total: number[], widgetCount: number[], widgetTotal: number[], cls: number[] }>} */
  const samples = {
    with: { render: [], renderedAt: [], load: [], count: [], total: [], widgetCount: [], widgetTotal: [], cls: [] },
    without: { render: [], renderedAt: [], load: [], count: [], total: [], widgetCount: [], widgetTotal: [], cls: [] },
  };
  /** @type {string[]} */
  let widgets = [];
  const { page } = await ctx.bench.newPage();
  for (let round = 0; round < ctx.runs; round += 1) {
    for (const variant of /** @type {const} */ (['without', 'with'])) {
      const m = await load(page, `${ctx.origin}/bench/gen/startup-${variant}.html?round=${round}`, variant === 'with');
      const s = samples[variant];
      s.render.push(m.render);
      s.renderedAt.push(m.renderedAt);
      s.load.push(m.load);
      s.count.push(m.longTaskCount);
      s.total.push(m.longTaskTotal);
      const widgetTasks = attributeLongTasks(m.tasks, m.scripts ?? [], (url) =>
        url.includes('/bench/gen/sabba-marked.js'),
      ).filter((task) => task.owner === 'widgets');
      s.widgetCount.push(widgetTasks.length);
      s.widgetTotal.push(widgetTasks.reduce((sum, task) => sum + task.duration, 0));
      s.cls.push(m.cls);
      if (variant === 'with') widgets = m.widgets;
    }
    ctx.log(`startup round ${round + 1}/${ctx.runs}`);
  }
  await page.close();
  const tags = [...new Set(widgets)];
  const missing = ELEMENTS.filter((element) => !tags.includes(`sabba-${element}`));
  const figures = [
    figure(
      'script start → every widget first rendered',
      `${widgets.length} widget${widgets.length === 1 ? '' : 's'} on the demo article`,
      samples.with.render,
      'ms',
    ),
    figure('navigation → every widget first rendered', 'demo article with widgets', samples.with.renderedAt, 'ms'),
    ...['without', 'with'].map((v) =>
      figure('load event end', `demo article ${v} widgets`, samples[/** @type {'with'} */ (v)].load, 'ms'),
    ),
    ...['without', 'with'].map((v) =>
      figure(
        'long tasks > 50 ms (count)',
        `demo article ${v} widgets`,
        samples[/** @type {'with'} */ (v)].count,
        'count',
      ),
    ),
    ...['without', 'with'].map((v) =>
      figure('long tasks > 50 ms (total)', `demo article ${v} widgets`, samples[/** @type {'with'} */ (v)].total, 'ms'),
    ),
    figure('long tasks > 50 ms in widget code (count)', 'demo article with widgets', samples.with.widgetCount, 'count'),
    figure('long-task time in widget code', 'demo article with widgets', samples.with.widgetTotal, 'ms'),
    figure(
      'long-task time added by the widgets',
      'with minus without, per round',
      pairedDifference(samples.with.total, samples.without.total),
      'ms',
    ),
    ...['without', 'with'].map((v) =>
      figure(
        'cumulative layout shift while loading',
        `demo article ${v} widgets`,
        samples[/** @type {'with'} */ (v)].cls,
        'cls',
      ),
    ),
  ];
  return {
    columns: FIGURE_COLUMNS,
    rows: figures.map(figureRow),
    data: { widgets, samples, figures },
    notes: [
      `Widgets on the page: ${tags.join(', ') || 'none'}.` +
        (missing.length > 0 ? ` Not on the demo page yet: ${missing.map((m) => `sabba-${m}`).join(', ')}.` : ''),
    ],
  };
}

export default {
  id: 'startup',
  title: 'Startup',
  browser: true,
  method:
    'the demo article as `npm run build` publishes it (dist/demo/index.html with its CMP bundle, Prebid.js and GPT stand-in), with `dist/cdn/sabba.js` in place of the loader, or with no widget script. ' +
    "`performance.mark` as the bundle's first statement starts the clock; it stops when every element on the page is defined and its " +
    '`updateComplete` has resolved. Long tasks come from a `PerformanceObserver` (`longtask`, buffered) from navigation until ' +
    `${AFTER_LOAD_MS / 1000} s after the load event, layout shifts likewise (the demo page has no pre-upgrade CSS for its ad slots); ` +
    "a long task is in widget code when the bundle's scripts ran longer in it than the page's own (Long Animation Frames name every script over 5 ms).",
  pages,
  run,
};
