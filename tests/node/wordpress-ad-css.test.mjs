// @ts-check
// The ad slot's pre-upgrade CSS is computed twice: in TypeScript (size-map.ts, which the element
// and `npx sabba-widgets ad-css` use) and in PHP (wordpress/includes/ad-css.php, which the plugin
// prints in <head>). This test transpiles the TypeScript, runs the PHP with php-cli on the same
// corpus of `sizes` / `size-map` values (well-formed, odd and hostile) and holds both to the same
// plan and the same CSS, byte for byte. Needs php-cli. Run: node --test tests/node/
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { loadSizeMap } from '../wordpress/lib/size-map.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const PHP = process.env.PHP_PATH ?? 'php';
const out = mkdtempSync(join(tmpdir(), 'sabba-ad-css-'));
after(() => rmSync(out, { recursive: true, force: true }));
const js = await loadSizeMap();

const SELECTOR = 'sabba-ad-slot[data-sabba-reserve="0123456789ab"]';
const MANY = Array.from({ length: 25 }, (_, i) => `${300 + i}x${50 + i}`).join(', ');

/**
 * [sizes, size-map] pairs; null is an absent attribute. An odd token follows a valid 320x50, so a
 * token wrongly dropped changes the plan instead of falling back to the same 300x250.
 * @type {[string | null, string | null][]} */
const CASES = [
  ['320x50, 300x250', null],
  ['300x250, 336x280', null],
  ['300X250', ''],
  ['320x50, 300×250', null],
  ['320x50, 300 x 250', null],
  ['320x50,   300x250  ', null],
  ['320x50, 300x250\u00a0', null], // JavaScript's trim() strips a no-break space, PHP's does not
  ['320x50, \ufeff300x250', null],
  ['320x50, 300x250\u2028', null],
  ['320x50, \u3000300x250\u205f', null],
  ['320x50, 300x250\u0085', null], // NEL is not JavaScript whitespace
  ['320x50, 300x250\n', null], // `$` must not match before a final newline
  ['320x50, 300\tx\t250', null],
  ['320x50, ٣٠٠x٢٥٠', null], // Arabic-Indic digits are not \d in JavaScript
  ['320x50, ３００x２５０', null],
  ['320x50, 00300x00250', null],
  ['320x50, 0x0, 0x250, 300x0', null],
  ['320x50, 4000x4000, 4001x250, 300x4001', null],
  ['320x50, 99999x1, 123456x2', null],
  ['300x250,300x250, 300X250', null],
  ['300x250,,, ,336x280', null],
  ['320x50, 1e3x250, -300x250, 300.5x250, +300x250, 0x12cx250', null],
  [MANY, null],
  [`${MANY}, 300x250`, null],
  [null, null],
  ['', ''],
  [' , ', ' | '],
  ['300x250; } body { display: none', null],
  ['</style><script>alert(1)</script>', null],
  ['300x250"><script>alert(1)</script>', '0:300x250"><img src=x onerror=alert(1)>'],
  ['300x250', '0:300x250 | 768:728x90'],
  [null, '0:300x250 | 768:728x90'],
  ['300x250, 336x280', '0:300x250 | 768:728x90'],
  [null, '768:728x90'],
  [null, '0:320x100 | 1024:none'],
  [null, '0:NONE'],
  [null, '0:None | 768:728x90'],
  [null, '0:none|768:none'],
  [null, '0:none'],
  ['300x250', '0:none'],
  [null, '0:300x250 | 0:728x90'],
  [null, '0:300x250 | 0:bad'],
  [null, '0:300x250 | 0:none'],
  [null, '1024:970x250|0:300x250|768:728x90'],
  [null, '20000:970x250 | 20001:300x250'],
  [null, '00768:728x90 | 0768:970x90'],
  [null, ':300x250 | 768: | 768 | abc:300x250 | -1:300x250 | 1.5:300x250'],
  [null, '768 : 728x90 |\u00a0 0\u00a0:\u00a0300x250'],
  [null, '0:300x250 | | 768:728x90 |'],
  [null, '0:300x250, 336x280 | 900:970x90, 728x90'],
  [null, '0:300x250}@import url(//evil.example/x.css);{'],
  [null, '0:300x250 | 768:728x90\u2028 | 1024:970x90\n'],
  [null, '0:300x250 | ٧٦٨:728x90'],
  [null, `0:${MANY}`],
  ['320x50', '0:320x50 | 480:bad, 320x100 | 768:728x90, 4001x1'],
  ['x', ':'],
  ['300x250', '100000:728x90'],
];

