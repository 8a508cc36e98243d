// @ts-check
/**
 * The one static file server of the test tools (end-to-end pages, the WordPress suite's embedding
 * page, the benchmarks, Storybook's build): 127.0.0.1 on a free or chosen port, content types by
 * extension, no path that climbs out of the folder served, `Cache-Control: no-store` unless asked.
 */
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

/** @typedef {import('node:http').IncomingMessage} IncomingMessage */
/** @typedef {import('node:http').ServerResponse} ServerResponse */

const CONTENT_TYPES = /** @type {Record<string, string>} */ ({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
});

/** The Content-Type of `file`, by its extension. */
export function contentType(/** @type {string} */ file) {
  return CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
}

/**
 * The file `urlPath` names inside `folder` (`index.html` for a folder path), or undefined when
 * there is none or the path climbs out of `folder`.
 * @param {string} folder absolute
 * @param {string} urlPath decoded URL path, e.g. '/csp/index.html'
 */
export function fileInside(folder, urlPath) {
  const root = normalize(folder + sep);
  const file = normalize(join(root, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath));
  if (!file.startsWith(root)) return undefined;
  try {
    return statSync(file).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Starts `handler` on 127.0.0.1. `origin` uses `hostName` (map it to 127.0.0.1 in the browser,
 * see launchChromium's `hostNames`); `close()` also ends kept-alive connections.
 * @param {(request: IncomingMessage, response: ServerResponse) => void} handler
 * @param {{ port?: number, hostName?: string }} [options] `port`: 0 (default) for a free one
 * @returns {Promise<{ origin: string, port: number, close: () => Promise<void> }>}
 */
export async function listen(handler, { port = 0, hostName = '127.0.0.1' } = {}) {
  const server = createServer(handler);
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(undefined));
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('static server: no port');
  return {
    origin: `http://${hostName}:${address.port}`,
    port: address.port,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve(undefined));
      }),
  };
}

/**
 * Serves `folder`. `routes` answers extra paths (e.g. a test page); `hits` counts every request by
 * path (so a test can prove a file was fetched once).
 * @param {string} folder
 * @param {Record<string, { type: string, body: string }>} [routes]
 * @param {{ cache?: boolean, headers?: (file: string) => Record<string, string>, port?: number, hostName?: string }} [options]
 *   `cache`: let the browser keep files (for hashed assets); `headers`: extra headers for a file
 *   (e.g. a Content-Security-Policy on pages); `port` and `hostName` as for `listen()`
 */
export async function serveFolder(folder, routes = {}, options = {}) {
  /** @type {Map<string, number>} */
  const hits = new Map();
  const server = await listen((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const route = Object.hasOwn(routes, path) ? routes[path] : undefined;
    if (route) {
      response.writeHead(200, { 'content-type': route.type, 'cache-control': 'no-store' });
      response.end(route.body);
      return;
    }
    const file = fileInside(folder, path);
    if (file === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, {
      'content-type': contentType(file),
      'cache-control': options.cache ? 'max-age=3600' : 'no-store',
      ...options.headers?.(file),
    });
    response.end(readFileSync(file));
  }, options);
  return { ...server, hits };
}
