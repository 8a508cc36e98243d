// @ts-check
/**
 * (1) Bytes: what a page downloads for each widget, raw and compressed, beside what sites use today.
 * Every element entry is built with Lit inside, as one minified file, the same way as the drop-in
 * bundle, so the figures compare like with like.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { bundleEntry } from '../lib/bundle.mjs';
import { ELEMENTS } from '../lib/elements.mjs';
import { measureBytes, measureFiles } from '../lib/sizes.mjs';
import { formatValue } from '../lib/table.mjs';

/** @typedef {import('../lib/context.mjs').Context} Context */

/** @param {Context} ctx */
async function run(ctx) {
  // Build output only for measuring: outside dist/, so `npm pack` never ships it.
  const entriesDir = join(ctx.root, '.cache', 'bench', 'entries');
  /** @type {{ file: string, what: string, raw?: number, gzip?: number, brotli?: number, notMeasured?: string }[]} */
  const items = [];
  const add = (
    /** @type {string} */ file,
    /** @type {string} */ what,
    /** @type {import('../lib/sizes.mjs').ByteSizes} */ sizes,
  ) => items.push({ file, what, ...sizes });

  const landed = ELEMENTS.filter((element) => ctx.has(element)).length;
  add(
    'dist/cdn/sabba.js',
    `drop-in bundle: ${landed === ELEMENTS.length ? `all ${landed} elements` : `the ${landed} element${landed === 1 ? '' : 's'} built so far`} + Lit`,
    measureFiles([join(ctx.root, 'dist/cdn/sabba.js')]),
  );
  const loader = join(ctx.root, 'dist/cdn/loader.js');
  const chunksDir = join(ctx.root, 'dist/cdn/chunks');
  if (existsSync(loader) && existsSync(chunksDir)) {
    const chunks = readdirSync(chunksDir).filter((file) => file.endsWith('.js'));
    const shared = chunks.filter((file) => !file.includes('.define-')).map((file) => join(chunksDir, file));
    const elements = chunks.filter((file) => file.includes('.define-')).map((file) => join(chunksDir, file));
    add(
      'dist/cdn/loader.js',
      "autoloader alone (fetches each element's chunk the first time its tag appears)",
      measureFiles([loader]),
    );
    add(
      'dist/cdn/chunks/ (shared)',
      "autoloader's shared chunks: Lit + the Sabba base, fetched once, and the on-demand ones (consent reader, out-of-page, Prebid, storage…)",
      measureFiles(shared),
    );
    add(
      `autoloader, all ${elements.length} elements`,
      'loader + shared chunk + every element chunk (separate requests)',
      measureFiles([loader, ...shared, ...elements]),
    );
  } else {
    items.push({ file: 'dist/cdn/loader.js', what: 'sabba-widgets autoloader', notMeasured: 'loader not built yet' });
  }

  for (const element of ELEMENTS) {
    const file = `<sabba-${element}> entry + Lit`;
    if (!ctx.has(element)) {
      items.push({ file, what: `${element}.define.ts bundled alone`, notMeasured: `sabba-${element} not built yet` });
      continue;
    }
    const entry = join(ctx.root, 'src', 'components', element, `${element}.define.ts`);
    add(
      file,
      `${element}.define.ts bundled alone, minified`,
      measureBytes(await bundleEntry(ctx.root, entry, entriesDir, element)),
    );
  }
  add(
    'Lit 3 alone',
    'lit (LitElement, html, css), minified: shared by every element above',
    measureBytes(await bundleEntry(ctx.root, join(ctx.root, 'node_modules/lit/index.js'), entriesDir, 'lit')),
  );

  const pkg = (/** @type {string} */ path) => join(ctx.root, 'node_modules', path);
  add(
    'vanilla-back-to-top',
    'dist/vanilla-back-to-top.min.js (v7.2.1, as published)',
    measureFiles([pkg('vanilla-back-to-top/dist/vanilla-back-to-top.min.js')]),
  );
  add(
    'blockadblock',
    'blockadblock.js (v3.2.1, published unminified)',
    measureFiles([pkg('blockadblock/blockadblock.js')]),
  );
  add(
    'just-detect-adblock',
    'dist/bundle.umd.js (v1.1.0, as published)',
    measureFiles([pkg('just-detect-adblock/dist/bundle.umd.js')]),
  );
  add(
    'giscus',
    '<giscus-widget> (v1.6.0) + Lit, minified; the comments themselves load in an iframe from giscus.app',
    measureBytes(await bundleEntry(ctx.root, pkg('giscus/dist/giscus.mjs'), entriesDir, 'giscus')),
  );
  add(
    '@waline/client',
    'full comment client (v3.15.2): dist/waline.js + waline.css',
    measureFiles([pkg('@waline/client/dist/waline.js'), pkg('@waline/client/dist/waline.css')]),
  );

  const cell = (/** @type {number | undefined} */ value) => (value === undefined ? '–' : formatValue(value, 'bytes'));
  return {
    columns: ['File', 'What it is', 'raw', 'gzip', 'brotli'],
    rows: items.map((item) => [
      item.file,
      item.notMeasured === undefined ? item.what : `not measured: ${item.notMeasured}`,
      cell(item.raw),
      cell(item.gzip),
      cell(item.brotli),
    ]),
    data: items,
    notes: [
      "gzip level 9 and brotli quality 11, each file compressed on its own. No comment embed on npm ships a WordPress comment form; giscus (GitHub Discussions) and Waline (its own server) are the closest installable ones. disqus-react is only a loader for Disqus's own CDN script, so its bytes would mean nothing.",
    ],
  };
}

export default {
  id: 'bytes',
  title: 'Bytes',
  browser: false,
  method:
    'the files of `dist/` as `npm run build` writes them, and each element entry bundled alone with Lit by the same Vite settings as the drop-in, ' +
    "each compressed on its own (gzip level 9, brotli quality 11); the other libraries' published files from node_modules, measured alike.",
  run,
};
