// @ts-check
// Writes what `npm run build` ships for typed and editor use, from dist/custom-elements.json (run
// after `npm run analyze`): dist/react-jsx.d.ts (React 19 JSX for the plain tags), dist/vue.d.ts
// (Vue's GlobalComponents), dist/vscode.html-custom-data.json and dist/web-types.json.
import { readFileSync, writeFileSync } from 'node:fs';
import { renderVscodeData, renderWebTypes } from './types/editor-data.mjs';
import { renderReactTypes } from './types/react-jsx.mjs';
import { renderVueTypes } from './types/vue.mjs';

const root = new URL('../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('dist/custom-elements.json', root), 'utf8'));
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));

/** @type {Record<string, string>} */
const outputs = {
  'dist/react-jsx.d.ts': renderReactTypes(manifest),
  'dist/vue.d.ts': renderVueTypes(manifest),
  'dist/vscode.html-custom-data.json': renderVscodeData(manifest),
  'dist/web-types.json': renderWebTypes(manifest, pkg),
};
for (const [path, text] of Object.entries(outputs)) writeFileSync(new URL(path, root), text);
console.log(`generate-types: wrote ${Object.keys(outputs).join(', ')}`);
