// @ts-check
// What `npm publish` would upload, checked (after `npm run build`):
// - only dist/, README.md, LICENSE, CHANGELOG.md and package.json: no sources, tests, stories, demo;
// - every `exports` target, `bin`, `types`, `customElements` and `sideEffects` file is in the package;
// - the CDN folder is there (dist/cdn/sabba.js, loader.js and its chunks, for unpkg/jsDelivr URLs);
// - source maps only map our own sources (no node_modules inside), and no file points at a map
//   that is not shipped;
// - src/internal/version.ts says the same version as package.json.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** @type {{ files: { path: string }[], size: number, unpackedSize: number, entryCount: number }[]} */
const [report] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
);
if (report === undefined) throw new Error('npm pack printed nothing');
const files = new Set(report.files.map((file) => file.path));
/** @type {string[]} */
const problems = [];

const allowedTopLevel = new Set(['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md']);
for (const path of files) {
  if (!path.startsWith('dist/') && !allowedTopLevel.has(path)) problems.push(`not for users: ${path}`);
  if (/(^|\/)(tests?|stories|demo|examples|\.storybook|node_modules)\//.test(path)) problems.push(`not for users: ${path}`);
  if (/\.(test|stories|e2e)\.|\.tsbuildinfo$/.test(path)) problems.push(`not for users: ${path}`);
}
for (const path of ['package.json', 'README.md', 'LICENSE']) {
  if (!files.has(path)) problems.push(`missing: ${path}`);
}

/** Every file path named in the exports map (conditions included). @param {unknown} target @returns {string[]} */
const targets = (target) =>
  typeof target === 'string' ? [target] : target && typeof target === 'object' ? Object.values(target).flatMap(targets) : [];
const named = new Set([
  ...targets(pkg.exports),
  ...targets(pkg.bin),
  pkg.main,
  pkg.module,
  pkg.types,
  pkg.customElements,
  ...pkg.sideEffects.filter((/** @type {string} */ path) => path.startsWith('./dist/')),
].filter((path) => typeof path === 'string').map((path) => path.replace(/^\.\//, '')));
for (const path of named) {
  if (!files.has(path)) problems.push(`package.json names ./${path}, which is not in the package`);
}
for (const path of ['dist/cdn/sabba.js', 'dist/cdn/loader.js', 'dist/cdn/ad-slot.css']) {
  if (!files.has(path)) problems.push(`missing CDN file: ${path}`);
}
// `vite build --mode cdn-loader` alone does not empty dist/cdn: catch chunks left from older builds.
const cdnCode = [...files]
  .filter((path) => path.startsWith('dist/cdn/') && path.endsWith('.js'))
  .map((path) => readFileSync(join(root, path), 'utf8'))
  .join('\n');
for (const path of files) {
  if (!path.startsWith('dist/cdn/chunks/')) continue;
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (!cdnCode.includes(`/${name}`)) problems.push(`stale CDN chunk that nothing imports: ${path}`);
}

for (const path of files) {
  if (path.endsWith('.map')) {
    /** @type {{ sources?: string[] }} */
    const map = JSON.parse(readFileSync(join(root, path), 'utf8'));
    const foreign = (map.sources ?? []).filter((source) => source.includes('node_modules'));
    if (foreign.length > 0) problems.push(`${path} maps other packages' code: ${foreign.slice(0, 3).join(', ')}`);
  }
  if (path.endsWith('.js')) {
    const reference = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(readFileSync(join(root, path), 'utf8'))?.[1];
    if (reference !== undefined && !reference.startsWith('data:')) {
      const mapPath = join(path, '..', reference);
      if (!files.has(mapPath)) problems.push(`${path} points at ${mapPath}, which is not in the package`);
    }
  }
}

const versionSource = readFileSync(join(root, 'src/internal/version.ts'), 'utf8');
if (!versionSource.includes(`VERSION = '${pkg.version}'`)) {
  problems.push(`src/internal/version.ts does not say ${pkg.version} (run node scripts/sync-version.mjs)`);
}

const kB = (/** @type {number} */ bytes) => `${(bytes / 1000).toFixed(1)} kB`;
if (problems.length > 0) {
  for (const problem of problems) console.error(`check-pack: ${problem}`);
  console.error(`check-pack: ${problems.length} problem(s) in ${files.size} files.`);
  process.exit(1);
}
console.log(`check-pack: ${files.size} files, ${kB(report.size)} packed, ${kB(report.unpackedSize)} unpacked; only dist/, README.md, LICENSE, CHANGELOG.md and package.json.`);
