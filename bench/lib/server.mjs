// @ts-check
/**
 * A tiny static server for the benchmark pages, on 127.0.0.1 and a free port: the build output,
 * the benchmark pages, the demo article's assets, the npm alternatives being compared, and the
 * demo WordPress stand-in at /wp. Everything is sent with `Cache-Control: no-store`, so every
 * run pays the same network and parse cost. Files are sent brotli-compressed to a browser that
 * accepts it, as a CDN or a WordPress host sends them, so the throttled loads (Lighthouse's slow
 * 4G, the preload scenario) move the bytes a reader's phone moves, not the raw files.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { seedDemoComments } from '../../demo/seed-comments.mjs';
import { contentType, fileInside, listen } from '../../scripts/lib/static-server.mjs';
import { createCommentsEndpoint } from '../../scripts/test/wordpress-stand-in/comments-endpoint.mjs';

/** @typedef {import('node:http').IncomingMessage} IncomingMessage */
/** @typedef {import('node:http').ServerResponse} ServerResponse */
/**
 * A route returns true when it answered the request.
 * @typedef {(req: IncomingMessage, res: ServerResponse, url: URL) => boolean | Promise<boolean>} Route
 */

const TEXT = 'text/plain; charset=utf-8';

/** Only the alternatives are served out of node_modules, not the whole tree. */
const SERVED_PACKAGES = ['vanilla-back-to-top', 'blockadblock', 'just-detect-adblock'];

/**
 * @param {ServerResponse} res
 * @param {number} status
 * @param {string | Buffer} body
 * @param {string} type
 */
export function send(res, status, body, type) {
  res.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(body),
  });
  res.end(body);
}

/** Text types a host compresses; images other than SVG are compressed already. */
const COMPRESSIBLE = /^(?:text\/|application\/json|image\/svg\+xml)/;

/** Each file's brotli body (q11, as a CDN stores it), by path, size and modification time. */
const compressed = new Map();

/**
 * `file`'s brotli body, read and compressed once per version of the file.
 * @param {string} file
 */
async function brotliOf(file) {
  const { size, mtimeMs } = await stat(file);
  const key = `${file}\n${size}\n${mtimeMs}`;
  let packed = compressed.get(key);
  if (packed === undefined) {
    packed = brotliCompressSync(await readFile(file), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
    compressed.set(key, packed);
  }
  return packed;
}

/**
 * Serves `<dir>/<rest of the path>` for URLs under `prefix`, refusing paths that climb out.
 * @param {string} prefix e.g. '/dist/'
 * @param {string} dir absolute directory
 * @returns {Route}
 */
export function staticRoute(prefix, dir) {
  return async (req, res, url) => {
    if (!url.pathname.startsWith(prefix)) return false;
    const file = fileInside(dir, `/${decodeURIComponent(url.pathname.slice(prefix.length))}`);
    if (file === undefined) return false;
    const type = contentType(file);
    if (!COMPRESSIBLE.test(type) || !/\bbr\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      send(res, 200, await readFile(file), type);
      return true;
    }
    const packed = await brotliOf(file);
    res.writeHead(200, {
      'Content-Type': type,
      'Content-Encoding': 'br',
      Vary: 'Accept-Encoding',
      'Cache-Control': 'no-store',
      'Content-Length': packed.length,
    });
    res.end(packed);
    return true;
  };
}

/**
 * @param {string} root the repository root
 * @param {Route[]} [extraRoutes] routes tried before the static ones (generated pages)
 * @returns {Promise<{ origin: string, port: number, close: () => Promise<void>, wordpress: ReturnType<typeof createCommentsEndpoint> }>}
 */
export async function startServer(root, extraRoutes = []) {
  // Post 1 is the demo article, with the demo's conversation (the count its byline prints). Post 2
  // takes the benchmark's comments (one per run, approved at once, back to back); its permalink is
  // a small page, where the classic form handler's redirect lands.
  const wordpress = createCommentsEndpoint({
    basePath: '/wp',
    floodSeconds: 0,
    moderation: 'none',
    posts: { 1: { open: true, link: '/demo/' }, 2: { open: true, link: '/bench/pages/post.html' } },
  });
  seedDemoComments(wordpress, 1);
  /** @type {Route[]} */
  const routes = [
    ...extraRoutes,
    // A site's robots.txt: the adblock notice's network check asks for it.
    (_req, res, url) => url.pathname === '/robots.txt' && (send(res, 200, 'User-agent: *\nAllow: /\n', TEXT), true),
    staticRoute('/dist/', join(root, 'dist')),
    staticRoute('/bench/pages/', join(root, 'bench', 'pages')),
    staticRoute('/demo/', join(root, 'demo')),
    // The demo's public folder, served at the demo page's root by Vite (e.g. its ad creatives).
    staticRoute('/demo/', join(root, 'demo', 'public')),
    ...SERVED_PACKAGES.map((name) => staticRoute(`/node_modules/${name}/`, join(root, 'node_modules', name))),
  ];

  const server = await listen((req, res) => {
    const url = new URL(req.url ?? '/', 'http://bench.invalid');
    wordpress.connect(req, res, async (error) => {
      if (error !== undefined) return send(res, 500, String(error), TEXT);
      for (const route of routes) if (await route(req, res, url)) return undefined;
      return send(res, 404, `not found: ${url.pathname}`, TEXT);
    });
  });
  return { ...server, wordpress };
}
