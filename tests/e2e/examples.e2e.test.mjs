// @ts-check
// The examples under examples/ work as a newcomer would run them: each is built with Vite, served,
// and opened in Chromium. The elements must render (shadow root content), a property set by the
// framework (the comment form's `submitter`) must be used, and the element's event must reach the
// framework's handler (the page shows what the handler wrote).
// Needs `npm run build` first: the examples import `sabba-widgets`, which resolves to dist/.
// Run: node --test tests/e2e/
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { collectErrors, launchChromium, serveFolder } from './helpers.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'sabba-examples-'));

/** @type {Awaited<ReturnType<typeof launchChromium>>} */
let browser;
/** @type {Awaited<ReturnType<typeof serveFolder>>} */
let server;

before(async () => {
  for (const file of ['dist/index.js', 'dist/index.d.ts', 'dist/cdn/sabba.js', 'dist/custom-elements.json']) {
    assert.ok(existsSync(join(root, file)), `${file} is missing: run \`npm run build\` first`);
  }
  // React: no plugin needed to build, Vite's own transform compiles JSX (the React plugin adds Fast Refresh).
  await build({
    root: join(root, 'examples/react'),
    configFile: false,
    logLevel: 'warn',
    base: './',
    build: { outDir: join(out, 'react'), emptyOutDir: true },
  });
  await build({
    root: join(root, 'examples/vue'),
    configFile: join(root, 'examples/vue/vite.config.mjs'),
    logLevel: 'warn',
    base: './',
    build: { outDir: join(out, 'vue'), emptyOutDir: true },
  });
  // Plain HTML is not built: it is copied next to the drop-in bundle, with the repository's layout.
  mkdirSync(join(out, 'examples/html'), { recursive: true });
  cpSync(join(root, 'examples/html/index.html'), join(out, 'examples/html/index.html'));
  cpSync(join(root, 'dist/cdn'), join(out, 'dist/cdn'), { recursive: true });
  server = await serveFolder(out);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(out, { recursive: true, force: true });
});

test("the React example typechecks with the package's JSX types", () => {
  execFileSync(join(root, 'node_modules/.bin/tsc'), ['-p', 'examples/react/tsconfig.json', '--noEmit'], {
    cwd: root,
    stdio: 'inherit',
  });
});

for (const [name, path, logSelector] of [
  ['plain HTML', '/examples/html/', '#log'],
  ['React 19', '/react/', '[data-testid="log"]'],
  ['Vue 3', '/vue/', '[data-testid="log"]'],
]) {
  describe(`the ${name} example`, () => {
    test('renders the elements and passes their events to the page', async () => {
      const page = await browser.context.newPage();
      const errors = collectErrors(page);
      await page.goto(`${server.origin}${path}`);

      // Rendered: real content inside each element's shadow root (Playwright's CSS pierces it).
      await page.locator('sabba-author-card').getByText('Redaksi', { exact: true }).first().waitFor();
      const form = page.locator('sabba-comment-form');
      await form.locator('textarea[name="comment"]').waitFor();
      assert.ok(
        await page
          .locator('sabba-back-to-top')
          .evaluate((el) => el.shadowRoot !== null && el.shadowRoot.childNodes.length > 0),
      );

      // The framework set the comment form's `submitter` property and listens for its events.
      await form.locator('textarea[name="comment"]').fill('Semoga saluran airnya tetap bersih sampai musim hujan.');
      await form.locator('input[name="author"]').fill('Sari Dewi');
      await form.locator('input[name="email"]').fill('sari@contoh.id');
      await form.locator('button[type="submit"]').click();
      await page.locator(logSelector).filter({ hasText: 'Komentar #101 diterima (hold)' }).waitFor({ timeout: 5000 });

      assert.deepEqual(errors, []);
      await page.close();
    });
  });
}
