#!/usr/bin/env node
// @ts-check
/**
 * The adblock accuracy matrix: every reader setup (rows: no blocker, real blocking engines, hostile
 * networks) against every page setup (columns: AdSense, GPT slots, no ad tag), each cell at least
 * 20 loads, a new page per load in a reused browser. Writes its section of BENCHMARKS.md (between
 * the `adblock-accuracy` markers) and the raw verdicts to .cache/bench/adblock-accuracy.json.
 *
 *   npm run bench:adblock [-- --loads N] [--only id,id] [--no-build] [--smoke]
 *
 * --smoke (CI): 2 loads per cell, three rows, nothing written to BENCHMARKS.md. Exits 1 when a
 * clean reader is accused or a blocked load is missed in less than 99 % of loads.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer';
import { CHROMIUM_ARGS, CHROMIUM_PATH, FOREGROUND_ARGS } from '../scripts/lib/chromium.mjs';
import { FILTER_LISTS_DIR as ASSETS } from '../scripts/lib/filter-lists.mjs';
import { loadEngine } from '../tests/e2e/blocker.mjs';
import { createAdguardEngine } from './accuracy/adguard.mjs';
import { AD_SCRIPT_HOSTS, accuracyFiles, PAGE_SETUPS, realAdScript } from './accuracy/pages.mjs';
import { answerAdHosts, dnsBlocklist, readers, readList, truthOf } from './accuracy/readers.mjs';
import { accuracySection, replaceSection } from './accuracy/report.mjs';
import { adguardBaseFilter } from './lib/adguard-base-filter.mjs';
import { send, startServer } from './lib/server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const HOST = 'sabba.test';
const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const UBO = '/usr/share/mozilla/extensions/{ec8030f7-c20a-464f-9b0e-13a3a9e97384}/uBlock0@raymondhill.net';
const VERDICT_TIMEOUT_MS = 10_000;
const SMOKE_ROWS = ['chromium', 'ghostery', 'proxy'];

const { values: args } = parseArgs({
  options: {
    loads: { type: 'string' },
    only: { type: 'string' },
    smoke: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
  },
});
const loads = Number(args.loads ?? (args.smoke ? 2 : 20));
if (!Number.isInteger(loads) || loads < 1) throw new Error(`--loads must be a positive integer, got ${args.loads}`);
const log = (/** @type {string} */ message) => process.stderr.write(`adblock-accuracy: ${message}\n`);
const started = performance.now();

