// @ts-check
// What `npm publish` would upload, checked (after `npm run build`) by the rules in
// scripts/lib/pack-rules.mjs:
// - every file is on the allow-list of shipped paths: no sources, tests, stories, demo, and
//   nothing a script leaves in dist/ by the way (benchmark bundles build into .cache/bench/);
// - every `exports` target, `bin`, `types`, `customElements` and `sideEffects` file is in the package;
// - the CDN folder is there (dist/cdn/sabba.js, loader.js and its chunks, for unpkg/jsDelivr URLs);
// - source maps only map our own sources (no node_modules inside), and no file points at a map
//   that is not shipped;
// - src/internal/version.ts says the same version as package.json.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packProblems } from './lib/pack-rules.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** @type {{ files: { path: string }[], size: number, unpackedSize: number, entryCount: number }[]} */
const [report] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }),
);
if (report === undefined) throw new Error('npm pack printed nothing');
const files = new Set(report.files.map((file) => file.path));
const problems = packProblems({ files, pkg, read: (path) => readFileSync(join(root, path), 'utf8') });

const kB = (/** @type {number} */ bytes) => `${(bytes / 1000).toFixed(1)} kB`;
if (problems.length > 0) {
  for (const problem of problems) console.error(`check-pack: ${problem}`);
  console.error(`check-pack: ${problems.length} problem(s) in ${files.size} files.`);
  process.exit(1);
}
console.log(
  `check-pack: ${files.size} files, ${kB(report.size)} packed, ${kB(report.unpackedSize)} unpacked; every one on the list of shipped paths.`,
);
