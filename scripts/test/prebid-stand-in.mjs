// @ts-check
/**
 * Header bidding without the network, for the ad-slot tests (scripts/test/fixtures/ad-slot.mjs)
 * and the demo article (the dev server in vite.config.ts, the published copy in
 * scripts/build-demo.mjs) alike:
 *   prebid.js → real Prebid.js from npm: its core and one local bid adapter
 *               (tests/ad-slot/fixtures/prebid-build.js), bundled by esbuild once per process
 *   gpt.js    → the GPT stand-in (tests/ad-slot/fixtures/gpt-standin.js), which renders Prebid's
 *               winning creative as an ad server's Prebid line item does
 *   bid       → that adapter's bid server: `?id&cpm&w&h&delay` answered as JSON after `delay` ms
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const fixtures = new URL('../../tests/ad-slot/fixtures/', import.meta.url);

/** @type {Map<boolean, Promise<string>>} */
const prebidBundles = new Map();

/**
 * The Prebid.js build (about 0.2 s the first time). Tests get it readable; the published demo
 * gets it minified, as a site publishes its Prebid build (374 kB unminified is 155 kB minified,
 * and the reader's phone parses every byte of it).
 * @param {{ minify?: boolean }} [options]
 */
export function prebidScript({ minify = false } = {}) {
  let bundle = prebidBundles.get(minify);
  if (bundle === undefined) {
    bundle = build({
      entryPoints: [fileURLToPath(new URL('prebid-build.js', fixtures))],
      bundle: true,
      format: 'iife',
      target: 'es2020',
      minify,
      write: false,
      logLevel: 'warning',
    }).then((result) => result.outputFiles[0]?.text ?? '');
    prebidBundles.set(minify, bundle);
  }
  return bundle;
}

/** The GPT stand-in's source. */
export function gptStandinScript() {
  return readFile(new URL('gpt-standin.js', fixtures), 'utf8');
}

/**
 * The bid server's answer to one request's query, and how long to hold it (capped at 10 s).
 * @param {Record<string, unknown>} query
 */
export function bidAnswer(query) {
  return {
    delay: Math.min(Math.max(Number(query.delay) || 0, 0), 10_000),
    body: JSON.stringify({
      id: String(query.id ?? ''),
      cpm: Number(query.cpm) || 0,
      w: Number(query.w) || 0,
      h: Number(query.h) || 0,
    }),
  };
}

/**
 * The three routes under `base` as a Connect middleware (Vite's dev server).
 * @param {string} base e.g. '/ad-slot/'
 * @returns {(request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse, next: () => void) => void}
 */
export function prebidStandinMiddleware(base) {
  return (request, response, next) => {
    const url = new URL(request.url ?? '/', 'http://x');
    const send = (/** @type {string} */ type, /** @type {string} */ body) => {
      response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
      response.end(body);
    };
    if (url.pathname === `${base}prebid.js`) void prebidScript().then((js) => send('text/javascript', js));
    else if (url.pathname === `${base}gpt.js`) void gptStandinScript().then((js) => send('text/javascript', js));
    else if (url.pathname === `${base}bid`) {
      const { delay, body } = bidAnswer(Object.fromEntries(url.searchParams));
      const timer = setTimeout(() => send('application/json', body), delay);
      response.once('close', () => clearTimeout(timer));
    } else next();
  };
}
