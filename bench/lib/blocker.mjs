// @ts-check
/**
 * A real ad-blocking engine for a page: @ghostery/adblocker-playwright loaded with the EasyList and
 * uBlock Origin lists that Debian's webext-ublock-origin-chromium package ships. Parsing the lists
 * takes about a second, so the engine is cached (serialized) per list version under .cache/bench/.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PlaywrightBlocker } from '@ghostery/adblocker-playwright';

export const LISTS_DIR = process.env.SABBA_FILTER_LISTS ?? '/usr/share/chromium/extensions/ublock-origin/assets';
const LISTS = ['thirdparties/easylist/easylist.txt', 'ublock/filters.min.txt', 'ublock/unbreak.min.txt', 'ublock/quick-fixes.min.txt'];

/**
 * @param {string} root repository root (for the cache)
 * @returns {Promise<{ blocker: PlaywrightBlocker, lists: string[] } | { missing: string }>}
 */
export async function loadBlocker(root) {
  const paths = LISTS.map((list) => join(LISTS_DIR, list));
  const missing = paths.find((path) => !existsSync(path));
  if (missing !== undefined) return { missing: `${missing} (apt-get install webext-ublock-origin-chromium)` };
  const stamp = paths.map((path) => `${statSync(path).size}-${Math.round(statSync(path).mtimeMs)}`).join('_');
  const cacheDir = join(root, '.cache', 'bench');
  const cacheFile = join(cacheDir, `blocker-${Buffer.from(stamp).toString('base64url').slice(-40)}.bin`);
  if (existsSync(cacheFile)) {
    return { blocker: PlaywrightBlocker.deserialize(new Uint8Array(readFileSync(cacheFile))), lists: LISTS };
  }
  const blocker = PlaywrightBlocker.parse(paths.map((path) => readFileSync(path, 'utf8')).join('\n'));
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(cacheFile, blocker.serialize());
  return { blocker, lists: LISTS };
}
