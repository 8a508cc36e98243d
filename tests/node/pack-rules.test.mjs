// @ts-check
// The rules scripts/check-pack.mjs (`npm run test:pack`) applies to what `npm pack` would publish,
// run on made-up file lists so no build is needed: a package with only the files package.json
// names passes; anything else in dist/, such as a benchmark bundle, is refused by name.
// Run: node --test tests/node/
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { isShipped, packProblems } from '../../scripts/lib/pack-rules.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** Every file path package.json names, as `npm pack` lists them (no leading ./, no patterns). @param {unknown} target @returns {string[]} */
const targets = (target) =>
  typeof target === 'string'
    ? [target]
    : target && typeof target === 'object'
      ? Object.values(target).flatMap(targets)
      : [];
const named = [...targets(pkg.exports), ...targets(pkg.bin), pkg.types, pkg.customElements]
  .filter((path) => !path.includes('*'))
  .map((path) => path.replace(/^\.\//, ''));

/** A package as a good build packs it; the loader imports its one chunk. @param {string[]} extra @returns {string[]} */
function problemsWith(extra) {
  const contents = new Map([
    ['dist/cdn/loader.js', 'import("./chunks/comment-form.define-B6j2CmJt.js");'],
    ['dist/cdn/chunks/comment-form.define-B6j2CmJt.js', ''],
    ['dist/cdn/sabba.js', ''],
    ['dist/cdn/ad-slot.css', ''],
    ['README.md', ''],
    ['LICENSE', ''],
    ...named.map((path) => /** @type {[string, string]} */ ([path, path.endsWith('.json') ? '{}' : ''])),
    ...extra.map((path) => /** @type {[string, string]} */ ([path, path.endsWith('.map') ? '{}' : ''])),
  ]);
  const read = (/** @type {string} */ path) => contents.get(path) ?? readFileSync(join(root, path), 'utf8');
  return packProblems({ files: new Set(contents.keys()), pkg, read });
}

test('a package of only the files package.json names, and the CDN folder, passes', () => {
  assert.deepEqual(problemsWith([]), []);
});

test('a benchmark bundle left in dist/bench/ is refused by name', () => {
  assert.deepEqual(problemsWith(['dist/bench/x.js']), [
    'not on the list of shipped paths (scripts/lib/pack-rules.mjs): dist/bench/x.js',
  ]);
  assert.equal(problemsWith(['dist/bench/entries/lit.js', 'dist/bench/entries/giscus.js']).length, 2);
});

test('sources, tests, stories and stray files anywhere are refused', () => {
  for (const path of [
    'src/sabba.ts',
    'tests/ad-slot.test.ts',
    'dist/cdn/debug.html',
    'dist/components/ad-slot/ad-slot.test.js',
    'dist/stories/x.js',
    'notes.md',
    'dist/x.js',
  ]) {
    assert.equal(problemsWith([path]).length, 1, path);
  }
});

test("the shipped paths cover the build's real kinds of files", () => {
  for (const path of [
    'dist/components/ad-slot/providers/html-provider.js',
    'dist/components/ad-slot/providers/html-provider.js.map',
    'dist/internal/warn.d.ts',
    'dist/react/ad-slot.js',
    'dist/_virtual/_@oxc-project_runtime@0.156.0/helpers/esm/decorate.js',
    'dist/cdn/chunks/sabba-shared-Ab3dEf9h.js',
  ]) {
    assert.ok(isShipped(path), path);
  }
});

test('a package without a file package.json names is refused', () => {
  const files = new Set(['README.md', 'LICENSE', 'package.json']);
  const problems = packProblems({
    files,
    pkg,
    read: (path) => (path.startsWith('src/') ? readFileSync(join(root, path), 'utf8') : ''),
  });
  assert.ok(problems.includes('package.json names ./dist/index.js, which is not in the package'), problems.join('\n'));
  assert.ok(problems.includes('missing CDN file: dist/cdn/loader.js'), problems.join('\n'));
});
