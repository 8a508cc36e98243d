/**
 * GPT's out-of-page slots (web interstitials, top and bottom anchors), as Google's samples define
 * them (https://developers.google.com/publisher-tag/samples/display-web-interstitial-ad and
 * …/display-anchor-ad): `defineOutOfPageSlot(adUnit, googletag.enums.OutOfPageFormat.X)`, which
 * returns `null` where the page or device does not support the format (GPT not in the top window,
 * a page that is not mobile-optimised, …), the interstitial's optional triggers through
 * `slot.setConfig({ interstitial: { triggers } })`, and `display(slot)`: there is no div to name,
 * GPT builds the container itself when the ad fills.
 */
import type { OutOfPageFormat } from '../format.js';
import { parseInterstitialTriggers } from '../out-of-page.js';

/** What an out-of-page definition needs from `googletag`. */
interface OutOfPageTag<Slot> {
  enums?: { OutOfPageFormat?: Partial<Record<string, number>> };
  defineOutOfPageSlot?(adUnit: string, format: number): Slot | null;
}

/** Our format → the key of `googletag.enums.OutOfPageFormat`. */
const GPT_FORMAT: Record<OutOfPageFormat, string> = {
  interstitial: 'INTERSTITIAL',
  'top-anchor': 'TOP_ANCHOR',
  'bottom-anchor': 'BOTTOM_ANCHOR',
};

/**
 * Defines the out-of-page slot for `format`, with the interstitial's triggers from
 * `interstitialTriggers`; `null` when GPT declines it (or is too old to know the format).
 */
export function defineOutOfPageSlot<Slot extends { setConfig?(config: unknown): unknown }>(
  gpt: OutOfPageTag<Slot>,
  adUnit: string,
  format: OutOfPageFormat,
  interstitialTriggers: string,
): Slot | null {
  const value = gpt.enums?.OutOfPageFormat?.[GPT_FORMAT[format]];
  if (value === undefined || typeof gpt.defineOutOfPageSlot !== 'function') return null;
  const slot = gpt.defineOutOfPageSlot(adUnit, value);
  if (slot === null) return null;
  const triggers = format === 'interstitial' ? parseInterstitialTriggers(interstitialTriggers) : undefined;
  if (triggers !== undefined) slot.setConfig?.({ interstitial: { triggers } });
  return slot;
}
