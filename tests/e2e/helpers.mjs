// @ts-check
// Shared by the end-to-end suites: the project's browser launcher and static server (scripts/lib/),
// and a collector of what went wrong on a page.
export { launchChromium } from '../../scripts/lib/browsers.mjs';
export { serveFolder } from '../../scripts/lib/static-server.mjs';

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
