// @ts-check
/**
 * The drop-in bundle under a strict Content-Security-Policy with Trusted Types, in both engines:
 * Debian's Chromium through playwright-core, and Firefox ESR through puppeteer over WebDriver
 * BiDi (playwright-core can only drive Playwright's own patched Firefox). The page runs the
 * reader's visit itself (pages/csp/scenario.js) and records every `securitypolicyviolation`,
 * uncaught error and `[sabba]` warning (pages/csp/tripwire.js); both drivers only load the page
 * and read that record, so both engines are held to the same assertions.
 *
 * Needs `npm run build` first (dist/cdn/sabba.js). Run: node --test tests/e2e/csp.e2e.test.mjs
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchChromiumBrowser, launchFirefox } from '../../scripts/lib/browsers.mjs';
import { STRICT_CSP, serveCspPages } from './pages/csp/server.mjs';

const bundle = fileURLToPath(new URL('../../dist/cdn/sabba.js', import.meta.url));
/** The page's own check that the policy is enforced (scenario.js) reports this; it is expected. */
const isProbe = (/** @type {string} */ line) => line.includes('sabba-tt-probe');
/** Console messages that speak of the policy (Chromium's and Firefox's wording). */
const POLICY_MESSAGE =
  /Content[- ]Security[- ]Policy|Trusted ?Type|TrustedHTML|TrustedScript|require-trusted-types-for/i;

/**
 * @typedef {{ violations: string[], errors: string[], warnings: string[], steps: { name: string, ok: boolean, value: unknown }[], done: boolean, result: any }} PageLog
 * @typedef {{ name: string, visit: (url: string) => Promise<{ log: PageLog, console: string[] }>, close: () => Promise<void> }} Driver
 */

/** Waits for the page's own record, then returns it with the policy-related console lines. */
async function readLog(/** @type {() => Promise<PageLog | undefined>} */ read) {
  const started = Date.now();
  for (;;) {
    const log = await read();
    if (log?.done) return log;
    if (Date.now() - started > 60000) throw new Error(`the page did not finish: ${JSON.stringify(log)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** @returns {Promise<Driver>} */
async function chromiumDriver() {
  const browser = await launchChromiumBrowser();
  return {
    name: 'Chromium',
    async visit(url) {
      const context = await browser.newContext();
      const page = await context.newPage();
      /** @type {string[]} */
      const lines = [];
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning')
          lines.push(`${message.type()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => lines.push(`pageerror: ${error.message}`));
      await page.goto(url);
      // `window.__sabbaCsp` is read by the driver's evaluate, which the page's CSP does not govern.
      const log = await readLog(() => page.evaluate(() => /** @type {any} */ (window).__sabbaCsp));
      await context.close();
      return { log, console: lines };
    },
    close: () => browser.close(),
  };
}

/** @returns {Promise<Driver>} */
async function firefoxDriver() {
  const browser = await launchFirefox();
  return {
    name: 'Firefox ESR',
    async visit(url) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      /** @type {string[]} */
      const lines = [];
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warn') lines.push(`${message.type()}: ${message.text()}`);
      });
      page.on('pageerror', (error) =>
        lines.push(`pageerror: ${error instanceof Error ? error.message : String(error)}`),
      );
      await page.goto(url);
      const log = await readLog(() => page.evaluate(() => /** @type {any} */ (window).__sabbaCsp));
      await context.close();
      return { log, console: lines };
    },
    close: () => browser.close(),
  };
}

/** Policy-related console lines, minus the warnings about `[sabba]` that the page log already has. */
const policyConsole = (/** @type {string[]} */ lines) =>
  lines.filter((line) => POLICY_MESSAGE.test(line) && !isProbe(line));
/** Violations other than the probe's. */
const violations = (/** @type {PageLog} */ log) => log.violations.filter((v) => !isProbe(v));

/** @type {Awaited<ReturnType<typeof serveCspPages>>} */
let strict;
/** @type {Awaited<ReturnType<typeof serveCspPages>>} */
let duplicates;
/** @type {Awaited<ReturnType<typeof serveCspPages>>} */
let nonced;

before(async () => {
  assert.ok(existsSync(bundle), 'dist/cdn/sabba.js is missing: run `npm run build` first');
  strict = await serveCspPages({ csp: STRICT_CSP });
  // Two copies of Lit each create a `lit-html` policy: Trusted Types refuse a second policy of the
  // same name unless the site adds 'allow-duplicates' (see the README's CSP section).
  duplicates = await serveCspPages({ csp: `${STRICT_CSP} 'allow-duplicates'` });
  nonced = await serveCspPages({ csp: STRICT_CSP, nonce: true });
});

after(async () => {
  await strict?.close();
  await duplicates?.close();
  await nonced?.close();
});

