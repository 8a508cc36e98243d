// @ts-check
/** What every scenario gets from the runner. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * @typedef {object} Context
 * @property {string} root repository root
 * @property {string} origin the bench server, e.g. 'http://127.0.0.1:41234'
 * @property {string} siteOrigin the same server under a non-local name (filter lists apply there)
 * @property {number} runs samples per variant
 * @property {boolean} quick the CI smoke run
 * @property {import('./browser.mjs').Bench} bench the browser (scenarios with `browser: true`)
 * @property {(element: string) => boolean} has whether an element has landed in the drop-in bundle
 * @property {(message: string) => void} log progress line on stderr
 * @property {(name: string, content: string) => string} serve serves a page made during a run at /bench/gen/<name>; returns its URL
 */

/**
 * @typedef {object} ScenarioResult
 * @property {string[]} columns
 * @property {string[][]} rows
 * @property {unknown} data raw samples and summaries for results.json
 * @property {string[]} [notes]
 */

/**
 * @typedef {object} Scenario
 * @property {string} id
 * @property {string} title
 * @property {boolean} browser whether it needs Chromium
 * @property {(ctx: Context) => Record<string, string>} [pages] generated pages, served at /bench/gen/<name>
 * @property {(ctx: Context) => Promise<ScenarioResult | { notMeasured: string }>} run
 */

/**
 * An element has landed when its define module exists and the drop-in entry imports it.
 * @param {string} root
 * @returns {(element: string) => boolean}
 */
export function landedElements(root) {
  const entry = readFileSync(join(root, 'src', 'sabba.ts'), 'utf8');
  return (element) =>
    existsSync(join(root, 'src', 'components', element, `${element}.define.ts`)) &&
    entry.includes(`components/${element}/${element}.define.js`);
}
