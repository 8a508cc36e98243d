// @ts-check
/**
 * (2) Back-to-top scroll cost: main-thread time while the reader scrolls 10,000 px of a long
 * article, with no button, with <sabba-back-to-top progress>, with <sabba-back-to-top> without the
 * reading-progress ring, and with vanilla-back-to-top.
 */
import { mainThreadTimes, settle, waitForWidgets, windowListeners } from '../lib/page-metrics.mjs';
import { longArticlePage } from '../lib/pages.mjs';
import { pairedDifference, summarize } from '../lib/stats.mjs';
import { FIGURE_COLUMNS, figure, figureRow } from '../lib/table.mjs';

/** @typedef {import('../lib/context.mjs').Context} Context */

const median = (/** @type {number[]} */ values) => summarize(values).median;

const DISTANCE = 10_000;
/** Pixels per second of the scroll gesture: a brisk skim, about 3 s for the whole distance. */
const SPEED = 3000;

const VARIANTS = [
  { id: 'alone', label: 'page alone', head: '', body: '' },
  {
    id: 'sabba',
    label: '<sabba-back-to-top progress>',
    head: '<script type="module" src="/dist/cdn/sabba.js"></script>',
    body: '<sabba-back-to-top progress></sabba-back-to-top>',
  },
  {
    id: 'sabba-plain',
    label: '<sabba-back-to-top> (no progress ring)',
    head: '<script type="module" src="/dist/cdn/sabba.js"></script>',
    body: '<sabba-back-to-top></sabba-back-to-top>',
  },
  {
    id: 'vanilla',
    label: 'vanilla-back-to-top 7.2.1',
    head: '',
    body: '<script src="/node_modules/vanilla-back-to-top/dist/vanilla-back-to-top.min.js"></script><script>addBackToTop();</script>',
  },
];

/** @param {Context} ctx */
function pages(ctx) {
  return Object.fromEntries(
    VARIANTS.map((v) => [
      `scroll-${v.id}.html`,
      longArticlePage(ctx.root, { title: `Scroll: ${v.label}`, head: v.head, body: v.body, repeat: 6 }),
    ]),
  );
}

/**
 * Scrolls the page DISTANCE px down with a synthetic scroll gesture from the browser's input
 * pipeline (as a reader's flick would, no script of ours in the page), identical for every variant.
 * @param {import('playwright-core').CDPSession} cdp
 * @param {import('playwright-core').Page} page
 */
async function scrollArticle(cdp, page) {
  await cdp.send('Input.synthesizeScrollGesture', {
    x: 195,
    y: 600,
    yDistance: -DISTANCE,
    speed: SPEED,
    preventFling: true,
  });
  const scrolled = await page.evaluate(() => window.scrollY);
  if (scrolled < DISTANCE * 0.95) throw new Error(`the page scrolled only ${scrolled} px of ${DISTANCE}`);
}

/**
 * @param {{ page: import('playwright-core').Page, cdp: import('playwright-core').CDPSession }} tab
 * @param {string} url
 * @param {(typeof VARIANTS)[number]} variant
 */
async function measure({ page, cdp }, url, variant) {
  await page.goto(url, { waitUntil: 'load' });
  if (variant.id === 'sabba') await waitForWidgets(page, 'sabba-back-to-top');
  await settle(page, 500);
  const listeners = await windowListeners(cdp, 'scroll');
  await cdp.send('Performance.enable');
  const before = await mainThreadTimes(cdp);
  await scrollArticle(cdp, page);
  await settle(page, 300);
  const after = await mainThreadTimes(cdp);
  await cdp.send('Performance.disable');
  return {
    script: after.script - before.script,
    task: after.task - before.task,
    render: after.style + after.layout - before.style - before.layout,
    listeners,
  };
}

