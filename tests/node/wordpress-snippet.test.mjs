// @ts-check
// The WordPress snippets in the README and docs/embedding.md, as a theme author pastes them: every
// PHP block passes `php -l`, the README's functions.php snippet is the guide's, and run against
// stand-ins for WordPress's functions it hooks `wp_enqueue_scripts`, enqueues the loader as a module
// on 6.5+ (and as a classic script made a module before), with a version, plus ad-slot.css.
// Needs php-cli (/usr/bin/php). Run: node --test tests/node/
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'sabba-php-'));
after(() => rmSync(work, { recursive: true, force: true }));

/** The ```php blocks of a Markdown file. @param {string} path @returns {string[]} */
const phpBlocks = (path) =>
  [...readFileSync(join(root, path), 'utf8').matchAll(/^```php\n([\s\S]*?)^```$/gm)].map((match) => match[1] ?? '');
/** The functions.php snippet: the block that opens with `<?php`. @param {string} path */
const enqueueSnippet = (path) => {
  const snippet = phpBlocks(path).find((block) => block.startsWith('<?php\n'));
  assert.ok(snippet, `${path} has a PHP block that opens with <?php`);
  return snippet;
};

/** `php -l` on some code; resolves with its status and output. @param {string} code @param {string} name */
function lint(code, name) {
  const file = join(work, name);
  writeFileSync(file, code);
  const result = spawnSync('php', ['-l', file], { encoding: 'utf8' });
  return { status: result.status, output: result.stdout + result.stderr };
}

// Stand-ins for the WordPress functions the snippet calls: they record what it enqueues and run
// its filters the way WordPress does, on the tags WordPress 6.3+ and older versions print.
const HARNESS = String.raw`<?php
$hooks = array();
$calls = array();
function add_action( $hook, $callback, $priority = 10, $args = 1 ) { $GLOBALS['hooks'][ $hook ][] = array( $callback, $args ); }
function add_filter( $hook, $callback, $priority = 10, $args = 1 ) { $GLOBALS['hooks'][ $hook ][] = array( $callback, $args ); }
function apply_filters( $hook, ...$values ) {
	foreach ( $GLOBALS['hooks'][ $hook ] ?? array() as [ $callback, $args ] ) { $values[0] = $callback( ...array_slice( $values, 0, $args ) ); }
	return $values[0];
}
function get_theme_file_uri( $file ) { return 'https://sabba.test/wp-content/themes/berita/' . $file; }
function wp_enqueue_style( ...$args ) { $GLOBALS['calls'][] = array( 'wp_enqueue_style', $args ); }
function wp_enqueue_script( ...$args ) { $GLOBALS['calls'][] = array( 'wp_enqueue_script', $args ); }
if ( getenv( 'WORDPRESS_6_5' ) ) {
	function wp_enqueue_script_module( ...$args ) { $GLOBALS['calls'][] = array( 'wp_enqueue_script_module', $args ); }
}
require $argv[1];
foreach ( $hooks['wp_enqueue_scripts'] ?? array() as [ $callback ] ) { $callback(); }
echo json_encode( array(
	'hooks' => array_keys( $hooks ),
	'calls' => $calls,
	'attributes' => apply_filters( 'wp_script_attributes', array( 'src' => 'loader.js', 'id' => 'sabba-widgets-js' ) ),
	'otherAttributes' => apply_filters( 'wp_script_attributes', array( 'src' => 'jquery.js', 'id' => 'jquery-core-js' ) ),
	'tag6_3' => apply_filters( 'script_loader_tag', '<script type="module" src="loader.js" id="sabba-widgets-js"></script>', 'sabba-widgets' ),
	'tagOlder' => apply_filters( 'script_loader_tag', "<script src='loader.js' id='sabba-widgets-js'></script>", 'sabba-widgets' ),
	'otherTag' => apply_filters( 'script_loader_tag', "<script src='jquery.js' id='jquery-core-js'></script>", 'jquery-core' ),
) );
`;

