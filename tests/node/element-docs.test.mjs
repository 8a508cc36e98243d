// @ts-check
// docs/<element>.md, the pages the README links: each exists, its reference tables say what
// dist/custom-elements.json says (needs `npm run analyze`, which `npm test` runs before this), and
// every relative link between the pages names a file of the repository.
// Run: npm run analyze && node --test tests/node/
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { elementsOf, loadManifest, pageOf, renderReference, withReference } from '../../scripts/element-docs.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const docs = join(root, 'docs');

test('every element has a page whose reference matches the manifest', () => {
  const elements = elementsOf(loadManifest());
  assert.deepEqual(
    elements.map((element) => element.tagName).sort(),
    readdirSync(join(root, 'src/components'))
      .map((name) => `sabba-${name}`)
      .sort(),
  );
  for (const element of elements) {
    const path = pageOf(element.tagName ?? '');
    assert.ok(existsSync(path), `${path} exists`);
    const page = readFileSync(path, 'utf8');
    assert.equal(
      page,
      withReference(page, renderReference(element), path),
      `${path} is stale: npm run analyze && node scripts/element-docs.mjs`,
    );
    for (const attribute of element.attributes ?? [])
      assert.ok(page.includes(`| \`${attribute.name}\` |`), `${path} lists ${attribute.name}`);
  }
});

test('relative links between the docs pages name files that exist', () => {
  for (const name of readdirSync(docs).filter((file) => file.endsWith('.md'))) {
    const text = readFileSync(join(docs, name), 'utf8').replace(/^```[\s\S]*?^```$/gm, '');
    for (const [, target = ''] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^(https?:|#)/.test(target)) continue;
      const file = join(dirname(join(docs, name)), target.replace(/#.*$/, ''));
      assert.ok(existsSync(file), `docs/${name} links ${target}, which does not exist`);
    }
  }
});
