// @ts-check
/**
 * The embedding page of the browser suite on another origin than WordPress (a news portal
 * embedding the widget): `/form.html?site-url=…&post-id=…` (tests/wordpress/page/) with the
 * drop-in build `/sabba.js` (dist/cdn/). The page carries a strict CSP: scripts only from itself,
 * network only to the WordPress site. The same page is also served by WordPress itself under
 * /sabba-test/ (scripts/wordpress/router.php), for the same-origin case.
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { repoRoot } from './wordpress.mjs';

export const PAGE_DIR = join(repoRoot, 'tests/wordpress/page');
const BUNDLE_DIR = join(repoRoot, 'dist/cdn');
const TYPES = { '.js': 'text/javascript; charset=utf-8', '.html': 'text/html; charset=utf-8', '.map': 'application/json' };

/**
 * @param {{ port: number, siteUrl: string }} options
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function startPageServer({ port, siteUrl }) {
  const csp = [
    "default-src 'none'",
    "script-src 'self'",
    `connect-src ${siteUrl}`,
    `img-src 'self' data: ${siteUrl}`,
    `form-action ${siteUrl}`,
    "base-uri 'none'",
  ].join('; ');

  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const dir = ['/form.html', '/page.js', '/comments.html', '/comments-page.js'].includes(pathname) ? PAGE_DIR : BUNDLE_DIR;
    const file = normalize(join(dir, pathname));
    try {
      if (!file.startsWith(`${dir}/`)) throw Object.assign(new Error('outside'), { code: 'ENOENT' });
      const body = await readFile(file);
      const type = TYPES[/** @type {keyof TYPES} */ (extname(file))] ?? 'application/octet-stream';
      res.writeHead(200, {
        'content-type': type,
        'cache-control': 'no-store',
        ...(type.startsWith('text/html') ? { 'content-security-policy': csp } : {}),
      });
      res.end(body);
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
