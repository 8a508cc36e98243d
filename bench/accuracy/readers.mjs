// @ts-check
/**
 * The reader setups (rows) of the adblock accuracy matrix: a browser, and what stands between it
 * and the page. Every blocker is a real engine with real lists; nothing decides "blocked" by hand.
 *
 * A reader is `{ id, label, truth, browser, prepare(page, url, load) }`: `truth` is whether its
 * ad blocker acts on this site; `prepare` sets up one fresh page before it loads `url`.
 */
import { readFileSync } from 'node:fs';
import { enableBlocker } from '../../tests/e2e/blocker.mjs';
import { AD_SCRIPT_HOSTS, realAdScript } from './pages.mjs';

/** @typedef {import('playwright-core').Page} Page */
/** @typedef {{ id: string, label: string, truth: boolean, browser: 'chromium' | 'firefox' | 'firefox-ubo', group: string, query?: string, noEffectOn?: string[], prepare?: (page: Page, url: string, load: number) => Promise<void> }} Reader */

/** Google's ad hosts answer as the real scripts would; registered first, so every blocker is asked before them. */
export async function answerAdHosts(/** @type {Page} */ page) {
  await page.route(
    (url) => AD_SCRIPT_HOSTS.includes(url.hostname),
    (route) => {
      const body = realAdScript(route.request().url());
      return body === undefined
        ? route.fulfill({ status: 204, body: '' })
        : route.fulfill({ contentType: 'text/javascript', body });
    },
  );
}

/** Requests the check makes, not the page's own markup: the control request and the bait script. */
const isCheckRequest = (/** @type {URL} */ url) => url.pathname === '/robots.txt' || url.pathname === '/ad_728.js';
/** The page, its bundle and the bench's probe: what a reader already has when the check starts. */
const isPageItself = (/** @type {URL} */ url) =>
  url.pathname.endsWith('.html') ||
  url.pathname.startsWith('/dist/') ||
  url.pathname === '/bench/gen/accuracy/probe.js';

/**
 * Host names a DNS blocker refuses: EasyList's host-only rules (`||host^`, as hosts-file lists
 * such as Pi-hole's defaults are made), matched with their subdomains.
 * @param {string} easylist
 */
export function dnsBlocklist(easylist) {
  const hosts = new Set();
  for (const line of easylist.split('\n')) {
    const match = /^\|\|([a-z0-9.-]+)\^(?:\$third-party)?$/.exec(line.trim());
    if (match) hosts.add(match[1]);
  }
  return (/** @type {string} */ hostname) => {
    for (let name = hostname; name.includes('.'); name = name.slice(name.indexOf('.') + 1))
      if (hosts.has(name)) return true;
    return false;
  };
}

/**
 * @param {{ ghostery: import('@ghostery/adblocker-playwright').PlaywrightBlocker, adguard: ReturnType<typeof import('./adguard.mjs').createAdguardEngine>, allowing: ReturnType<typeof import('./adguard.mjs').createAdguardEngine>, dnsBlocked: (host: string) => boolean }} engines
 * @returns {Reader[]}
 */
export function readers({ ghostery, adguard, allowing, dnsBlocked }) {
  return [
    { id: 'chromium', group: 'clean', label: 'clean Chromium', truth: false, browser: 'chromium' },
    { id: 'firefox', group: 'clean', label: 'clean Firefox ESR', truth: false, browser: 'firefox' },
    {
      id: 'ghostery',
      group: 'blocked',
      label: 'Ghostery engine, EasyList + uBO lists (Chromium)',
      truth: true,
      browser: 'chromium',
      prepare: async (page) => {
        await enableBlocker(page, ghostery);
      },
    },
    {
      id: 'adguard',
      group: 'blocked',
      label: 'AdGuard engine (tsurlfilter), AdGuard Base filter (Chromium)',
      truth: true,
      browser: 'chromium',
      prepare: (page, url) => adguard.enable(page, url),
    },
    {
      id: 'ubo',
      group: 'blocked',
      label: 'uBlock Origin in Firefox ESR, packaged lists',
      truth: true,
      browser: 'firefox-ubo',
    },
    {
      id: 'dns',
      group: 'blocked',
      label: 'DNS blocker (EasyList hosts refused, nothing hidden; Chromium)',
      truth: true,
      browser: 'chromium',
      // A page without an ad tag asks no ad host: a DNS blocker changes nothing there.
      noEffectOn: ['none'],
      prepare: async (page) => {
        await page.route(
          (url) => dnsBlocked(url.hostname),
          (route) => route.abort('namenotresolved'),
        );
      },
    },
    {
      id: 'allowed',
      group: 'clean',
      label: 'ads allowed: AdGuard engine with this site allowlisted (Chromium)',
      truth: false,
      browser: 'chromium',
      prepare: (page, url) => allowing.enable(page, url),
    },
    {
      id: 'offline',
      group: 'clean',
      label: 'clean Chromium, goes offline when the check starts',
      truth: false,
      browser: 'chromium',
      prepare: async (page) => {
        await page.route(
          (url) => isCheckRequest(url),
          async (route) => {
            await page.context().setOffline(true);
            await route.abort('internetdisconnected');
          },
        );
      },
    },
    {
      id: 'latency',
      group: 'clean',
      label: 'clean Chromium, 2 s latency on every request after the page',
      truth: false,
      browser: 'chromium',
      prepare: async (page) => {
        await page.route(
          (url) => !isPageItself(url),
          async (route) => {
            await new Promise((resolve) => setTimeout(resolve, 2000));
            await route.fallback();
          },
        );
      },
    },
    {
      id: 'proxy',
      group: 'clean',
      label: 'clean Chromium behind a proxy answering every request 403 (odd loads 503)',
      truth: false,
      browser: 'chromium',
      prepare: async (page, _url, load) => {
        await page.route(
          (url) => !isPageItself(url),
          (route) =>
            route.fulfill({
              status: load % 2 === 0 ? 403 : 503,
              contentType: 'text/html',
              body: '<h1>Access denied</h1>',
            }),
        );
      },
    },
    {
      id: 'no-robots',
      group: 'clean',
      label: 'clean Chromium, site without /robots.txt',
      truth: false,
      browser: 'chromium',
      prepare: async (page) => {
        await page.route(
          (url) => url.pathname === '/robots.txt',
          (route) => route.fulfill({ status: 404, body: 'Not found' }),
        );
      },
    },
    {
      id: 'csp',
      group: 'clean',
      label: 'clean Chromium, page CSP blocks the bait script',
      truth: false,
      browser: 'chromium',
      query: 'csp',
    },
  ];
}

/** Whether the reader's blocker acts on this page setup: the right verdict. */
export const truthOf = (/** @type {Reader} */ row, /** @type {string} */ page) =>
  row.truth && !(row.noEffectOn ?? []).includes(page);

/** Reads a list file. */
export const readList = (/** @type {string} */ path) => readFileSync(path, 'utf8');