/** The PHP port's plan and CSS for every case, from one php-cli run. */
function runPhp(/** @type {unknown[]} */ cases) {
  const runner = join(out, 'runner.php');
  writeFileSync(
    runner,
    `<?php
define( 'ABSPATH', '/' );
require ${JSON.stringify(join(root, 'wordpress/includes/ad-css.php'))};
$cases = json_decode( stream_get_contents( STDIN ), true );
$result = array();
foreach ( $cases as $case ) {
	$plan     = sabba_widgets_plan_ad_sizes( $case[0], $case[1] );
	$result[] = array(
		'plan' => $plan,
		'css'  => sabba_widgets_ad_pre_upgrade_css( $plan, ${JSON.stringify(SELECTOR).replaceAll('$', '\\$')} ),
	);
}
echo json_encode( $result, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE );
`,
  );
  const run = spawnSync(PHP, ['-d', 'error_reporting=-1', '-d', 'display_errors=stderr', runner], {
    input: JSON.stringify(cases),
    encoding: 'utf8',
  });
  assert.equal(run.error, undefined, `cannot run ${PHP} (install php-cli): ${run.error?.message}`);
  assert.equal(run.stderr, '', 'no notice, warning or deprecation');
  assert.equal(run.status, 0, run.stdout);
  return /** @type {{ plan: { sizes: [number, number][], entries: { min_width: number, sizes: [number, number][] }[] }, css: string }[]} */ (
    JSON.parse(run.stdout)
  );
}

const php = runPhp(CASES);
const quiet = () => {};

CASES.forEach(([sizes, sizeMap], index) => {
  test(`sizes=${JSON.stringify(sizes)} size-map=${JSON.stringify(sizeMap)}: PHP and TypeScript agree`, () => {
    const plan = js.planSizes(sizes, sizeMap, quiet);
    const result = php[index];
    assert.ok(result);
    assert.deepEqual(
      {
        sizes: result.plan.sizes.map(([width, height]) => ({ width, height })),
        entries: result.plan.entries.map((entry) => ({
          minWidth: entry.min_width,
          sizes: entry.sizes.map(([width, height]) => ({ width, height })),
        })),
      },
      { sizes: plan.sizes, entries: plan.entries },
      'the same plan',
    );
    assert.equal(result.css, js.preUpgradeCss(plan, SELECTOR), 'the same CSS');
  });
});

test('no input reaches the CSS as text: every rule is built from parsed numbers and the selector', () => {
  const target = ':where\\(sabba-ad-slot\\[data-sabba-reserve="0123456789ab"\\]:not\\(:defined\\)\\)';
  const body =
    '(display: none;|display: block; block-size: calc\\(\\d+px \\+ 1rem \\+ var\\(--sabba-ad-slot-gap, 0\\.25rem\\)\\);)';
  const line = new RegExp(
    `^(${target} \\{ display: block; margin-block: var\\(--sabba-ad-slot-margin-block, 1\\.5em\\); \\}|${target} \\{ ${body} \\}|@media \\(min-width: \\d+px\\) \\{ ${target} \\{ ${body} \\} \\})$`,
  );
  for (const { css } of php) for (const rule of css.split('\n')) assert.match(rule, line);
});

test('the corpus covers what matters: a map, a breakpoint without an ad, the fallback, a dropped entry', () => {
  const all = php.map((result) => result.css).join('\n');
  assert.match(all, /@media \(min-width: 768px\)/);
  assert.match(all, /display: none;/);
  assert.match(all, /calc\(250px \+ 1rem/);
  assert.ok(php.some((result) => result.plan.entries.length === 0) === false, 'a plan always has a breakpoint');
});

test('invalid UTF-8 (which no browser hands the element) gives the fallback, without a warning', () => {
  const runner = join(out, 'bytes.php');
  writeFileSync(
    runner,
    `<?php
define( 'ABSPATH', '/' );
require ${JSON.stringify(join(root, 'wordpress/includes/ad-css.php'))};
echo json_encode( sabba_widgets_plan_ad_sizes( "\\xff300x250", "0:728x90\\xc3" ) );
echo "\\n", json_encode( sabba_widgets_plan_ad_sizes( array( '300x250' ), 42 ) );
`,
  );
  const run = spawnSync(PHP, ['-d', 'error_reporting=-1', '-d', 'display_errors=stderr', runner], { encoding: 'utf8' });
  assert.equal(run.stderr, '');
  const fallback = { sizes: [[300, 250]], entries: [{ min_width: 0, sizes: [[300, 250]] }] };
  assert.deepEqual(
    run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line)),
    [fallback, fallback],
  );
});
