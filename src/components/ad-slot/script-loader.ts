/**
 * Loads a provider's script (gpt.js, adsbygoogle.js, a site's Prebid build) once per page.
 *
 * Outcomes, as `sabba-ad-error` reasons:
 * - `timeout`: neither `load` nor `error` within the time limit (a hanging CDN or proxy).
 * - `error`: the server answered but the script is unusable (HTTP 404/500, it threw, or it loaded
 *   without defining what it should).
 * - `blocked`: the request never reached a server: a blocker extension cancelled it, or a DNS
 *   blocker (Pi-hole, NextDNS) made the host unresolvable.
 *
 * Telling `blocked` from a 404 is not possible from the `<script>` element: both fire the same
 * bare `error` event, and the page cannot see the status. So after an `error` the loader asks the
 * same URL once more with `fetch(url, { mode: 'no-cors' })`:
 * - a server that answers with any status (404 included) resolves the fetch with an opaque
 *   response: the network is fine, so the script itself is broken → `error`;
 * - a request cancelled by an extension (Chromium's `ERR_BLOCKED_BY_CLIENT`, Firefox's content
 *   blocking) or an unresolvable host rejects the fetch with a `TypeError` → `blocked`, unless the
 *   browser says it is offline (`!navigator.onLine`), which is a network `error`.
 * The probe goes to the URL the site already asked for, so it adds no new third party; blockers
 * that replace scripts with harmless stand-ins (uBlock Origin does so for gpt.js and adsbygoogle.js)
 * let `load` fire, and surface later as a render that never answers (`timeout`).
 */

/** Why a script, and with it the ad, could not be used. */
export type AdFailureReason = 'blocked' | 'timeout' | 'error';

/** An ad request that failed for a known reason. */
export class AdFailure extends Error {
  constructor(
    readonly reason: AdFailureReason,
    message: string,
  ) {
    super(message);
    this.name = 'AdFailure';
  }
}

/** Options for {@link loadScript}. */
export interface LoadScriptOptions {
  /** Milliseconds to wait for `load` or `error`. */
  timeout: number;
  /** Whether the script's API is already on the page (loaded by the site or another slot). */
  isReady?: () => boolean;
  /** `crossorigin` attribute, e.g. `anonymous` for AdSense's CORS-enabled script. */
  crossOrigin?: string;
}

/** Scripts in flight or loaded, by URL: a second slot on the page waits for the first request. */
const loads = new Map<string, Promise<void>>();

/**
 * Adds `<script async src=url>` to the document head once per page and resolves when it has run.
 * A failure is forgotten so that a later slot may try again (a flaky network recovers).
 */
export function loadScript(url: string, options: LoadScriptOptions): Promise<void> {
  if (options.isReady?.() === true) return Promise.resolve();
  let load = loads.get(url);
  if (load === undefined) {
    load = inject(url, options);
    loads.set(url, load);
    load.catch(() => loads.delete(url));
  }
  return load;
}

function inject(url: string, options: LoadScriptOptions): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const script = document.createElement('script');
    script.async = true;
    if (options.crossOrigin !== undefined) script.crossOrigin = options.crossOrigin;
    const timer = setTimeout(() => {
      cleanup();
      reject(new AdFailure('timeout', `${url} did not load within ${options.timeout} ms.`));
    }, options.timeout);
    const cleanup = (): void => {
      clearTimeout(timer);
      script.removeEventListener('load', handleLoad);
      script.removeEventListener('error', handleError);
    };
    const handleLoad = (): void => {
      cleanup();
      // A script that threw while running still fires `load`; its API is then missing.
      if (options.isReady !== undefined && !options.isReady()) {
        reject(new AdFailure('error', `${url} loaded but did not set up its API (it may have thrown).`));
      } else {
        resolve();
      }
    };
    const handleError = (): void => {
      cleanup();
      void classifyFailure(url).then((reason) => {
        reject(
          new AdFailure(
            reason,
            reason === 'blocked' ? `${url} was blocked before it reached a server.` : `${url} failed to load.`,
          ),
        );
      });
    };
    script.addEventListener('load', handleLoad);
    script.addEventListener('error', handleError);
    script.src = url;
    document.head.append(script);
  });
}

/** Decides between `blocked` and `error` after a script's `error` event; see the module comment. */
export async function classifyFailure(url: string): Promise<AdFailureReason> {
  if (typeof navigator !== 'undefined' && !navigator.onLine) return 'error';
  try {
    await fetch(url, { mode: 'no-cors', cache: 'no-store', credentials: 'omit' });
    return 'error';
  } catch {
    return 'blocked';
  }
}
