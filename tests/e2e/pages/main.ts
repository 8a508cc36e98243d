// The end-to-end test page: the test calls `window.startNotice()` once the page has loaded (and,
// for some cases, after cutting the network), so the measured latency is the notice's own.
import '../../../src/components/adblock-notice/adblock-notice.define.js';
import type { AdblockVerdict } from '../../../src/components/adblock-notice/verdict.js';

interface Started {
  verdict: AdblockVerdict;
  latencyMs: number;
  open: boolean;
}

declare global {
  interface Window {
    startNotice: (attributes?: Record<string, string>) => Promise<Started>;
  }
}

window.startNotice = (attributes = {}) =>
  new Promise((resolve) => {
    const notice = document.createElement('sabba-adblock-notice');
    notice.setAttribute('bait-url', '/ad_728.js');
    for (const [name, value] of Object.entries(attributes)) notice.setAttribute(name, value);
    const started = performance.now();
    notice.addEventListener(
      'sabba-adblock-result',
      (event) => {
        const latencyMs = performance.now() - started;
        void notice.updateComplete.then(() => {
          resolve({ verdict: event.detail, latencyMs, open: notice.open });
        });
      },
      { once: true },
    );
    document.body.append(notice);
  });
