// @ts-check
// What the real-WordPress suite cannot run on this machine (Debian ships WordPress 6.1.9 and PHP 8.2
// only), checked another way:
// - WordPress 6.5+'s wp_enqueue_script_module() path: assets.php runs under php-cli against
//   stand-ins for the few WordPress functions it calls, once without wp_enqueue_script_module (6.1–6.4)
//   and once with it (6.5+), and the enqueue calls and the module tag are compared.
// - PHP 7.4, the plugin's minimum: Debian's phpcs has no PHPCompatibility standard, so PHP's own
//   tokenizer looks for syntax and functions that need PHP 8.0 or later (match, ?->, named
//   arguments, union or mixed types, attributes, str_contains() and friends, …), and the checker is
//   itself shown to catch each of them.
// Needs php-cli. Run: node --test tests/node/
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const PHP = process.env.PHP_PATH ?? 'php';
const work = mkdtempSync(join(tmpdir(), 'sabba-plugin-compat-'));
after(() => rmSync(work, { recursive: true, force: true }));

/** Runs PHP code from a file; returns stdout, failing on any error output. @param {string} code @param {Record<string, string>} [env] */
function php(code, env = {}) {
  const file = join(work, `run-${Math.random().toString(36).slice(2)}.php`);
  writeFileSync(file, code);
  const run = spawnSync(PHP, ['-d', 'error_reporting=-1', '-d', 'display_errors=stderr', file], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  assert.equal(run.error, undefined, `cannot run ${PHP} (install php-cli): ${run.error?.message}`);
  assert.equal(run.stderr, '', 'no notice, warning or deprecation');
  assert.equal(run.status, 0, run.stdout);
  return run.stdout;
}

// Stand-ins for the WordPress functions assets.php calls; they record what it enqueues.
const ENQUEUE = String.raw`<?php
define( 'ABSPATH', '/' );
define( 'SABBA_WIDGETS_FILE', '/wp-content/plugins/sabba-widgets/sabba-widgets.php' );
define( 'SABBA_WIDGETS_VERSION', '9.9.9' );
$GLOBALS['calls'] = array();
$GLOBALS['filters'] = array();
function add_action( $hook, $callback, $priority = 10, $args = 1 ) { $GLOBALS['filters'][ $hook ][] = $callback; }
function add_filter( $hook, $callback, $priority = 10, $args = 1 ) { $GLOBALS['filters'][ $hook ][] = $callback; }
function plugins_url( $path, $file ) { return 'https://sabba.test/wp-content/plugins/sabba-widgets/' . $path; }
function wp_enqueue_script( ...$args ) { $GLOBALS['calls'][] = array( 'wp_enqueue_script', $args ); }
function wp_enqueue_style( ...$args ) { $GLOBALS['calls'][] = array( 'wp_enqueue_style', $args ); }
if ( getenv( 'WORDPRESS_6_5' ) ) {
	function wp_enqueue_script_module( ...$args ) { $GLOBALS['calls'][] = array( 'wp_enqueue_script_module', $args ); }
}
require ${JSON.stringify(join(root, 'wordpress/includes/assets.php'))};
sabba_widgets_use_script();
sabba_widgets_use_script(); // a second widget on the page: still one enqueue
$tag = "<script type='text/javascript' src='https://sabba.test/wp-content/plugins/sabba-widgets/assets/loader.js?ver=9.9.9' id='sabba-widgets-loader-js'></script>\n";
$other = "<script src='https://sabba.test/jquery.js' id='jquery-core-js'></script>\n";
echo json_encode( array(
	'calls' => array_values( array_filter( $GLOBALS['calls'], function ( $call ) { return 'wp_enqueue_style' !== $call[0]; } ) ),
	'tag' => sabba_widgets_module_tag( $tag, 'sabba-widgets-loader' ),
	'other' => sabba_widgets_module_tag( $other, 'jquery-core' ),
	'hooked' => in_array( 'sabba_widgets_module_tag', $GLOBALS['filters']['script_loader_tag'], true ),
), JSON_UNESCAPED_SLASHES );
`;

const LOADER = 'https://sabba.test/wp-content/plugins/sabba-widgets/assets/loader.js';

test('WordPress 6.1–6.4: the loader is a footer script, printed as type="module"', () => {
  const result = JSON.parse(php(ENQUEUE));
  assert.deepEqual(result.calls, [['wp_enqueue_script', ['sabba-widgets-loader', LOADER, [], '9.9.9', true]]]);
  assert.equal(
    result.tag,
    `<script type="module" src='${LOADER}?ver=9.9.9' id='sabba-widgets-loader-js'></script>\n`,
    'one type, module',
  );
  assert.equal(result.other, "<script src='https://sabba.test/jquery.js' id='jquery-core-js'></script>\n");
  assert.equal(result.hooked, true);
});

test('WordPress 6.5+: the loader goes through wp_enqueue_script_module(), once', () => {
  const result = JSON.parse(php(ENQUEUE, { WORDPRESS_6_5: '1' }));
  assert.deepEqual(result.calls, [['wp_enqueue_script_module', ['sabba-widgets-loader', LOADER, [], '9.9.9']]]);
});

/** Every PHP file of the plugin (and the test stand-ins WordPress loads). @param {string} dir @returns {string[]} */
function phpFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return phpFiles(path);
    return name.endsWith('.php') ? [path] : [];
  });
}

