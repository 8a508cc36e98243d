import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { minifyHTMLLiterals } from 'minify-literals';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { seedDemoComments } from './demo/seed-comments.mjs';
import { prebidStandinMiddleware } from './scripts/test/prebid-stand-in.mjs';
import { createCommentsEndpoint } from './scripts/test/wordpress-stand-in/comments-endpoint.mjs';
import { adSlotStylesheet } from './src/components/ad-slot/ad-slot-stylesheet.js';

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
      entry: {
        index: src('index.ts'),
        sabba: src('sabba.ts'),
        loader: src('loader.ts'),
        cli: src('cli.ts'),
        react: src('react.ts'),
        ...elementEntries(),
      },
      formats: ['es'],
    },
    rolldownOptions: {
      // React and @lit/react (for `sabba-widgets/react.js`) are the app's too.
      external: [/^lit(\/|$)/, /^@lit\//, /^@lit-labs\//, /^lit-html(\/|$)/, /^react(\/|$)/],
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
};

/**
 * Minifies the CSS inside Lit's css`` templates of our own sources. Vite's minifier leaves template
 * strings alone, and the components' styles are a large share of the drop-in bundle's bytes. Only
 * for the browser bundles: the npm build stays readable. HTML templates are left as written: an HTML
 * minifier rewrites attribute bindings (it appended `;` to `style=${…}`, turning a directive into a
 * static `style` attribute that a strict CSP blocks) and drops empty attributes such as `alt=""`.
 */
function minifyTemplateLiterals(): Plugin {
  return {
    name: 'sabba-minify-template-literals',
    async transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\bcss`/.test(code)) return null;
      const result = await minifyHTMLLiterals(code, { fileName: id, html: false });
      return result === null ? null : { code: result.code, map: result.map };
    },
  };
}

/**
 * Writes `ad-slot.css` (the pre-upgrade reservation for common ad sizes) into the CDN folder,
 * generated from the same size-map code the element and `preUpgradeCss` use.
 */
function adSlotCss(): Plugin {
  return {
    name: 'sabba-ad-slot-css',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'ad-slot.css', source: adSlotStylesheet() });
    },
  };
}

/**
 * The drop-in build: one self-contained, minified file with Lit inside, in production mode, for
 * `<script type="module" src=".../sabba.js">` on any page.
 */
const cdnBuild: UserConfig = {
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  plugins: [minifyTemplateLiterals(), adSlotCss()],
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    target: 'es2022',
    lib: { entry: { sabba: src('sabba.ts') }, formats: ['es'] },
    rolldownOptions: {
      output: {
        entryFileNames: '[name].js',
        // One file: what an element imports on demand elsewhere (the consent reader, the ad slot's
        // out-of-page formats) is inlined, since a split would also hoist the code it shares with
        // the entry into a second file fetched up front. Pages that want it lazy use the loader.
        codeSplitting: false,
        // Vite keeps whitespace in library ES output; the drop-in file is for browsers, so minify.
        minify: true,
        comments: { annotation: false, jsdoc: false, legal: true },
      },
    },
  },
};

/**
 * What only the comment form and the thread share (WordPress's character references, Lit's
 * directive helpers under `repeat` and `live`): one chunk of their own, which the first view (loader,
 * shared chunk, ad slot, count) never fetches (issue 20).
 */
const COMMENT_SHARED = ['/internal/html-entities.ts', '/lit-html/directive-helpers.js'];

/**
 * Shared by elements the first view does not load (the comment form and thread, the adblock notice
 * at idle): kept out of the shared chunk; the bundler gives it a chunk of its own.
 */
const BELOW_THE_FOLD_SHARED = ['/internal/storage.ts', ...COMMENT_SHARED];

/**
 * The autoloader build: `dist/cdn/loader.js` plus one chunk per element and one shared chunk (Lit
 * and the Sabba base), minified and in production mode, written next to the drop-in `sabba.js`
 * (so it runs after `--mode cdn` and keeps that file). Chunks are imported relative to the
 * loader's own URL, so the folder works from any CDN path.
 */
const cdnLoaderBuild: UserConfig = {
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  plugins: [minifyTemplateLiterals()],
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: false,
    target: 'es2022',
    lib: { entry: { loader: src('loader.ts') }, formats: ['es'] },
    rolldownOptions: {
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        // One shared chunk (Lit and the Sabba base every element builds on) instead of one per
        // combination of users: a page with one element then makes three requests. The autoloader
        // itself stays out, so a page without Sabba tags never fetches Lit. Only what two elements
        // share goes in it: a helper only one element uses travels in that element's chunk, so a page
        // with only an ad slot does not fetch it.
        codeSplitting: {
          groups: [
            {
              name: 'sabba-shared',
              // The consent reader stays its own chunk: only a page with a CMP fetches it. So does
              // what only elements below the fold share: the first view never needs it.
              test: (id: string) =>
                !id.endsWith('/internal/autoloader.ts') &&
                !/\/internal\/consent\/\w+-reader\.ts$/.test(id) &&
                !BELOW_THE_FOLD_SHARED.some((tail) => id.endsWith(tail)) &&
                (id.includes('/node_modules/') || /\/src\/(internal|controllers|events|i18n)\//.test(id)),
              minShareCount: 2,
            },
            {
              name: 'comment-shared',
              test: (id: string) => COMMENT_SHARED.some((tail) => id.endsWith(tail)),
              minShareCount: 2,
            },
          ],
        },
        minify: true,
        comments: { annotation: false, jsdoc: false, legal: true },
        // V8's explicit compile hint (Chromium 136+; to other engines a plain comment): a chunk is
        // fetched only when its code is about to run, so compile all of it eagerly, on the
        // background thread that streams the module in, rather than each function lazily on the
        // main thread at its first call, in the task that upgrades the element (about a third of
        // the ad slot's upgrade task at 4x CPU; issue 20).
        postBanner: '//# allFunctionsCalledOnLoad',
      },
    },
  },
};

/**
 * A WordPress stand-in at `/wp` for the demo's thread and comment form: WordPress's comment
 * endpoints with its validation, flood and duplicate rules and error bodies, persisted to a
 * gitignored file so posted comments survive a restart, and seeded with a conversation when new.
 */
function demoWordPress(): Plugin {
  const endpoint = createCommentsEndpoint({
    basePath: '/wp',
    dataFile: fileURLToPath(new URL('./.cache/demo-wordpress/comments.json', import.meta.url)),
    posts: { 1: { open: true, link: '/' }, 2: { open: false } },
  });
  seedDemoComments(endpoint, 1);
  return {
    name: 'sabba-demo-wordpress',
    configureServer(server) {
      server.middlewares.use(endpoint.connect);
    },
  };
}

/**
 * Header bidding for the demo at `/ad-slot/`, as the ad-slot tests have it: real Prebid.js with a
 * local bidder, its bid server and the GPT stand-in (scripts/test/prebid-stand-in.mjs).
 */
function demoHeaderBidding(): Plugin {
  return {
    name: 'sabba-demo-header-bidding',
    configureServer(server) {
      server.middlewares.use(prebidStandinMiddleware('/ad-slot/'));
    },
  };
}

/** The demo article page (`npm start`), served from `demo/` with the library's sources. */
const demoServer: UserConfig = {
  root: fileURLToPath(new URL('./demo', import.meta.url)),
  server: { host: '127.0.0.1', port: 5173, strictPort: true, fs: { allow: [root] } },
  plugins: [demoWordPress(), demoHeaderBidding()],
};

export default defineConfig(({ command, mode }) => {
  if (command === 'serve') return demoServer;
  if (mode === 'cdn') return cdnBuild;
  if (mode === 'cdn-loader') return cdnLoaderBuild;
  return npmBuild;
});
