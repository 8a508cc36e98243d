// @ts-check
// The WordPress plugin's PHP: `php -l` on every PHP file the repository ships or runs (the plugin
// and the test WordPress's scripts), and PHP_CodeSniffer with the plugin's WordPress-like ruleset
// (wordpress/phpcs.xml). php-cli and php-codesniffer are Debian packages; scripts/ensure-browsers.sh
// installs them in CI.
// Run: node --test tests/node/
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const PHP = process.env.PHP_PATH ?? 'php';
const PHPCS = process.env.PHPCS_PATH ?? 'phpcs';

/** @param {string} dir @returns {string[]} */
function phpFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return phpFiles(path);
    return name.endsWith('.php') ? [path] : [];
  });
}

const files = [
  ...phpFiles(join(root, 'wordpress')),
  ...phpFiles(join(root, 'scripts/wordpress')),
  ...phpFiles(join(root, 'tests/wordpress')),
];

test('the plugin and the WordPress scripts have PHP files to check', () => {
  assert.ok(files.some((file) => file.endsWith('wordpress/sabba-widgets.php')));
  assert.ok(files.some((file) => file.endsWith('wordpress/uninstall.php')));
});

for (const file of files) {
  test(`php -l ${relative(root, file)}`, () => {
    const run = spawnSync(PHP, ['-l', file], { encoding: 'utf8' });
    assert.equal(run.error, undefined, `cannot run ${PHP} (install php-cli): ${run.error?.message}`);
    assert.equal(run.status, 0, run.stdout + run.stderr);
  });
}

test('PHP_CodeSniffer finds nothing in wordpress/ with wordpress/phpcs.xml', () => {
  const run = spawnSync(PHPCS, ['--standard=wordpress/phpcs.xml', '--report=emacs', '-q', 'wordpress/'], {
    cwd: root,
    encoding: 'utf8',
  });
  assert.equal(run.error, undefined, `cannot run ${PHPCS} (install php-codesniffer): ${run.error?.message}`);
  assert.equal(run.status, 0, `phpcs found problems:\n${run.stdout}${run.stderr}`);
});

test('the plugin never reads a file directly: every PHP file but uninstall.php exits without ABSPATH', () => {
  for (const file of phpFiles(join(root, 'wordpress'))) {
    const text = spawnSync(PHP, ['-r', 'echo file_get_contents($argv[1]);', file], { encoding: 'utf8' }).stdout;
    const guard = file.endsWith('uninstall.php')
      ? "defined( 'WP_UNINSTALL_PLUGIN' ) || exit;"
      : "defined( 'ABSPATH' ) || exit;";
    assert.ok(text.includes(guard), `${relative(root, file)} lacks ${guard}`);
  }
});
