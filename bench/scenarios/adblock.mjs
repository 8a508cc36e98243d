// @ts-check
/**
 * (5) Adblock verdict: how long a detector takes to decide, and whether it decides right, on a
 * news page that uses AdSense, with and without a real blocking engine in the page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FILTER_LISTS, loadFilterEngine } from '../../scripts/lib/filter-lists.mjs';
import { settle } from '../lib/page-metrics.mjs';
import { longArticlePage } from '../lib/pages.mjs';
import { FIGURE_COLUMNS, figure, figureRow } from '../lib/table.mjs';

/** @typedef {import('../lib/context.mjs').Context} Context */

const ADSENSE = 'https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js';
/** What the real AdSense loader leaves on the page, for the runs without a blocker (no internet here). */
const ADSENSE_STAND_FOR_REAL = '(window.adsbygoogle = window.adsbygoogle || []).loaded = true;';
const VERDICT_TIMEOUT_MS = 8000;

const DETECTORS = [
  {
    id: 'sabba',
    label: '<sabba-adblock-notice mode="silent">',
    script: '<script type="module" src="/dist/cdn/sabba.js"></script>',
  },
  // The alternatives are served under neutral names: filter lists block "blockadblock.js" by name,
  // and the point is to measure the detectors, not that.
  {
    id: 'blockadblock',
    label: 'blockadblock 3.2.1',
    script: '<script src="/bench/gen/vendor/detector-b.js"></script>',
  },
  {
    id: 'just-detect-adblock',
    label: 'just-detect-adblock 1.1.0',
    script: '<script src="/bench/gen/vendor/detector-j.js"></script>',
  },
];

/** @param {Context} ctx */
function pages(ctx) {
  const adsense = `<script async src="${ADSENSE}?client=ca-pub-0000000000000000" crossorigin="anonymous"></script>`;
  const slot =
    '<ins class="adsbygoogle" style="display:block;min-height:250px" data-ad-client="ca-pub-0000000000000000" data-ad-slot="1234567890"></ins>';
  return {
    'vendor/detector-b.js': readFileSync(join(ctx.root, 'node_modules/blockadblock/blockadblock.js'), 'utf8'),
    'vendor/detector-j.js': readFileSync(join(ctx.root, 'node_modules/just-detect-adblock/dist/bundle.umd.js'), 'utf8'),
    ...Object.fromEntries(
      DETECTORS.map((d) => [
        `adblock-${d.id}.html`,
        longArticlePage(ctx.root, {
          title: `Adblock: ${d.label}`,
          head: `${adsense}\n${d.script}`,
          body: slot,
          repeat: 2,
        }),
      ]),
    ),
  };
}

/**
 * Starts the detector after the page has loaded and settled, and times it on the page's clock.
 * @param {import('playwright-core').Page} page
 * @param {string} detector
 * @returns {Promise<{ ms: number, blocked: boolean | null, confidence?: string, signals?: unknown }>}
 */
function checkOnce(page, detector) {
  return page.evaluate(async ([id, timeout]) => {
    const win = /** @type {any} */ (window);
    let start = 0;
    /** @type {{ blocked: boolean | null, confidence?: string, signals?: unknown }} */
    const verdict = await new Promise((resolve) => {
      setTimeout(() => resolve({ blocked: null }), timeout);
      if (id === 'sabba') {
        const notice = document.createElement('sabba-adblock-notice');
        notice.setAttribute('mode', 'silent');
        notice.addEventListener(
          'sabba-adblock-result',
          (event) => {
            const detail = /** @type {any} */ (event).detail;
            resolve({ blocked: detail.blocked, confidence: detail.confidence, signals: detail.signals });
          },
          { once: true },
        );
        start = performance.now();
        document.body.append(notice);
      } else if (id === 'blockadblock') {
        if (win.BlockAdBlock === undefined) return resolve({ blocked: null });
        const detector = new win.BlockAdBlock({ checkOnLoad: false, resetOnEnd: true });
        detector.onDetected(() => resolve({ blocked: true }));
        detector.onNotDetected(() => resolve({ blocked: false }));
        start = performance.now();
        detector.check();
      } else {
        if (win.justDetectAdblock === undefined) return resolve({ blocked: null });
        start = performance.now();
        win.justDetectAdblock.detectAnyAdblocker().then((/** @type {boolean} */ blocked) => resolve({ blocked }));
      }
    });
    return { ms: performance.now() - start, ...verdict };
  }, /** @type {[string, number]} */ ([detector, VERDICT_TIMEOUT_MS]));
}

/**
 * A tab for one mode: without a blocker the AdSense request succeeds as on the open web; with it,
 * the engine (registered after that route, so asked first) blocks or replaces it.
 * @param {Context} ctx
 * @param {import('@ghostery/adblocker-playwright').PlaywrightBlocker | undefined} blocker
 */
async function openTab(ctx, blocker) {
  const { page } = await ctx.bench.newPage();
  await page.route(`${ADSENSE}*`, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: ADSENSE_STAND_FOR_REAL }),
  );
  if (blocker !== undefined) await blocker.enableBlockingInPage(/** @type {any} */ (page));
  return page;
}

/**
 * @param {import('playwright-core').Page} page
 * @param {string} url
 * @param {string} detector
 */