if (!args['no-build']) {
  log('building the drop-in bundle (vite build --mode cdn)');
  const vite = spawnSync(join(root, 'node_modules/.bin/vite'), ['build', '--mode', 'cdn', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (vite.status !== 0) process.exit(vite.status ?? 1);
}

// Engines and lists, each from what this machine has.
log('loading the engines');
const easylist = readList(join(ASSETS, 'thirdparties/easylist/easylist.txt'));
const ghostery = await loadEngine();
const adguardFilter = adguardBaseFilter(root);
const adguard = createAdguardEngine([adguardFilter.text]);
// AdGuard's allowlist is a `$document` exception for the site, as its "allowlist this site" writes it.
const allowing = createAdguardEngine([adguardFilter.text, `@@||${HOST}^$document`]);
const dnsBlocked = dnsBlocklist(easylist);
const uboVersion = JSON.parse(readFileSync(join(UBO, 'manifest.json'), 'utf8')).version;

const files = accuracyFiles();
let port = 0;
const server = await startServer(root, [
  (_req, res, url) => {
    if (url.pathname === '/ad_728.js') return (send(res, 200, '', 'text/javascript; charset=utf-8'), true);
    if (!url.pathname.startsWith('/bench/gen/accuracy/')) return false;
    const body = files[url.pathname.slice('/bench/gen/accuracy/'.length)];
    if (body === undefined) return false;
    if (url.searchParams.has('csp')) {
      // Scripts only from the bundle's and the bench's folders and Google's ad hosts: /ad_728.js is refused.
      const self = `http://${HOST}:${port}`;
      res.setHeader(
        'Content-Security-Policy',
        `script-src ${self}/dist/ ${self}/bench/gen/accuracy/ ${AD_SCRIPT_HOSTS.map((h) => `https://${h}`).join(' ')}`,
      );
    }
    send(res, 200, body, url.pathname.endsWith('.js') ? 'text/javascript; charset=utf-8' : 'text/html; charset=utf-8');
    return true;
  },
]);
port = server.port;
const siteOrigin = `http://${HOST}:${port}`;

let rows = readers({ ghostery, adguard, allowing, dnsBlocked });
const only = args.only?.split(',') ?? (args.smoke ? SMOKE_ROWS : undefined);
if (only !== undefined) rows = rows.filter((row) => only.includes(row.id));

/** @typedef {{ blocked: boolean | null, confidence?: string, signals?: { name: string, outcome: string, detail: string }[], ms?: number, noticeShown?: boolean }} Verdict */
/** @type {Record<string, Record<string, Verdict[]>>} */
const results = {};

/** Reads the verdict the page's probe recorded, and whether the notice is on screen. */
const READ_VERDICT = `(() => {
  const v = window.__verdict;
  if (v === undefined) return undefined;
  const notice = document.querySelector('sabba-adblock-notice');
  const banner = notice?.shadowRoot?.querySelector('[part="banner"]');
  const shown = notice !== null && notice.checkVisibility() && banner != null && banner.checkVisibility() && banner.getBoundingClientRect().height > 0;
  return { blocked: v.blocked, confidence: v.confidence, signals: v.signals, ms: v.at, noticeShown: shown };
})()`;

/**
 * Loads `url` and waits for the verdict (plus 300 ms, so a blocker has time to hide the notice).
 * @param {{ goto: (url: string) => Promise<unknown>, evaluate: (js: string) => Promise<any> }} page
 * @param {string} url
 * @returns {Promise<Verdict>}
 */
async function verdictOf(page, url) {
  await page.goto(url);
  const deadline = performance.now() + VERDICT_TIMEOUT_MS;
  while (performance.now() < deadline) {
    const v = await page.evaluate('window.__verdict === undefined ? undefined : 1');
    if (v !== undefined) {
      await new Promise((resolve) => setTimeout(resolve, 300));
      return (await page.evaluate(READ_VERDICT)) ?? { blocked: null };
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { blocked: null };
}

/** @param {import('./accuracy/readers.mjs').Reader} row @param {(url: string, load: number) => Promise<Verdict>} loadOnce */
async function measureRow(row, loadOnce) {
  results[row.id] = {};
  for (const setup of PAGE_SETUPS) {
    const cell = (results[row.id][setup.id] = []);
    for (let load = 0; load < loads; load++) {
      const url = `${siteOrigin}/bench/gen/accuracy/${setup.id}.html?load=${load}${row.query ? `&${row.query}` : ''}`;
      cell.push(await loadOnce(url, load));
    }
  }
  const cells = PAGE_SETUPS.map(
    (s) => `${s.id} ${results[row.id][s.id].filter((v) => v.blocked === truthOf(row, s.id)).length}/${loads}`,
  );
  log(`${row.id}: ${cells.join(', ')} (${Math.round((performance.now() - started) / 1000)} s)`);
}

/** @type {Record<string, string>} */
const versions = {};
/**
 * Rows run in three lanes at once (two Chromium contexts, one Firefox): a load mostly waits on
 * the detector's timers, so this keeps the whole matrix within about ten minutes on two cores.
 */
async function runChromium(/** @type {import('./accuracy/readers.mjs').Reader[]} */ chromiumRows) {
  if (chromiumRows.length === 0) return;
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, ...FOREGROUND_ARGS, `--host-resolver-rules=MAP ${HOST} 127.0.0.1`],
  });
  versions.chromium = `Chromium ${browser.version()}`;
  const lane = async (/** @type {import('./accuracy/readers.mjs').Reader[]} */ laneRows) => {
    for (const row of laneRows) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      await measureRow(row, async (url, load) => {
        const page = await context.newPage();
        try {
          await answerAdHosts(page);
          await row.prepare?.(page, url, load);
          return await verdictOf({ goto: (u) => page.goto(u), evaluate: (js) => page.evaluate(js) }, url);
        } finally {
          await context.setOffline(false);
          await page.close();
        }
      });
      await context.close();
    }
  };
  try {
    await Promise.all([
      lane(chromiumRows.filter((_, i) => i % 2 === 0)),
      lane(chromiumRows.filter((_, i) => i % 2 === 1)),
    ]);
  } finally {
    await browser.close();
  }
}

