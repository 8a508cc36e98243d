// @ts-check
// BENCHMARKS.md has two writers: `npm run bench` rewrites the file, `npm run bench:adblock` its
// accuracy section. A full bench run once dropped the matrix the README links to.
// Run: node --test tests/node/
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { END, keepSection, replaceSection, START } from '../../bench/accuracy/report.mjs';

const matrix = `${START}\n### Adblock accuracy matrix\n\n| reader | right |\n${END}`;

test('a rewritten BENCHMARKS.md keeps the accuracy matrix of the file it replaces', () => {
  const previous = replaceSection('# Benchmarks\n\nold figures\n', matrix);
  const rewritten = keepSection('# Benchmarks\n\nnew figures\n', previous);
  assert.ok(rewritten.includes('new figures'));
  assert.ok(!rewritten.includes('old figures'));
  assert.equal(rewritten.split(START).length, 2, 'the section once');
  assert.ok(rewritten.includes(matrix));
});

test('a file without the matrix is written as it is', () => {
  assert.equal(keepSection('# Benchmarks\n', '# Benchmarks\n\nno matrix\n'), '# Benchmarks\n');
});
