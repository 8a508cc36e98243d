// @ts-check
/**
 * (3) Layout shift: an article with four ad slots, three whose creatives arrive 500, 1000 and
 * 1500 ms late and one that never fills, with <sabba-ad-slot> and with a naive slot (an empty div
 * that a script fills later, as most sites do with GPT). The page comes from the ad-slot branch's
 * bench/ad-slot-layout-shift.mjs, here with the drop-in bundle, CPU throttling and several runs.
 */
import { settle } from '../lib/page-metrics.mjs';
import { FIGURE_COLUMNS, figure, figureRow } from '../lib/table.mjs';

/** @typedef {import('../lib/context.mjs').Context} Context */

/** Creative delays in ms; null: the ad network never answers. */
export const DELAYS = [500, 1000, 1500, null];
/** Shifts are summed from navigation until this long after the load event. */
const WINDOW_MS = 2500;

const VARIANTS = [
  { id: 'naive', label: 'naive slot: empty <div> filled late' },
  { id: 'sabba', label: '<sabba-ad-slot sizes="300x250">, script only' },
  { id: 'sabba-css', label: '<sabba-ad-slot sizes="300x250"> + preUpgradeCss() in <head>' },
];

/**
 * The page: paragraphs around four slots, either ours or naive divs.
 * @param {'sabba' | 'naive'} kind
 * @param {string} bundle URL of the drop-in bundle
 * @param {string} [headCss] page CSS in <head>, e.g. the slot's pre-upgrade reservation
 */
