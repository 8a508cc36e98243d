#!/usr/bin/env node
// @ts-check
/**
 * Measures the real WordPress: sends every request of lib/cases.mjs to the WordPress started by
 * scripts/wordpress/start.sh and writes what it answered to tests/wordpress/measured-responses.json.
 *
 *   scripts/wordpress/start.sh && node tests/wordpress/measure.mjs
 *
 * Deletes every comment of the test site first.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { runCasesAgainstWordPress, summarise } from './lib/run-cases.mjs';
import { loadState } from './lib/wordpress.mjs';

const state = loadState();
const results = await runCasesAgainstWordPress(state, (line) => console.log(line));

const php = execFileSync('php', ['-r', 'echo PHP_VERSION;'], { encoding: 'utf8' });
const mariadb = execFileSync('mariadbd', ['--version'], { encoding: 'utf8' }).trim();
const out = {
  measuredAt: new Date().toISOString(),
  by: 'tests/wordpress/measure.mjs against scripts/wordpress/start.sh',
  wordpress: state.wordpressVersion,
  php,
  mariadb,
  site: 'Debian package `wordpress`, en_US, default discussion settings, anonymous REST comments enabled by a must-use plugin (scripts/wordpress/mu-plugins/)',
  notes: [
    'posts.open and posts.closed are the ids from .cache/wordpress/state.json; 999999 is a post that does not exist.',
    '"before: age" means earlier comments were moved one minute into the past first (stands in for waiting out the 15 s flood window).',
    'classic "code" is the WP_Error code behind the English wp_die() message (lib/cases.mjs CLASSIC_MESSAGES); the HTTP response itself carries no code.',
  ],
  posts: state.posts,
  cases: results.map(({ case: c, request, response, got }) => ({
    name: c.name,
    transport: c.transport,
    design: c.design,
    ...(c.before ? { before: c.before } : {}),
    ...(c.login ? { login: c.login } : {}),
    ...(c.setup ? { setup: `${c.setup} (${c.parentOf})` } : {}),
    request: summarise(request),
    response: {
      status: response.status,
      ...(response.headers.location ? { location: response.headers.location } : {}),
      contentType: response.headers['content-type'] ?? null,
      ...got,
    },
    expected: c.expect,
    asExpected:
      got.status === c.expect.status &&
      got.code === c.expect.code &&
      (c.expect.commentStatus === undefined || got.commentStatus === c.expect.commentStatus),
  })),
};
writeFileSync(new URL('./measured-responses.json', import.meta.url), `${JSON.stringify(out, null, 2)}\n`);
const off = out.cases.filter((c) => !c.asExpected);
console.log(`wrote tests/wordpress/measured-responses.json: ${out.cases.length} cases, ${off.length} not as expected`);
for (const c of off)
  console.log(
    `  ${c.name}: expected ${c.expected.status} ${c.expected.code ?? c.expected.commentStatus}, got ${c.response.status} ${c.response.code ?? c.response.commentStatus}`,
  );
