/**
 * The slot's format (`format`) and a web interstitial's triggers (`interstitial-triggers`), parsed.
 * Pure functions: no DOM.
 *
 * Out-of-page formats are GPT's own (https://developers.google.com/publisher-tag/reference#googletag.enums.OutOfPageFormat):
 * GPT builds their container itself, may decline to create them (`defineOutOfPageSlot()` returns
 * `null` on pages or devices that do not support the format), and shows an interstitial only when
 * the reader navigates (a click on a link, always on, plus the optional triggers below).
 */
import { describeValue, warnOnce } from '../../internal/warn.js';
import type { Warn } from './size-map.js';

/** Where the ad shows: in the article's flow, or one of GPT's out-of-page formats. */
export type SlotFormat = 'in-content' | 'interstitial' | 'top-anchor' | 'bottom-anchor';

const FORMATS: readonly SlotFormat[] = ['in-content', 'interstitial', 'top-anchor', 'bottom-anchor'];

/** Our format → the key of `googletag.enums.OutOfPageFormat`. */
export const GPT_OUT_OF_PAGE_FORMAT = {
  interstitial: 'INTERSTITIAL',
  'top-anchor': 'TOP_ANCHOR',
  'bottom-anchor': 'BOTTOM_ANCHOR',
} as const satisfies Record<Exclude<SlotFormat, 'in-content'>, string>;

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

/** `format` as one of the four formats; anything else is `in-content`, with a warning. */
export function parseFormat(value: unknown, warn: Warn = warnOnce): SlotFormat {
  const text = typeof value === 'string' ? value.trim().toLowerCase() : value;
  if (text === undefined || text === null || text === '') return 'in-content';
  const found = FORMATS.find((format) => format === text);
  if (found !== undefined) return found;
  warn(
    `<sabba-ad-slot> format=${describeValue(value)} is not in-content, interstitial, top-anchor or bottom-anchor; "in-content" is used.`,
  );
  return 'in-content';
}

/** Whether GPT draws the ad outside the article's flow (the slot reserves no box in it). */
export function isOutOfPage(format: SlotFormat): format is keyof typeof GPT_OUT_OF_PAGE_FORMAT {
  return format !== 'in-content';
}

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