async function runFirefox(/** @type {import('./accuracy/readers.mjs').Reader[]} */ firefoxRows) {
  if (firefoxRows.length === 0) return;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    // The page's host name resolves to this machine, as --host-resolver-rules does in Chromium.
    extraPrefsFirefox: { 'network.dns.localDomains': HOST },
  });
  versions.firefox = `Firefox ${(await browser.version()).split('/')[1]}`;
  try {
    // Clean rows first: uBlock Origin, once installed, stays for the browser's life.
    for (const row of [...firefoxRows].sort(
      (a, b) => Number(a.browser !== 'firefox') - Number(b.browser !== 'firefox'),
    )) {
      if (row.browser === 'firefox-ubo' && !versions.ubo) {
        await browser.installExtension(UBO);
        versions.ubo = 'installed';
        await waitForUbo(browser);
      }
      await measureRow(row, async (url) => {
        const page = await browser.newPage();
        try {
          await page.setRequestInterception(true);
          page.on('request', (request) => {
            const body = AD_SCRIPT_HOSTS.includes(new URL(request.url()).hostname)
              ? (realAdScript(request.url()) ?? '')
              : undefined;
            if (body === undefined) void request.continue();
            else void request.respond({ status: 200, contentType: 'text/javascript', body });
          });
          return await verdictOf({ goto: (u) => page.goto(u), evaluate: (js) => page.evaluate(js) }, url);
        } finally {
          await page.close();
        }
      });
    }
  } finally {
    await browser.close();
  }
}

try {
  await Promise.all([
    runChromium(rows.filter((row) => row.browser === 'chromium')),
    runFirefox(rows.filter((row) => row.browser !== 'chromium')),
  ]);
} finally {
  await server.close();
}

/**
 * uBlock Origin reads its packaged lists on first start; until then it lets requests through.
 * Waits until it blocks the first-party bait, so that no load is measured before it is ready.
 * @param {import('puppeteer').Browser} browser
 */
async function waitForUbo(browser) {
  const page = await browser.newPage();
  try {
    for (let attempt = 0; attempt < 60; attempt++) {
      await page.goto(`${siteOrigin}/robots.txt?warm=${attempt}`);
      const blocked = await page.evaluate(
        () =>
          new Promise((resolve) => {
            const script = document.createElement('script');
            script.onload = () => resolve(false);
            script.onerror = () => resolve(true);
            script.src = `/ad_728.js?warm=${Math.random()}`;
            document.head.append(script);
          }),
      );
      if (blocked) return;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    throw new Error('uBlock Origin did not start blocking within 30 s');
  } finally {
    await page.close();
  }
}

const meta = {
  date: new Date().toISOString(),
  loads,
  seconds: (performance.now() - started) / 1000,
  cpu: `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}`,
  browsers: { chromium: versions.chromium, firefox: versions.firefox },
  lists: {
    ghostery: 'EasyList, uBO filters, unbreak, quick fixes from webext-ublock-origin-chromium',
    adguard: `AdGuard Base filter ${adguardFilter.version}`,
    ubo: `uBlock Origin ${uboVersion} (webext-ublock-origin-firefox), its packaged default lists`,
  },
};
const outDir = join(root, '.cache', 'bench');
mkdirSync(outDir, { recursive: true });
writeFileSync(
  join(outDir, 'adblock-accuracy.json'),
  `${JSON.stringify({ meta, rows: rows.map(({ id, label, truth, group }) => ({ id, label, truth, group })), results }, null, 2)}\n`,
);
const section = accuracySection({ meta, rows, results, columns: PAGE_SETUPS });
if (!args.smoke && only === undefined) {
  const path = join(root, 'BENCHMARKS.md');
  writeFileSync(path, replaceSection(existsSync(path) ? readFileSync(path, 'utf8') : '', section));
  log(`wrote BENCHMARKS.md`);
} else {
  writeFileSync(join(outDir, 'adblock-accuracy.md'), section);
}
console.log(section);
log(`done in ${Math.round(meta.seconds)} s`);

// The targets: no clean reader accused, ≥ 99 % of blocked loads found.
const failures = rows.flatMap((row) =>
  PAGE_SETUPS.flatMap((setup) => {
    const cell = results[row.id][setup.id];
    const truth = truthOf(row, setup.id);
    const right = cell.filter((v) => v.blocked === truth).length;
    if (!truth && cell.some((v) => v.blocked === true)) return [`${row.id} × ${setup.id}: a clean reader was accused`];
    if (truth && right < cell.length * 0.99)
      return [`${row.id} × ${setup.id}: ${right}/${cell.length} blocked loads found`];
    return [];
  }),
);
for (const failure of failures) log(`target missed: ${failure}`);
if (failures.length > 0) process.exit(1);
