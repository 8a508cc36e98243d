// @ts-check
// The package as users get it: `npm pack` of the built repository, installed into a fresh project
// from npm's cache. Shared by the suites that test the published tarball (needs `npm run build`).
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Packs the repository as `npm publish` would (without running scripts).
 * @param {string} destination the folder to write the tarball into
 * @returns {Promise<string>} the tarball's absolute path
 */
export async function packTarball(destination) {
  const { stdout } = await run('npm', ['pack', '--ignore-scripts', '--pack-destination', destination], { cwd: root });
  return join(destination, stdout.trim().split('\n').at(-1) ?? '');
}

/**
 * Installs a project's package.json dependencies, preferring npm's cache (the machine may be offline).
 * @param {string} folder the project folder, with its package.json
 */
export async function npmInstall(folder) {
  await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: folder });
}
