// @ts-check
// The README is also the package's page on the npm registry, which resolves no relative link:
// every link must be absolute or an anchor of the README itself, every docs/ page it links to
// must exist, the file must open with the two set-up commands, and package.json must tell the
// registry where the repository, its home page and its issues are.
// Run: node --test tests/node/
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const REPOSITORY = 'https://github.com/sabba-id/sabba-widgets';
/** Every element, by its folder name in src/components (its docs page is docs/<name>.md). */
const ELEMENTS = readdirSync(join(root, 'src/components'));

/** The README without fenced code blocks (their brackets are code, not links). */
const prose = readme.replace(/^```[\s\S]*?^```$/gm, '');

/** Every link target: `[text](target)`, `![alt](target)`, `<a href>`/`<img src>`. */
const targets = [
  ...[...prose.matchAll(/!?\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((match) => match[1] ?? ''),
  ...[...prose.matchAll(/<(?:a|img)\s[^>]*?(?:href|src)="([^"]+)"/g)].map((match) => match[1] ?? ''),
];

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. @param {string} heading */
const slug = (heading) =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s/g, '-');
const anchors = new Set([...prose.matchAll(/^#{1,6} (.+)$/gm)].map((match) => slug(match[1] ?? '')));

test('the README has links, and every one is absolute or an anchor of the README', () => {
  assert.ok(targets.length > 10, `only ${targets.length} links found`);
  const relative = targets.filter((target) => !/^https:\/\//.test(target) && !target.startsWith('#'));
  assert.deepEqual(relative, [], 'relative links break on the npm registry');
});

test('every in-page anchor names a heading', () => {
  const missing = targets.filter((target) => target.startsWith('#') && !anchors.has(target.slice(1)));
  assert.deepEqual(missing, []);
});

test('every link into the repository names a file that exists', () => {
  const inRepository = targets
    .map(
      (target) =>
        /^https:\/\/(?:github\.com\/sabba-id\/sabba-widgets\/(?:blob|tree)\/main|raw\.githubusercontent\.com\/sabba-id\/sabba-widgets\/main)\/([^#?]+)/.exec(
          target,
        )?.[1],
    )
    .filter((path) => path !== undefined);
  const docs = inRepository.filter((path) => path.startsWith('docs/'));
  assert.ok(docs.length >= 8, 'the README links the docs pages and the screenshot');
  for (const name of [...ELEMENTS, 'embedding', 'theming']) {
    assert.ok(docs.includes(`docs/${name}.md`), `the README links docs/${name}.md`);
  }
  const missing = inRepository.filter((path) => !existsSync(join(root, path)));
  assert.deepEqual(missing, []);
});

test('every link to a heading of a Markdown file in the repository names a heading it has', () => {
  const links = targets
    .map((target) => /^https:\/\/github\.com\/sabba-id\/sabba-widgets\/blob\/main\/([^#?]+\.md)#(.+)$/.exec(target))
    .filter((match) => match !== null);
  assert.ok(links.length >= 3, 'the README links into docs and BENCHMARKS.md by heading');
  const missing = links.filter(([, path = '', anchor]) => {
    const file = join(root, path);
    if (!existsSync(file)) return true;
    const text = readFileSync(file, 'utf8').replace(/^```[\s\S]*?^```$/gm, '');
    return ![...text.matchAll(/^#{1,6} (.+)$/gm)].some((heading) => slug(heading[1] ?? '') === anchor);
  });
  assert.deepEqual(
    missing.map(([target]) => target),
    [],
  );
});

test("the README's element table has a row for every element", () => {
  const table = readme.slice(
    readme.indexOf('| element | what it does |'),
    readme.indexOf('\n\n', readme.indexOf('| element |')),
  );
  for (const name of ELEMENTS)
    assert.match(table, new RegExp(`^\\| \`<sabba-${name}>\` \\| .{40,}`, 'm'), `a row for <sabba-${name}>`);
});

test('the screenshot is an absolute raw URL', () => {
  assert.ok(
    targets.includes('https://raw.githubusercontent.com/sabba-id/sabba-widgets/main/docs/screenshots/demo.png'),
  );
});

test('the first two commands after the title are the set-up commands', () => {
  const lines = readme.split('\n');
  assert.equal(lines[0], '# Sabba widgets');
  const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme);
  assert.ok(firstBlock, 'a sh block');
  assert.ok(
    readme.indexOf(firstBlock[0]) < readme.indexOf('\n## ', readme.indexOf('## Develop') + 1),
    'it is in the first section',
  );
  assert.equal(readme.slice(0, readme.indexOf(firstBlock[0])).trim(), '# Sabba widgets\n\n## Develop');
  const commands = firstBlock[1]
    .trim()
    .split('\n')
    .map((line) => line.replace(/\s+#.*$/, '').trim());
  assert.deepEqual(commands, ['npm ci && npm start', 'bash scripts/ensure-browsers.sh && npm ci && npm test']);
  assert.ok(existsSync(join(root, 'scripts/ensure-browsers.sh')));
  assert.ok(pkg.scripts.start && pkg.scripts.test, 'npm start and npm test exist');
});

test('package.json tells the registry where the repository, home page and issues are', () => {
  assert.deepEqual(pkg.repository, { type: 'git', url: `git+${REPOSITORY}.git` });
  assert.equal(pkg.homepage, `${REPOSITORY}#readme`);
  assert.deepEqual(pkg.bugs, { url: `${REPOSITORY}/issues` });
});
