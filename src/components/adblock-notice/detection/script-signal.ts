import { loadScript } from './load-script.js';
import { signal, type AdblockSignal } from './signal.js';

/** Google's AdSense loader. */
export const ADSENSE_URL = 'https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js';
/** Google Publisher Tag. */
export const GPT_URL = 'https://securepubads.g.doubleclick.net/tag/js/gpt.js';

/** The origins of Google's ad scripts, the only foreign ones markup may point the probe at. */
export const AD_SCRIPT_ORIGINS: readonly string[] = [new URL(ADSENSE_URL).origin, new URL(GPT_URL).origin];

/** What a known ad script left behind on `window`. */
type ApiState = 'real' | 'stand-in' | 'missing';

interface KnownAdScript {
  readonly name: string;
  readonly pattern: RegExp;
  readonly state: (win: Window) => ApiState;
}

type Loose = Record<string, unknown> | undefined;

/**
 * Ad scripts whose real API can be told from a blocker's stand-in.
 * - AdSense: the real script keeps `window.adsbygoogle` as the page's array and sets `loaded`;
 *   uBO, AdGuard and Brave's stand-in replaces it with a plain `{ loaded: true, push() {} }`.
 * - GPT: the stand-in sets `apiReady` but its `getVersion()` returns an empty string.
 */
export const KNOWN_AD_SCRIPTS: readonly KnownAdScript[] = [
  {
    name: 'adsbygoogle.js',
    pattern: /\/pagead\/js\/adsbygoogle\.js(?:[?#]|$)/,
    state: (win) => {
      const api = (win as unknown as { adsbygoogle?: Loose }).adsbygoogle;
      if (api?.loaded !== true) return 'missing';
      return Array.isArray(api) ? 'real' : 'stand-in';
    },
  },
  {
    name: 'gpt.js',
    pattern: /\/tag\/js\/gpt\.js(?:[?#]|$)/,
    state: (win) => {
      const api = (win as unknown as { googletag?: Loose }).googletag;
      if (api?.apiReady !== true) return 'missing';
      const getVersion = api.getVersion;
      const version: unknown = typeof getVersion === 'function' ? (getVersion as () => unknown).call(api) : '';
      return typeof version === 'string' && version !== '' ? 'real' : 'stand-in';
    },
  },
];

/**
 * The ad script the page itself already uses: a `<script src>` of a known ad script, or a
 * `<sabba-ad-slot>` whose provider loads one. Probing only where the site's ad tags already go
 * means the notice never contacts a third party on its own.
 */
export function pageAdScript(doc: Document): string | undefined {
  for (const script of doc.querySelectorAll<HTMLScriptElement>('script[src]')) {
    // Only Google's hosts or the page's own: an injected, inert `<script src>` must not pick one.
    const origin = new URL(script.src).origin;
    if (origin !== location.origin && !AD_SCRIPT_ORIGINS.includes(origin)) continue;
    if (KNOWN_AD_SCRIPTS.some((known) => known.pattern.test(script.src))) return script.src;
  }
  // The `provider` property, which React and Vue set without an attribute; the attribute only
  // for a slot whose element is not defined yet.
  const providers = new Set(
    Array.from(doc.querySelectorAll('sabba-ad-slot'), (slot) => {
      const provider = (slot as Element & { provider?: unknown }).provider;
      return (typeof provider === 'string' ? provider : (slot.getAttribute('provider') ?? '')).trim().toLowerCase();
    }),
  );
  if (providers.has('adsense')) return ADSENSE_URL;
  if (providers.has('gpt')) return GPT_URL;
  return undefined;
}

/**
 * Asks again, after a pause, with a request of another type (`fetch`, `no-cors`): an HTTP answer
 * of any status (a proxy's 403, a server's 503) resolves, only a refused connection rejects. A
 * DNS-level blocker refuses both; a dropped packet does not repeat, and an offline browser is
 * the network's fault, not the reader's. `onLine` is read after the pause, which gives a lost
 * connection time to show.
 */
async function refusedAtConnection(win: Window, url: string): Promise<boolean> {
  await new Promise((resolve) => setTimeout(resolve, 250));
  if (!win.navigator.onLine) return false;
  try {
    await win.fetch(url, { mode: 'no-cors', cache: 'no-store', credentials: 'omit' });
    return false;
  } catch {
    return win.navigator.onLine;
  }
}

/**
 * Requests the ad script at `url` and tells three endings apart: blocked (the request failed),
 * replaced by a stand-in (`onload` fired but the real API did not appear) and loaded for real.
 * When the page already has the real API (or a recognised stand-in) no request is made.
 */
export async function checkAdScript(win: Window, url: string | undefined, timeoutMs = 1200): Promise<AdblockSignal> {
  if (url === undefined)
    return signal('script', 'skipped', 'no ad script to probe (none on the page, none configured)');
  const known = KNOWN_AD_SCRIPTS.find((candidate) => candidate.pattern.test(url));
  const name = known?.name ?? url;
  const before = known?.state(win);
  if (before === 'real') return signal('script', 'clear', `${name} already loaded for real`);
  if (before === 'stand-in') return signal('script', 'blocked', `${name} was replaced by a stand-in`, true);

  const result = await loadScript(win.document, url, timeoutMs);
  switch (result) {
    case 'error':
      return (await refusedAtConnection(win, url))
        ? signal(
            'script',
            'blocked',
            `${name} refused at connection twice while the site answers (a DNS-level blocker)`,
            true,
          )
        : signal('script', 'failed', `${name} request failed`);
    case 'refused':
      return signal('script', 'inconclusive', `${name} refused by the page's security policy`);
    case 'timeout':
      return signal('script', 'inconclusive', `${name} did not answer within ${timeoutMs} ms`);
    case 'loaded':
      break;
  }
  if (known === undefined) return signal('script', 'clear', `${name} loaded`);
  const after = known.state(win);
  if (after === 'real') return signal('script', 'clear', `${name} loaded for real`);
  if (after === 'stand-in') return signal('script', 'blocked', `${name} was replaced by a stand-in`, true);
  // A response arrived but nothing ran: an empty redirect (a blocker) or a proxy's error page.
  return signal('script', 'blocked', `${name} loaded but its API never appeared (replaced by an empty stand-in)`);
}