/** @param {Context} ctx */
async function run(ctx) {
  if (!ctx.has('back-to-top')) return { notMeasured: 'sabba-back-to-top not built yet' };
  /** @type {Record<string, { script: number[], task: number[], render: number[], listeners: number[], passive: number[] }>} */
  const samples = Object.fromEntries(
    VARIANTS.map((v) => [v.id, { script: [], task: [], render: [], listeners: [], passive: [] }]),
  );
  // One tab for every load: a navigation starts a new document, and throttling stays on.
  const tab = await ctx.bench.newPage();
  for (let round = 0; round < ctx.runs; round += 1) {
    for (const variant of VARIANTS) {
      const m = await measure(tab, `${ctx.origin}/bench/gen/scroll-${variant.id}.html?round=${round}`, variant);
      const s = samples[variant.id];
      s.script.push(m.script);
      s.task.push(m.task);
      s.render.push(m.render);
      s.listeners.push(m.listeners.count);
      s.passive.push(m.listeners.passive);
    }
    ctx.log(`scroll round ${round + 1}/${ctx.runs}`);
  }
  await tab.page.close();
  const alone = samples.alone;
  const figures = [];
  for (const v of VARIANTS) figures.push(figure('scripting during the scroll', v.label, samples[v.id].script, 'ms'));
  for (const v of VARIANTS)
    figures.push(figure('style + layout during the scroll', v.label, samples[v.id].render, 'ms'));
  for (const v of VARIANTS)
    figures.push(figure('all main-thread tasks during the scroll', v.label, samples[v.id].task, 'ms'));
  // What each button adds to the page alone of the same round.
  const measures = /** @type {const} */ ([
    ['script', 'scripting added (minus page alone)'],
    ['render', 'style + layout added'],
    ['task', 'all main-thread time added'],
  ]);
  /** @type {Record<string, Record<string, number[]>>} */
  const added = { script: {}, render: {}, task: {} };
  for (const [key, measure] of measures) {
    for (const v of VARIANTS.slice(1)) {
      added[key][v.id] = pairedDifference(samples[v.id][key], alone[key]);
      figures.push(figure(measure, v.label, added[key][v.id], 'ms'));
    }
  }
  // The ratio of the medians: a ratio per round explodes when a round's cost is near zero.
  for (const key of /** @type {const} */ (['script', 'task'])) {
    const name = key === 'script' ? 'scripting added' : 'all main-thread time added';
    const ratio = figure(
      `${name}, sabba progress ÷ vanilla`,
      'ratio of the medians',
      [median(added[key].sabba) / median(added[key].vanilla)],
      'ratio',
    );
    figures.push({ ...ratio, n: ctx.runs });
  }
  for (const v of VARIANTS.slice(1)) {
    figures.push(
      figure(
        'scroll listeners added on window + document',
        v.label,
        pairedDifference(samples[v.id].listeners, alone.listeners),
        'count',
      ),
    );
  }
  const passive = Object.fromEntries(VARIANTS.map((v) => [v.id, samples[v.id].passive[0]]));
  return {
    columns: FIGURE_COLUMNS,
    rows: figures.map(figureRow),
    data: { distance: DISTANCE, speed: SPEED, samples, figures },
    notes: [
      `Passive scroll listeners on window + document: page alone ${passive.alone}, sabba ${passive.sabba}, sabba without the ring ${passive['sabba-plain']}, vanilla ${passive.vanilla}. ` +
        'A ratio below 1 means `<sabba-back-to-top progress>` costs less than vanilla-back-to-top; the ratio is noisy when both costs are near zero. ' +
        '"All main-thread time" includes style, layout and paint: the variant without the ring shows what the ring itself costs.',
    ],
  };
}

export default {
  id: 'scroll',
  title: 'Back-to-top scroll cost',
  browser: true,
  method:
    `a long article (the demo text ×6, about 16,000 px at 390 px wide, demo.css) is scrolled ${DISTANCE.toLocaleString('en-US')} px by \`Input.synthesizeScrollGesture\` ` +
    `(${SPEED} px/s, no fling: the browser's own input pipeline, no script in the page; identical for every variant). ` +
    'Scripting is the `ScriptDuration` delta of `Performance.getMetrics` over the gesture, style + layout the `RecalcStyleDuration` + `LayoutDuration` delta, ' +
    'all tasks the `TaskDuration` delta (includes paint); "added" subtracts the page alone of the same round. ' +
    'Scroll listeners are counted with `DOMDebugger.getEventListeners` on window and document.',
  pages,
  run,
};
