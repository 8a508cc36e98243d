// @ts-check
/**
 * The local stub (scripts/test/wordpress-stand-in/comments-endpoint.mjs) against the real WordPress: the same request
 * list (lib/cases.mjs) goes to both, and every case must get the same HTTP status, the same
 * WordPress error code and message (REST: also the invalid params) and, for accepted comments,
 * the same moderation status.
 *
 * Differences between the two sites' set-up are mapped, not hidden:
 * - "time passes" (`before: 'age'`) moves the stub's clock 60 s on; on WordPress the comments are
 *   moved one minute back (lib/wordpress.mjs ageComments);
 * - cases with the query flag `sabba_test_anonymous=0` go to a second stub created with
 *   `anonymousComments: false` (the real site reads the flag in its must-use plugin); cases with
 *   `sabba_test_registration=1` go to a throw-away third one, so what it accepts changes nothing;
 * - "logged in with a stale nonce" sends no cookie to the stub (it has no sessions), only the nonce;
 * - "approve the parent" approves every stub comment (the stub has only approveAll()); the cases are
 *   ordered so that this changes no later outcome.
 * Known gaps of the stub are listed in STUB_GAPS with their reason and reported as TODO, so the
 * run stays honest about them without failing CI for a model we chose not to build.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { cases, classify } from './lib/cases.mjs';
import { runCasesAgainstWordPress } from './lib/run-cases.mjs';
import { loadState } from './lib/wordpress.mjs';

const stubUrl = new URL('../../scripts/test/wordpress-stand-in/comments-endpoint.mjs', import.meta.url);

/** Case name → why the stub answers differently from WordPress. */
const STUB_GAPS = /** @type {Record<string, string>} */ ({
  'classic registration required':
    'the stub has no "Users must be registered and logged in to comment" setting (comment_registration)',
});

const STUB_POSTS = { open: 1, closed: 2 };

test('the local stub answers the contract cases as the real WordPress does', async (t) => {
  if (!existsSync(stubUrl)) {
    t.skip(
      'scripts/test/wordpress-stand-in/comments-endpoint.mjs is not on this branch yet (it comes from the wp-stub branch)',
    );
    return;
  }
  const { createCommentsEndpoint } = await import(stubUrl.href);
  let clock = Date.parse('2026-01-01T00:00:00Z');
  const options = {
    basePath: '',
    posts: { [STUB_POSTS.open]: { open: true }, [STUB_POSTS.closed]: { open: false } },
    now: () => clock,
  };
  const stub = createCommentsEndpoint(options);
  const stubWithoutAnonymous = createCommentsEndpoint({ ...options, anonymousComments: false });
  const throwAway = createCommentsEndpoint(options);

  const real = await runCasesAgainstWordPress(loadState());

  /** @type {Map<string, number>} */
  const created = new Map();
  const ctx = { posts: STUB_POSTS, created };
  for (const [i, c] of cases.entries()) {
    if (c.before === 'age') clock += 60_000;
    if (c.setup === 'approve-created') stub.approveAll();
    const request = c.request(ctx);
    const site =
      request.query.sabba_test_anonymous === '0'
        ? stubWithoutAnonymous
        : request.query.sabba_test_registration === '1'
          ? throwAway
          : stub;
    const query = Object.fromEntries(Object.entries(request.query).filter(([key]) => !key.startsWith('sabba_test_')));
    const response = site.handle({
      method: request.method,
      path: request.path,
      query,
      headers: { host: '127.0.0.1:8881', ...request.headers },
      body: request.body,
    });
    clock += 1000; // each request takes a second, so "within 15 s" stays true as on the real site
    const got = response
      ? classify(c.transport, { status: response.status, headers: response.headers, body: response.body })
      : { status: 404, code: 'stub_no_route' };
    if (got.code === null && typeof got.id === 'number') created.set(c.name, got.id);
    const want = real[i].got;
    const gap = STUB_GAPS[c.name];
    // The stub speaks English only: the Indonesian site's messages are compared by code alone.
    const sameLanguage = request.query.sabba_test_locale === undefined;
    await t.test(c.name, { todo: gap }, () => {
      const pick = (/** @type {any} */ r) => ({
        status: r.status,
        code: r.code,
        commentStatus: r.code === null ? r.commentStatus : undefined,
        message: sameLanguage ? r.message : undefined,
        params: r.data?.params,
      });
      assert.deepEqual(pick(got), pick(want), `stub ${JSON.stringify(got)} vs WordPress ${JSON.stringify(want)}`);
    });
  }
});
