import { loadScript } from './load-script.js';
import { signal, type AdblockSignal } from './signal.js';

/**
 * A first-party bait: a harmless script on the site's own host at a path that filter lists block
 * (for example `/ad_728.js`, blocked by EasyList's generic `/ad_728.js$script`). It catches
 * blockers on sites that do not load a third-party ad script, without any third-party request.
 *
 * When the script request fails, a `HEAD` request (a different request type, which `$script`
 * rules do not match) tells a blocker from a missing file: the file is there but the script was
 * stopped → blocked; the file is missing → the site's configuration, reported as skipped.
 */
export async function checkBaitUrl(win: Window, url: string | undefined, timeoutMs = 1200): Promise<AdblockSignal> {
  if (url === undefined) return signal('bait-url', 'skipped', 'no bait-url configured');
  const path = new URL(url).pathname;
  const result = await loadScript(win.document, url, timeoutMs);
  if (result === 'loaded') return signal('bait-url', 'clear', `${path} loaded`);
  if (result === 'refused') return signal('bait-url', 'inconclusive', `${path} refused by the page's security policy`);
  if (result === 'timeout') return signal('bait-url', 'inconclusive', `${path} did not answer within ${timeoutMs} ms`);

  let status: number | undefined;
  try {
    const response = await win.fetch(url, { method: 'HEAD', cache: 'no-store', credentials: 'omit' });
    status = response.status;
  } catch {
    return signal('bait-url', 'failed', `${path} request failed`);
  }
  if (status >= 200 && status < 400) {
    return signal('bait-url', 'blocked', `${path} exists (HTTP ${status}) but its script request was blocked`, true);
  }
  return signal('bait-url', 'skipped', `${path} answered HTTP ${status}: check the bait-url`);
}
