// @ts-check
// Writes package.json's version into src/internal/version.ts (the version a second copy of the
// library names in its warning). Run by `npm run version-packages` after `changeset version`;
// scripts/check-pack.mjs fails when the two disagree.
import { readFileSync, writeFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const file = new URL('src/internal/version.ts', root);
const source = readFileSync(file, 'utf8');
const next = source.replace(/export const VERSION = '[^']*';/, `export const VERSION = '${version}';`);
if (next === source && !source.includes(`'${version}'`))
  throw new Error('VERSION not found in src/internal/version.ts');
writeFileSync(file, next);
console.log(`sync-version: VERSION = '${version}'`);
