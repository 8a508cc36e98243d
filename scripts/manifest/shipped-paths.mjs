// @ts-check
// A `cem analyze` plugin: the manifest describes the package as it ships, not the sources.
// - Module paths (and every `module` reference) name the built files: src/a/b.ts → dist/a/b.js,
//   relative re-export paths resolved against their module.
// - Each `*.define.ts` module says which tag it defines: its `defineElement('sabba-…', Class)` call
//   becomes a `custom-element-definition` export pointing at the class, as the schema expects. The
//   analyzer's own guess, the `customElements.define(tag, ctor)` inside defineElement, is dropped.
// - Modules that ship no JavaScript (types only, nothing declared or exported) are left out, and so
//   are re-exports that point at them.
import { posix } from 'node:path';

/** @typedef {import('custom-elements-manifest/schema').Package} Manifest */

/** The shipped file for a source path. @param {string} path */
export function shippedPath(path) {
  return path.replace(/^\/?src\//, 'dist/').replace(/\.ts$/, '.js');
}

/** @returns {import('@custom-elements-manifest/analyzer').Plugin} */
export function shippedPaths() {
  /** @type {Map<string, { tag: string, className: string }[]>} module path → its definitions */
  const definitions = new Map();
  return {
    name: 'sabba-shipped-paths',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
      const [tag, ctor] = node.arguments;
      if (tag === undefined || ctor === undefined || !ts.isStringLiteralLike(tag) || !ts.isIdentifier(ctor)) return;
      const list = definitions.get(moduleDoc.path) ?? [];
      list.push({ tag: tag.text, className: ctor.text });
      definitions.set(moduleDoc.path, list);
    },
    packageLinkPhase({ customElementsManifest }) {
      const manifest = /** @type {Manifest} */ (customElementsManifest);
      /** @type {Map<string, string>} class name → module path of the element class */
      const elementModules = new Map();
      for (const module of manifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if ('customElement' in declaration && declaration.customElement)
            elementModules.set(declaration.name, module.path);
        }
      }
      for (const module of manifest.modules) {
        const own = definitions.get(module.path) ?? [];
        module.exports = [
          ...(module.exports ?? []).filter((entry) => entry.kind !== 'custom-element-definition'),
          ...own.map(({ tag, className }) => ({
            kind: /** @type {const} */ ('custom-element-definition'),
            name: tag,
            declaration: { name: className, module: elementModules.get(className) ?? module.path },
          })),
        ];
        if (module.exports.length === 0) delete module.exports;
      }
      manifest.modules = manifest.modules.filter(
        (module) => (module.declarations ?? []).length > 0 || (module.exports ?? []).length > 0,
      );
      for (const module of manifest.modules) {
        rewriteReferences(module, module.path);
        module.path = shippedPath(module.path);
      }
      // A re-export of a types-only module (`export type { Dictionary } from './dictionary.js'`)
      // names a file that does not ship: the type lives in the .d.ts files, not in the manifest.
      const shipped = new Set(manifest.modules.map((module) => module.path));
      for (const module of manifest.modules) {
        if (module.exports === undefined) continue;
        module.exports = module.exports.filter((entry) => {
          const target = entry.declaration.module;
          return target === undefined || !target.startsWith('dist/') || shipped.has(target);
        });
        if (module.exports.length === 0) delete module.exports;
      }
    },
  };
}

/**
 * Rewrites every `module` string below `value` to the shipped path; `from` is the module it sits
 * in, against which relative paths (`./x.js`) resolve.
 * @param {unknown} value
 * @param {string} from
 */
function rewriteReferences(value, from) {
  if (Array.isArray(value)) {
    for (const item of value) rewriteReferences(item, from);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const record = /** @type {Record<string, unknown>} */ (value);
  for (const [key, child] of Object.entries(record)) {
    if (key === 'module' && typeof child === 'string') {
      const resolved = child.startsWith('.') ? posix.join(posix.dirname(from), child) : child;
      record[key] = shippedPath(resolved);
    } else if (key !== 'path') {
      rewriteReferences(child, from);
    }
  }
}
