// @ts-check
/**
 * The path and flags every suite starts Debian's Chromium with: the browser tests (through
 * web-test-runner's launcher) and everything ./browsers.mjs launches. As root on a machine whose only network is the
 * package registries, Chromium needs no sandbox and must not try to reach Google's services.
 */

/** Debian's Chromium, or the browser named by CHROME_PATH. */
export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Flags for a headless Chromium run as root, offline. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Extra flags where tests run in several tabs: a background tab must still get frames and timers. */
export const FOREGROUND_ARGS = [
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];
