import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { createCommentsEndpoint } from './demo/wordpress/comments-endpoint.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));
const src = (path: string): string => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

/** Every element's class module and define module, found by folder so new elements need no edit here. */
function elementEntries(): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const name of readdirSync(src('components'))) {
    entries[`components/${name}/${name}`] = src(`components/${name}/${name}.ts`);
    entries[`components/${name}/${name}.define`] = src(`components/${name}/${name}.define.ts`);
  }
  return entries;
}

/**
 * The npm build: unbundled ES modules mirroring `src/` (so `sideEffects` and tree-shaking work per
 * file), Lit left to the app's bundler, no minification (apps minify).
 */
const npmBuild: UserConfig = {
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    target: 'es2022',
    minify: false,
    lib: {
      entry: { index: src('index.ts'), sabba: src('sabba.ts'), ...elementEntries() },
      formats: ['es'],
    },
    rolldownOptions: {
      external: [/^lit(\/|$)/, /^@lit\//, /^@lit-labs\//, /^lit-html(\/|$)/],
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
};

/**
 * The drop-in build: one self-contained, minified file with Lit inside, in production mode, for
 * `<script type="module" src=".../sabba.js">` on any page.
 */
const cdnBuild: UserConfig = {
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    target: 'es2022',
    lib: { entry: { sabba: src('sabba.ts') }, formats: ['es'] },
    rolldownOptions: {
      output: {
        entryFileNames: '[name].js',
        // Vite keeps whitespace in library ES output; the drop-in file is for browsers, so minify.
        minify: true,
        comments: { annotation: false, jsdoc: false, legal: true },
      },
    },
  },
};

/**
 * A WordPress stand-in at `/wp` for the demo's comment form: WordPress's comment endpoints with its
 * validation, flood and duplicate rules and error bodies, persisted to a gitignored file so posted
 * comments survive a restart.
 */
function demoWordPress(): Plugin {
  const endpoint = createCommentsEndpoint({
    basePath: '/wp',
    dataFile: fileURLToPath(new URL('./.cache/demo-wordpress/comments.json', import.meta.url)),
    posts: { 1: { open: true, link: '/' }, 2: { open: false } },
  });
  return {
    name: 'sabba-demo-wordpress',
    configureServer(server) {
      server.middlewares.use(endpoint.connect);
    },
  };
}

/** The demo article page (`npm start`), served from `demo/` with the library's sources. */
const demoServer: UserConfig = {
  root: fileURLToPath(new URL('./demo', import.meta.url)),
  server: { host: '127.0.0.1', port: 5173, strictPort: true, fs: { allow: [root] } },
  plugins: [demoWordPress()],
};

export default defineConfig(({ command, mode }) => {
  if (command === 'serve') return demoServer;
  return mode === 'cdn' ? cdnBuild : npmBuild;
});
