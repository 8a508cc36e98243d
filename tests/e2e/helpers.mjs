// @ts-check
// Shared by the end-to-end suites: Debian's Chromium through playwright-core, and a tiny static
// file server that counts requests per path (so a test can prove a file was fetched once).
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/lib/chromium.mjs';

/**
 * Starts Debian's Chromium (or CHROME_PATH) with a fresh profile.
 * @returns {Promise<{ context: import('playwright-core').BrowserContext, close: () => Promise<void> }>}
 */
export async function launchChromium() {
  const profile = mkdtempSync(join(tmpdir(), 'sabba-e2e-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/**
 * Serves `folder` on 127.0.0.1 at a free port. `routes` answers extra paths (e.g. a test page);
 * `hits` counts every request by path.
 * @param {string} folder
 * @param {Record<string, { type: string, body: string }>} [routes]
 * @param {{ cache?: boolean }} [options] `cache`: let the browser keep files (for hashed assets)
 */
export async function serveFolder(folder, routes = {}, options = {}) {
  /** @type {Map<string, number>} */
  const hits = new Map();
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const route = routes[path];
    if (route) {
      response.writeHead(200, { 'content-type': route.type, 'cache-control': 'no-store' });
      response.end(route.body);
      return;
    }
    const file = normalize(join(folder, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(normalize(folder + sep)) || !isFile(file)) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, {
      'content-type': types[/** @type {keyof typeof types} */ (extname(file))] ?? 'application/octet-stream',
      'cache-control': options.cache ? 'max-age=3600' : 'no-store',
    });
    response.end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    hits,
    close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}

/** @param {string} file */
function isFile(file) {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * Collects page errors, console errors, failed requests and Sabba's own warnings, so a test can
 * assert the page stayed clean.
 * @param {import('playwright-core').Page} page
 */
export function collectErrors(page) {
  /** @type {string[]} */
  const errors = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    if (message.type() === 'warning' && message.text().startsWith('[sabba]')) errors.push(`warning: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return errors;
}
