// @ts-check
/**
 * The WordPress comment contract, checked against the real WordPress (scripts/wordpress/start.sh):
 * every request of lib/cases.mjs gets the status and error code that the table in docs/architecture.md and
 * measured-responses.json record, and the database holds exactly the comments that were accepted,
 * byte for byte.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { AUTHOR, CLASSIC_AUTHOR, LIMITS, atBytes, cases } from './lib/cases.mjs';
import { runCasesAgainstWordPress } from './lib/run-cases.mjs';
import { comments, loadState, withoutId } from './lib/wordpress.mjs';

const measured = JSON.parse(readFileSync(new URL('./measured-responses.json', import.meta.url), 'utf8'));

test('real WordPress answers every contract case as docs/architecture.md and measured-responses.json say', async (t) => {
  const state = loadState();
  const results = await runCasesAgainstWordPress(state);

  for (const { case: c, got } of results) {
    await t.test(c.name, () => {
      assert.equal(got.status, c.expect.status, `${c.name}: HTTP status (${JSON.stringify(got)})`);
      assert.equal(got.code, c.expect.code, `${c.name}: error code`);
      if (c.expect.commentStatus) assert.equal(got.commentStatus, c.expect.commentStatus, `${c.name}: comment status`);
      const recorded = measured.cases.find((/** @type {{name: string}} */ m) => m.name === c.name);
      assert.ok(recorded, `${c.name} is in measured-responses.json (re-run tests/wordpress/measure.mjs)`);
      assert.equal(recorded.response.status, got.status, `${c.name}: recorded status`);
      assert.equal(recorded.response.code, got.code, `${c.name}: recorded code`);
    });
  }

  await t.test('the database holds exactly the accepted comments, byte for byte', () => {
    const id = (/** @type {string} */ name) => results.find((r) => r.case.name === name)?.got.id;
    const rows = comments(state).map(withoutId);
    const open = state.posts.open;
    assert.deepEqual(rows, [
      {
        post: open,
        parent: 0,
        author: AUTHOR.name,
        email: AUTHOR.email,
        url: AUTHOR.url,
        content: 'Komentar pertama lewat REST.',
        approved: '1' /* approved by the reply case's setup */,
      },
      {
        post: open,
        parent: 0,
        author: atBytes.name(LIMITS.author),
        email: atBytes.email(LIMITS.email),
        url: atBytes.url(LIMITS.url),
        content: atBytes.content(LIMITS.content),
        approved: '0',
      },
      {
        post: open,
        parent: id('rest valid'),
        author: AUTHOR.name,
        email: AUTHOR.email,
        url: AUTHOR.url,
        content: 'Balasan untuk komentar yang ditahan.',
        approved: '0',
      },
      {
        post: open,
        parent: id('rest valid'),
        author: AUTHOR.name,
        email: AUTHOR.email,
        url: AUTHOR.url,
        content: 'Balasan untuk komentar yang disetujui.',
        approved: '1',
      },
      {
        post: open,
        parent: 0,
        author: CLASSIC_AUTHOR.name,
        email: CLASSIC_AUTHOR.email,
        url: '',
        content: 'Komentar pertama lewat formulir klasik.',
        approved: '1' /* approved by the reply case's setup */,
      },
      {
        post: open,
        parent: 0,
        author: atBytes.name(LIMITS.author),
        email: atBytes.email(LIMITS.email, 'b'),
        url: atBytes.url(LIMITS.url),
        content: atBytes.content(LIMITS.content, 'y'),
        approved: '0',
      },
      {
        post: open,
        parent: 0,
        author: CLASSIC_AUTHOR.name,
        email: CLASSIC_AUTHOR.email,
        url: '',
        content: 'Lewat formulir klasik di situs tanpa REST anonim.',
        approved: '0',
      },
      {
        post: open,
        parent: id('classic valid'),
        author: CLASSIC_AUTHOR.name,
        email: CLASSIC_AUTHOR.email,
        url: '',
        content: 'Balasan klasik.',
        approved: '1',
      },
    ]);
    assert.equal(cases.length, measured.cases.length, 'measured-responses.json covers the same list of cases');
  });
});
