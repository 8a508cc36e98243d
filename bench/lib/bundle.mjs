// @ts-check
/**
 * Builds one entry module into one self-contained, minified ES file with everything it imports
 * (Lit included), with the same output options as the drop-in build (`vite build --mode cdn`), so an
 * element's entry, the drop-in bundle and a Lit-based alternative are measured the same way.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';

/**
 * @param {string} root the repository root (its tsconfig sets the decorator mode)
 * @param {string} entry absolute path of the entry module
 * @param {string} outDir where to write `<name>.js`
 * @param {string} name output file name without `.js`
 * @returns {Promise<Buffer>} the built file
 */
export async function bundleEntry(root, entry, outDir, name) {
  await build({
    root,
    configFile: false,
    logLevel: 'error',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2022',
      copyPublicDir: false,
      lib: { entry: { [name]: entry }, formats: ['es'] },
      rolldownOptions: {
        output: {
          entryFileNames: '[name].js',
          minify: true,
          comments: { annotation: false, jsdoc: false, legal: true },
        },
      },
    },
  });
  return readFileSync(join(outDir, `${name}.js`));
}