// PHP's tokenizer (8.2) names the PHP 8 constructs; the rest are read from the token stream.
const CHECKER = String.raw`<?php
$php8_functions = array( 'str_contains', 'str_starts_with', 'str_ends_with', 'array_is_list', 'get_debug_type', 'fdiv', 'get_resource_id', 'preg_last_error_msg', 'enum_exists', 'array_find', 'array_any', 'array_all', 'json_validate', 'mb_str_pad' );
$php8_types = array( 'mixed', 'never', 'static', 'false', 'null', 'true' );
$found = array();
foreach ( array_slice( $argv, 1 ) as $file ) {
	$tokens = array_values( array_filter( token_get_all( file_get_contents( $file ) ), function ( $t ) {
		return ! is_array( $t ) || ! in_array( $t[0], array( T_WHITESPACE, T_COMMENT, T_DOC_COMMENT ), true );
	} ) );
	$text = function ( $i ) use ( $tokens ) { return isset( $tokens[ $i ] ) ? ( is_array( $tokens[ $i ] ) ? $tokens[ $i ][1] : $tokens[ $i ] ) : ''; };
	$id = function ( $i ) use ( $tokens ) { return isset( $tokens[ $i ] ) && is_array( $tokens[ $i ] ) ? $tokens[ $i ][0] : null; };
	$line = function ( $i ) use ( $tokens ) { for ( ; $i >= 0; $i-- ) { if ( is_array( $tokens[ $i ] ) ) { return $tokens[ $i ][2]; } } return 0; };
	$add = function ( $i, $what ) use ( &$found, $file, $line ) { $found[] = basename( $file ) . ':' . $line( $i ) . ' ' . $what; };
	$signature = 0; // depth inside a function's parameter list (0: outside)
	$depth = 0;
	foreach ( $tokens as $i => $t ) {
		$tid = $id( $i );
		if ( T_MATCH === $tid ) { $add( $i, 'match' ); }
		if ( T_NULLSAFE_OBJECT_OPERATOR === $tid ) { $add( $i, 'nullsafe ?->' ); }
		if ( T_ATTRIBUTE === $tid ) { $add( $i, 'attribute #[' ); }
		if ( T_ENUM === $tid ) { $add( $i, 'enum' ); }
		if ( T_READONLY === $tid ) { $add( $i, 'readonly' ); }
		if ( T_STRING === $tid && in_array( strtolower( $text( $i ) ), $php8_functions, true ) && '(' === $text( $i + 1 ) && ! in_array( $id( $i - 1 ), array( T_FUNCTION, T_OBJECT_OPERATOR, T_DOUBLE_COLON ), true ) ) {
			$add( $i, $text( $i ) . '()' );
		}
		// Named arguments: "(name:" or ", name:" (a ternary's "? name :" has a "?" before it).
		if ( in_array( $tid, array( T_STRING, T_LIST, T_ARRAY, T_PRINT, T_CLASS, T_ECHO ), true ) && ':' === $text( $i + 1 ) && in_array( $text( $i - 1 ), array( '(', ',' ), true ) && 0 === $signature ) {
			$add( $i, 'named argument ' . $text( $i ) . ':' );
		}
		if ( T_THROW === $tid && in_array( $text( $i - 1 ), array( '??', '?', ':', '=>', '=', '&&', '||', 'and', 'or' ), true ) ) {
			$add( $i, 'throw expression' );
		}
		if ( T_DOUBLE_COLON === $tid && T_CLASS === $id( $i + 1 ) && T_VARIABLE === $id( $i - 1 ) ) {
			$add( $i, '$object::class' );
		}
		if ( '(' === $text( $i ) && T_ELLIPSIS === $id( $i + 1 ) && ')' === $text( $i + 2 ) ) {
			$add( $i, 'first-class callable (...)' );
		}
		if ( T_CATCH === $tid && '(' === $text( $i + 1 ) ) {
			for ( $j = $i + 2; isset( $tokens[ $j ] ) && ')' !== $text( $j ); $j++ ) {}
			if ( T_VARIABLE !== $id( $j - 1 ) ) { $add( $i, 'catch without a variable' ); }
		}
		// Parameter lists and return types of functions, closures and arrow functions.
		if ( in_array( $tid, array( T_FUNCTION, T_FN ), true ) ) {
			for ( $j = $i + 1; isset( $tokens[ $j ] ) && '(' !== $text( $j ); $j++ ) {}
			$level = 0;
			for ( $k = $j; isset( $tokens[ $k ] ); $k++ ) {
				$s = $text( $k );
				if ( '(' === $s ) { $level++; }
				if ( ')' === $s ) { $level--; if ( 0 === $level ) { break; } }
				if ( 1 === $level && '|' === $s ) { $add( $k, 'union type' ); }
				if ( 1 === $level && in_array( $id( $k ), array( T_PUBLIC, T_PROTECTED, T_PRIVATE ), true ) ) { $add( $k, 'constructor promotion' ); }
				if ( 1 === $level && ',' === $s && ')' === $text( $k + 1 ) ) { $add( $k, 'trailing comma in parameters' ); }
				if ( 1 === $level && T_STRING === $id( $k ) && in_array( strtolower( $s ), $php8_types, true ) && T_VARIABLE === $id( $k + 1 ) ) { $add( $k, $s . ' type' ); }
			}
			if ( ':' === $text( $k + 1 ) ) {
				for ( $m = $k + 2; isset( $tokens[ $m ] ) && ! in_array( $text( $m ), array( '{', ';', '=>', 'use' ), true ); $m++ ) {
					if ( '|' === $text( $m ) ) { $add( $m, 'union return type' ); }
					if ( in_array( strtolower( $text( $m ) ), $php8_types, true ) ) { $add( $m, $text( $m ) . ' return type' ); }
				}
			}
		}
	}
}
echo json_encode( $found, JSON_UNESCAPED_SLASHES );
`;

