/**
 * Direct and house creatives: a page's own HTML ad, from `src` or from a `<template>` child, shown
 * in a sandboxed iframe. The sandbox never has `allow-same-origin` (the creative runs in an opaque
 * origin and cannot read the page, its cookies or its storage) nor any `allow-top-navigation`
 * token (it can never navigate the article). Click-outs open a new tab.
 *
 * By default a creative runs no script: then nothing in it can take the keyboard, and the only
 * way to open a tab is a link, which browsers open without `opener` (`target="_blank"` implies
 * `noopener`), so that tab may escape the sandbox and the landing page works normally.
 * With `creative-scripts` a script's `window.open()` keeps `opener`, and Firefox lets such a tab,
 * once escaped, navigate the article through it; so a scripted creative's tabs keep the sandbox
 * (which forbids that navigation in every engine) and its focus is guarded.
 */
import { safeUrl } from '../../../internal/safe-url.js';
import { trustedHtml } from '../../../internal/trusted-html.js';
import { describeValue, warnOnce } from '../../../internal/warn.js';
import { reservedBox } from '../size-map.js';
import { guardCreativeFocus } from './creative-focus-guard.js';
import {
  AdFailure,
  EMPTY_OUTCOME,
  withTimeout,
  type AdProvider,
  type AdSlotContext,
  type RenderOutcome,
} from './provider.js';

/** The sandbox of a creative without scripts (the default): links open tabs that leave the sandbox. */
export const CREATIVE_SANDBOX = 'allow-popups allow-popups-to-escape-sandbox';
/** The sandbox of a creative with `creative-scripts`: its tabs stay sandboxed, so they cannot reach the article. */
export const SCRIPTED_CREATIVE_SANDBOX = 'allow-scripts allow-popups';

/**
 * Sets `srcdoc`. Under `require-trusted-types-for 'script'` it needs a TrustedHTML; the creative
 * runs in an opaque-origin sandbox, which is the containment, so a pass-through policy is honest.
 * If the page's CSP does not allow the policy name, the slot reports `error`.
 */
function setSrcdoc(frame: HTMLIFrameElement, markup: string): void {
  const html = trustedHtml('sabba-ad-slot', markup);
  if (html === undefined) throw new Error("the page's CSP does not allow the Trusted Types policy sabba-ad-slot");
  (frame as unknown as { srcdoc: unknown }).srcdoc = html;
}

/** Creates the html provider for one slot. */
export function createHtmlProvider(context: AdSlotContext): AdProvider {
  let frame: HTMLIFrameElement | undefined;
  let unguard: (() => void) | undefined;
  const remove = (): void => {
    unguard?.();
    unguard = undefined;
    frame?.remove();
    frame = undefined;
  };

  return {
    request(): Promise<void> {
      return Promise.resolve();
    },

    render(): Promise<RenderOutcome> {
      const rawSrc = context.host.src;
      const src = safeUrl(rawSrc);
      const template = context.host.querySelector(':scope > template');
      if (rawSrc.trim() !== '' && src === undefined) {
        warnOnce(`<sabba-ad-slot provider="html"> src=${describeValue(rawSrc)} is not an http(s) URL; it was ignored.`);
      }
      if (src === undefined && template === null) {
        if (rawSrc.trim() === '')
          warnOnce('<sabba-ad-slot provider="html"> needs a src URL or a <template> child with the creative.');
        return Promise.resolve(EMPTY_OUTCOME);
      }
      const box = reservedBox(context.activeSizes) ?? { width: 0, height: 0 };
      const element = document.createElement('iframe');
      const scripted = context.host.hasAttribute('creative-scripts');
      element.setAttribute('sandbox', scripted ? SCRIPTED_CREATIVE_SANDBOX : CREATIVE_SANDBOX);
      element.title = context.frameTitle;
      element.width = String(box.width);
      element.height = String(box.height);
      element.referrerPolicy = 'strict-origin-when-cross-origin';
      // CSSOM (allowed under a strict CSP): no default 2px inset border, no inline baseline gap.
      element.style.border = '0';
      element.style.display = 'block';
      // A direct creative is a web page: in a column narrower than its box it shrinks, not clips.
      element.style.maxInlineSize = '100%';
      const loaded = new Promise<RenderOutcome>((resolve) => {
        element.addEventListener(
          'load',
          () => {
            resolve({ empty: false, width: box.width, height: box.height });
          },
          { once: true },
        );
      });
      try {
        if (src !== undefined) element.src = src;
        else if (template !== null) setSrcdoc(element, template.getHTML());
      } catch (error) {
        return Promise.reject(new AdFailure('error', `the creative could not be set: ${String(error)}`));
      }
      frame = element;
      if (scripted) unguard = guardCreativeFocus(element);
      context.container.append(element);
      return withTimeout(loaded, context.timeout, 'the creative');
    },

    refresh(): Promise<RenderOutcome> {
      remove();
      return this.render();
    },

    destroy: remove,
  };
}
