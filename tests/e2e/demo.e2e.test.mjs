// @ts-check
/**
 * The demo article with a real TCF v2.2 CMP (the IAB's @iabtechlabtcf/cmpapi behind the demo's
 * consent banner) and real Prebid.js (a local bidder, the GPT stand-in as ad server), in Chromium:
 * the published copy (dist/demo/, as scripts/build-demo.mjs writes it) and the dev server
 * (`npm start`, vite.config.ts). "Tolak" leaves the house-ad slot empty, "Setuju" fills it, and the
 * header-bidding slot shows the winning bid's creative.
 *
 * Needs `npm run build` first. Run: node --test --test-concurrency=1 tests/e2e/demo.e2e.test.mjs
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchChromiumBrowser } from '../../scripts/lib/browsers.mjs';
import { traceForcedLayouts } from '../../scripts/lib/forced-layouts.mjs';
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

/**
 * A fresh reader (no stored choice) on the demo, with every `sabba-ad-auction` recorded.
 * @param {string} url
 * @param {{ width?: number }} [options]
 */
async function openDemo(url, { width = 1280 } = {}) {
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  await context.addInitScript(() => {
    const w = /** @type {Window & { auctions?: unknown[], adblockVerdict?: unknown }} */ (window);
    w.auctions = [];
    document.addEventListener('sabba-ad-auction', (event) =>
      w.auctions?.push(/** @type {CustomEvent} */ (event).detail),
    );
    document.addEventListener('sabba-adblock-result', (event) => {
      w.adblockVerdict = /** @type {CustomEvent} */ (event).detail;
    });
  });
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(url);
  return { context, page, errors };
}

/**
 * Waits until the `html` slot `id` ended as an empty ad (its placeholder), and tells whether it
 * holds no creative.
 * @param {import('playwright-core').Page} page
 * @param {string} id
 */
async function emptyAd(page, id) {
  await page.waitForFunction((selector) => document.querySelector(selector)?.matches(':state(empty)'), `#${id}`, {
    timeout: 10_000,
  });
  return (await page.locator(`#${id} iframe`).count()) === 0;
}

/**
 * Waits until the `html` slot `id` shows the demo's house creative.
 * @param {import('playwright-core').Page} page
 * @param {string} id
 */
function houseAd(page, id) {
  return page.locator(`#${id}`).frameLocator('iframe').getByText('SABBA.ID Premium').waitFor({ timeout: 10_000 });
}

