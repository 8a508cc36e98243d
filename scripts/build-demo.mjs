#!/usr/bin/env node
// @ts-check
/**
 * Writes the demo article as a site publishes it: `dist/demo/` with demo/index.html loading the
 * autoloader from `../cdn/` (minified, production Lit: no dev server, no dev mode) instead of the
 * dev server's source entry, and the demo's static files beside it. Run after the CDN builds
 * (`npm run build` does); `npm run bench` measures this page, `npm start` keeps serving the sources.
 * The consent banner's CMP is bundled with its IAB libraries; header bidding gets the dev server's
 * Prebid.js and GPT stand-in as files, and its bid server becomes one fixed answer (`ad-slot/bid`).
 * The TCF stub is written into the page, as CMPs ship it: a blocking script file in `<head>` would
 * hold the first paint for a round trip.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, transform } from 'esbuild';
import { elementPreloads, modulePreloadLinks } from './lib/chunk-graph.mjs';
import { bidAnswer, gptStandinScript, prebidScript } from './test/prebid-stand-in.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const demo = join(root, 'demo');
const out = join(root, 'dist/demo');

/**
 * demo/index.html with the TCF stub inline and the loader in place of the dev entry, after the
 * `modulepreload` links of the ad slot's files (the article has ad slots, which the loader fetches
 * at once), as the WordPress plugin prints them.
 * @param {string} html
 * @param {string} preloadLinks from `modulePreloadLinks()` (scripts/lib/chunk-graph.mjs)
 * @param {string} tcfStub the stub's minified script
 */
export function publishedDemoHtml(html, preloadLinks, tcfStub) {
  const entry = '<script type="module" src="./demo.ts"></script>';
  const stub = '<script src="./tcf-stub.js"></script>';
  for (const tag of [entry, stub]) if (!html.includes(tag)) throw new Error(`demo/index.html no longer has ${tag}`);
  const indent = '\n    ';
  return html
    .replace(stub, `<script>${tcfStub.trim()}</script>`)
    .replace(
      entry,
      [
        ...preloadLinks.split('\n'),
        '<script type="module" src="../cdn/loader.js"></script>',
        '<script type="module" src="./language-switch.js"></script>',
      ].join(indent),
    );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!existsSync(join(root, 'dist/cdn/loader.js'))) {
    console.error('build-demo: dist/cdn/loader.js is missing; run `vite build --mode cdn-loader` first.');
    process.exit(1);
  }
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const preloads = modulePreloadLinks(elementPreloads(join(root, 'dist/cdn')), 'sabba-ad-slot', '../cdn/');
  const stub = await transform(readFileSync(join(demo, 'tcf-stub.js'), 'utf8'), { minify: true, target: 'es2022' });
  writeFileSync(
    join(out, 'index.html'),
    publishedDemoHtml(readFileSync(join(demo, 'index.html'), 'utf8'), preloads, stub.code),
  );
  for (const file of ['demo.css', 'favicon.svg', 'ad_728.js', 'language-switch.js', 'header-bidding.js'])
    cpSync(join(demo, file), join(out, file));
  await build({
    entryPoints: [join(demo, 'consent-banner.js')],
    outfile: join(out, 'consent-banner.js'),
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    logLevel: 'warning',
  });
  mkdirSync(join(out, 'ad-slot'));
  writeFileSync(join(out, 'ad-slot/prebid.js'), await prebidScript({ minify: true }));
  writeFileSync(join(out, 'ad-slot/gpt.js'), await gptStandinScript());
  // A static host cannot read the query: every request gets this bid, with no id (the adapter then
  // takes its request's).
  writeFileSync(join(out, 'ad-slot/bid'), bidAnswer({ cpm: 1.8, w: 300, h: 250 }).body);
  // Vite serves demo/public/ at the root of the dev site.
  cpSync(join(demo, 'public'), out, { recursive: true });
  console.log('build-demo: wrote dist/demo/ (the demo article with dist/cdn/loader.js)');
}
