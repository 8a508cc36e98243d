// @ts-check
/**
 * What `npm publish` may upload, as rules over the packed file list, kept apart from
 * scripts/check-pack.mjs (which runs `npm pack`) so a test can feed them a made-up list.
 */
import { join } from 'node:path';

/**
 * Every path the package ships, as patterns (`*` one path segment's characters, `**` any depth,
 * `{a,b}` alternatives). An allow-list, not a deny-list: anything a build or a script leaves in
 * dist/ (benchmark bundles, stray experiments) is refused until it is named here on purpose.
 */
export const SHIPPED = [
  '{package.json,README.md,LICENSE,CHANGELOG.md}',
  'dist/{index,sabba,loader,cli,react}.{js,js.map,d.ts}',
  'dist/{react-jsx,vue,element-tags,deprecated,dictionary}.d.ts',
  'dist/{custom-elements,vscode.html-custom-data,web-types}.json',
  'dist/{components,controllers,i18n,internal,react}/**/*.{js,js.map,d.ts}',
  // Vite's copy of the decorator helper the npm build imports.
  'dist/_virtual/**/*.js',
  // The CDN folder for unpkg/jsDelivr: the drop-in bundle, the autoloader, its chunks, the CSS.
  'dist/cdn/{sabba,loader}.js',
  'dist/cdn/chunks/*.js',
  'dist/cdn/ad-slot.css',
];

/** @param {string} pattern one of SHIPPED @returns {RegExp} */
export function patternToRegExp(pattern) {
  const source = pattern.replace(/[.+^$()|[\]\\]/g, '\\$&').replace(/\*\*\/|\*|\{([^}]*)\}/g, (token, choices) => {
    if (token === '**/') return '(?:[^/]+/)*';
    if (token === '*') return '[^/]*';
    return `(?:${String(choices).split(',').join('|')})`;
  });
  return new RegExp(`^${source}$`);
}

const shipped = SHIPPED.map(patternToRegExp);

/** @param {string} path a path inside the package @returns {boolean} whether SHIPPED names it */
export const isShipped = (path) => shipped.some((pattern) => pattern.test(path));

/**
 * Every problem with a packed file list, in words a release manager can act on.
 * @param {{ files: Set<string>, pkg: any, read: (path: string) => string }} pack
 *   the packed paths, package.json, and a reader of a path relative to the repository root
 * @returns {string[]}
 */
export function packProblems({ files, pkg, read }) {
  /** @type {string[]} */
  const problems = [];
  for (const path of files) {
    if (!isShipped(path)) problems.push(`not on the list of shipped paths (scripts/lib/pack-rules.mjs): ${path}`);
    // Even inside an allowed folder, tests and stories are not for users.
    else if (/(^|\/)(tests?|stories|demo|examples|node_modules)\/|\.(test|stories|e2e)\./.test(path))
      problems.push(`not for users: ${path}`);
  }
  for (const path of ['package.json', 'README.md', 'LICENSE']) {
    if (!files.has(path)) problems.push(`missing: ${path}`);
  }

  /** Every file path named in the exports map (conditions included). @param {unknown} target @returns {string[]} */
  const targets = (target) =>
    typeof target === 'string'
      ? [target]
      : target && typeof target === 'object'
        ? Object.values(target).flatMap(targets)
        : [];
  const named = [
    ...targets(pkg.exports),
    ...targets(pkg.bin),
    pkg.main,
    pkg.module,
    pkg.types,
    pkg.customElements,
    ...pkg.sideEffects.filter((/** @type {string} */ path) => path.startsWith('./dist/')),
  ]
    .filter((path) => typeof path === 'string')
    .map((path) => path.replace(/^\.\//, ''));
  for (const path of new Set(named)) {
    // A subpath pattern ("./cdn/*": "./dist/cdn/*") must match at least one shipped file.
    const found = path.includes('*') ? [...files].some((file) => patternToRegExp(path).test(file)) : files.has(path);
    if (!found) problems.push(`package.json names ./${path}, which is not in the package`);
  }
  for (const path of ['dist/cdn/sabba.js', 'dist/cdn/loader.js', 'dist/cdn/ad-slot.css']) {
    if (!files.has(path)) problems.push(`missing CDN file: ${path}`);
  }
  // `vite build --mode cdn-loader` alone does not empty dist/cdn: catch chunks left from older builds.
  const cdnCode = [...files]
    .filter((path) => path.startsWith('dist/cdn/') && path.endsWith('.js'))
    .map(read)
    .join('\n');
  for (const path of files) {
    if (!path.startsWith('dist/cdn/chunks/')) continue;
    const name = path.slice(path.lastIndexOf('/') + 1);
    if (!cdnCode.includes(`/${name}`)) problems.push(`stale CDN chunk that nothing imports: ${path}`);
  }

  for (const path of files) {
    if (path.endsWith('.map')) {
      /** @type {{ sources?: string[] }} */
      const map = JSON.parse(read(path));
      const foreign = (map.sources ?? []).filter((source) => source.includes('node_modules'));
      if (foreign.length > 0) problems.push(`${path} maps other packages' code: ${foreign.slice(0, 3).join(', ')}`);
    }
    if (path.endsWith('.js')) {
      const reference = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(read(path))?.[1];
      if (reference !== undefined && !reference.startsWith('data:')) {
        const mapPath = join(path, '..', reference);
        if (!files.has(mapPath)) problems.push(`${path} points at ${mapPath}, which is not in the package`);
      }
    }
  }

  if (!read('src/internal/version.ts').includes(`VERSION = '${pkg.version}'`)) {
    problems.push(`src/internal/version.ts does not say ${pkg.version} (run node scripts/sync-version.mjs)`);
  }
  return problems;
}