for (const launch of [chromiumDriver, firefoxDriver]) {
  describe(launch === chromiumDriver ? 'Chromium (playwright-core)' : 'Firefox ESR (puppeteer, WebDriver BiDi)', () => {
    /** @type {Driver} */
    let driver;
    /** The reader's visit, once per engine; two tests read it. */
    let visit = /** @type {Awaited<ReturnType<Driver['visit']>>} */ ({});
    before(async () => {
      driver = await launch();
      visit = await driver.visit(`${strict.origin}/csp/index.html`);
    });
    after(async () => {
      await driver?.close();
    });

    it('runs every element under the strict policy with no violation', async () => {
      const { log, console: lines } = visit;
      assert.deepEqual(violations(log), [], 'securitypolicyviolation events');
      assert.deepEqual(policyConsole(lines), [], 'policy errors in the console');
      assert.deepEqual(log.errors, [], 'uncaught errors');
      const failed = log.steps.filter((s) => !s.ok);
      assert.deepEqual(failed, [], 'steps of the visit');
      assert.deepEqual(
        log.steps.map((s) => s.name),
        [
          'comment posted',
          'comment thread rendered',
          'html ad filled',
          'notice shown and dismissed',
          'back to top',
          'author bio expanded',
        ],
      );
      // The administrator's script, onerror image and javascript: link stay inert text and a plain link.
      assert.deepEqual(log.steps.find((s) => s.name === 'comment thread rendered')?.value, {
        text: 'Pengumuman tautan penting',
        elements: ['p', 'a', 'strong'],
        href: null,
        pwned: null,
      });
      assert.ok(strict.hits.get('/wp/wp-json/wp/v2/comments'), 'the comment went to the same-origin REST route');
      assert.ok(strict.hits.get('/csp/creative.html'), 'the creative was fetched into its frame');
      // Styles came through adoptedStyleSheets (no <style> element, so no nonce needed).
      assert.equal(log.result.adoptedStyleSheets, true);
      assert.equal(log.result.styleElementsInShadowRoots, 0);
      // The card's JSON-LD is there for crawlers, and writing it raised no Trusted Types violation.
      assert.deepEqual(
        log.result.authorJsonLd.map((/** @type {any} */ node) => [node['@type'], node.name, node.jobTitle, node.url]),
        [['Person', 'Sari Dewi', 'Reporter', `${strict.origin}/authors/sari`]],
      );
    });

    it('enforces Trusted Types where the engine has them, and works without them where it has not', async () => {
      const { log } = await driver.visit(`${strict.origin}/csp/probe.html`);
      if (log.result.trustedTypes) {
        // Enforced: a plain string into innerHTML throws and is reported, so the clean visit above
        // means every HTML the bundle wrote went through an allowed policy.
        assert.equal(log.result.sinkBlocked, true, 'innerHTML took a string under require-trusted-types-for');
        assert.ok(log.violations.some(isProbe), 'the blocked probe was reported');
      } else {
        // Fallback path (an engine without Trusted Types): the directive is ignored, strings are
        // assigned directly, and the visit still completes.
        assert.equal(log.result.sinkBlocked, false);
        assert.ok(
          visit.log.steps.every((s) => s.ok),
          JSON.stringify(visit.log.steps),
        );
      }
      assert.equal(typeof log.result.trustedTypes, 'boolean');
    });

    it('styles through <style nonce> with window.litNonce where adoptedStyleSheets is missing', async () => {
      const { log, console: lines } = await driver.visit(`${nonced.origin}/csp/nonce.html`);
      assert.equal(log.result.adoptedStyleSheets, false, 'the page removed constructable stylesheets');
      assert.ok(log.result.styleElementsInShadowRoots >= 5, 'Lit fell back to <style> elements');
      assert.deepEqual(violations(log), []);
      assert.deepEqual(policyConsole(lines), []);
      assert.deepEqual(log.errors, []);
      assert.deepEqual(
        log.steps.filter((s) => !s.ok),
        [],
      );
    });

    it('without litNonce the same page breaks the policy (the nonce is what makes it work)', async () => {
      const { log } = await driver.visit(`${nonced.origin}/csp/no-nonce.html`);
      assert.equal(log.result.adoptedStyleSheets, false);
      assert.ok(
        violations(log).some((v) => v.startsWith('style-src')),
        `expected style-src violations, got ${JSON.stringify(log.violations)}`,
      );
    });

    it('survives the bundle loaded twice from two URLs: one warning per element, no error', async () => {
      const { log, console: lines } = await driver.visit(`${duplicates.origin}/csp/twice.html`);
      assert.deepEqual(log.errors, []);
      assert.deepEqual(log.violations, []);
      assert.deepEqual(policyConsole(lines), []);
      assert.equal(log.result.rendered, true);
      const already = log.warnings.filter((w) => / is already defined /.test(w));
      assert.deepEqual(already.map((w) => /<(sabba-[a-z-]+)>/.exec(w)?.[1]).sort(), [
        'sabba-ad-slot',
        'sabba-adblock-notice',
        'sabba-author-card',
        'sabba-back-to-top',
        'sabba-comment-count',
        'sabba-comment-form',
        'sabba-comments',
      ]);
    });
  });
}