for (const [name, origin, path] of [
  ['published demo', () => demo.publishedOrigin, '/demo/'],
  ['dev server', () => demo.devOrigin, '/'],
]) {
  describe(`the ${name}`, { timeout: 60_000 }, () => {
    it('asks for consent, and "Tolak" leaves the house ad empty until the reader changes their mind', async () => {
      const { context, page, errors } = await openDemo(`${origin()}${path}`);
      const banner = page.getByRole('region', { name: 'Persetujuan iklan' });
      await banner.waitFor();
      // Keyboard: the skip link, then the banner's two buttons.
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Setuju');
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Tolak');
      await page.keyboard.press('Enter');
      await banner.waitFor({ state: 'detached' });
      assert.ok(await emptyAd(page, 'iklan-atas'));

      await page.reload();
      assert.ok(await emptyAd(page, 'iklan-atas'));
      assert.equal(await banner.count(), 0, 'the stored choice is not asked again');

      // The settings button reloads the page; the browser restores the scroll position at its
      // load event, so scroll only after that.
      const reloaded = page.waitForEvent('load');
      await page.getByRole('button', { name: 'Pengaturan iklan' }).click();
      await reloaded;
      await page.getByRole('button', { name: 'Setuju' }).click();
      await banner.waitFor({ state: 'detached' });
      await page.locator('#iklan-atas').scrollIntoViewIfNeeded(); // the reload kept the footer in view
      await houseAd(page, 'iklan-atas');
      assert.equal(await page.locator('#iklan-atas').evaluate((el) => el.matches(':state(empty)')), false);
      assert.deepEqual(ownErrors(errors), []);
      await context.close();
    });

    it('runs no header-bidding auction after "Tolak": the bid slot gets its GPT ad without one', async () => {
      const { context, page } = await openDemo(`${origin()}${path}`);
      await page.getByRole('button', { name: 'Tolak' }).click();
      const slot = page.locator('#iklan-lelang');
      await slot.scrollIntoViewIfNeeded();
      await slot.evaluate(
        (el) =>
          el.matches(':state(filled), :state(empty)') ||
          new Promise((resolve) => el.addEventListener('sabba-ad-render', resolve, { once: true })),
      );
      const auctions = await page.evaluate(() => /** @type {Window & { auctions?: unknown[] }} */ (window).auctions);
      assert.deepEqual(auctions, []);
      await context.close();
    });

    it('runs a Prebid.js auction and shows the winning bid in the header-bidding slot', async () => {
      const { context, page, errors } = await openDemo(`${origin()}${path}`, { width: 360 });
      await page.getByRole('button', { name: 'Setuju' }).click();
      const slot = page.locator('sabba-ad-slot#iklan-lelang');
      await slot.scrollIntoViewIfNeeded();
      // The ad server's frame, and inside it the frame Prebid.js's renderAd() writes the bid into.
      const creative = slot
        .frameLocator('iframe')
        .frameLocator('iframe')
        .getByText('Prebid test creative 300x250 at 1.8');
      await creative.waitFor({ timeout: 10_000 });
      // The creative fills the slot's 300×250 frame edge to edge, as an ad server's creative frame
      // (its body without margins) shows it: not shifted by a default body margin and cut off.
      const frames = await slot.evaluate((host) => {
        const outer = host.querySelector('iframe') ?? host.shadowRoot?.querySelector('iframe');
        const inner = outer?.contentDocument?.querySelector('iframe');
        const box = (/** @type {Element | null | undefined} */ el) => {
          const r = el?.getBoundingClientRect();
          return (
            r && { x: Math.round(r.x), y: Math.round(r.y), width: Math.round(r.width), height: Math.round(r.height) }
          );
        };
        return { outer: box(outer), inner: box(inner) };
      });
      assert.deepEqual(frames.inner, { x: 0, y: 0, width: 300, height: 250 });
      assert.deepEqual({ width: frames.outer?.width, height: frames.outer?.height }, { width: 300, height: 250 });
      const auctions = await page.evaluate(() => /** @type {Window & { auctions?: unknown[] }} */ (window).auctions);
      assert.equal(auctions?.length, 1);
      const [auction] =
        /** @type {{ adUnit: string, timedOut: boolean, winner: { bidder: string, cpm: number } }[]} */ (auctions);
      assert.equal(auction?.adUnit, '/1234/sabba/artikel');
      assert.equal(auction?.timedOut, false);
      assert.deepEqual({ bidder: auction?.winner.bidder, cpm: auction?.winner.cpm }, { bidder: 'sabbaTest', cpm: 1.8 });
      // GPT here is the stand-in, which must not pass for a blocker's surrogate: no adblock notice.
      const verdict = await page.waitForFunction(
        () => /** @type {Window & { adblockVerdict?: { blocked: boolean } }} */ (window).adblockVerdict,
        undefined,
        { timeout: 15_000 },
      );
      assert.equal((await verdict.jsonValue())?.blocked, false);
      assert.deepEqual(ownErrors(errors), []);
      await context.close();
    });

    for (const [width, size] of /** @type {const} */ ([
      [360, [300, 250]],
      [1280, [728, 90]],
    ])) {
      it(`shows the top slot's ${size.join('×')} creative whole at ${width} px, the page no wider than the screen`, async () => {
        const { context, page } = await openDemo(`${origin()}${path}`, { width });
        await page.getByRole('button', { name: 'Setuju' }).click();
        const slot = page.locator('sabba-ad-slot#iklan-atas');
        await slot.scrollIntoViewIfNeeded();
        await houseAd(page, 'iklan-atas');
        const seen = await slot.evaluate((host) => {
          const frame = host.querySelector('iframe');
          const box = frame?.getBoundingClientRect();
          return {
            size: [Math.round(box?.width ?? 0), Math.round(box?.height ?? 0)],
            inside: box !== undefined && box.left >= 0 && box.right <= document.documentElement.clientWidth,
            pageWidth: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          };
        });
        // A leaderboard wider than the text column takes the room beside it instead of losing its edges.
        assert.deepEqual(seen, { size, inside: true, pageWidth: 0 });
        await context.close();
      });
    }

    it('speaks English when the language switch says so', async () => {
      const { context, page } = await openDemo(`${origin()}${path}`);
      await page.getByRole('region', { name: 'Persetujuan iklan' }).waitFor();
      await page.locator('#lang-switch').selectOption('en');
      const banner = page.getByRole('region', { name: 'Ad consent' });
      await banner.getByRole('button', { name: 'Accept' }).waitFor();
      await banner.getByRole('button', { name: 'Refuse' }).waitFor();
      await context.close();
    });
  });
}

describe('the published demo as a site serves it', { timeout: 60_000 }, () => {
  // On a phone's network every file that blocks rendering is a round trip before the first paint.
  // The TCF stub has to run before any ad code, so the page carries it inline, as CMPs ship it.
  it('blocks its first paint on its stylesheet alone, with the TCF stub inline', async () => {
    const { context, page, errors } = await openDemo(`${demo.publishedOrigin}/demo/`, { width: 360 });
    await page.waitForLoadState('load');
    const blocking = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => /** @type {{ renderBlockingStatus?: string }} */ (entry).renderBlockingStatus === 'blocking')
        .map((entry) => new URL(entry.name).pathname),
    );
    assert.deepEqual(blocking, ['/demo/demo.css']);
    assert.equal(await page.evaluate(() => typeof (/** @type {any} */ (window).__tcfapi)), 'function');
    // The stub still hands its queue to the CMP: the consent bar comes up.
    await page.getByRole('button', { name: 'Setuju' }).waitFor();
    assert.deepEqual(ownErrors(errors), []);
    await context.close();
  });
});

describe('the published demo on a phone', { timeout: 60_000 }, () => {
  // A phone's browser sizes its layout viewport by the page's viewport meta, so there reading
  // `innerWidth` (or any geometry) in a task that changed the page lays the page out at once, where
  // a desktop browser answers from the window. The readers are on phones (issue 20).
  it('forces no layout from widget code while the article loads and its ads start', async () => {
    const context = await browser.newContext({
      viewport: { width: 360, height: 740 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    // At a mid-range phone's speed, as `npm run bench` measures, so the start-up tasks interleave
    // with the page's own scripts as they do there.
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const stop = await traceForcedLayouts(cdp, (url) => url.includes('/cdn/'));
    await page.goto(`${demo.publishedOrigin}/demo/`, { waitUntil: 'load' });
    await page.locator('sabba-ad-slot#iklan-atas').evaluate((el) => el.updateComplete);
    await page.waitForTimeout(3000);
    const forced = await stop();
    assert.deepEqual(
      forced.map((layout) => layout.where),
      [],
    );
    await context.close();
  });
});
