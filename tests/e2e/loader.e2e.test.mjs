// @ts-check
// The autoloader in a real browser: build dist/cdn's loader (and the drop-in) with the project's
// Vite config into a temp folder, serve it, and count which element chunks the page fetches.
// Run: node --test tests/e2e/
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { collectErrors, launchChromium, serveFolder } from './helpers.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const names = readdirSync(join(root, 'src/components')).sort();
const out = mkdtempSync(join(tmpdir(), 'sabba-loader-'));
/**
 * The page's two elements: ones that make no requests of their own (the ad slot and the adblock
 * notice fetch ad scripts and bait files), so every request the page makes is the loader's.
 */
const quiet = /** @type {const} */ (['author-card', 'back-to-top']);

/** A long article with the near-policy elements far below the fold. */
const FAR_BODY = `<sabba-back-to-top></sabba-back-to-top><div style="block-size: 600vh">Artikel</div>
<sabba-author-card name="Redaksi"></sabba-author-card><sabba-comment-form site-url="/wp" post-id="1"></sabba-comment-form>`;

/** An html ad slot at the top of the page. */
const AD_BODY = '<sabba-ad-slot provider="html" sizes="300x250" src="/creative.html"></sabba-ad-slot>';
/** A TCF v2.2 `__tcfapi` as a CMP outside the EU answers: `gdprApplies: false`, decided at once. */
const TCF_NOT_APPLICABLE = `window.__tcfapi = function (command, version, callback) {
  if (command === 'ping') callback({ gdprApplies: false, cmpLoaded: true }, true);
  else if (command === 'addEventListener') callback({ gdprApplies: false, eventStatus: 'tcloaded', listenerId: 1 }, true);
  else if (typeof callback === 'function') callback(true, true);
};`;

/** @type {Awaited<ReturnType<typeof launchChromium>>} */
let browser;
/** @type {Awaited<ReturnType<typeof serveFolder>>} */
let server;

/** The page a site builder writes: the loader, plus whatever tags it has. */
const page = (/** @type {string} */ scripts, /** @type {string} */ body) => ({
  type: 'text/html; charset=utf-8',
  body: `<!doctype html><html lang="id"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Loader</title>${scripts}</head><body>${body}</body></html>`,
});