/** Runs the snippet under the stand-ins. @param {string} snippet @param {boolean} modules whether wp_enqueue_script_module exists */
function runSnippet(snippet, modules) {
  writeFileSync(join(work, 'functions.php'), snippet);
  writeFileSync(join(work, 'harness.php'), HARNESS);
  const env = { ...process.env, WORDPRESS_6_5: modules ? '1' : '' };
  return JSON.parse(
    execFileSync('php', [join(work, 'harness.php'), join(work, 'functions.php')], { encoding: 'utf8', env }),
  );
}

test('every PHP block in the README and docs/embedding.md passes php -l', () => {
  for (const path of ['README.md', 'docs/embedding.md']) {
    const blocks = phpBlocks(path);
    assert.ok(blocks.length > 0, `${path} has PHP blocks`);
    blocks.forEach((block, index) => {
      // A template block (comments.php) is HTML with <?php ?> inside; the rest is functions.php code.
      const result = lint(block.includes('<?php') ? block : `<?php\n${block}`, `block-${index}.php`);
      assert.equal(result.status, 0, `${path}, PHP block ${index + 1}:\n${result.output}`);
    });
  }
});

test('php -l does fail on a broken snippet (the check above is not empty)', () => {
  const broken = enqueueSnippet('docs/embedding.md').replace(
    "'sabba-widgets', $base . 'loader.js'",
    "'sabba-widgets' $base . 'loader.js'",
  );
  assert.notEqual(lint(broken, 'broken.php').status, 0);
});

test("the README's functions.php snippet is the one in docs/embedding.md", () => {
  assert.equal(enqueueSnippet('README.md'), enqueueSnippet('docs/embedding.md'));
});

test('on WordPress 6.5+ it enqueues the loader as a script module and ad-slot.css, both versioned, from wp_enqueue_scripts', () => {
  const result = runSnippet(enqueueSnippet('docs/embedding.md'), true);
  assert.ok(result.hooks.includes('wp_enqueue_scripts'));
  const [style, script, ...rest] = result.calls;
  assert.deepEqual(rest, []);
  assert.deepEqual(style[0], 'wp_enqueue_style');
  assert.equal(style[1][1], 'https://sabba.test/wp-content/themes/berita/sabba/ad-slot.css');
  assert.match(style[1][3], /^\d+\.\d+\.\d+$/, 'ad-slot.css has a version');
  assert.equal(script[0], 'wp_enqueue_script_module');
  assert.deepEqual(script[1].slice(0, 2), [
    'sabba-widgets',
    'https://sabba.test/wp-content/themes/berita/sabba/loader.js',
  ]);
  assert.equal(script[1][3], style[1][3], 'loader.js has the same version');
});

test('before 6.5 it enqueues a classic script that the filters print once as type="module", and leaves other scripts alone', () => {
  const result = runSnippet(enqueueSnippet('docs/embedding.md'), false);
  assert.deepEqual(
    result.calls.map((/** @type {[string]} */ call) => call[0]),
    ['wp_enqueue_style', 'wp_enqueue_script'],
  );
  const [handle, src, , version, inFooter] = result.calls[1][1];
  assert.deepEqual(
    [handle, src, inFooter],
    ['sabba-widgets', 'https://sabba.test/wp-content/themes/berita/sabba/loader.js', true],
  );
  assert.match(version, /^\d+\.\d+\.\d+$/);
  assert.equal(result.attributes.type, 'module', 'WordPress 6.3 and 6.4: wp_script_attributes');
  assert.equal(result.otherAttributes.type, undefined);
  assert.equal(
    result.tag6_3,
    '<script type="module" src="loader.js" id="sabba-widgets-js"></script>',
    'no second type attribute',
  );
  assert.equal(
    result.tagOlder,
    `<script type="module" src='loader.js' id='sabba-widgets-js'></script>`,
    'before 6.3: script_loader_tag',
  );
  assert.equal(result.otherTag, `<script src='jquery.js' id='jquery-core-js'></script>`);
});
