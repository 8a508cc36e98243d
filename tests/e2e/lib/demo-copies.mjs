// @ts-check
/**
 * The demo article twice, as the demo suites open it: the published copy (dist/demo/, written by
 * `npm run build`) on a static server, and the dev server (`npm start`'s vite), both on free ports.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { serveFolder } from '../../../scripts/lib/static-server.mjs';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** Starts both copies. @returns {Promise<{ publishedOrigin: string, devOrigin: string, close: () => Promise<void> }>} */
export async function serveDemoCopies() {
  assert.ok(existsSync(`${root}dist/demo/index.html`), 'dist/demo/ is missing: run `npm run build` first');
  const published = await serveFolder(`${root}dist`);
  const dev = await createServer({
    configFile: `${root}vite.config.ts`,
    logLevel: 'error',
    server: { port: 0, strictPort: false, hmr: false },
  });
  await dev.listen();
  const address = dev.httpServer?.address();
  assert.ok(address && typeof address === 'object');
  return {
    publishedOrigin: published.origin,
    devOrigin: `http://127.0.0.1:${address.port}`,
    close: async () => {
      await published.close();
      await dev.close();
    },
  };
}

/**
 * The page's own errors, without the comment widgets' requests to a WordPress the published copy
 * does not have.
 * @param {string[]} errors
 */
export const ownErrors = (errors) =>
  errors.filter((error) => !/\/wp\/|comment-count|comments>|Failed to load resource/.test(error));
