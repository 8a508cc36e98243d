// @ts-check
/**
 * The demo article's out-of-page ads (GPT's bottom anchor and web interstitial, served by the GPT
 * stand-in), in Chromium, on the published copy (dist/demo/) and the dev server (`npm start`):
 * the anchor shows without covering the article or the back-to-top button and without moving
 * anything (CLS 0, while the reader scrolls to the end), and the interstitial waits for its
 * trigger and closes from the keyboard or its close button.
 *
 * Needs `npm run build` first. Run: node --test --test-concurrency=1 tests/e2e/demo-formats.e2e.test.mjs
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchChromiumBrowser } from '../../scripts/lib/browsers.mjs';
import { collectErrors } from './helpers.mjs';
import { ownErrors, serveDemoCopies } from './lib/demo-copies.mjs';

/** @type {import('playwright-core').Browser} */
let browser;
/** @type {Awaited<ReturnType<typeof serveDemoCopies>>} */
let demo;

before(async () => {
  demo = await serveDemoCopies();
  browser = await launchChromiumBrowser();
});

after(async () => {
  await browser?.close();
  await demo?.close();
});

/** The anchor's container, which GPT (here its stand-in) builds itself at the viewport's bottom. */
const ANCHOR = '[data-gpt-standin="BOTTOM_ANCHOR"]';

/**
 * A fresh reader on the demo who accepts the consent banner, with every layout shift recorded.
 * @param {string} url
 * @param {number} width
 */
async function openDemo(url, width) {
  const context = await browser.newContext({ viewport: { width, height: 740 } });
  await context.addInitScript(() => {
    const w = /** @type {Window & { shifts?: number[] }} */ (window);
    w.shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of /** @type {(PerformanceEntry & { value: number, hadRecentInput: boolean })[]} */ (
        list.getEntries()
      ))
        if (!entry.hadRecentInput) w.shifts?.push(entry.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(url);
  await page.getByRole('button', { name: 'Setuju' }).click();
  return { context, page, errors };
}

/**
 * The layout shifts so far, after two frames (shifts are reported after the frame that caused them).
 * @param {import('playwright-core').Page} page
 */
function shifts(page) {
  return page.evaluate(async () => {
    for (let i = 0; i < 2; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
    return /** @type {Window & { shifts?: number[] }} */ (window).shifts;
  });
}

/**
 * The viewport box of the first element `selector` matches.
 * @param {import('playwright-core').Page} page
 * @param {string} selector
 */
async function box(page, selector) {
  const found = await page
    .locator(selector)
    .first()
    .evaluate((el) => el.getBoundingClientRect().toJSON());
  return /** @type {DOMRect} */ (found);
}

for (const [name, origin, path] of [
  ['published demo', () => demo.publishedOrigin, '/demo/'],
  ['dev server', () => demo.devOrigin, '/'],
]) {
  describe(`the ${name}`, { timeout: 60_000 }, () => {
    for (const width of [360, 1280]) {
      it(`shows a bottom anchor at ${width} px that covers none of the article or the back-to-top button`, async () => {
        const { context, page, errors } = await openDemo(`${origin()}${path}`, width);
        const anchor = page.locator(`${ANCHOR} iframe`);
        await anchor.waitFor({ timeout: 10_000 });
        const band = await box(page, ANCHOR);
        assert.equal(Math.round(band.bottom), 740, 'the anchor sits on the viewport bottom');
        assert.equal(band.height, width >= 768 ? 90 : 50);

        // Scrolled to the end, the page's last paragraph is fully above the anchor.
        await page.waitForFunction(
          () => {
            // Until the page stops growing (the comments load once in view) with its end in view.
            const w = /** @type {Window & { lastHeight?: number }} */ (window);
            const height = document.documentElement.scrollHeight;
            window.scrollTo({ top: height, behavior: 'instant' });
            const settled = w.lastHeight === height && window.scrollY + window.innerHeight >= height - 1;
            w.lastHeight = height;
            return settled;
          },
          undefined,
          { polling: 200, timeout: 10_000 },
        );
        const last = await box(page, '.site-footer p');
        assert.ok(last.top >= 0, 'scrolled to the end');
        assert.ok(
          last.bottom <= band.top,
          `the last paragraph (bottom ${last.bottom}) is above the anchor (${band.top})`,
        );

        // The back-to-top button (shown once scrolled) floats above the anchor.
        const button = page.locator('sabba-back-to-top').getByRole('button');
        await button.waitFor();
        const lift = await button.evaluate((el) => el.getBoundingClientRect().bottom);
        assert.ok(lift <= band.top, `back-to-top (bottom ${lift}) is above the anchor (top ${band.top})`);

        assert.deepEqual(ownErrors(errors), []);
        await context.close();
      });
    }

    for (const width of [360, 1280]) {
      it(`moves nothing at ${width} px while the consent bar and the anchor open and the reader scrolls to the end (CLS 0)`, async () => {
        const { context, page } = await openDemo(`${origin()}${path}`, width);
        await page.locator(`${ANCHOR} iframe`).waitFor({ timeout: 10_000 });
        // Down the page as a reader goes, with the wheel: the comments load about a viewport
        // before they come into view, so their skeleton gives way to the thread off screen.
        // (A jump straight to the end would watch the thread arrive in view instead.)
        for (let step = 0; step < 60; step++) {
          await page.mouse.wheel(0, 400);
          await page.waitForTimeout(150);
          const atEnd = await page.evaluate(
            () => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1,
          );
          if (atEnd) break;
        }
        await page.waitForTimeout(500);
        assert.deepEqual(await shifts(page), [], 'no layout shift');
        await context.close();
      });
    }

    it('shows the interstitial only when the reader follows a link, and closes it from the keyboard', async () => {
      const { context, page, errors } = await openDemo(`${origin()}${path}`, 360);
      await page.locator(`${ANCHOR} iframe`).waitFor({ timeout: 10_000 });
      const dialog = page.getByRole('dialog', { name: 'Advertisement' });
      // In-page links (the skip link) opt out; loaded, the ad waits hidden.
      await page.locator('.skip-link').focus();
      await page.keyboard.press('Enter');
      await page.waitForTimeout(300);
      assert.equal(await dialog.count(), 0, 'no interstitial before a trigger');

      await page.getByRole('navigation', { name: 'Rubrik' }).getByRole('link', { name: 'Beranda' }).click();
      await dialog.waitFor();
      assert.ok(await dialog.locator('iframe').isVisible());
      assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Close ad');
      await page.keyboard.press('Enter');
      await dialog.waitFor({ state: 'detached' });
      assert.deepEqual(ownErrors(errors), []);
      await context.close();
    });

    it('shows the interstitial when the reader comes back to the tab, and closes it with its button', async () => {
      const { context, page } = await openDemo(`${origin()}${path}`, 1280);
      await page.locator(`${ANCHOR} iframe`).waitFor({ timeout: 10_000 });
      const dialog = page.getByRole('dialog', { name: 'Advertisement' });
      assert.equal(await dialog.count(), 0);
      // The reader switches tabs and returns (a headless tab stays visible: played by the page).
      await page.evaluate(() => {
        for (const state of ['hidden', 'visible']) {
          Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
          document.dispatchEvent(new Event('visibilitychange'));
        }
      });
      await dialog.waitFor();
      await dialog.getByRole('button', { name: 'Close ad' }).click();
      await dialog.waitFor({ state: 'detached' });
      await context.close();
    });
  });
}
