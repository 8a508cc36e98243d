/**
 * What an out-of-page slot needs beyond an in-content one, loaded only when `format` asks for
 * it: the warning for an unknown format, the interstitial's triggers, and a bottom anchor's band
 * in the shared floating-inset stack.
 */
import type { ReactiveControllerHost } from 'lit';
import { FloatingInsetController, FloatingLayer } from '../../controllers/floating-inset-controller.js';
import { describeValue, warnOnce } from '../../internal/warn.js';
import type { Warn } from './size-map.js';

/**
 * Warns about a `format` that names no format (the caller, `format.ts`'s `outOfPageFormat()`,
 * found none); the slot then stays in-content. Kept here, not beside `outOfPageFormat()`, so
 * in-content slots do not carry the message.
 */
export function warnUnknownFormat(value: unknown, warn: Warn = warnOnce): void {
  const text = typeof value === 'string' ? value.trim().toLowerCase() : value;
  if (text === undefined || text === null || text === '' || text === 'in-content') return;
  warn(
    `<sabba-ad-slot> format=${describeValue(value)} is not in-content, interstitial, top-anchor or bottom-anchor; "in-content" is used.`,
  );
}

/**
 * Warns when an out-of-page format is asked of a built-in provider that has none: AdSense and
 * `html` creatives render in the slot's own box, which an out-of-page slot does not show. GPT
 * draws the formats itself; a registered provider may read `host.format` and draw them too.
 */
export function warnFormatProvider(format: string, provider: unknown, warn: Warn = warnOnce): void {
  const name = typeof provider === 'string' ? provider.trim().toLowerCase() : '';
  if (name !== 'adsense' && name !== 'html') return;
  warn(
    `<sabba-ad-slot provider="${name}"> format="${format}" needs provider="gpt" (or a registered provider that draws it); this ${name} ad has no box to show in.`,
  );
}

/**
 * GPT's optional interstitial triggers (`googletag.config.InterstitialConfig.triggers`), all off
 * by default unless the Ad Manager network changed its defaults. A click on a link always triggers.
 */
export const INTERSTITIAL_TRIGGERS = [
  'backward',
  'continueReading',
  'endOfArticle',
  'inactivity',
  'navBar',
  'unhideWindow',
] as const;

/** One of GPT's trigger names. */
export type InterstitialTrigger = (typeof INTERSTITIAL_TRIGGERS)[number];

/**
 * `interstitial-triggers="unhide-window nav-bar"` (kebab-case or GPT's own camelCase, separated
 * by spaces or commas) → `{ unhideWindow: true, navBar: true }`. Unknown names are dropped with a
 * warning. `undefined` when the list is empty: the Ad Manager network's defaults then apply.
 */
export function parseInterstitialTriggers(
  value: unknown,
  warn: Warn = warnOnce,
): Partial<Record<InterstitialTrigger, true>> | undefined {
  const triggers: Partial<Record<InterstitialTrigger, true>> = {};
  let any = false;
  for (const token of (typeof value === 'string' ? value : '').split(/[\s,]+/)) {
    if (token === '') continue;
    const key = token.replaceAll('-', '').toLowerCase();
    const trigger = INTERSTITIAL_TRIGGERS.find((name) => name.toLowerCase() === key);
    if (trigger === undefined) {
      warn(
        `<sabba-ad-slot> interstitial-triggers: ${describeValue(token)} is not one of ${INTERSTITIAL_TRIGGERS.join(', ')}; it was ignored.`,
      );
      continue;
    }
    triggers[trigger] = true;
    any = true;
  }
  return any ? triggers : undefined;
}

/**
 * A bottom anchor's band in the floating-inset stack, beneath the adblock banner and
 * back-to-top: the host's height (the reservation's band, or 0 once an empty, declined or failed
 * anchor hides the host), taken back when the host leaves or stops being a bottom anchor.
 */
export function anchorBand(host: ReactiveControllerHost & HTMLElement): {
  sync(anchor: boolean, expected: number): void;
} {
  const inset = new FloatingInsetController(host, { layer: FloatingLayer.anchor });
  return {
    sync(anchor, expected) {
      if (anchor) inset.measure(host, expected);
      else inset.release();
    },
  };
}
