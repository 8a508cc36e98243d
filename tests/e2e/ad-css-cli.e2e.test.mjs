// @ts-check
// `npx sabba-widgets ad-css …` (dist/cli.js, after `npm run build`): what it prints is exactly
// preUpgradeCss(planSizes(…), selector) from the shipped size-map code, warnings go to stderr,
// and `--stylesheet` prints the shipped dist/cdn/ad-slot.css.
// Run: npm run build && node --test tests/e2e/ad-css-cli.e2e.test.mjs
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { planSizes, preUpgradeCss } from '../../dist/components/ad-slot/size-map.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const cli = join(root, pkg.bin['sabba-widgets']);

/** Runs the CLI as npx would (the bin file, by its shebang's interpreter). @param {string[]} args */
function run(args) {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('the bin is an executable Node script', () => {
  assert.match(readFileSync(cli, 'utf8'), /^#!\/usr\/bin\/env node\n/);
});

test('prints the rules preUpgradeCss returns for the slot, to stdout only', () => {
  for (const [sizes, sizeMap, selector] of [
    ['300x250, 336x280', '0:300x250 | 768:728x90', 'sabba-ad-slot#artikel-atas'],
    ['728x90', '', '#ad-top'],
    ['', '480:320x50 | 1024:none', 'sabba-ad-slot.sidebar'],
  ]) {
    const args = ['ad-css', '--sizes', sizes, '--size-map', sizeMap, '--selector', selector];
    const { status, stdout, stderr } = run(args);
    assert.equal(status, 0, stderr);
    assert.equal(
      stdout,
      `${preUpgradeCss(
        planSizes(sizes, sizeMap, () => undefined),
        selector,
      )}\n`,
    );
    assert.equal(stderr, '');
  }
});

test('the README example prints the README sample', () => {
  const { stdout } = run([
    'ad-css',
    '--sizes=300x250, 336x280',
    '--size-map=0:300x250 | 768:728x90',
    '--selector=sabba-ad-slot#artikel-atas',
  ]);
  assert.equal(
    stdout,
    [
      ':where(sabba-ad-slot#artikel-atas:not(:defined)) { display: block; margin-block: var(--sabba-ad-slot-margin-block, 1.5em); }',
      ':where(sabba-ad-slot#artikel-atas:not(:defined)) { display: block; block-size: calc(250px + 1rem + var(--sabba-ad-slot-gap, 0.25rem)); }',
      '@media (min-width: 768px) { :where(sabba-ad-slot#artikel-atas:not(:defined)) { display: block; block-size: calc(90px + 1rem + var(--sabba-ad-slot-gap, 0.25rem)); } }',
      '',
    ].join('\n'),
  );
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  assert.ok(readme.includes(stdout.trim()), 'README.md shows this output');
});

test('without --selector, the rules are for every sabba-ad-slot', () => {
  assert.equal(
    run(['ad-css', '--sizes', '320x50']).stdout,
    `${preUpgradeCss(planSizes('320x50', '', () => undefined))}\n`,
  );
});

test('names a bad size on stderr and still prints the rules for the rest', () => {
  const { status, stdout, stderr } = run(['ad-css', '--sizes', '300x250, banana']);
  assert.equal(status, 0);
  assert.match(stderr, /\[sabba\] <sabba-ad-slot> sizes: "banana" is not a size/);
  assert.equal(stdout, `${preUpgradeCss(planSizes('300x250', '', () => undefined))}\n`);
});

test('refuses a selector that would leave its rule, an unknown option and a missing value', () => {
  for (const args of [
    ['ad-css', '--sizes', '300x250', '--selector', 'x { } body { display: none'],
    ['ad-css', '--sizes', '300x250', '--colour', 'red'],
    ['ad-css', '--sizes'],
    ['ad-css'],
    ['ad-slot'],
  ]) {
    const { status, stdout, stderr } = run(args);
    assert.equal(status, 2, args.join(' '));
    assert.equal(stdout, '', args.join(' '));
    assert.match(stderr, /^sabba-widgets: .*\n\nUsage:/, args.join(' '));
  }
});

test('--stylesheet prints the shipped ad-slot.css', () => {
  const { status, stdout } = run(['ad-css', '--stylesheet']);
  assert.equal(status, 0);
  assert.equal(stdout, readFileSync(join(root, 'dist/cdn/ad-slot.css'), 'utf8'));
  assert.equal(pkg.exports['./ad-slot.css'], './dist/cdn/ad-slot.css');
});
