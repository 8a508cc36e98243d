// @ts-check
/**
 * The element's own size-map.ts (and the one module it imports), transpiled into a temporary folder
 * and imported, so a test can hold the plugin's PHP port to the TypeScript without a build.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { repoRoot } from './wordpress.mjs';

/** @returns {Promise<typeof import('../../../src/components/ad-slot/size-map.js')>} */
export async function loadSizeMap() {
  const out = mkdtempSync(join(tmpdir(), 'sabba-size-map-'));
  try {
    for (const file of ['components/ad-slot/size-map', 'internal/warn']) {
      const { outputText } = ts.transpileModule(readFileSync(join(repoRoot, 'src', `${file}.ts`), 'utf8'), {
        compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 },
      });
      mkdirSync(join(out, file, '..'), { recursive: true });
      writeFileSync(join(out, `${file}.js`), outputText);
    }
    return await import(pathToFileURL(join(out, 'components/ad-slot/size-map.js')).href);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
