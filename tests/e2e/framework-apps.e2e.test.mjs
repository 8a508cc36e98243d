// @ts-check
// The newcomer's path, as the README tells it: fresh React 19 and Vue 3 apps (tests/e2e/apps/)
// install the packed tarball from npm's cache, type-check with their own compilers (tsc, vue-tsc
// with strictTemplates), build with Vite and run in Chromium. Each app uses every element, an html
// ad slot with its `src` and a custom `submitter`, once through `sabba-widgets/loader.js` and once
// through the define modules (React also through `sabba-widgets/react.js`). A second file of
// deliberate mistakes must fail to compile, on each marked line.
// Needs `npm run build` first. Run: node --test --test-concurrency=1 tests/e2e/framework-apps.e2e.test.mjs
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { collectErrors, launchChromium, serveFolder } from './helpers.mjs';
import { npmInstall, packTarball } from './lib/packed-package.mjs';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'sabba-apps-'));
/** The repository's own versions of the apps' tools, so npm finds them in its cache. @param {string[]} names */
const versions = (names) =>
  Object.fromEntries(names.map((name) => [name, pkg.devDependencies[name] ?? pkg.dependencies[name]]));

const apps = {
  react: {
    dependencies: ['react', 'react-dom'],
    devDependencies: ['@types/react', '@types/react-dom', 'typescript', 'vite'],
    typecheck: 'tsc',
    pages: ['loader', 'define', 'components'],
  },
  vue: {
    dependencies: ['vue'],
    devDependencies: ['@vitejs/plugin-vue', 'typescript', 'vite', 'vue-tsc'],
    typecheck: 'vue-tsc',
    pages: ['loader', 'define'],
  },
};

/** @type {string} */
let tarball;
/** @type {Awaited<ReturnType<typeof launchChromium>>} */
let browser;

/** Runs an app's own binary; resolves with its output, whatever the exit code. @param {string} app @param {string} bin @param {string[]} args */
async function npx(app, bin, args) {
  try {
    const { stdout, stderr } = await run(join(work, app, 'node_modules/.bin', bin), args, { cwd: join(work, app) });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failure = /** @type {{ code: number, stdout: string, stderr: string }} */ (error);
    return { code: failure.code, output: failure.stdout + failure.stderr };
  }
}

