#!/usr/bin/env node
// @ts-check
/**
 * The benchmark: builds the drop-in bundle, serves the benchmark pages, drives Chromium through
 * every scenario and writes BENCHMARKS.md (committed) and the raw samples to .cache/bench/results.json
 * (not committed: output, not source).
 *
 *   node bench/run.mjs [--runs N] [--quick] [--only id,id] [--no-build] [--out dir]
 *
 * --quick is the CI smoke run: 1 round, its BENCHMARKS.md written to .cache/bench/ so the committed
 * figures stay those of a full run. Exits 1 when a scenario fails (not when an element is missing).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { keepSection } from './accuracy/report.mjs';
import { launchBrowser, SITE_HOST } from './lib/browser.mjs';
import { landedElements } from './lib/context.mjs';
import { ELEMENTS } from './lib/elements.mjs';
import { benchmarksDocument, figuresMarkdown } from './lib/report.mjs';
import { send, startServer } from './lib/server.mjs';
import adblock from './scenarios/adblock.mjs';
import axe from './scenarios/axe.mjs';
import bytes from './scenarios/bytes.mjs';
import commentForm from './scenarios/comment-form.mjs';
import layoutShift from './scenarios/layout-shift.mjs';
import lighthouse from './scenarios/lighthouse.mjs';
import preload from './scenarios/preload.mjs';
import published from './scenarios/published.mjs';
import scroll from './scenarios/scroll.mjs';
import startup from './scenarios/startup.mjs';

/** @type {import('./lib/context.mjs').Scenario[]} */
const SCENARIOS = [bytes, scroll, layoutShift, startup, adblock, commentForm, published, preload, lighthouse, axe];

const root = fileURLToPath(new URL('..', import.meta.url));
const { values: args } = parseArgs({
  options: {
    runs: { type: 'string' },
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    out: { type: 'string' },
  },
});
const runs = Number(args.runs ?? (args.quick ? 1 : 7));
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer, got ${args.runs}`);
const only = args.only?.split(',');
const scenarios = SCENARIOS.filter((s) => only === undefined || only.includes(s.id));
const log = (/** @type {string} */ message) => process.stderr.write(`bench: ${message}\n`);
const started = performance.now();

if (!args['no-build']) {
  log('building the drop-in bundle (vite build --mode cdn, and --mode cdn-loader where it exists)');
  const builds = [['build', '--mode', 'cdn', '--logLevel', 'warn']];
  // The autoloader is built into the same folder after the drop-in file, where the config has it.
  if (
    existsSync(join(root, 'src/loader.ts')) &&
    readFileSync(join(root, 'vite.config.ts'), 'utf8').includes("'cdn-loader'")
  ) {
    builds.push(['build', '--mode', 'cdn-loader', '--logLevel', 'warn']);
  }
  for (const argv of builds) {
    const vite = spawnSync(join(root, 'node_modules/.bin/vite'), argv, { cwd: root, stdio: 'inherit' });
    if (vite.status !== 0) process.exit(vite.status ?? 1);
  }
  // The published demo (dist/demo/) that the Lighthouse scenario audits, from the loader just built.
  if (existsSync(join(root, 'dist/cdn/loader.js'))) {
    const demo = spawnSync(process.execPath, [join(root, 'scripts/build-demo.mjs')], { cwd: root, stdio: 'inherit' });
    if (demo.status !== 0) process.exit(demo.status ?? 1);
  }
}

// An element in the sources but not in the bundle is a build bug: stop before measuring nothing.
const has = landedElements(root);
const bundle = readFileSync(join(root, 'dist/cdn/sabba.js'), 'utf8');
const lost = ELEMENTS.filter((element) => has(element) && !bundle.includes(`sabba-${element}`));
if (lost.length > 0) {
  log(`dist/cdn/sabba.js does not define ${lost.map((e) => `sabba-${e}`).join(', ')}: check package.json sideEffects`);
  process.exit(1);
}

/** @type {Record<string, string>} */
const generated = {};
const server = await startServer(root, [
  (_req, res, url) => {
    const page = url.pathname.startsWith('/bench/gen/')
      ? generated[url.pathname.slice('/bench/gen/'.length)]
      : undefined;
    if (page === undefined) return false;
    send(res, 200, page, url.pathname.endsWith('.js') ? 'text/javascript; charset=utf-8' : 'text/html; charset=utf-8');
    return true;
  },
]);
const bench = await launchBrowser({ throttling: 4 });
log(`${bench.version}, CPU ×${bench.throttling}, ${runs} runs, server ${server.origin}`);

/** @type {import('./lib/context.mjs').Context} */
const ctx = {
  root,
  origin: server.origin,
  siteOrigin: `http://${SITE_HOST}:${server.port}`,
  runs,
  quick: args.quick ?? false,
  bench,
  has,
  log,
  serve: (name, content) => {
    generated[name] = content;
    return `${server.origin}/bench/gen/${name}`;
  },
};
for (const scenario of scenarios) Object.assign(generated, scenario.pages?.(ctx) ?? {});

/** @type {import('./lib/report.mjs').Results['scenarios']} */
const outcomes = [];
let failed = false;
try {
  for (const scenario of scenarios) {
    const scenarioStart = performance.now();
    log(`${scenario.id}…`);
    const base = { id: scenario.id, title: scenario.title, method: scenario.method };
    try {
      const result = await scenario.run(ctx);
      outcomes.push({ ...base, ...result });
    } catch (error) {
      failed = true;
      outcomes.push({ ...base, error: error instanceof Error ? error.message : String(error) });
      log(`${scenario.id} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
    log(`${scenario.id} done in ${((performance.now() - scenarioStart) / 1000).toFixed(1)} s`);
  }
} finally {
  await bench.close();
  await server.close();
}

/** @type {import('./lib/report.mjs').Results} */
const results = {
  meta: {
    date: new Date().toISOString(),
    chromium: bench.version,
    throttling: bench.throttling,
    runs,
    quick: ctx.quick,
    cores: cpus().length,
    cpu: cpus()[0]?.model.trim() ?? 'unknown CPU',
    node: process.versions.node,
    seconds: (performance.now() - started) / 1000,
  },
  scenarios: outcomes,
};

const outDir = args.out ?? join(root, '.cache', 'bench');
const fullRun = args.out === undefined && !args.quick && only === undefined;
const docPath = fullRun ? join(root, 'BENCHMARKS.md') : join(outDir, 'BENCHMARKS.md');
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'results.json.tmp'), `${JSON.stringify(results, null, 2)}\n`);
renameSync(join(outDir, 'results.json.tmp'), join(outDir, 'results.json'));
// The adblock accuracy matrix (`npm run bench:adblock`) lives in the same file: keep it.
writeFileSync(
  docPath,
  keepSection(benchmarksDocument(results), existsSync(docPath) ? readFileSync(docPath, 'utf8') : ''),
);

console.log(figuresMarkdown(results));
console.log(`\nbench: wrote ${join(outDir, 'results.json')} and ${docPath} in ${Math.round(results.meta.seconds)} s`);
if (failed) process.exit(1);
