// @ts-check
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { FIREFOX_PATH } from './scripts/lib/browsers.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH, FOREGROUND_ARGS } from './scripts/lib/chromium.mjs';
import { countReporter } from './scripts/test/count-reporter.mjs';
import { testServerMiddleware } from './scripts/test/test-server.mjs';

const chromiumArgs = [...CHROMIUM_ARGS, ...FOREGROUND_ARGS];

/** `SABBA_BROWSERS=chromium` runs one engine for a quick local loop; CI runs both. */
const wanted = (process.env.SABBA_BROWSERS ?? 'chromium,firefox').split(',');

const browsers = [];
if (wanted.includes('chromium')) {
  browsers.push(
    chromeLauncher({
      launchOptions: {
        executablePath: CHROMIUM_PATH,
        headless: true,
        args: chromiumArgs,
      },
    }),
  );
}
if (wanted.includes('firefox')) {
  browsers.push(
    puppeteerLauncher({
      launchOptions: {
        browser: 'firefox',
        executablePath: FIREFOX_PATH,
        headless: true,
      },
    }),
  );
}

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) })],
  middleware: await testServerMiddleware(),
  browsers,
  // One page at a time per browser: a background tab gets no animation frames in headless Chromium,
  // and fixtures wait for frames.
  concurrency: 1,
  concurrentBrowsers: 2,
  testFramework: { config: { timeout: 10000 } },
  // After the framework: readable-failures.js keeps a failed assertion about DOM nodes from
  // hanging the page's report (see the file).
  testRunnerHtml: (testFramework) =>
    `<!DOCTYPE html><html><head></head><body><script type="module" src="${testFramework}"></script>` +
    '<script type="module" src="/scripts/test/browser/readable-failures.js"></script></body></html>',
  testsFinishTimeout: 300000,
  // A busy 2-core machine can take long to open a Firefox page; a slow start is not a failure.
  browserStartTimeout: 180000,
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  coverage: wanted.includes('chromium'),
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/**/*.define.ts', 'src/sabba.ts', 'src/index.ts'],
    threshold: { lines: 90, statements: 90, functions: 85, branches: 80 },
  },
  reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: false }), countReporter()],
};