export function layoutShiftPage(kind, bundle, headCss = '') {
  const paragraph =
    '<p>Workshop ini dibuka secara resmi oleh Sekda Lebak dan sesi diskusi dipimpin oleh berbagai narasumber dari pemerintah daerah, organisasi masyarakat sipil dan akademisi.</p>';
  const slots = DELAYS.map((delay, i) =>
    kind === 'sabba'
      ? `${paragraph}<sabba-ad-slot provider="late" data-delay="${delay ?? ''}" sizes="300x250" id="s${i}"></sabba-ad-slot>`
      : `${paragraph}<div class="naive" data-delay="${delay ?? ''}" id="s${i}"></div>`,
  ).join('\n');
  const script =
    kind === 'sabba'
      ? `import { registerAdProvider } from '${bundle}';
       // A provider whose creative arrives late, or never (an ad network that does not answer).
       registerAdProvider('late', (context) => ({
         request: () => Promise.resolve(),
         render: () => new Promise((resolve) => {
           const delay = context.host.dataset.delay;
           if (delay === '') return;
           setTimeout(() => {
             const creative = document.createElement('div');
             creative.style.cssText = 'inline-size:300px;block-size:250px;background:#2d6cdf';
             context.container.append(creative);
             resolve({ empty: false, width: 300, height: 250 });
           }, Number(delay));
         }),
         destroy: () => {},
       }));`
      : `for (const div of document.querySelectorAll('.naive')) {
         if (div.dataset.delay === '') continue;
         setTimeout(() => {
           const creative = document.createElement('div');
           creative.style.cssText = 'inline-size:300px;block-size:250px;margin:auto;background:#2d6cdf';
           div.append(creative);
         }, Number(div.dataset.delay));
       }`;
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>CLS ${kind}</title>
    <meta name="viewport" content="width=device-width">
    <style>body{font:18px/1.5 Georgia,serif;max-inline-size:680px;margin:auto;padding:16px}\n${headCss}</style>
    <script>
      window.shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.shifts.push(entry.value);
      }).observe({ type: 'layout-shift', buffered: true });
    </script></head>
    <body><h1>Pemkab Lebak dan USAID MADANI</h1>${slots}${paragraph}
    <script type="module">${script}</script></body></html>`;
}

/**
 * The CSS the ad-slot documentation tells a page to put in its <head> (`preUpgradeCss`), computed by
 * the drop-in bundle itself so the benchmark follows the element's own rules.
 * @param {import('playwright-core').Page} page
 * @param {Context} ctx
 */
async function preUpgradeCss(page, ctx) {
  await page.goto(`${ctx.origin}/bench/pages/post.html`);
  return page.evaluate(async (bundle) => {
    const sabba = await import(bundle);
    return /** @type {string} */ (sabba.preUpgradeCss(sabba.planSizes('300x250', null), 'sabba-ad-slot'));
  }, '/dist/cdn/sabba.js');
}

/** @param {Context} ctx */
async function run(ctx) {
  if (!ctx.has('ad-slot')) return { notMeasured: 'sabba-ad-slot not built yet' };
  /** @type {Record<string, { cls: number[], count: number[], largest: number[] }>} */
  const samples = Object.fromEntries(VARIANTS.map((v) => [v.id, { cls: [], count: [], largest: [] }]));
  const { page } = await ctx.bench.newPage();
  const css = await preUpgradeCss(page, ctx);
  const bundle = '/dist/cdn/sabba.js';
  ctx.serve('layout-shift-naive.html', layoutShiftPage('naive', bundle));
  ctx.serve('layout-shift-sabba.html', layoutShiftPage('sabba', bundle));
  ctx.serve('layout-shift-sabba-css.html', layoutShiftPage('sabba', bundle, css));
  /** @type {string[]} */
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  for (let round = 0; round < ctx.runs; round += 1) {
    for (const variant of VARIANTS) {
      await page.goto(`${ctx.origin}/bench/gen/layout-shift-${variant.id}.html?round=${round}`, { waitUntil: 'load' });
      await settle(page, WINDOW_MS);
      const shifts = await page.evaluate(() => /** @type {number[]} */ (/** @type {any} */ (window).shifts));
      const s = samples[variant.id];
      s.cls.push(shifts.reduce((sum, value) => sum + value, 0));
      s.count.push(shifts.length);
      s.largest.push(Math.max(0, ...shifts));
    }
    ctx.log(`layout-shift round ${round + 1}/${ctx.runs}`);
  }
  await page.close();
  if (errors.length > 0) throw new Error(`page errors: ${[...new Set(errors)].join('; ')}`);
  const figures = [
    ...VARIANTS.map((v) => figure('cumulative layout shift', v.label, samples[v.id].cls, 'cls')),
    ...VARIANTS.map((v) => figure('layout shifts (count)', v.label, samples[v.id].count, 'count')),
    ...VARIANTS.map((v) => figure('largest single shift', v.label, samples[v.id].largest, 'cls')),
  ];
  return {
    columns: FIGURE_COLUMNS,
    rows: figures.map(figureRow),
    data: { delays: DELAYS, preUpgradeCss: css, samples, figures },
    notes: [
      'Google rates a page\'s CLS "good" at ≤ 0.1 and "poor" above 0.25. "Script only" is a page that adds the drop-in script and the tags: ' +
        'until the script has run, an undefined `<sabba-ad-slot>` has no height, so the reservation itself moves the article when the element upgrades after the first paint. ' +
        `With the documented pre-upgrade CSS in the page's \`<head>\` (here: \`${css.replaceAll('\n', ' ')}\`) the space is there from the first paint.`,
    ],
  };
}

export default {
  id: 'layout-shift',
  title: 'Layout shift',
  browser: true,
  method:
    'an article with four 300 × 250 ad slots between paragraphs: creatives arrive 500, 1000 and 1500 ms after the page script runs and the fourth never does. ' +
    '`<sabba-ad-slot sizes="300x250">` with a test provider registered through `registerAdProvider` (drop-in bundle), with and without the element\'s `preUpgradeCss()` in the page\'s `<head>`, against empty `<div>`s a script fills at the same times. ' +
    `Layout shifts come from a \`PerformanceObserver\` (\`layout-shift\`, buffered, input-driven shifts excluded as CLS does) until ${WINDOW_MS / 1000} s after the load event.`,
  run,
};
