// @ts-check
import { readdirSync } from 'node:fs';

/**
 * Routes the test server adds to @web/test-runner's, so browser tests reach fixtures on the same
 * origin as the test page. Each element keeps its own fixtures in `scripts/test/fixtures/<name>.mjs`
 * exporting `middleware` (an array of Koa middleware); this file only collects them.
 * @returns {Promise<import('@web/test-runner').TestRunnerConfig['middleware']>}
 */
export async function testServerMiddleware() {
  const folder = new URL('./fixtures/', import.meta.url);
  const files = readdirSync(folder)
    .filter((name) => name.endsWith('.mjs'))
    .sort();
  const modules = await Promise.all(files.map((name) => import(new URL(name, folder).href)));
  return modules.flatMap((module) => module.middleware ?? []);
}