before(async () => {
  for (const mode of ['cdn', 'cdn-loader']) {
    await build({
      root,
      configFile: join(root, 'vite.config.ts'),
      mode,
      logLevel: 'warn',
      build: { outDir: out, emptyOutDir: mode === 'cdn' },
    });
  }
  const [first, second] = quiet;
  server = await serveFolder(out, {
    '/one.html': page('<script type="module" src="/loader.js"></script>', `<sabba-${first}></sabba-${first}>`),
    // The upgrade policy: an author card and a comment form five screens below the fold, a
    // back-to-top button (upgraded at the reader's first scroll).
    '/far.html': page('<script type="module" src="/loader.js"></script>', FAR_BODY),
    // An html ad slot, without and with a CMP (a TCF stub that says GDPR does not apply).
    '/ad.html': page('<script type="module" src="/loader.js"></script>', AD_BODY),
    '/ad-cmp.html': page(
      `<script>${TCF_NOT_APPLICABLE}</script><script type="module" src="/loader.js"></script>`,
      AD_BODY,
    ),
    '/creative.html': { type: 'text/html; charset=utf-8', body: '<!doctype html><title>Iklan</title><p>Iklan</p>' },
    '/both-scripts.html': page(
      '<script type="module" src="/sabba.js"></script><script type="module" src="/loader.js"></script>',
      `<sabba-${first}></sabba-${first}><sabba-${second}></sabba-${second}>`,
    ),
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(out, { recursive: true, force: true });
});

/**
 * Sabba elements on the page that are still not defined (runs in the page).
 * @param {string[]} elementNames
 */
function undefinedElements(elementNames) {
  const tags = new Set(elementNames.map((name) => `sabba-${name}`));
  return [...document.querySelectorAll(':not(:defined)')].map((e) => e.localName).filter((tag) => tags.has(tag));
}

/** Chunk requests per element name, read from the server's counter (`chunks/<name>.define-<hash>.js`). */
function elementChunkHits() {
  /** @type {Record<string, number>} */
  const counts = Object.fromEntries(names.map((name) => [name, 0]));
  for (const [path, count] of server.hits) {
    const name = /^\/chunks\/([a-z0-9-]+)\.define-[\w-]+\.js$/.exec(path)?.[1];
    if (name !== undefined) counts[name] = (counts[name] ?? 0) + count;
  }
  return counts;
}

test('the build writes one chunk per element and one shared chunk for Lit and the base', () => {
  const chunks = readdirSync(join(out, 'chunks'));
  for (const name of names) {
    assert.equal(
      chunks.filter((file) => file.startsWith(`${name}.define-`)).length,
      1,
      `one chunk for ${name}: ${chunks.join(', ')}`,
    );
  }
  const lazy = chunks.filter((file) => file.startsWith('cmp-reader-'));
  assert.equal(lazy.length, 1, `one consent reader chunk: ${chunks.join(', ')}`);
  // The ad slot's Prebid adapter is imported on demand, only on pages that have Prebid.js.
  const prebid = chunks.filter((file) => file.startsWith('prebid-auction-'));
  assert.equal(prebid.length, 1, `one on-demand Prebid adapter chunk: ${chunks.join(', ')}`);
  const shared = chunks.filter((file) => file.startsWith('sabba-shared-'));
  assert.equal(shared.length, 1, `exactly one shared chunk: ${shared.join(', ')}`);
  // What an element loads on demand (the ad slot's out-of-page formats) has chunks of its own,
  // which neither an element's chunk nor the shared one imports statically: a page that does not
  // need them never fetches them.
  const upFront = chunks.filter((file) => file.includes('.define-') || file.startsWith('sabba-shared-'));
  // What only elements below the fold share has chunks of their own, imported by those elements and
  // by nothing the first view loads (the shared chunk, the ad slot, the count): the character
  // references and Lit's directive helpers (form and thread), the storage wrapper (and the notice).
  /** @type {string[]} */
  const belowTheFold = [];
  for (const [prefix, expected] of /** @type {const} */ ([
    ['comment-shared-', ['comment-form.define', 'comments.define']],
    ['storage-', ['adblock-notice.define', 'comment-form.define', 'comments.define']],
  ])) {
    const found = chunks.filter((file) => file.startsWith(prefix));
    assert.equal(found.length, 1, `one ${prefix} chunk: ${chunks.join(', ')}`);
    belowTheFold.push(...found);
    const importers = upFront.filter((chunk) =>
      readFileSync(join(out, 'chunks', chunk), 'utf8').includes(`./${found[0]}`),
    );
    assert.deepEqual(importers.map((chunk) => chunk.replace(/-[\w-]+\.js$/, '')).sort(), expected);
  }
  const onDemand = chunks.filter((file) => !upFront.includes(file) && !belowTheFold.includes(file));
  for (const file of onDemand) {
    for (const chunk of upFront) {
      const code = readFileSync(join(out, 'chunks', chunk), 'utf8');
      const statically = new RegExp(`from\\s*["']\\./${file.replace(/[.-]/g, '\\$&')}["']`);
      assert.ok(!statically.test(code), `${chunk} imports ${file} statically`);
    }
  }
});

test('the consent reader chunk is fetched only on a page with a CMP', async () => {
  /** @param {string} path @returns {Promise<{ reader: number, creative: number }>} */
  const visit = async (path) => {
    server.hits.clear();
    const tab = await browser.context.newPage();
    const errors = collectErrors(tab);
    await tab.goto(`${server.origin}${path}`);
    await tab.waitForFunction(() => document.querySelector('sabba-ad-slot iframe') !== null);
    await tab.evaluate(() => import('/loader.js').then((loader) => loader.settled()));
    assert.deepEqual(errors, []);
    await tab.close();
    const reader = [...server.hits].filter(([hit]) => /^\/chunks\/cmp-reader-[\w-]+\.js$/.test(hit));
    return {
      reader: reader.reduce((sum, [, count]) => sum + count, 0),
      creative: server.hits.get('/creative.html') ?? 0,
    };
  };
  assert.deepEqual(await visit('/ad.html'), { reader: 0, creative: 1 }, 'no CMP: the reader is never fetched');
  assert.deepEqual(await visit('/ad-cmp.html'), { reader: 1, creative: 1 }, 'a CMP: the reader is fetched once');
});

test('fetches only the element on the page, a later-added one once, and nothing twice', async () => {
  const [first, second] = quiet;
  assert.ok(names.includes(first) && names.includes(second), `needs ${quiet.join(' and ')} in src/components`);
  server.hits.clear();
  const tab = await browser.context.newPage();
  const errors = collectErrors(tab);
  await tab.goto(`${server.origin}/one.html`);
  await tab.waitForFunction((tag) => customElements.get(tag) !== undefined, `sabba-${first}`);
  await tab.evaluate(() => import('/loader.js').then((loader) => loader.settled()));

  assert.deepEqual(elementChunkHits(), { ...Object.fromEntries(names.map((n) => [n, 0])), [first]: 1 });
  assert.equal(server.hits.get('/loader.js'), 1);

  // A script adds the second element (deep inside a new subtree) and more copies of the first.
  await tab.evaluate(
    ([a, b]) => {
      const section = document.createElement('section');
      section.append(document.createElement('div'));
      section.firstElementChild?.append(document.createElement(b), document.createElement(a));
      document.body.append(section, document.createElement(b));
    },
    [`sabba-${first}`, `sabba-${second}`],
  );
  // The back-to-top button waits for the reader's first scroll.
  await tab.mouse.wheel(0, 10);
  await tab.waitForFunction((tag) => customElements.get(tag) !== undefined, `sabba-${second}`);
  await tab.evaluate(() => import('/loader.js').then((loader) => loader.settled()));

  assert.deepEqual(elementChunkHits(), {
    ...Object.fromEntries(names.map((n) => [n, 0])),
    [first]: 1,
    [second]: 1,
  });
  const shared = [...server.hits].filter(([path]) => path.startsWith('/chunks/') && !path.includes('.define-'));
  assert.equal(shared.length, 1, 'one shared chunk');
  assert.equal(shared[0]?.[1], 1, 'the shared chunk is fetched once');
  assert.deepEqual(await tab.evaluate(undefinedElements, names), []);
  assert.deepEqual(errors, []);
  await tab.close();
});

test('fetches no element chunk when the full sabba.js already defined everything', async () => {
  server.hits.clear();
  const tab = await browser.context.newPage();
  const errors = collectErrors(tab);
  await tab.goto(`${server.origin}/both-scripts.html`);
  await tab.evaluate(() => import('/loader.js').then((loader) => loader.settled()));
  assert.deepEqual(await tab.evaluate(undefinedElements, names), []);
  assert.deepEqual(
    [...server.hits.keys()].filter((path) => path.startsWith('/chunks/')),
    [],
  );
  assert.deepEqual(errors, []);
  await tab.close();
});

/** Waits until the page is loaded and the browser has been idle (the idle upgrades have run). */
async function loadedAndIdle(/** @type {import('playwright-core').Page} */ tab) {
  await tab.waitForLoadState('load');
  await tab.evaluate(() => new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 300))));
}

