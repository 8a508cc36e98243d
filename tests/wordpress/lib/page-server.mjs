// @ts-check
/**
 * The embedding page of the browser suite on another origin than WordPress (a news portal
 * embedding the widget): `/form.html?site-url=…&post-id=…` (tests/wordpress/page/) with the
 * drop-in build `/sabba.js` (dist/cdn/). The page carries a strict CSP: scripts only from itself,
 * network only to the WordPress site. The same page is also served by WordPress itself under
 * /sabba-test/ (scripts/wordpress/router.php), for the same-origin case.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { contentType, fileInside, listen } from '../../../scripts/lib/static-server.mjs';
import { repoRoot } from './wordpress.mjs';

export const PAGE_DIR = join(repoRoot, 'tests/wordpress/page');
const BUNDLE_DIR = join(repoRoot, 'dist/cdn');

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

  return listen(
    (req, res) => {
      const { pathname } = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
      const pageFiles = ['/form.html', '/page.js', '/comments.html', '/comments-page.js'];
      const file = fileInside(pageFiles.includes(pathname) ? PAGE_DIR : BUNDLE_DIR, pathname);
      if (file === undefined) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      readFile(file).then(
        (body) => {
          const type = contentType(file);
          res.writeHead(200, {
            'content-type': type,
            'cache-control': 'no-store',
            ...(type.startsWith('text/html') ? { 'content-security-policy': csp } : {}),
          });
          res.end(body);
        },
        (error) => res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error)),
      );
    },
    { port },
  );
}
