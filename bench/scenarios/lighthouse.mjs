// @ts-check
/**
 * (9) Lighthouse (mobile) on the published demo article: dist/demo/ as `npm run build` writes it,
 * served with the demo WordPress stand-in at /wp. Lighthouse drives its own Debian Chromium
 * (chrome-launcher, headless, the flags of scripts/lib/chromium.mjs) with its default mobile
 * settings: a Moto G Power screen, simulated slow 4G and 4× CPU (Lantern).
 *
 * Offline: the machine reaches only the package registries, so nothing Lighthouse does may need
 * the network. The page itself loads only from the local server; Lighthouse's own external look-ups
 * are off (no full-page screenshot; `bf-cache` and the screenshots of the filmstrip stay, they are
 * local). The figures are the category scores and total blocking time, one Lighthouse run per
 * round.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/lib/chromium.mjs';
import { FIGURE_COLUMNS, figure, figureRow } from '../lib/table.mjs';

/** @typedef {import('../lib/context.mjs').Context} Context */

const CATEGORIES = /** @type {const} */ (['performance', 'accessibility', 'best-practices', 'seo']);

/** The table: today's figure (before this work) and the target. */
const GOALS = {
  performance: 'target 100; before: 99',
  accessibility: 'target 100; before: 98',
  'best-practices': 'target 100; before: 96',
  seo: 'target 100; before: 100',
  tbt: 'target ≤ 10 ms; before: 88–100 ms',
};

/** Whose script a long task of Lighthouse's `long-tasks` audit belongs to, by the URL it names. */
function ownerOf(/** @type {string} */ url) {
  const path = URL.canParse(url) ? new URL(url).pathname : '';
  if (path.startsWith('/dist/cdn/')) return 'widgets';
  if (path.endsWith('/prebid.js')) return 'prebid';
  return 'page';
}

/**
 * Total blocking time split by owner: each long task's time past 50 ms within first contentful
 * paint and time to interactive, as Lighthouse counts it, from the tasks its `long-tasks` audit
 * lists (simulated times).
 * @param {Record<string, { numericValue?: number, details?: any }>} audits
 */
function blockingByOwner(audits) {
  const start = audits['first-contentful-paint']?.numericValue ?? 0;
  const end = audits.interactive?.numericValue ?? Number.POSITIVE_INFINITY;
  const blocking = { widgets: 0, prebid: 0, page: 0 };
  for (const task of audits['long-tasks']?.details?.items ?? []) {
    const from = Math.max(task.startTime, start);
    const to = Math.min(task.startTime + task.duration, end);
    blocking[ownerOf(task.url)] += Math.max(0, to - from - 50);
  }
  return blocking;
}

/**
 * One Lighthouse run on `url` in a fresh Chromium.
 * @param {string} url
 */
async function audit(url) {
  const profile = mkdtempSync(join(tmpdir(), 'sabba-lighthouse-'));
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    userDataDir: profile,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error' },
      {
        extends: 'lighthouse:default',
        settings: {
          onlyCategories: [...CATEGORIES],
          // The full-page screenshot can hang on a long page with no GPU, and is not a figure.
          disableFullPageScreenshot: true,
          // Every byte comes from 127.0.0.1; nothing may be looked up elsewhere.
          skipAudits: ['valid-source-maps'],
        },
      },
    );
    if (result === undefined) throw new Error('Lighthouse returned no result');
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    /** @type {Record<string, number>} */
    const scores = {};
    for (const id of CATEGORIES) scores[id] = Math.round((lhr.categories[id]?.score ?? Number.NaN) * 100);
    const tbt = lhr.audits['total-blocking-time']?.numericValue ?? Number.NaN;
    // What the categories lose points on: the audits that weigh in a score and are below 1.
    const weighted = new Set(
      CATEGORIES.flatMap((id) => (lhr.categories[id]?.auditRefs ?? []).filter((r) => r.weight > 0).map((r) => r.id)),
    );
    const failing = Object.values(lhr.audits)
      .filter((a) => weighted.has(a.id) && a.score !== null && a.score < 1)
      .map((a) => `${a.id} (${a.displayValue ?? a.score})`);
    return { scores, tbt, blocking: blockingByOwner(lhr.audits), failing, version: lhr.lighthouseVersion };
  } finally {
    await chrome.kill();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** @param {Context} ctx */
async function run(ctx) {
  const rounds = ctx.quick ? 1 : Math.min(ctx.runs, 3);
  const url = `${ctx.origin}/dist/demo/index.html`;
  /** @type {Record<string, number[]>} */
  const samples = { tbt: [], widgets: [], prebid: [], page: [] };
  for (const id of CATEGORIES) samples[id] = [];
  /** @type {Set<string>} */
  const failing = new Set();
  let version = '';
  for (let round = 0; round < rounds; round += 1) {
    const m = await audit(url);
    for (const id of CATEGORIES) samples[id].push(m.scores[id]);
    samples.tbt.push(m.tbt);
    for (const owner of /** @type {const} */ (['widgets', 'prebid', 'page'])) samples[owner].push(m.blocking[owner]);
    for (const item of m.failing) failing.add(item.replace(/ \(.*\)$/, ''));
    version = m.version;
    ctx.log(
      `lighthouse round ${round + 1}/${rounds}: ${CATEGORIES.map((id) => m.scores[id]).join(' / ')}, TBT ${Math.round(m.tbt)} ms (widgets ${Math.round(m.blocking.widgets)}, Prebid.js ${Math.round(m.blocking.prebid)}, page ${Math.round(m.blocking.page)}); below 1: ${m.failing.join(', ') || 'none'}`,
    );
  }
  const figures = [
    ...CATEGORIES.map((id) =>
      figure(`Lighthouse ${id} score (${GOALS[id]})`, 'published demo, mobile', samples[id], 'count'),
    ),
    figure(`Lighthouse total blocking time (${GOALS.tbt})`, 'published demo, mobile', samples.tbt, 'ms'),
    figure('same, in long tasks of widget code', 'published demo, mobile', samples.widgets, 'ms'),
    figure("same, in long tasks of the page's Prebid.js", 'published demo, mobile', samples.prebid, 'ms'),
    figure(
      "same, in the page's other long tasks (its CMP, parsing, style, layout)",
      'published demo, mobile',
      samples.page,
      'ms',
    ),
  ];
  return {
    columns: FIGURE_COLUMNS,
    rows: figures.map(figureRow),
    data: { samples, figures, failing: [...failing], version },
    notes: [
      `Lighthouse ${version}. Audits that weigh in a score and were below full marks in any round: ${[...failing].join(', ') || 'none'}.`,
      'Blocking time by owner: each task of the long-tasks audit (attributed by Lighthouse to the script that ran longest in it) counts its time past 50 ms between first contentful paint and time to interactive; the parts add up to about the total.',
    ],
  };
}

export default {
  id: 'lighthouse',
  title: 'Lighthouse (mobile) on the published demo',
  browser: false,
  method:
    'Lighthouse (npm `lighthouse`, its default mobile settings: simulated slow 4G and 4× CPU) on dist/demo/index.html, served by the bench server (brotli, as a host serves it) with the WordPress stand-in at /wp, ' +
    'in a fresh headless Debian Chromium per round (chrome-launcher, the root flags of scripts/lib/chromium.mjs). Offline: no full-page screenshot and no source-map look-ups; every request goes to 127.0.0.1.',
  run,
};
