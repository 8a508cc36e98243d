// @ts-check
// Server rendering: every element rendered by @lit-labs/ssr from the built npm package (imported by
// its package name, as a Node framework would), then the same HTML hydrated in Chromium with
// @lit-labs/ssr-client's hydrate support. Needs `npm run build` (dist/). Run: node --test tests/e2e/
import '@lit-labs/ssr/lib/install-global-dom-shim.js';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { build } from 'vite';
import { collectErrors, launchChromium, serveFolder } from './helpers.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
await import('sabba-widgets/sabba.js');

/** Each element as an article page writes it, and what its server-rendered shadow root must say. */
const CASES = [
  {
    tag: 'sabba-comment-form',
    template: html`<sabba-comment-form site-url="https://sabba.id" post-id="123" terms-url="/pedoman"></sabba-comment-form>`,
    texts: ['Tinggalkan Balasan', 'Kirim Komentar', 'name="comment"'],
  },
  {
    tag: 'sabba-ad-slot',
    template: html`<sabba-ad-slot provider="html" src="/iklan.html" sizes="300x250" size-map="0:300x250 | 768:728x90"></sabba-ad-slot>`,
    // The reservation is in the HTML itself: no layout shift before or after the script.
    texts: [
      'Iklan',
      'Ruang Iklan',
      '--_reserved-height: 250px',
      '@media (min-width: 768px) { :host { --_shown: block; --_reserved-width: 728px; --_reserved-height: 90px; } }',
    ],
  },
  {
    tag: 'sabba-adblock-notice',
    template: html`<sabba-adblock-notice mode="banner" lang="en"></sabba-adblock-notice>`,
    // Only the browser can tell whether a blocker is there: the server sends the closed banner.
    texts: ['part="banner"', 'hidden'],
    absent: ['Whoa', 'Please turn off your ad blocker!'],
  },
  {
    tag: 'sabba-back-to-top',
    template: html`<sabba-back-to-top progress></sabba-back-to-top>`,
    texts: ['Kembali ke atas', 'part="progress"'],
  },
  {
    tag: 'sabba-author-card',
    template: html`<sabba-author-card name="Sari Dewi" job-title="Reporter" href="/author/sari" same-as="https://x.com/saridewi" bio="Meliput politik kota."></sabba-author-card>`,
    texts: ['Sari Dewi', 'Reporter', 'Meliput politik kota.', 'https://x.com/saridewi', '>SD<'],
  },
  {
    tag: 'sabba-comments',
    template: html`<sabba-comments post-id="123" count="2"></sabba-comments>`,
    // The server sends the heading with the page's count and a placeholder of that height.
    texts: ['2 komentar', 'part="skeleton"', 'class="skeleton-item"', 'Memuat komentar…'],
  },
  {
    tag: 'sabba-comment-count',
    template: html`<sabba-comment-count post-id="123"></sabba-comment-count>`,
    // The count is fetched in the browser only: the server sends an empty box.
    texts: ['<span part="count">'],
  },
];

test('a server-rendered ad slot writes its reservation from parsed numbers only, whatever its attributes say', async () => {
  // The slot's <style> goes through unsafeHTML (Lit SSR cannot bind inside <style>): no attribute
  // text may reach it.
  const hostile = '300x250}</style><script>window.__pwned=1</script><style>';
  const markup = await collectResult(
    render(
      html`<sabba-ad-slot sizes=${hostile} size-map=${`0:${hostile} | 768:728x90</style><img src=x onerror=alert(1)>`}></sabba-ad-slot>`,
    ),
  );
  const styles = [...markup.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1] ?? '');
  // The element's own static styles, then the reservation, which alone depends on attributes.
  const reservation = styles.filter((css) => css.startsWith(':host { --_shown'));
  assert.equal(reservation.length, 1, markup.slice(0, 600));
  assert.equal(
    reservation[0],
    ':host { --_shown: none; }\n:host { --_shown: block; --_reserved-width: 300px; --_reserved-height: 250px; }',
  );
  for (const css of styles) assert.doesNotMatch(css, /[<>]|script|onerror/);
  assert.doesNotMatch(markup, /<script|<img/);
});

