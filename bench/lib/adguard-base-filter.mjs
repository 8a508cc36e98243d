// @ts-check
/**
 * The AdGuard Base filter (filter 2: EasyList + AdGuard English), offline. AdGuard publishes its
 * filters on npm inside `@adguard/dnr-rulesets`, whose ruleset for filter 2 keeps the list's raw
 * text (`metadata.rawFilterList`). That package is 25 MB, so it is not a devDependency: the first
 * run fetches it once with `npm pack` (the npm registry's ordinary client) into .cache/adguard/,
 * extracts the one list and keeps it there.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Pinned, so that every run measures the same list. */
export const RULESETS_PACKAGE = '@adguard/dnr-rulesets@3.3.20260320140136';
const RULESET = 'package/dist/filters/declarative/ruleset_2/ruleset_2.json';

/**
 * @param {string} root repository root (for the cache)
 * @returns {{ text: string, version: string }} the list and its `! Version:` line
 */
export function adguardBaseFilter(root) {
  const dir = join(root, '.cache', 'adguard');
  const file = join(dir, `filter_2-${RULESETS_PACKAGE.split('@').pop()}.txt`);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    execFileSync('npm', ['pack', RULESETS_PACKAGE, '--silent', '--pack-destination', dir], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const tarball = readdirSync(dir).find((name) => name.endsWith('.tgz'));
    if (tarball === undefined) throw new Error(`npm pack ${RULESETS_PACKAGE} left no tarball in ${dir}`);
    execFileSync('tar', ['-xzf', join(dir, tarball), '-C', dir, RULESET]);
    const ruleset = JSON.parse(readFileSync(join(dir, RULESET), 'utf8'));
    const text = ruleset[0]?.metadata?.rawFilterList;
    if (typeof text !== 'string' || !text.includes('AdGuard Base filter'))
      throw new Error(`${RULESET} has no AdGuard Base filter text`);
    writeFileSync(file, text);
    rmSync(join(dir, 'package'), { recursive: true, force: true });
    rmSync(join(dir, tarball));
  }
  const text = readFileSync(file, 'utf8');
  return { text, version: /^! Version: (.+)$/m.exec(text)?.[1]?.trim() ?? 'unknown' };
}
