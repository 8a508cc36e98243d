// @ts-check
/**
 * Benchmark pages built from the demo article, so every variant scrolls and lays out the same
 * real-looking text with the demo's own stylesheet.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The demo article as `npm run build` publishes it (dist/demo/index.html), which the published,
 * preload and startup scenarios load.
 * @param {string} root
 */
export const publishedDemoFile = (root) => join(root, 'dist', 'demo', 'index.html');

/**
 * The published demo's `<link rel="modulepreload">` tags for the loader's chunks (the ad slot's
 * files): a variant without the loader drops them with it, or it would still fetch those chunks.
 */
export const LOADER_PRELOADS = /<link rel="modulepreload" href="\.\.\/cdn\/chunks\/[^"]+"[^>]*>\s*/g;

/**
 * The demo article's paragraphs and lists (not its widgets), as HTML.
 * @param {string} root
 */
export function articleParagraphs(root) {
  const demo = readFileSync(join(root, 'demo', 'index.html'), 'utf8');
  const start = demo.indexOf('article__body');
  const end = demo.indexOf('article__footer', start);
  const region = demo.slice(start, end === -1 ? undefined : end).replace(/<!--[\s\S]*?-->/g, '');
  const blocks = region.match(/<(p|ul)>[\s\S]*?<\/\1>/g) ?? ['<p>Artikel.</p>'];
  return blocks.join('\n');
}

/**
 * A long article page (the demo text repeated) with extra markup in head and at the end of body.
 * @param {string} root
 * @param {{ title: string, head?: string, body?: string, repeat?: number }} parts
 */
export function longArticlePage(root, { title, head = '', body = '', repeat = 10 }) {
  const text = articleParagraphs(root);
  const sections = Array.from({ length: repeat }, (_, i) => `<h2>Bagian ${i + 1}</h2>\n${text}`).join('\n');
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="stylesheet" href="/demo/demo.css">
${head}
</head>
<body>
<main class="page"><article class="article"><h1>${title}</h1><div class="article__body">
${sections}
</div></article></main>
${body}
</body>
</html>`;
}
