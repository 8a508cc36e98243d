// @ts-check
/**
 * What each element's loader chunk needs before it can run: its own file and the chunks it imports
 * statically (the shared chunk with Lit), read from the autoloader build in `dist/cdn/`. A page
 * that knows it shows an element the loader fetches at once (the ad slot) lists these files as
 * `<link rel="modulepreload">`, so the browser fetches them beside `loader.js` rather than one
 * round trip after it. The WordPress plugin and the published demo both print them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A static import in the minified chunks: `import{…}from"./x.js"` or `import"./x.js"`. */
const STATIC_IMPORT = /\bimport\s*(?:[\w$*{}\s,]+?from\s*)?["'`]\.\/([\w.-]+\.js)["'`]/g;
/** An element's define chunk: `ad-slot.define-<hash>.js`. */
const DEFINE_CHUNK = /^([a-z-]+)\.define-[\w-]+\.js$/;

/**
 * For every element, the files to preload, relative to `cdnDir` (`chunks/…`), dependencies first.
 * @param {string} cdnDir the folder holding `loader.js` and `chunks/`
 * @returns {Record<string, string[]>} by tag name, e.g. `sabba-ad-slot`
 */
export function elementPreloads(cdnDir) {
  const chunks = join(cdnDir, 'chunks');
  /** @param {string} file @param {Set<string>} seen @returns {string[]} */
  const closure = (file, seen) => {
    if (seen.has(file)) return [];
    seen.add(file);
    const code = readFileSync(join(chunks, file), 'utf8');
    const imports = [...code.matchAll(STATIC_IMPORT)].map((match) => /** @type {string} */ (match[1]));
    return [...imports.flatMap((name) => closure(name, seen)), file];
  };
  /** @type {Record<string, string[]>} */
  const preloads = {};
  for (const file of readdirSync(chunks).sort()) {
    const name = DEFINE_CHUNK.exec(file)?.[1];
    if (name === undefined) continue;
    const files = closure(file, new Set());
    if (!files.some((path) => path.startsWith('sabba-shared-')))
      throw new Error(`chunk-graph: ${file} imports no sabba-shared chunk; has the loader build changed?`);
    preloads[`sabba-${name}`] = files.map((path) => `chunks/${path}`);
  }
  if (preloads['sabba-ad-slot'] === undefined) throw new Error(`chunk-graph: no ad-slot define chunk in ${chunks}`);
  return preloads;
}

/**
 * The `<link rel="modulepreload">` tags for `tag`'s files, with `base` (the URL of the folder
 * holding `loader.js`, ending in `/`) before each. Low priority, as the plugin prints them: the
 * article's own stylesheets and images come first.
 * @param {Record<string, string[]>} preloads from {@link elementPreloads}
 * @param {string} tag
 * @param {string} base
 */
export function modulePreloadLinks(preloads, tag, base) {
  return (preloads[tag] ?? [])
    .map((path) => `<link rel="modulepreload" href="${base}${path}" fetchpriority="low">`)
    .join('\n');
}
