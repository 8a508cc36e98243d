/**
 * Which provider serves which `provider="…"` value. The built-in four are registered by the
 * element; a site adds its own (Prebid, a local ad server) with {@link registerAdProvider}:
 *
 * ```js
 * import { registerAdProvider } from 'sabba-widgets';
 * registerAdProvider('kompas-ads', (context) => ({ request, render, destroy }));
 * ```
 * and then writes `<sabba-ad-slot provider="kompas-ads" sizes="300x250">`.
 */
import { describeValue, warnOnce } from '../../../internal/warn.js';
import { createAdsenseProvider } from './adsense-provider.js';
import { createGptProvider } from './gpt-provider.js';
import { createHtmlProvider } from './html-provider.js';
import type { AdProviderFactory } from './provider.js';

/** The providers that ship with the element. `none` has no provider: placeholder only. */
const BUILT_IN: Readonly<Record<string, AdProviderFactory>> = {
  gpt: createGptProvider,
  adsense: createAdsenseProvider,
  html: createHtmlProvider,
};

/** The site's registrations; they win over built-ins of the same name. */
const factories = new Map<string, AdProviderFactory>();

const NAME_PATTERN = /^[a-z][a-z0-9-]{0,39}$/;

/**
 * Registers `factory` under `name` (lower-case letters, digits and hyphens). Registering a name
 * again replaces the earlier factory, so a site can swap a built-in provider for its own.
 */
export function registerAdProvider(name: string, factory: AdProviderFactory): void {
  if (!NAME_PATTERN.test(name) || typeof factory !== 'function') {
    warnOnce(
      `registerAdProvider: ${describeValue(name)} needs a lower-case name and a factory function; it was not registered.`,
    );
    return;
  }
  factories.set(name, factory);
}

/** The factory for `provider="name"`: the site's registration, else a built-in, else `undefined`. */
export function adProviderFactory(name: string): AdProviderFactory | undefined {
  return factories.get(name) ?? (Object.hasOwn(BUILT_IN, name) ? BUILT_IN[name] : undefined);
}
