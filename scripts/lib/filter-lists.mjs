// @ts-check
/**
 * The one loader of the real filter lists (EasyList and uBlock Origin's), as Debian's
 * `webext-ublock-origin-chromium` package ships them, into Ghostery's blocking engine, for the
 * end-to-end suite and the benchmarks. Parsing takes about a second, so the engine is cached
 * (serialized) per version of the lists.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PlaywrightBlocker } from '@ghostery/adblocker-playwright';

/** Where the lists are, or the folder named by SABBA_FILTER_LISTS. */
export const FILTER_LISTS_DIR = process.env.SABBA_FILTER_LISTS ?? '/usr/share/chromium/extensions/ublock-origin/assets';

/** The lists a uBlock Origin install enables by default for ads. */
export const FILTER_LISTS = [
  'thirdparties/easylist/easylist.txt',
  'ublock/filters.min.txt',
  'ublock/unbreak.min.txt',
  'ublock/quick-fixes.min.txt',
];

/**
 * The engine loaded with every list, from `cacheDir` when the lists have not changed since the
 * last run. Throws, saying how to install them, when a list is missing.
 * @param {string} cacheDir e.g. the repository's `.cache/`
 * @returns {Promise<PlaywrightBlocker>}
 */
export async function loadFilterEngine(cacheDir) {
  const paths = FILTER_LISTS.map((list) => join(FILTER_LISTS_DIR, list));
  const missing = paths.find((path) => !existsSync(path));
  if (missing !== undefined) {
    throw new Error(
      `The filter list ${missing} is missing. Install the lists with: apt-get install webext-ublock-origin-chromium`,
    );
  }
  const key = createHash('sha256')
    .update(paths.map((path) => `${path}:${statSync(path).size}:${statSync(path).mtimeMs}`).join('\n'))
    .digest('hex')
    .slice(0, 16);
  const cacheFile = join(cacheDir, `filter-engine-${key}.bin`);
  if (existsSync(cacheFile)) return PlaywrightBlocker.deserialize(new Uint8Array(readFileSync(cacheFile)));
  const engine = PlaywrightBlocker.parse(paths.map((path) => readFileSync(path, 'utf8')).join('\n'), {
    loadCosmeticFilters: true,
    loadNetworkFilters: true,
  });
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(cacheFile, engine.serialize());
  return engine;
}