async function measure(page, url, detector) {
  await page.goto(url, { waitUntil: 'load' });
  if (detector === 'sabba')
    await page.waitForFunction(() => customElements.get('sabba-adblock-notice') !== undefined, undefined, {
      timeout: 15_000,
    });
  await settle(page, 300);
  return checkOnce(page, detector);
}

/**
 * @param {unknown} signals the verdict's `signals` as the event reported them
 */
function describeSignals(signals) {
  if (!Array.isArray(signals)) return 'no verdict';
  return signals
    .map(
      (/** @type {{ name: string, outcome: string, detail: string }} */ sig) =>
        `${sig.name} ${sig.outcome} (${sig.detail})`,
    )
    .join(', ');
}

/** @param {Context} ctx */
async function run(ctx) {
  if (!ctx.has('adblock-notice')) return { notMeasured: 'sabba-adblock-notice not built yet' };
  /** @type {import('@ghostery/adblocker-playwright').PlaywrightBlocker} */
  let blocker;
  try {
    blocker = await loadFilterEngine(join(ctx.root, '.cache', 'bench'));
  } catch (error) {
    return { notMeasured: error instanceof Error ? error.message : String(error) };
  }
  const modes = [
    { id: 'off', label: 'no blocker', blocker: undefined, truth: false },
    { id: 'on', label: 'EasyList + uBO engine', blocker, truth: true },
  ];
  /** @type {Record<string, { ms: number[], right: number[], confidence: string[], verdicts: (boolean | null)[], signals: unknown[] }>} */
  const samples = {};
  for (const mode of modes)
    for (const d of DETECTORS)
      samples[`${d.id}/${mode.id}`] = { ms: [], right: [], confidence: [], verdicts: [], signals: [] };
  const tabs = [];
  for (const mode of modes) tabs.push(await openTab(ctx, mode.blocker));
  for (let round = 0; round < ctx.runs; round += 1) {
    for (const [index, mode] of modes.entries()) {
      for (const d of DETECTORS) {
        const m = await measure(tabs[index], `${ctx.siteOrigin}/bench/gen/adblock-${d.id}.html?round=${round}`, d.id);
        const s = samples[`${d.id}/${mode.id}`];
        if (m.blocked !== null) s.ms.push(m.ms);
        s.right.push(m.blocked === mode.truth ? 100 : 0);
        s.verdicts.push(m.blocked);
        if (m.confidence !== undefined) s.confidence.push(m.confidence);
        if (m.signals !== undefined) s.signals.push(m.signals);
      }
    }
    ctx.log(`adblock round ${round + 1}/${ctx.runs}`);
  }
  await blocker.disableBlockingInPage(/** @type {any} */ (tabs[1]));
  for (const tab of tabs) await tab.close();
  const figures = [];
  const rows = [];
  for (const mode of modes) {
    for (const d of DETECTORS) {
      const s = samples[`${d.id}/${mode.id}`];
      const variant = `${d.label}, ${mode.label}`;
      if (s.ms.length > 0) figures.push(figure('time from start to verdict', variant, s.ms, 'ms'));
      else
        rows.push([
          'time from start to verdict',
          variant,
          `no verdict within ${VERDICT_TIMEOUT_MS} ms`,
          '–',
          String(ctx.runs),
        ]);
      figures.push(figure('verdicts right', variant, s.right, '%'));
    }
  }
  for (const mode of modes) {
    const { confidence } = samples[`sabba/${mode.id}`];
    const counts = [...new Set(confidence)].map((c) => `${c} ×${confidence.filter((x) => x === c).length}`);
    rows.push([
      'reported confidence',
      `${DETECTORS[0].label}, ${mode.label}`,
      counts.join(', ') || '–',
      '–',
      String(ctx.runs),
    ]);
  }
  // A wrong verdict of ours is explained by the signals it reported.
  const misses = modes.flatMap((mode) => {
    const s = samples[`sabba/${mode.id}`];
    return s.verdicts.flatMap((verdict, round) =>
      verdict === mode.truth ? [] : [`${mode.label}, round ${round + 1}: ${describeSignals(s.signals[round])}`],
    );
  });
  return {
    columns: FIGURE_COLUMNS,
    rows: [...figures.map(figureRow), ...rows],
    data: { lists: FILTER_LISTS, samples, figures },
    notes: [
      ...(misses.length > 0
        ? [`Wrong verdicts of \`<sabba-adblock-notice>\` and its signals: ${misses.join('; ')}.`]
        : []),
      'The page is served as `sabba.test` (EasyList turns element hiding off on localhost) and loads AdSense like a real news site; ' +
        'without a blocker the AdSense request is answered locally with what the real loader leaves behind, since this machine has no internet.',
    ],
  };
}

export default {
  id: 'adblock',
  title: 'Adblock verdict',
  browser: true,
  method:
    'an article page that loads AdSense (`adsbygoogle.js` and an `<ins class="adsbygoogle">`), with `@ghostery/adblocker-playwright` loaded with EasyList, ' +
    'uBO filters, unbreak and quick fixes from `/usr/share/chromium/extensions/ublock-origin/assets/`, or with no blocker. After load, the detector is started ' +
    '(`<sabba-adblock-notice mode="silent">` appended to the body; `new BlockAdBlock({checkOnLoad:false}).check()`; `justDetectAdblock.detectAnyAdblocker()`) ' +
    'and timed on the page\'s clock until its verdict; "right" means blocked with the engine, not blocked without it.',
  pages,
  run,
};
