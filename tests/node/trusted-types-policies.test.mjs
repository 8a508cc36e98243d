// @ts-check
// The Trusted Types policy names the docs tell site builders to allow are exactly the ones the
// bundle creates: a missing name breaks `<template>` creatives or the comment form's messages on a
// page that enforces Trusted Types.
// Run: node --test tests/node/
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

const root = new URL('../../', import.meta.url);
const read = (/** @type {string} */ path) => readFileSync(new URL(path, root), 'utf8');

/** Every `createPolicy('name'` in a piece of code. @param {string} code */
function createdPolicies(code) {
  return [...code.matchAll(/createPolicy\(\s*(['"`])([\w-]+)\1/g)].map((m) => /** @type {string} */ (m[2]));
}

/** Every name our sources pass to `trustedHtml('name', …)` (src/internal/trusted-html.ts). @param {string} code */
function passThroughPolicies(code) {
  return [...code.matchAll(/\btrustedHtml\(\s*(['"`])([\w-]+)\1/g)].map((m) => /** @type {string} */ (m[2]));
}

/** The files under a folder, recursively, whose names end in `ext`. @param {string} folder @param {string} ext */
function filesUnder(folder, ext) {
  return readdirSync(new URL(folder, root), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(ext))
    .map((name) => `${folder}${name}`);
}

/** The policy names of every `trusted-types` CSP directive shown in a document. @param {string} text */
function shownPolicies(text) {
  return [...text.matchAll(/(?<![\w-])trusted-types((?:[ \t]+(?:'[\w-]+'|[\w-]+))+)/g)].map((m) =>
    /** @type {string} */ (m[1])
      .trim()
      .split(/\s+/)
      .filter((token) => !token.startsWith("'")) // keywords such as 'allow-duplicates'
      .sort(),
  );
}

/** What the widgets' sources and the Lit they bundle create. */
const fromSources = [
  ...new Set([
    ...filesUnder('src/', '.ts').flatMap((file) => [
      ...createdPolicies(read(file)),
      ...passThroughPolicies(read(file)),
    ]),
    ...createdPolicies(read('node_modules/lit-html/lit-html.js')),
  ]),
].sort();

test('the sources create lit-html, sabba-ad-slot and sabba-comment-form', () => {
  assert.deepEqual(fromSources, ['lit-html', 'sabba-ad-slot', 'sabba-comment-form']);
});

test(
  'the built drop-in bundle creates the same policies as the sources',
  { skip: !existsSync(new URL('dist/cdn/sabba.js', root)) && 'no dist/cdn/sabba.js: run npm run build' },
  () => {
    // Minified, our names reach createPolicy through a variable: look for them as string literals.
    const bundle = read('dist/cdn/sabba.js');
    const bundled = [
      ...new Set([
        ...createdPolicies(bundle),
        ...fromSources.filter((name) => ['"', "'", '`'].some((quote) => bundle.includes(quote + name + quote))),
      ]),
    ].sort();
    assert.deepEqual(bundled, fromSources, 'dist/cdn/sabba.js differs from the sources (stale? run npm run build)');
  },
);

for (const doc of ['README.md', ...filesUnder('stories/', '.mdx'), 'tests/e2e/pages/csp/server.mjs']) {
  test(`${doc} lists every policy the bundle creates wherever it shows the trusted-types directive`, () => {
    for (const names of shownPolicies(read(doc)))
      assert.deepEqual(names, fromSources, `a trusted-types directive in ${doc}`);
  });
}

test('README.md and the Embedding guide both show the directive', () => {
  assert.ok(shownPolicies(read('README.md')).length > 0, 'README.md');
  assert.ok(shownPolicies(read('stories/embedding.mdx')).length > 0, 'stories/embedding.mdx');
});
