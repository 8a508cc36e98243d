// @ts-check
/**
 * AdGuard's own engine, `@adguard/tsurlfilter`, driving a Playwright page the way AdGuard's
 * browser extension does: every request is matched against the engine (with the page's
 * document-level rule, so an allowlisted site is left alone), blocked requests fail, `$redirect`
 * rules answer with AdGuard's own stand-ins (`@adguard/scriptlets`' redirect files), and the
 * element-hiding rules for the page's host name are in place before the page's scripts run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Engine, Request, RequestType } from '@adguard/tsurlfilter';

// The package exports no path to its files; the redirect files sit beside its `redirects` entry.
const REDIRECTS = fileURLToPath(new URL('../redirect-files/', import.meta.resolve('@adguard/scriptlets/redirects')));

/** @type {Record<string, RequestType>} */
const TYPES = {
  document: RequestType.Document,
  script: RequestType.Script,
  stylesheet: RequestType.Stylesheet,
  image: RequestType.Image,
  xhr: RequestType.XmlHttpRequest,
  fetch: RequestType.XmlHttpRequest,
  font: RequestType.Font,
  media: RequestType.Media,
  websocket: RequestType.WebSocket,
};

/**
 * @param {string[]} lists filter list texts, one engine list each
 */
export function createAdguardEngine(lists) {
  const engine = Engine.createSync({ filters: lists.map((content, index) => ({ id: index + 1, content })) });
  /** @type {Map<string, string>} */
  const cssByHost = new Map();

  /** The element-hiding stylesheet AdGuard applies on `pageUrl` ('' when the site is allowlisted). */
  const hidingCss = (/** @type {string} */ pageUrl) => {
    const host = new URL(pageUrl).hostname;
    let css = cssByHost.get(host);
    if (css === undefined) {
      const frameRule = engine.matchFrame(pageUrl);
      const option = engine
        .matchRequest(new Request(pageUrl, null, RequestType.Document), frameRule)
        .getCosmeticOption();
      const result = engine.getCosmeticResult(new Request(pageUrl, null, RequestType.Document), option);
      const selectors = [...result.elementHiding.generic, ...result.elementHiding.specific].map((rule) =>
        rule.getContent(),
      );
      // One rule per selector: a selector this browser does not know drops only its own rule.
      css = selectors.map((selector) => `${selector} { display: none !important; }`).join('\n');
      cssByHost.set(host, css);
    }
    return css;
  };

  return {
    /**
     * Turns the engine on for `page`; call before navigating. Routes registered earlier answer
     * what the engine lets through.
     * @param {import('playwright-core').Page} page
     * @param {string} pageUrl the URL the page will load
     */
    async enable(page, pageUrl) {
      const css = hidingCss(pageUrl);
      await page.addInitScript((text) => {
        if (text === '') return;
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(text);
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      }, css);
      const frameRule = engine.matchFrame(pageUrl);
      await page.route('**/*', async (route) => {
        const request = route.request();
        const type = TYPES[request.resourceType()] ?? RequestType.Other;
        if (type === RequestType.Document) return route.fallback();
        const rule = engine.matchRequest(new Request(request.url(), pageUrl, type), frameRule).getBasicResult();
        if (rule === null || rule.isAllowlist()) return route.fallback();
        const redirect = rule.getAdvancedModifierValue();
        const file = redirect === null ? undefined : join(REDIRECTS, `${redirect}.js`);
        if (file !== undefined && existsSync(file)) {
          return route.fulfill({ contentType: 'application/javascript', body: readFileSync(file, 'utf8') });
        }
        return route.abort('blockedbyclient');
      });
    },
  };
}