test('loader: upgrades by need: the back-to-top button at the first scroll, far ones only when scrolled near', async () => {
  server.hits.clear();
  const tab = await browser.context.newPage();
  const errors = collectErrors(tab);
  await tab.goto(`${server.origin}/far.html`);
  await loadedAndIdle(tab);
  assert.equal(elementChunkHits()['back-to-top'], 0, 'the back-to-top button is not fetched before the reader scrolls');
  assert.equal(elementChunkHits()['author-card'], 0, 'the author card far below the fold is not fetched');
  assert.equal(elementChunkHits()['comment-form'], 0, 'the comment form far below the fold is not fetched');
  await tab.mouse.wheel(0, 200);
  await tab.waitForFunction(() => customElements.get('sabba-back-to-top') !== undefined);
  assert.equal(elementChunkHits()['back-to-top'], 1, 'the back-to-top button is fetched at the first scroll');
  assert.equal(elementChunkHits()['author-card'], 0, 'a small scroll does not bring the author card near');

  await tab.evaluate(() => {
    const card = /** @type {Element} */ (document.querySelector('sabba-author-card'));
    scrollTo(0, scrollY + card.getBoundingClientRect().top - innerHeight * 1.5);
  });
  await tab.waitForFunction(
    () =>
      customElements.get('sabba-author-card') !== undefined && customElements.get('sabba-comment-form') !== undefined,
  );
  assert.equal(elementChunkHits()['author-card'], 1);
  assert.equal(elementChunkHits()['comment-form'], 1);
  assert.deepEqual(errors, []);
  await tab.close();
});

test('loader: customElements.whenDefined and a comment permalink fetch a far element at once', async () => {
  server.hits.clear();
  const tab = await browser.context.newPage();
  await tab.goto(`${server.origin}/far.html`);
  await loadedAndIdle(tab);
  assert.equal(elementChunkHits()['author-card'], 0);
  await tab.evaluate(() => customElements.whenDefined('sabba-author-card'));
  assert.equal(elementChunkHits()['author-card'], 1, 'whenDefined fetched it without scrolling');
  assert.equal(await tab.evaluate(() => scrollY), 0);

  server.hits.clear();
  await tab.goto(`${server.origin}/far.html?permalink#comment-12`);
  await tab.waitForFunction(() => customElements.get('sabba-comment-form') !== undefined);
  assert.equal(elementChunkHits()['comment-form'], 1, 'the permalink fetched the form');
  assert.equal(elementChunkHits()['author-card'], 0, 'and nothing else far below');
  await tab.close();
});