const checker = join(work, 'php8-checker.php');
writeFileSync(checker, CHECKER);
/** The PHP 8.0+ constructs found in some files. @param {string[]} files @returns {string[]} */
function php8Constructs(files) {
  const run = spawnSync(PHP, ['-d', 'error_reporting=-1', '-d', 'display_errors=stderr', checker, ...files], {
    encoding: 'utf8',
  });
  assert.equal(run.error, undefined, `cannot run ${PHP}: ${run.error?.message}`);
  assert.equal(run.stderr, '');
  return JSON.parse(run.stdout);
}

test('PHP 7.4: the plugin uses no syntax or function that needs PHP 8', () => {
  const files = [...phpFiles(join(root, 'wordpress')), ...phpFiles(join(root, 'tests/wordpress/stand-ins'))];
  assert.ok(files.length > 15, files.map((file) => relative(root, file)).join(', '));
  assert.deepEqual(php8Constructs(files), []);
});

test('the PHP 8 checker catches each construct it looks for', () => {
  const sample = join(work, 'php8-sample.php');
  writeFileSync(
    sample,
    `<?php
$a = match ( $x ) { 1 => 'one', default => 'other' };
$b = $user?->name;
#[Deprecated]
function typed( int|string $id, mixed $value ): static|false { return false; }
class Point { public function __construct( private int $x, ) {} }
enum Suit { case Hearts; }
$c = str_contains( 'abc', 'b' ) && str_starts_with( 'abc', 'a' ) && str_ends_with( 'abc', 'c' );
$d = array_slice( array: $list, offset: 1 );
$e = $value ?? throw new Exception( 'none' );
$f = $object::class;
$g = strlen( ... );
try { run(); } catch ( Exception ) { }
$ok = $flag ? PHP_EOL : '';
`,
  );
  const found = php8Constructs([sample]).map((entry) => entry.replace(/^php8-sample\.php:\d+ /, ''));
  for (const construct of [
    'match',
    'nullsafe ?->',
    'attribute #[',
    'union type',
    'mixed type',
    'union return type',
    'static return type',
    'constructor promotion',
    'trailing comma in parameters',
    'enum',
    'str_contains()',
    'str_starts_with()',
    'str_ends_with()',
    'named argument array:',
    'named argument offset:',
    'throw expression',
    '$object::class',
    'first-class callable (...)',
    'catch without a variable',
  ])
    assert.ok(found.includes(construct), `finds ${construct} (found: ${found.join('; ')})`);
  assert.ok(!found.some((entry) => entry.includes('PHP_EOL')), 'a ternary is not a named argument');
});
