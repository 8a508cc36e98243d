// @ts-check
/**
 * Builds one entry module into one self-contained, minified ES file with everything it imports
 * (Lit included), with the drop-in build's own settings (vite.config.ts in `cdn` mode), so an
 * element's entry, the drop-in bundle and a Lit-based alternative are measured the same way.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, loadConfigFromFile } from 'vite';

/**
 * @param {string} root the repository root
 * @param {string} entry absolute path of the entry module
 * @param {string} outDir where to write `<name>.js`
 * @param {string} name output file name without `.js`
 * @returns {Promise<Buffer>} the built file
 */
export async function bundleEntry(root, entry, outDir, name) {
  const loaded = await loadConfigFromFile(
    { command: 'build', mode: 'cdn', isPreview: false },
    join(root, 'vite.config.ts'),
    root,
    'silent',
  );
  if (loaded === null) throw new Error('vite.config.ts not found');
  const { config } = loaded;
  await build({
    ...config,
    root,
    configFile: false,
    logLevel: 'error',
    build: {
      ...config.build,
      outDir,
      emptyOutDir: false,
      copyPublicDir: false,
      lib: { entry: { [name]: entry }, formats: ['es'] },
    },
  });
  return readFileSync(join(outDir, `${name}.js`));
}
