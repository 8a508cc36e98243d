import { describeValue, warnOnce } from '../../../internal/warn.js';
import { loadScript } from './load-script.js';
import { signal, type AdblockSignal } from './signal.js';

/** The Content-Types browsers run as a script (`text/javascript; charset=utf-8`, …). */
const JAVASCRIPT_TYPE = /^(?:text|application)\/(?:x-)?(?:java|ecma)script\b/i;

/**
 * A first-party bait: a harmless script on the site's own host at a path that filter lists block
 * (for example `/ad_728.js`, blocked by EasyList's generic `/ad_728.js$script`). It catches
 * blockers on sites that do not load a third-party ad script, without any third-party request.
 *
 * When the script request fails, a `HEAD` request (a different request type, which `$script`
 * rules do not match) tells a blocker from a missing file: the file is there as JavaScript but
 * the script was stopped → blocked; the file is missing, or is not served as JavaScript (a soft
 * 404 answering 200 `text/plain` with `nosniff`, which browsers refuse to run) → the site's
 * configuration, reported as skipped with a warning.
 */
export async function checkBaitUrl(win: Window, url: string | undefined, timeoutMs = 1200): Promise<AdblockSignal> {
  if (url === undefined) return signal('bait-url', 'skipped', 'no bait-url configured');
  const path = new URL(url).pathname;
  const result = await loadScript(win.document, url, timeoutMs);
  if (result === 'loaded') return signal('bait-url', 'clear', `${path} loaded`);
  if (result === 'refused') return signal('bait-url', 'inconclusive', `${path} refused by the page's security policy`);
  if (result === 'timeout') return signal('bait-url', 'inconclusive', `${path} did not answer within ${timeoutMs} ms`);

  let response: Response;
  try {
    response = await win.fetch(url, { method: 'HEAD', cache: 'no-store', credentials: 'omit' });
  } catch {
    return signal('bait-url', 'failed', `${path} request failed`);
  }
  const { status } = response;
  const type = response.headers.get('content-type') ?? '';
  let answer = `HTTP ${status}`;
  if (status >= 200 && status < 400) {
    if (JAVASCRIPT_TYPE.test(type)) {
      return signal('bait-url', 'blocked', `${path} exists (${answer}) but its script request was blocked`, true);
    }
    answer += ` as ${describeValue(type)}, not JavaScript`;
  }
  const detail = `${path} answered ${answer}: check the bait-url`;
  warnOnce(`bait-url ${detail}; it was not counted.`);
  return signal('bait-url', 'skipped', detail);
}
