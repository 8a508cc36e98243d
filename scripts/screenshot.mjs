// @ts-check
/**
 * Takes a screenshot of a page in Debian's headless Chromium, for looking at what we build.
 *   node scripts/screenshot.mjs <url> <out.png> [--width 360] [--height 800] [--full] [--lang en]
 *     [--dark] [--click <css>] [--wait <ms>]
 * Prints console errors and page errors, so a broken page is noticed, not only seen.
 */
import { launchChromium } from './lib/browsers.mjs';

const [url, out, ...rest] = process.argv.slice(2);
if (url === undefined || out === undefined) {
  console.error(
    'usage: node scripts/screenshot.mjs <url> <out.png> [--width N] [--height N] [--full] [--lang en] [--dark] [--click css] [--wait ms]',
  );
  process.exit(2);
}
/** @param {string} name */
const flag = (name) => {
  const index = rest.indexOf(`--${name}`);
  return index === -1 ? undefined : (rest[index + 1] ?? '');
};
const has = (/** @type {string} */ name) => rest.includes(`--${name}`);

const { context: browser, close } = await launchChromium({
  viewport: { width: Number(flag('width') ?? 1280), height: Number(flag('height') ?? 800) },
  colorScheme: has('dark') ? 'dark' : 'light',
});
const page = browser.pages()[0] ?? (await browser.newPage());
page.on('console', (message) => {
  if (message.type() === 'error' || message.type() === 'warning')
    console.log(`console.${message.type()}: ${message.text()}`);
});
page.on('pageerror', (error) => {
  console.log(`pageerror: ${error.message}`);
});
await page.goto(url, { waitUntil: 'networkidle' });
const lang = flag('lang');
if (lang !== undefined) {
  await page.evaluate((value) => {
    for (const el of document.querySelectorAll('*'))
      if (el.localName.startsWith('sabba-')) el.setAttribute('lang', value);
  }, lang);
}
const click = flag('click');
if (click !== undefined) await page.click(click);
await page.waitForTimeout(Number(flag('wait') ?? 300));
await page.screenshot({ path: out, fullPage: has('full') });
console.log(`screenshot: ${out}`);
await close();
