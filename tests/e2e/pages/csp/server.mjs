// @ts-check
// A tiny origin for the strict-CSP pages: the drop-in bundle (dist/cdn/sabba.js, under any query
// string, so a page can load it twice), the pages in this folder, and the WordPress stand-in
// under /wp. HTML pages get the policy passed in; nothing else needs one.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentType, fileInside, listen } from '../../../../scripts/lib/static-server.mjs';
import { createCommentsEndpoint } from '../../../../scripts/test/wordpress-stand-in/comments-endpoint.mjs';

const here = fileURLToPath(new URL('./', import.meta.url));
const bundle = fileURLToPath(new URL('../../../../dist/cdn/sabba.js', import.meta.url));

/** The policy a strict news site sends; each source is there for a reason the README gives. */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html sabba-ad-slot sabba-comment-form',
].join('; ');

/**
 * Variants of index.html: the same article with scripts run before the bundle. Both stop Lit from
 * using constructed stylesheets, so its styles go into <style> elements that style-src governs;
 * `nonce.html` also hands Lit the page's nonce, `no-nonce.html` does not.
 */
const VARIANTS = /** @type {Record<string, string[]>} */ ({
  '/csp/nonce.html': ['/csp/no-adopted-stylesheets.js', '/csp/lit-nonce.js'],
  '/csp/no-nonce.html': ['/csp/no-adopted-stylesheets.js'],
});

/** index.html with `scripts` loaded right after the tripwire, before the bundle. */
function variantPage(/** @type {string[]} */ scripts) {
  const page = readFileSync(join(here, 'index.html'), 'utf8');
  const tripwire = '<script src="/csp/tripwire.js"></script>';
  if (!page.includes(tripwire)) throw new Error('index.html no longer loads the tripwire first');
  return page.replace(tripwire, [tripwire, ...scripts.map((src) => `<script src="${src}"></script>`)].join('\n    '));
}

/**
 * @param {{ csp: string, nonce?: boolean }} options `csp`: the Content-Security-Policy header of the
 *   HTML pages; `nonce`: add a fresh `'nonce-…'` to style-src for each page and serve it to the page
 *   as `window.litNonce` from /csp/lit-nonce.js (what a server-rendered site does in its template)
 */
export async function serveCspPages({ csp, nonce = false }) {
  let pageNonce = '';
  const wordpress = createCommentsEndpoint({ basePath: '/wp', floodSeconds: 0 }); // both engines post from one IP
  // An administrator's unfiltered comment for <sabba-comments> to render under the strict policy.
  wordpress.insert({
    post: 1,
    parent: 0,
    userId: 1,
    author: 'Redaksi',
    authorEmail: 'redaksi@example.test',
    authorUrl: '',
    authorIp: '127.0.0.1',
    content: '',
    dateGmt: Date.UTC(2022, 2, 14, 10, 12),
    approved: true,
    via: 'rest',
    rendered:
      '<p>Pengumuman <script>window.__sabbaPwned = 1</script><img src="x" onerror="window.__sabbaPwned = 2"><a href="javascript:window.__sabbaPwned = 3">tautan</a> <strong>penting</strong></p>',
  });
  /** @type {Map<string, number>} */
  const hits = new Map();
  const server = await listen((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    hits.set(path, (hits.get(path) ?? 0) + 1);
    if (path === '/wp' || path.startsWith('/wp/')) {
      wordpress.connect(request, response, () => response.writeHead(404).end('not found'));
      return;
    }
    if (path === '/csp/lit-nonce.js') {
      response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
      response.end(`window.litNonce = ${JSON.stringify(pageNonce)};`);
      return;
    }
    const variant = Object.hasOwn(VARIANTS, path) ? VARIANTS[path] : undefined;
    const file =
      path === '/sabba.js'
        ? bundle
        : path.startsWith('/csp/')
          ? fileInside(here, variant === undefined ? path.slice('/csp'.length) : '/index.html')
          : undefined;
    if (file === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const type = contentType(file);
    /** @type {Record<string, string>} */
    const headers = { 'content-type': type, 'cache-control': 'no-store' };
    if (type.startsWith('text/html') && !path.endsWith('/creative.html')) {
      pageNonce = randomBytes(16).toString('base64');
      headers['content-security-policy'] = nonce
        ? csp.replace("style-src 'self'", `style-src 'self' 'nonce-${pageNonce}'`)
        : csp;
    }
    response.writeHead(200, headers);
    response.end(variant === undefined ? readFileSync(file) : variantPage(variant));
  });
  return { ...server, hits };
}