before(async () => {
  assert.ok(existsSync(join(root, 'dist/react-jsx.d.ts')), 'dist/ is missing or old: run `npm run build` first');
  tarball = await packTarball(work);
  await Promise.all(
    Object.entries(apps).map(async ([name, app]) => {
      cpSync(join(root, 'tests/e2e/apps', name), join(work, name), { recursive: true });
      const manifest = {
        name: `fresh-${name}-app`,
        private: true,
        type: 'module',
        dependencies: { 'sabba-widgets': `file:${tarball}`, ...versions(app.dependencies) },
        devDependencies: versions(app.devDependencies),
      };
      writeFileSync(join(work, name, 'package.json'), JSON.stringify(manifest, null, 2));
      await npmInstall(join(work, name));
    }),
  );
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

for (const [name, app] of Object.entries(apps)) {
  describe(`a fresh ${name === 'react' ? 'React 19' : 'Vue 3'} app with the packed tarball`, () => {
    test(`type-checks with ${app.typecheck}, and catches wrong props and event handlers`, async () => {
      const good = await npx(name, app.typecheck, ['-p', 'tsconfig.json']);
      assert.equal(good.code, 0, good.output);

      const wrong = await npx(name, app.typecheck, ['-p', 'tsconfig.wrong.json']);
      assert.notEqual(wrong.code, 0, 'the file of mistakes compiled');
      const file = name === 'react' ? 'src/wrong.tsx' : 'src/Wrong.vue';
      const lines = readFileSync(join(work, name, file), 'utf8').split('\n');
      const marked = lines.flatMap((line, index) =>
        /WRONG|^\s*<sabba-/.test(line) && !line.startsWith('<!--') ? [index + 1] : [],
      );
      assert.ok(marked.length >= 4, `${file} marks its mistakes`);
      for (const line of marked)
        assert.match(
          wrong.output,
          new RegExp(`${file.replace('.', '\\.')}\\(${line},`),
          `line ${line} of ${file} compiled: ${lines[line - 1]}`,
        );
    });

    if (name === 'react') {
      // Each file is compiled alone, with no `types`: what that one import brings must type the tags.
      for (const entry of ['loader', 'index']) {
        test(`\`${entry === 'loader' ? 'sabba-widgets/loader.js' : 'sabba-widgets'}\` alone types every tag and event`, async () => {
          const options = [
            '--ignoreConfig',
            '--noEmit',
            '--strict',
            '--skipLibCheck',
            '--target',
            'es2022',
            '--lib',
            'es2022,dom',
            '--module',
            'esnext',
            '--moduleResolution',
            'bundler',
          ];
          const result = await npx(name, 'tsc', [...options, `src/entry-types/${entry}.ts`]);
          assert.equal(result.code, 0, result.output);
        });
      }
    }

    describe('built with Vite, in Chromium', () => {
      /** @type {Awaited<ReturnType<typeof serveFolder>>} */
      let server;
      before(async () => {
        const built = await npx(name, 'vite', ['build', '--logLevel', 'warn']);
        assert.equal(built.code, 0, built.output);
        server = await serveFolder(join(work, name, 'dist'));
      });
      after(() => server?.close());

      for (const page of app.pages) {
        test(`through ${page === 'components' ? 'sabba-widgets/react.js' : page === 'loader' ? 'sabba-widgets/loader.js' : 'the define modules'}: every element renders, the ad shows, the custom submitter is called`, async () => {
          const tab = await browser.context.newPage();
          const errors = collectErrors(tab);
          /** @type {string[]} */
          const wordpress = [];
          tab.on('request', (request) => {
            if (request.url().includes('wordpress.invalid')) wordpress.push(request.url());
          });
          await tab.goto(`${server.origin}/${page}.html`);
          // Through the loader, the back-to-top button and the adblock notice wait for the reader's
          // first scroll: the reader scrolls once the app has mounted them.
          if (page === 'loader') {
            await tab.waitForFunction(() => document.querySelector('sabba-back-to-top') !== null);
            await tab.mouse.wheel(0, 10);
          }

          for (const tag of [
            'sabba-author-card',
            'sabba-ad-slot',
            'sabba-adblock-notice',
            'sabba-comment-form',
            'sabba-back-to-top',
          ]) {
            await tab.waitForFunction((t) => (document.querySelector(t)?.shadowRoot?.childElementCount ?? 0) > 0, tag, {
              timeout: 10_000,
            });
          }
          await tab.locator('sabba-author-card').getByText('Redaksi', { exact: true }).first().waitFor();

          // The html ad slot shows its creative in a sandboxed iframe.
          const creative = tab.locator('sabba-ad-slot iframe');
          await creative.waitFor({ timeout: 10_000 });
          assert.match((await creative.getAttribute('src')) ?? '', /\/creative\.html$/);
          assert.equal(await tab.frameLocator('sabba-ad-slot iframe').getByText('Langganan Sabba').count(), 1);

          // The comment goes to the custom submitter, not to WordPress.
          const form = tab.locator('sabba-comment-form');
          await form.locator('textarea[name="comment"]').fill('Semoga saluran airnya tetap bersih sampai musim hujan.');
          await form.locator('input[name="author"]').fill('Sari Dewi');
          await form.locator('input[name="email"]').fill('sari@contoh.id');
          await form.locator('button[type="submit"]').click();
          await tab.locator('#log').filter({ hasText: 'Komentar #101 diterima (hold)' }).waitFor({ timeout: 5000 });
          assert.deepEqual(await tab.evaluate(() => window.submitted), [
            'Semoga saluran airnya tetap bersih sampai musim hujan.',
          ]);
          assert.deepEqual(wordpress, []);

          assert.deepEqual(errors, []);
          await tab.close();
        });
      }
    });
  });
}
