// @ts-check
/**
 * A real ad-blocking engine for end-to-end tests: Ghostery's engine loaded with the EasyList and
 * uBlock Origin lists that Debian's `webext-ublock-origin-chromium` package ships.
 *
 * - Network filtering is Ghostery's own Playwright glue (`enableBlockingInPage`), given a page
 *   whose routes turn `continue()` into `fallback()`, so the test's own mocks still answer the
 *   requests the engine lets through.
 * - Cosmetic filtering is delivered the way uBlock Origin's content script does it: a
 *   MutationObserver in the page reports new classes and ids, and the engine's matching hiding
 *   rules are injected within milliseconds. (Ghostery's Playwright glue only polls the DOM a few
 *   times after navigation, which misses elements added later, unlike real blockers.)
 */
import { fileURLToPath } from 'node:url';
import { loadFilterEngine } from '../../scripts/lib/filter-lists.mjs';

/**
 * Loads the engine (scripts/lib/filter-lists.mjs), cached under `.cache/`.
 * @returns {Promise<import('@ghostery/adblocker-playwright').PlaywrightBlocker>}
 */
export function loadEngine() {
  return loadFilterEngine(fileURLToPath(new URL('../../.cache/', import.meta.url)));
}

/**
 * A view of `page` whose route handlers see `route.continue()` as `route.fallback()`, and which
 * keeps the glue's navigation listeners out (see the module comment).
 * @param {import('playwright-core').Page} page
 */
function fallbackRoutes(page) {
  /** @type {Map<Function, Function>} */
  const wrapped = new Map();
  return new Proxy(page, {
    get(target, property) {
      if (property === 'route') {
        return (/** @type {string} */ url, /** @type {Function} */ handler) => {
          const wrapper = (/** @type {import('playwright-core').Route} */ route) =>
            handler(
              new Proxy(route, {
                get(r, p) {
                  if (p === 'continue') return () => r.fallback();
                  const value = Reflect.get(r, p);
                  return typeof value === 'function' ? value.bind(r) : value;
                },
              }),
            );
          wrapped.set(handler, wrapper);
          return target.route(url, /** @type {any} */ (wrapper));
        };
      }
      if (property === 'unroute') {
        return (/** @type {string} */ url, /** @type {Function} */ handler) =>
          target.unroute(url, /** @type {any} */ (wrapped.get(handler)));
      }
      if (property === 'on' || property === 'once' || property === 'off') {
        // Cosmetics are delivered by `enableBlocker` below, not by the glue's navigation polling.
        return () => undefined;
      }
      const value = Reflect.get(target, property);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/**
 * Turns the blocker on for `page` (call before navigating). Returns `disable()`, which stops
 * blocking requests and removes the hiding styles, as switching the extension off for the site.
 * @param {import('playwright-core').Page} page
 * @param {import('@ghostery/adblocker-playwright').PlaywrightBlocker} engine
 */
export async function enableBlocker(page, engine) {
  const view = /** @type {import('playwright-core').Page} */ (fallbackRoutes(page));
  let active = true;
  /** @type {import('playwright-core').ElementHandle[]} */
  const injected = [];
  await engine.enableBlockingInPage(view);
  await page.exposeBinding('__blockerFeatures', async ({ frame }, /** @type {any} */ features) => {
    if (!active) return;
    const url = frame.url();
    const { hostname } = new URL(url);
    const { styles } = engine.getCosmeticsFilters({
      url,
      hostname,
      domain: hostname,
      classes: features.classes,
      ids: features.ids,
      hrefs: features.hrefs,
      getBaseRules: false,
      getInjectionRules: false,
      getExtendedRules: false,
      getRulesFromHostname: false,
      getRulesFromDOM: true,
    });
    if (styles !== '' && active) injected.push(await frame.addStyleTag({ content: styles }));
  });
  await page.addInitScript(() => {
    const seen = new Set();
    /** @param {Element} element @param {{ classes: string[], ids: string[], hrefs: string[] }} out */
    const collect = (element, out) => {
      for (const name of element.classList) if (!seen.has(`.${name}`)) (seen.add(`.${name}`), out.classes.push(name));
      if (element.id && !seen.has(`#${element.id}`)) (seen.add(`#${element.id}`), out.ids.push(element.id));
    };
    const report = (/** @type {Element[]} */ elements) => {
      const out = { classes: /** @type {string[]} */ ([]), ids: /** @type {string[]} */ ([]), hrefs: [] };
      for (const element of elements) {
        collect(element, out);
        for (const child of element.querySelectorAll('[class], [id]')) collect(child, out);
      }
      if (out.classes.length + out.ids.length > 0) /** @type {any} */ (window).__blockerFeatures(out);
    };
    new MutationObserver((records) => {
      const elements = [];
      for (const record of records) {
        if (record.type === 'attributes' && record.target instanceof Element) elements.push(record.target);
        for (const node of record.addedNodes) if (node instanceof Element) elements.push(node);
      }
      report(elements);
    }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['class', 'id'] });
    document.addEventListener('DOMContentLoaded', () => report([document.documentElement]));
  });
  return {
    async disable() {
      active = false;
      await engine.disableBlockingInPage(view);
      for (const handle of injected.splice(0)) await handle.evaluate((node) => node.remove()).catch(() => undefined);
    },
  };
}
