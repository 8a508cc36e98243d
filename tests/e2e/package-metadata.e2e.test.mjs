// @ts-check
// What the package tells tools about its elements, checked against what `npm pack` would ship
// (after `npm run build`): the manifest's module paths are shipped files and each tag has its
// custom-element-definition; the React components listen for every event an element fires; the
// editor data (VS Code, JetBrains) describes every tag and attribute.
// Run: node --test tests/e2e/package-metadata.e2e.test.mjs
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { measureBytes } from '../../bench/lib/sizes.mjs';
import { readElements } from '../../scripts/types/elements.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (/** @type {string} */ path) => readFileSync(join(root, path), 'utf8');
const [report] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }),
);
const shipped = new Set(report.files.map((/** @type {{ path: string }} */ file) => file.path));
/** @type {import('custom-elements-manifest/schema').Package} */
const manifest = JSON.parse(read('dist/custom-elements.json'));
const elements = readElements(manifest);

test('every module path in the manifest is a shipped file', () => {
  const references = [...read('dist/custom-elements.json').matchAll(/"module": "([^"]+)"/g)].map((match) => match[1]);
  const paths = new Set([...manifest.modules.map((module) => module.path), ...references]);
  assert.deepEqual(
    [...paths].filter((path) => path === undefined || !shipped.has(path)),
    [],
  );
});

test('each tag has a custom-element-definition in its define module, pointing at its class', () => {
  for (const element of elements) {
    const name = element.tagName.replace(/^sabba-/, '');
    const module = manifest.modules.find((m) => m.path === `dist/components/${name}/${name}.define.js`);
    const definition = module?.exports?.find((entry) => entry.kind === 'custom-element-definition');
    assert.deepEqual(definition, {
      kind: 'custom-element-definition',
      name: element.tagName,
      declaration: { name: element.className, module: `dist/components/${name}/${name}.js` },
    });
  }
});

test('each React component listens for every event its element fires, as on<EventName>', () => {
  for (const element of elements) {
    const name = element.tagName.replace(/^sabba-/, '');
    const source = read(`dist/react/${name}.js`);
    const listened = [...source.matchAll(/(on\w+): "([^"]+)"/g)].map((match) => `${match[1]}=${match[2]}`).sort();
    const expected = element.events
      .map((event) => `on${event.name.replace(/(^|-)([a-z])/g, (_, __, letter) => letter.toUpperCase())}=${event.name}`)
      .sort();
    assert.deepEqual(listened, expected, `dist/react/${name}.js`);
  }
});

test('the editor data describes every tag and attribute, and package.json points at it', () => {
  const pkg = JSON.parse(read('package.json'));
  assert.ok(shipped.has(pkg['web-types'].replace(/^\.\//, '')));
  const vscode = JSON.parse(read('dist/vscode.html-custom-data.json'));
  const webTypes = JSON.parse(read('dist/web-types.json'));
  assert.equal(webTypes.version, pkg.version);
  for (const element of elements) {
    const attributes = element.attributes.map((attribute) => attribute.name).sort();
    const tag = vscode.tags.find((/** @type {{ name: string }} */ t) => t.name === element.tagName);
    assert.ok(tag?.description, `${element.tagName} in vscode.html-custom-data.json`);
    assert.deepEqual(tag.attributes.map((/** @type {{ name: string }} */ a) => a.name).sort(), attributes);
    const webType = webTypes.contributions.html.elements.find(
      (/** @type {{ name: string }} */ e) => e.name === element.tagName,
    );
    assert.deepEqual(webType.attributes.map((/** @type {{ name: string }} */ a) => a.name).sort(), attributes);
    assert.deepEqual(
      webType.events.map((/** @type {{ name: string }} */ e) => e.name).sort(),
      element.events.map((event) => event.name).sort(),
    );
  }
  assert.equal(vscode.tags.length, elements.length);
});

test("the README's embed section quotes the loader's size as `npm run size` measures it", () => {
  const { raw, brotli } = measureBytes(readFileSync(join(root, 'dist/cdn/loader.js')));
  const kB = (/** @type {number} */ bytes) => (bytes / 1000).toFixed(1);
  const quoted = /`dist\/cdn\/loader\.js` \(([\d.]+) kB, ([\d.]+) kB brotli\)/.exec(read('README.md'));
  assert.ok(quoted, 'README.md no longer quotes the loader size as "`dist/cdn/loader.js` (N kB, N kB brotli)"');
  assert.deepEqual([quoted[1], quoted[2]], [kB(raw), kB(brotli)]);
});
