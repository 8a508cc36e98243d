// @ts-check
/**
 * Debian's Chromium through playwright-core, with a fresh profile, CPU throttling on every page (a
 * mid-range phone is about four times slower than this machine) and a phone's viewport: its size,
 * touch, and the viewport meta honoured. A phone sizes its layout viewport by that meta, so there
 * reading `innerWidth` and friends lays the page out; a desktop window of the same size hides that
 * cost.
 */
import { launchChromium } from '../../scripts/lib/browsers.mjs';
import { FOREGROUND_ARGS } from '../../scripts/lib/chromium.mjs';

/** The host name pages are served under when filter lists must treat them as a real site. */
export const SITE_HOST = 'sabba.test';

/**
 * @typedef {object} Bench
 * @property {import('playwright-core').BrowserContext} context
 * @property {string} version e.g. 'Chromium 156.0.8078.108'
 * @property {number} throttling CPU slowdown factor applied to every page
 * @property {() => Promise<{ page: import('playwright-core').Page, cdp: import('playwright-core').CDPSession }>} newPage
 * @property {() => Promise<void>} close
 */

/**
 * @param {{ throttling?: number }} [options]
 * @returns {Promise<Bench>}
 */
export async function launchBrowser({ throttling = 4 } = {}) {
  const { context, close } = await launchChromium({
    // EasyList switches element hiding off on localhost and 127.0.0.1: serve pages as sabba.test too.
    hostNames: [SITE_HOST],
    args: FOREGROUND_ARGS,
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  for (const page of context.pages()) await page.close();

  const newPage = async () => {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttling });
    return { page, cdp };
  };

  const probe = await newPage();
  const { product } = await probe.cdp.send('Browser.getVersion');
  await probe.page.close();
  // 'HeadlessChrome/156.0.8078.108' → 'Chromium 156.0.8078.108'
  const version = `Chromium ${product.split('/')[1] ?? product}`;

  return {
    context,
    version,
    throttling,
    newPage,
    close,
  };
}
