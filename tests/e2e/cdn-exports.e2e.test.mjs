// @ts-check
// A theme's build script finds the browser-ready CDN files through the package's exports, as the
// WordPress section of the README tells it: in a fresh project with the packed tarball installed,
// `import.meta.resolve('sabba-widgets/cdn/…')` gives loader.js, sabba.js and ad-slot.css, and the
// chunks loader.js imports sit beside it.
// Needs `npm run build` first. Run: node --test --test-concurrency=1 tests/e2e/cdn-exports.e2e.test.mjs
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { npmInstall, packTarball } from './lib/packed-package.mjs';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'sabba-cdn-exports-'));
const theme = join(work, 'theme');
const SPECIFIERS = ['sabba-widgets/cdn/loader.js', 'sabba-widgets/cdn/sabba.js', 'sabba-widgets/cdn/ad-slot.css'];

/** @type {Record<string, string>} */
let resolved;

before(async () => {
  assert.ok(existsSync(join(root, 'dist/cdn/loader.js')), 'dist/ is missing: run `npm run build` first');
  const tarball = await packTarball(work);
  mkdirSync(theme);
  writeFileSync(
    join(theme, 'package.json'),
    JSON.stringify(
      { name: 'berita-theme', private: true, type: 'module', dependencies: { 'sabba-widgets': `file:${tarball}` } },
      null,
      2,
    ),
  );
  await npmInstall(theme);
  // The theme's own build script, run by Node from the theme folder.
  writeFileSync(
    join(theme, 'copy-sabba.mjs'),
    `const specifiers = ${JSON.stringify(SPECIFIERS)};\nconsole.log(JSON.stringify(Object.fromEntries(specifiers.map((s) => [s, import.meta.resolve(s)]))));\n`,
  );
  const { stdout } = await run(process.execPath, ['copy-sabba.mjs'], { cwd: theme });
  resolved = JSON.parse(stdout);
});

after(() => rmSync(work, { recursive: true, force: true }));

for (const specifier of SPECIFIERS) {
  test(`import.meta.resolve('${specifier}') names the installed file`, () => {
    const url = resolved[specifier];
    assert.ok(url?.startsWith('file:'), `${specifier} resolved to ${url}`);
    const path = fileURLToPath(url);
    const name = specifier.slice('sabba-widgets/cdn/'.length);
    assert.equal(path, join(theme, 'node_modules/sabba-widgets/dist/cdn', name));
    assert.ok(existsSync(path), `${path} exists`);
    assert.equal(
      readFileSync(path, 'utf8'),
      readFileSync(join(root, 'dist/cdn', name), 'utf8'),
      'the same file the build wrote',
    );
  });
}

test('every chunk the resolved loader.js imports sits beside it', () => {
  const loader = fileURLToPath(resolved['sabba-widgets/cdn/loader.js'] ?? '');
  const chunks = [...readFileSync(loader, 'utf8').matchAll(/["'`]\.\/(chunks\/[^"'`]+\.js)["'`]/g)].map(
    (match) => match[1] ?? '',
  );
  assert.ok(chunks.length >= 5, `loader.js imports its chunks (${chunks.join(', ')})`);
  assert.deepEqual(
    chunks.filter((chunk) => !existsSync(join(dirname(loader), chunk))),
    [],
  );
});
