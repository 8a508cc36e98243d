import { signal, type AdblockSignal } from './signal.js';
import { withTimeout } from './timing.js';

/**
 * The network's health, so that failed ad requests on a bad connection lower confidence instead
 * of accusing the reader. Offline per `navigator.onLine`, or a neutral first-party request that
 * fails too, means the network, not a blocker. Any HTTP answer (even a 404) proves the network
 * works: only the request itself matters.
 */
export async function checkNetwork(
  win: Window,
  controlUrl: string | undefined,
  timeoutMs = 1200,
): Promise<AdblockSignal> {
  if (!win.navigator.onLine) return signal('network', 'failed', 'the browser reports being offline');
  if (controlUrl === undefined) return signal('network', 'skipped', 'no control request configured');
  const path = new URL(controlUrl).pathname;
  const request = win
    .fetch(controlUrl, { method: 'HEAD', cache: 'no-store', credentials: 'omit' })
    .then((response) => signal('network', 'clear', `control request ${path} answered HTTP ${response.status}`));
  return withTimeout(request, timeoutMs, () =>
    signal('network', 'failed', `control request ${path} failed or timed out`),
  );
}
