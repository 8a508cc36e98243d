// @ts-check
/**
 * What every plugin file of the real-WordPress suite shares: scripts/wordpress/plugin.php to drive
 * the plugin, a setup that installs the built zip with WP_DEBUG logging on and the classic Twenty
 * Twenty-One theme, a teardown that uninstalls it and restores the theme (so the other files see
 * the site as before), and the debug.log check.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadState, repoRoot } from './wordpress.mjs';

export const cacheDir = process.env.WP_CACHE_DIR ?? `${repoRoot}.cache/wordpress`;
export const zip = `${repoRoot}dist/wordpress/sabba-widgets.zip`;
export const debugLog = `${cacheDir}/debug.log`;

/**
 * The suite's fixtures (scripts/wordpress/plugin.php fixtures).
 * @typedef {{ users: Record<string, number>, posts: { article: number, newsroom: number, hostile: number, ads: number } }} Fixtures
 */

/** Runs scripts/wordpress/plugin.php with the instance's config. @param {string[]} args */
export function plugin(...args) {
  return execFileSync('php', ['-d', 'display_errors=stderr', `${repoRoot}scripts/wordpress/plugin.php`, ...args], {
    encoding: 'utf8',
    env: { ...process.env, SABBA_WP_CONFIG: `${cacheDir}/wp-config.php`, WP_URL: loadState().siteUrl },
  });
}

/** Merges settings into the plugin's option, as stored. @param {Record<string, unknown>} changes */
export const setOptions = (changes) => plugin('options', JSON.stringify(changes));

/**
 * Installs and activates the built plugin with debug logging on (debug.log emptied) and the
 * classic theme; returns the fixtures.
 * @returns {Fixtures}
 */
export function setUpPlugin() {
  assert.ok(existsSync(zip), `${zip} is missing: run npm run build first`);
  writeFileSync(`${cacheDir}/debug.on`, '');
  writeFileSync(debugLog, '');
  plugin('theme', 'twentytwentyone');
  plugin('install', zip);
  return JSON.parse(plugin('fixtures'));
}

/** Uninstalls the plugin when still active, restores the default theme and turns debug logging off. */
export function tearDownPlugin() {
  try {
    if (JSON.parse(plugin('state')).active) plugin('uninstall');
  } finally {
    plugin('theme', 'twentytwentythree');
    rmSync(`${cacheDir}/debug.on`, { force: true });
  }
}

/**
 * The two deprecations WordPress 6.1 core itself logs on PHP 8.2, both on wp-login.php (a null
 * passed to preg_replace() in formatting.php and to trim() in pluggable.php). They name core's
 * files only; the plugin cannot silence them without hiding its own deprecations too.
 */
const CORE_DEPRECATIONS = [
  /PHP Deprecated: {2}preg_replace\(\): Passing null to parameter #3 \(\$subject\) of type array\|string is deprecated in \/usr\/share\/wordpress\/wp-includes\/formatting\.php on line \d+$/,
  /PHP Deprecated: {2}trim\(\): Passing null to parameter #1 \(\$string\) of type string is deprecated in \/usr\/share\/wordpress\/wp-includes\/pluggable\.php on line \d+$/,
];

/**
 * debug.log since setUpPlugin(), split into WordPress core's two known PHP 8.2 deprecations and
 * everything else (which must be empty).
 */
export function debugLines() {
  const lines = readFileSync(debugLog, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '');
  const core = lines.filter((line) => CORE_DEPRECATIONS.some((pattern) => pattern.test(line)));
  return { core, other: lines.filter((line) => !core.includes(line)) };
}
