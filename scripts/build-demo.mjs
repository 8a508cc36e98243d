#!/usr/bin/env node
// @ts-check
/**
 * Writes the demo article as a site publishes it: `dist/demo/` with demo/index.html loading the
 * autoloader from `../cdn/` (minified, production Lit: no dev server, no dev mode) instead of the
 * dev server's source entry, and the demo's static files beside it. Run after the CDN builds
 * (`npm run build` does); `npm run bench` measures this page, `npm start` keeps serving the sources.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const demo = join(root, 'demo');
const out = join(root, 'dist/demo');

/**
 * demo/index.html with the loader in place of the dev entry.
 * @param {string} html
 */
export function publishedDemoHtml(html) {
  const entry = '<script type="module" src="./demo.ts"></script>';
  if (!html.includes(entry)) throw new Error(`demo/index.html no longer has ${entry}`);
  return html.replace(
    entry,
    '<script type="module" src="../cdn/loader.js"></script>\n    <script type="module" src="./language-switch.js"></script>',
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!existsSync(join(root, 'dist/cdn/loader.js'))) {
    console.error('build-demo: dist/cdn/loader.js is missing; run `vite build --mode cdn-loader` first.');
    process.exit(1);
  }
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'index.html'), publishedDemoHtml(readFileSync(join(demo, 'index.html'), 'utf8')));
  for (const file of ['demo.css', 'favicon.svg', 'ad_728.js', 'language-switch.js'])
    cpSync(join(demo, file), join(out, file));
  // Vite serves demo/public/ at the root of the dev site.
  cpSync(join(demo, 'public'), out, { recursive: true });
  console.log('build-demo: wrote dist/demo/ (the demo article with dist/cdn/loader.js)');
}
