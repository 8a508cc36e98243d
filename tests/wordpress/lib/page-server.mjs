// @ts-check
/**
 * The embedding page of the browser suite, served from another origin than WordPress (like a news
 * portal embedding the widget): `/form?site-url=…&post-id=…` is a page with one
 * <sabba-comment-form>, `/sabba.js` is the drop-in build (dist/cdn/), `/page.js` records the
 * element's events for the test. The page carries a strict CSP: scripts only from itself, network
 * only to the WordPress site.
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { repoRoot } from './wordpress.mjs';

const cdnDir = join(repoRoot, 'dist/cdn');
const ATTRIBUTES = ['site-url', 'post-id', 'parent-id', 'reply-to-name', 'transport', 'lang'];
const TYPES = { '.js': 'text/javascript; charset=utf-8', '.map': 'application/json', '.css': 'text/css' };

/** @param {string} text */
const escapeHtml = (text) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** Records what the element tells the page, for the test to read. */
const PAGE_JS = `
window.sabbaEvents = [];
window.cspViolations = [];
for (const type of ['sabba-comment-submit', 'sabba-comment-success', 'sabba-comment-error']) {
  document.addEventListener(type, (event) => {
    window.sabbaEvents.push({ type, detail: JSON.parse(JSON.stringify(event.detail ?? null)) });
  });
}
document.addEventListener('securitypolicyviolation', (event) => {
  window.cspViolations.push(event.violatedDirective + ' ' + event.blockedURI);
});
`;

/**
 * @param {{ port: number, siteUrl: string }} options
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function startPageServer({ port, siteUrl }) {
  const csp = [
    "default-src 'none'",
    "script-src 'self'",
    `connect-src ${siteUrl}`,
    "style-src 'self'",
    `img-src 'self' data: ${siteUrl}`,
    `form-action ${siteUrl}`,
    "base-uri 'none'",
  ].join('; ');

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    try {
      if (url.pathname === '/form') {
        const attrs = ATTRIBUTES.filter((name) => url.searchParams.has(name))
          .map((name) => ` ${name}="${escapeHtml(url.searchParams.get(name) ?? '')}"`)
          .join('');
        const lang = escapeHtml(url.searchParams.get('page-lang') ?? 'id');
        const html = `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<title>Artikel uji · sabba-comment-form</title>
<script src="/page.js"></script>
<script type="module" src="/sabba.js"></script>
</head>
<body>
<main><article><h1>Komentar dibuka</h1><p>Artikel uji.</p></article>
<section aria-label="Tinggalkan Balasan"><sabba-comment-form${attrs}></sabba-comment-form></section></main>
</body>
</html>`;
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp, 'cache-control': 'no-store' });
        res.end(html);
        return;
      }
      if (url.pathname === '/page.js') {
        res.writeHead(200, { 'content-type': TYPES['.js'], 'cache-control': 'no-store' });
        res.end(PAGE_JS);
        return;
      }
      const file = normalize(join(cdnDir, url.pathname));
      if (file.startsWith(`${cdnDir}/`)) {
        const body = await readFile(file);
        res.writeHead(200, {
          'content-type': TYPES[/** @type {keyof TYPES} */ (extname(file))] ?? 'application/octet-stream',
          'cache-control': 'no-store',
        });
        res.end(body);
        return;
      }
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    } catch (error) {
      const missing = /** @type {NodeJS.ErrnoException} */ (error).code === 'ENOENT';
      res.writeHead(missing ? 404 : 500, { 'content-type': 'text/plain' }).end(missing ? 'not found' : String(error));
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(undefined));
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
