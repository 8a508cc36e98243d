/**
 * Google AdSense. A light-DOM `<ins class="adsbygoogle" data-ad-client data-ad-slot>` sized to the
 * reserved box, pushed once with `(adsbygoogle = window.adsbygoogle || []).push({})`; AdSense then
 * sets `data-ad-status` to `filled` or `unfilled` (`unfill-optimized` counts as unfilled). AdSense
 * cannot refresh, so this provider has no `refresh()`.
 */
import { describeValue, warnOnce } from '../../../internal/warn.js';
import { loadScript } from '../script-loader.js';
import { reservedBox } from '../size-map.js';
import {
  AdFailure,
  EMPTY_OUTCOME,
  withTimeout,
  type AdProvider,
  type AdSlotContext,
  type RenderOutcome,
} from './provider.js';

/** Google's script URL; `?client=` is added. Tests set `SabbaAdSlot.adsenseSrc` or `script-src`. */
export const ADSENSE_SRC = 'https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js';

const CLIENT_PATTERN = /^ca-pub-\d{6,20}$/;
const SLOT_PATTERN = /^\d{4,20}$/;

/** `window.adsbygoogle`: an array before the script runs, AdSense's queue object after. */
function queue(): { push(options: object): unknown; loaded?: boolean } {
  const w = window as unknown as { adsbygoogle?: { push(options: object): unknown; loaded?: boolean } };
  w.adsbygoogle ??= [];
  return w.adsbygoogle;
}

/** Creates the AdSense provider for one slot. */
export function createAdsenseProvider(context: AdSlotContext): AdProvider {
  const client = context.host.adClient.trim();
  const adSlot = context.host.adSlot.trim();
  let ins: HTMLModElement | undefined;
  let observer: MutationObserver | undefined;

  return {
    async request(): Promise<void> {
      if (!CLIENT_PATTERN.test(client) || !SLOT_PATTERN.test(adSlot)) {
        warnOnce(
          `<sabba-ad-slot provider="adsense"> needs ad-client="ca-pub-…" and a numeric ad-slot; got ${describeValue(client)} and ${describeValue(adSlot)}.`,
        );
        throw new AdFailure('error', 'missing or malformed ad-client / ad-slot');
      }
      const url = new URL(context.scriptSrc ?? ADSENSE_SRC, document.baseURI);
      url.searchParams.set('client', client);
      await loadScript(url.href, {
        timeout: context.timeout,
        crossOrigin: 'anonymous',
        isReady: () => queue().loaded === true,
      });
    },

    render(): Promise<RenderOutcome> {
      const box = reservedBox(context.activeSizes);
      const element = document.createElement('ins');
      element.className = 'adsbygoogle';
      element.dataset.adClient = client;
      element.dataset.adSlot = adSlot;
      // CSSOM, not a style attribute: allowed under a CSP without 'unsafe-inline' styles.
      element.style.display = 'inline-block';
      if (box !== undefined) {
        element.style.width = `${box.width}px`;
        element.style.height = `${box.height}px`;
      }
      ins = element;
      context.container.append(element);
      const answered = new Promise<RenderOutcome>((resolve) => {
        const read = (): boolean => {
          const status = element.dataset.adStatus;
          if (status === undefined) return false;
          observer?.disconnect();
          if (status === 'filled') {
            resolve({ empty: false, width: element.offsetWidth, height: element.offsetHeight });
          } else {
            resolve(EMPTY_OUTCOME);
          }
          return true;
        };
        observer = new MutationObserver(read);
        observer.observe(element, { attributes: true, attributeFilter: ['data-ad-status'] });
        queue().push({});
        read();
      });
      return withTimeout(answered, context.timeout, `AdSense slot ${adSlot}`);
    },

    destroy(): void {
      observer?.disconnect();
      ins?.remove();
      ins = undefined;
    },
  };
}
