// @ts-check
/**
 * Cumulative layout shift of late-filling ads: <sabba-ad-slot> against a naive empty <div> that a
 * script fills later (what most sites do with GPT).
 *
 *   node bench/ad-slot-layout-shift.mjs
 *
 * The page is served by Vite's dev server (it transpiles the TypeScript sources) on a free port and
 * opened in Debian's Chromium. It holds an article with four slots: three whose creatives arrive
 * 500, 1000 and 1500 ms late and one that never fills. A PerformanceObserver for `layout-shift`
 * sums every shift (input-driven ones excluded, as CLS does) for 2.5 s after load.
 * Three pages: naive divs; <sabba-ad-slot> alone (it can only reserve space once its script has
 * run, which on a module-script page is after the first paint); and <sabba-ad-slot> with the
 * page's own `preUpgradeCss()` in <head>, which reserves the same height before any script.
 * Target for the last: 0.000.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const DELAYS = [500, 1000, 1500, null]; // null: never fills

/** The page: paragraphs around four slots, either ours or naive divs. */
function page(/** @type {'sabba' | 'bare' | 'naive'} */ kind, /** @type {string} */ preUpgrade) {
  const paragraph = '<p>Workshop ini dibuka secara resmi oleh Sekda Lebak dan sesi diskusi dipimpin oleh berbagai narasumber dari pemerintah daerah, organisasi masyarakat sipil dan akademisi.</p>';
  const slots = DELAYS.map((delay, i) => kind !== 'naive'
    ? `${paragraph}<sabba-ad-slot provider="late" data-delay="${delay ?? ''}" sizes="300x250" id="s${i}"></sabba-ad-slot>`
    : `${paragraph}<div class="naive" data-delay="${delay ?? ''}" id="s${i}"></div>`).join('\n');
  const script = kind !== 'naive'
    ? `import { registerAdProvider } from '/src/index.ts';
       import '/src/components/ad-slot/ad-slot.define.ts';
       // A provider whose creative arrives late, or never (an ad network that does not answer).
       registerAdProvider('late', (context) => ({
         request: () => Promise.resolve(),
         render: () => new Promise((resolve) => {
           const delay = context.host.dataset.delay;
           if (delay === '') return;
           setTimeout(() => {
             const creative = document.createElement('div');
             creative.style.cssText = 'inline-size:300px;block-size:250px;background:#2d6cdf';
             context.container.append(creative);
             resolve({ empty: false, width: 300, height: 250 });
           }, Number(delay));
         }),
         destroy: () => {},
       }));`
    : `for (const div of document.querySelectorAll('.naive')) {
         if (div.dataset.delay === '') continue;
         setTimeout(() => {
           const creative = document.createElement('div');
           creative.style.cssText = 'inline-size:300px;block-size:250px;margin:auto;background:#2d6cdf';
           div.append(creative);
         }, Number(div.dataset.delay));
       }`;
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>CLS ${kind}</title>
    <meta name="viewport" content="width=device-width">
    <style>body{font:18px/1.5 Georgia,serif;max-inline-size:680px;margin:auto;padding:16px}
    ${kind === 'sabba' ? preUpgrade : ''}</style>
    <script>
      window.cls = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.cls += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    </script></head>
    <body><h1>Pemkab Lebak dan USAID MADANI</h1>${slots}${paragraph}
    <script type="module">${script}</script></body></html>`;
}

const server = await createServer({
  root,
  configFile: false,
  logLevel: 'error',
  server: { port: 0, host: '127.0.0.1' },
  plugins: [{
    name: 'cls-pages',
    configureServer(vite) {
      vite.middlewares.use((req, res, next) => {
        const kind = /** @type {const} */ (['sabba', 'bare', 'naive']).find((name) => req.url === `/bench/${name}.html`);
        if (kind === undefined) return next();
        // The page's own pre-upgrade CSS, generated from the same size map (see preUpgradeCss).
        void vite.ssrLoadModule('/src/components/ad-slot/size-map.ts').then((sizeMap) => {
          const css = sizeMap.preUpgradeCss(sizeMap.planSizes('300x250', '', () => undefined));
          return vite.transformIndexHtml(req.url ?? '/', page(kind, css));
        }).then((body) => {
          res.setHeader('Content-Type', 'text/html');
          res.end(body);
        });
        return undefined;
      });
    },
  }],
  esbuild: { tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } } },
});
await server.listen();
const address = server.httpServer?.address();
const port = typeof address === 'object' && address !== null ? address.port : 0;

const browser = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'sabba-cls-')), {
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  viewport: { width: 412, height: 915 },
});
try {
  /** @type {Record<string, number>} */
  const results = {};
  for (const kind of /** @type {const} */ (['naive', 'bare', 'sabba'])) {
    const tab = await browser.newPage();
    tab.on('pageerror', (error) => { console.error(`pageerror (${kind}): ${error.message}`); });
    // Warm Vite's transform cache first, so the measured load is not a cold compile.
    await tab.goto(`http://127.0.0.1:${port}/bench/${kind}.html`, { waitUntil: 'load' });
    await tab.reload({ waitUntil: 'load' });
    await tab.waitForTimeout(2500);
    results[kind] = await tab.evaluate(() => /** @type {number} */ (/** @type {any} */ (window).cls));
    await tab.close();
  }
  console.log(`CLS, naive empty divs filled late:  ${results.naive.toFixed(3)}`);
  console.log(`CLS, <sabba-ad-slot>, no page CSS:   ${results.bare.toFixed(3)} (the element upgrades after first paint)`);
  console.log(`CLS, <sabba-ad-slot> + preUpgradeCss: ${results.sabba.toFixed(3)} (target 0.000)`);
} finally {
  await browser.close();
  await server.close();
}