/** @type {Map<string, string>} */
const rendered = new Map();

for (const { tag, template, texts, absent = [] } of CASES) {
  test(`${tag} renders on the server into a declarative shadow root`, async () => {
    const markup = await collectResult(render(template));
    rendered.set(tag, markup);
    assert.match(markup, new RegExp(`<${tag}[^>]*><template shadowroot="open" shadowrootmode="open">`));
    for (const text of texts) assert.ok(markup.includes(text), `${tag} shows ${text}:\n${markup.slice(0, 400)}`);
    for (const text of absent) assert.ok(!markup.includes(text), `${tag} does not show ${text} on the server`);
  });
}

/** @type {string} */
let out;
/** @type {Awaited<ReturnType<typeof launchChromium>>} */
let browser;
/** @type {Awaited<ReturnType<typeof serveFolder>>} */
let server;

before(async () => {
  out = mkdtempSync(join(tmpdir(), 'sabba-ssr-'));
  const entry = join(out, 'hydrate.js');
  // Hydrate support must load before the elements are defined, as its README says.
  const support = join(root, 'node_modules/@lit-labs/ssr-client/lit-element-hydrate-support.js');
  writeFileSync(entry, `import ${JSON.stringify(support)};\nimport ${JSON.stringify(join(root, 'dist/sabba.js'))};\n`);
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    build: { outDir: join(out, 'site'), emptyOutDir: true, lib: { entry, formats: ['es'], fileName: 'hydrate' } },
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

test('the server-rendered elements hydrate in Chromium without errors, and keep the ad slot height', async () => {
  assert.equal(rendered.size, CASES.length, 'every element rendered on the server');
  const body = [...rendered.values()].join('\n');
  server = await serveFolder(join(out, 'site'), {
    '/': {
      type: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="id"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>SSR</title></head><body>${body}</body></html>`,
    },
    '/robots.txt': { type: 'text/plain', body: '' },
    '/iklan.html': { type: 'text/html', body: '<p>Iklan rumah</p>' },
    // The same origin's WordPress for the thread and the count: a post without comments.
    '/wp-json/wp/v2/comments': { type: 'application/json', body: '[]' },
  });
  const page = await browser.context.newPage();
  const errors = collectErrors(page);
  await page.setViewportSize({ width: 360, height: 640 });
  // The page has no script of its own: measured first, only the server's HTML counts.
  await page.goto(`${server.origin}/`);
  const before = await page.evaluate(
    () => document.querySelector('sabba-ad-slot')?.getBoundingClientRect().height ?? 0,
  );
  await page.addScriptTag({ type: 'module', url: '/hydrate.js' });
  const tags = CASES.map((c) => c.tag);
  await page.waitForFunction((list) => list.every((tag) => customElements.get(tag) !== undefined), tags);
  await page.waitForFunction(() => document.querySelector('sabba-ad-slot iframe') !== null);
  const state = await page.evaluate(() => ({
    height: document.querySelector('sabba-ad-slot')?.getBoundingClientRect().height ?? 0,
    name: document.querySelector('sabba-author-card')?.shadowRoot?.querySelector('[part="name"]')?.textContent?.trim(),
    // Hydrated, not rendered again next to the server's markup: one title.
    titles: document.querySelector('sabba-comment-form')?.shadowRoot?.querySelectorAll('[role="heading"]').length,
    updated: [...document.body.children]
      .filter((e) => e.localName.startsWith('sabba-') && 'hasUpdated' in e)
      .map((e) => [e.localName, /** @type {any} */ (e).hasUpdated]),
  }));
  assert.ok(before >= 250, `the server-rendered slot reserves its box before any script (${before}px)`);
  assert.equal(state.height, before, 'hydrating and filling the slot shifts nothing');
  assert.equal(state.name, 'Sari Dewi');
  assert.equal(state.titles, 1);
  assert.deepEqual(
    state.updated,
    tags.map((tag) => [tag, true]),
    'every element hydrated',
  );
  assert.deepEqual(errors, []);
});
