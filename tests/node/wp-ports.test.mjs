// @ts-check
// WordPress's is_email() and trim() are ported twice: in TypeScript for the comment form (it ships in
// the bundle) and in plain JavaScript for the WordPress stand-in (it runs in Node without a build).
// This test transpiles the form's copy and holds both to the same answers on one corpus.
// Run: node --test tests/node/
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { isEmail, phpTrim } from '../../scripts/test/wordpress-stand-in/wp-text.mjs';

const folder = new URL('../../src/components/comment-form/', import.meta.url);
const out = mkdtempSync(join(tmpdir(), 'sabba-wp-ports-'));
after(() => rmSync(out, { recursive: true, force: true }));

for (const name of ['validation', 'byte-limits']) {
  const source = readFileSync(new URL(`${name}.ts`, folder), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 },
  });
  writeFileSync(join(out, `${name}.js`), outputText);
}
/** @type {{ isWordPressEmail(email: string): boolean, phpTrim(text: string): string }} */
const form = await import(pathToFileURL(join(out, 'validation.js')).href);

const EMAILS = [
  'budi@contoh.id',
  'a@b.co',
  'a@b.c',
  'ab@c.d',
  'budi@localhost',
  'budi@contóh.id',
  'budi @contoh.id',
  '@contoh.id',
  'budi@@contoh.id',
  'budi@contoh..id',
  'budi@.contoh.id',
  'budi@contoh.id.',
  'budi@-contoh.id',
  'budi@contoh-.id',
  'budi@con-toh.id',
  'budi@contoh.id ',
  ' budi@contoh.id',
  'budi@contoh.\u00a0id',
  'budi@contoh.id\u00a0',
  'budi@contoh.i\vd',
  'bu.di+tag@sub.contoh.co.id',
  "o'brien@contoh.id",
  'budi@contoh_x.id',
  'budi@xn--contoh-9ua.id',
  'BUDI@CONTOH.ID',
  'budi\n@contoh.id',
  'budi@contoh.id\n',
  'b@c.d\0',
  '',
  'x'.repeat(300) + '@contoh.id',
  'budi@' + 'a.'.repeat(200) + 'id',
];

test('the form and the stand-in agree on is_email() for every case', () => {
  for (const email of EMAILS) {
    assert.equal(form.isWordPressEmail(email), isEmail(email), `is_email(${JSON.stringify(email)})`);
  }
});

test('the form and the stand-in agree on trim()', () => {
  for (const text of [' a ', '\t\n\r\0\va\v', '\u00a0a\u00a0', '\u3000a', '', '   ', 'a b']) {
    assert.equal(form.phpTrim(text), phpTrim(text), `trim(${JSON.stringify(text)})`);
  }
});
