// @ts-check
/**
 * The one place the test tools start a browser: the end-to-end and WordPress suites, the
 * benchmarks, the screenshot tool and the Storybook axe check. Chromium is Debian's, driven by
 * playwright-core with the flags of ./chromium.mjs; Firefox ESR is driven by puppeteer over
 * WebDriver BiDi (playwright-core can only drive Playwright's own patched Firefox).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

/** Firefox ESR, or the browser named by FIREFOX_PATH. */
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/**
 * @typedef {object} ChromiumOptions
 * @property {string[]} [args] flags added to the shared ones (e.g. FOREGROUND_ARGS)
 * @property {string[]} [hostNames] host names that resolve to 127.0.0.1, for pages the filter lists
 *   must treat as a real site (EasyList switches element hiding off on localhost and 127.0.0.1)
 */

/** The shared flags, `args`, and a resolver rule for `hostNames`. */
function chromiumArgs(/** @type {ChromiumOptions} */ { args = [], hostNames = [] }) {
  const rules = hostNames.map((name) => `MAP ${name} 127.0.0.1`).join(', ');
  return [...CHROMIUM_ARGS, ...(rules === '' ? [] : [`--host-resolver-rules=${rules}`]), ...args];
}

/**
 * Chromium with a fresh profile, as one persistent context (its pages share cookies and cache).
 * `close()` also deletes the profile.
 * @param {ChromiumOptions & import('playwright-core').BrowserContextOptions} [options] the context's
 *   options (viewport, locale, colorScheme, …) besides `args` and `hostNames`
 * @returns {Promise<{ context: import('playwright-core').BrowserContext, close: () => Promise<void> }>}
 */
export async function launchChromium(options = {}) {
  const { args, hostNames, ...contextOptions } = options;
  const profile = mkdtempSync(join(tmpdir(), 'sabba-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    ...contextOptions,
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: chromiumArgs({ args, hostNames }),
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Chromium as a browser whose `newContext()` gives each test a clean, isolated context.
 * @param {ChromiumOptions} [options]
 * @returns {Promise<import('playwright-core').Browser>}
 */
export function launchChromiumBrowser(options = {}) {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: chromiumArgs(options) });
}

/**
 * Firefox ESR through puppeteer over WebDriver BiDi (puppeteer is loaded only when asked for).
 * @returns {Promise<import('puppeteer').Browser>}
 */
export async function launchFirefox() {
  const { default: puppeteer } = await import('puppeteer');
  return puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX_PATH, headless: true });
}
