// @ts-check
/**
 * <sabba-adblock-notice> against a real blocking engine (EasyList + uBlock Origin lists) in
 * Chromium. The page is served by Vite from source under the host name `sabba.test`, because
 * EasyList switches element hiding off on localhost.
 *
 * Run: node --test --test-concurrency=1 tests/e2e/
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { launchChromiumBrowser } from '../../scripts/lib/browsers.mjs';
import { enableBlocker, loadEngine } from './blocker.mjs';

const HOST = 'sabba.test';
const ADSENSE = 'https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js';
/** What Google's AdSense loader leaves behind when it really runs. */
const REAL_ADSENSE = 'window.adsbygoogle = window.adsbygoogle || []; window.adsbygoogle.loaded = true;';

/** @type {import('vite').ViteDevServer} */
let server;
/** @type {import('playwright-core').Browser} */
let browser;
/** @type {Awaited<ReturnType<typeof loadEngine>>} */
let engine;
let origin = '';
/** @type {number[]} */
const latencies = [];

before(async () => {
  const started = Date.now();
  engine = await loadEngine();
  console.log(`# engine ready in ${Date.now() - started} ms`);
  server = await createServer({
    configFile: false,
    root: fileURLToPath(new URL('./pages/', import.meta.url)),
    logLevel: 'error',
    // `allowedHosts`: Vite answers 403 to host names it does not know (DNS-rebinding protection).
    server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false, allowedHosts: [HOST] },
  });
  await server.listen();
  const address = server.httpServer?.address();
  assert.ok(address && typeof address === 'object');
  origin = `http://${HOST}:${address.port}`;
  // EasyList switches element hiding off on localhost and 127.0.0.1: the page needs a real name.
  browser = await launchChromiumBrowser({ hostNames: [HOST] });
  // Warm Vite's transform cache: the first load compiles the sources and keeps Node busy, which
  // would delay the test blocker's cosmetic round trip (a real extension runs in the browser).
  const warm = await openPage();
  await warm.context.close();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (latencies.length > 0) {
    const sorted = [...latencies].sort((a, b) => a - b);
    const at = (/** @type {number} */ q) =>
      sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))].toFixed(0);
    console.log(
      `# verdict latency over ${sorted.length} checks: median ${at(0.5)} ms, p90 ${at(0.9)} ms, max ${at(1)} ms`,
    );
  }
});

/**
 * A fresh page whose "AdSense" answers like the real script (no request leaves the machine).
 * @param {{ blocker?: boolean }} [options]
 */
async function openPage(options = {}) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.route(`${ADSENSE}*`, (route) => route.fulfill({ contentType: 'text/javascript', body: REAL_ADSENSE }));
  const blocker = options.blocker === true ? await enableBlocker(page, engine) : undefined;
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => typeof window.startNotice === 'function');
  return { context, page, blocker };
}

/**
 * @param {import('playwright-core').Page} page
 * @param {Record<string, string>} [attributes]
 */
async function start(page, attributes = {}) {
  const result = await page.evaluate((attrs) => window.startNotice(attrs), attributes);
  latencies.push(result.latencyMs);
  return result;
}

/** @param {{ signals: readonly { name: string, outcome: string, detail: string }[] }} verdict */
const describeSignals = (verdict) => verdict.signals.map((s) => `${s.name}=${s.outcome} (${s.detail})`).join('; ');

describe('<sabba-adblock-notice> with a real blocking engine', () => {
  it('opens the notice when the blocker is on, and the verdict lists its signals', async () => {
    const { context, page } = await openPage({ blocker: true });
    const { verdict, open, latencyMs } = await start(page);
    console.log(`# blocker on: ${verdict.confidence}, ${latencyMs.toFixed(0)} ms: ${describeSignals(verdict)}`);
    assert.equal(verdict.blocked, true);
    assert.equal(open, true);
    const outcome = (/** @type {string} */ name) => verdict.signals.find((s) => s.name === name)?.outcome;
    assert.equal(outcome('bait'), 'blocked');
    assert.equal(outcome('script'), 'blocked');
    assert.equal(outcome('bait-url'), 'blocked');
    assert.equal(outcome('network'), 'clear');
    assert.equal(verdict.confidence, 'high');
    await assert.doesNotReject(page.locator('sabba-adblock-notice [part="banner"]').waitFor({ state: 'visible' }));
    assert.match(await page.locator('sabba-adblock-notice').getByRole('heading').innerText(), /Wett/);
    await context.close();
  });

  it('never shows a notice without a blocker: 20 consecutive page loads', async () => {
    const { context, page } = await openPage();
    const confidences = new Set();
    for (let load = 0; load < 20; load++) {
      if (load > 0) {
        await page.reload();
        await page.waitForFunction(() => typeof window.startNotice === 'function');
      }
      const { verdict, open } = await start(page);
      assert.equal(verdict.blocked, false, `load ${load}: ${describeSignals(verdict)}`);
      assert.equal(open, false);
      assert.equal(await page.locator('sabba-adblock-notice[open]').count(), 0);
      confidences.add(verdict.confidence);
    }
    console.log(`# blocker off, 20 loads: confidence ${[...confidences].join(', ')}`);
    await context.close();
  });

  it('shows nothing and reports low confidence when the network is cut', async () => {
    const { context, page } = await openPage();
    await page.route('**/*', (route) => route.abort('internetdisconnected'));
    const { verdict, open } = await start(page);
    console.log(`# network cut: ${verdict.confidence}: ${describeSignals(verdict)}`);
    assert.equal(verdict.blocked, false);
    assert.equal(open, false);
    assert.equal(verdict.confidence, 'low');
    assert.equal(verdict.signals.find((s) => s.name === 'network')?.outcome, 'failed');
    await context.close();
  });

  it('closes after "check again" once the blocker is switched off', async () => {
    const { context, page, blocker } = await openPage({ blocker: true });
    const first = await start(page);
    assert.equal(first.open, true);
    await blocker?.disable();
    const notice = page.locator('sabba-adblock-notice');
    await notice.getByRole('button', { name: 'Saya sudah mematikannya, cek lagi' }).click();
    await page.waitForFunction(
      () => document.querySelector('sabba-adblock-notice')?.hasAttribute('open') === false,
      null,
      {
        timeout: 5000,
      },
    );
    const verdict = await page.evaluate(() => document.querySelector('sabba-adblock-notice')?.result);
    console.log(`# after check again: ${verdict?.confidence}: ${verdict ? describeSignals(verdict) : ''}`);
    assert.equal(verdict?.blocked, false);
    await context.close();
  });
});
