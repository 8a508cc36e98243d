/**
 * GPT configuration that is not one slot's business: the page-wide settings every GPT slot shares
 * (`SabbaAdSlot.gptSettings`), applied once per page however many slots there are, and key-value
 * targeting on a slot (Prebid's `hb_` keys, `refreshed`, `refresh_count`).
 *
 * Both go through GPT's config API (`googletag.setConfig()`, `slot.setConfig()`, `getConfig()`,
 * https://developers.google.com/publisher-tag/guides/config-migration), which replaces the older
 * `enableSingleRequest()`, `setTargeting()`, `clearTargeting()` and `collapseEmptyDivs()`. GPT is
 * always loaded from Google in its current version, so there is no older one to fall back to.
 */
import { describeValue, warnOnce } from '../../internal/warn.js';

/** A key-value: one string or several. */
export type TargetingValue = string | readonly string[];

/** Page-wide GPT settings; see `SabbaAdSlot.gptSettings`. */
export interface GptSettings {
  /**
   * GPT's single request architecture (`setConfig({ singleRequest: true })`): slots displayed
   * together are fetched in one request, which lets roadblocks and competitive exclusions work.
   * Each slot is still displayed when it comes near, so lazy loading is kept.
   */
  readonly singleRequest?: boolean;
  /** Key-values every slot's request carries (`setConfig({ targeting })`), e.g. `{ section: 'berita' }`. */
  readonly targeting?: Readonly<Record<string, TargetingValue>>;
  /**
   * GPT collapses a slot's creative div when no ad fills it (`collapseDiv: 'ON_NO_FILL'`). The
   * slot's reserved box is the element's (see its `collapse` attribute); this only affects GPT's div.
   */
  readonly collapseEmptyDivs?: boolean;
}

/** The subset of GPT's slot API used for targeting. */
export interface TargetableSlot {
  setConfig?(config: { targeting?: Record<string, TargetingValue | null> }): void;
  getConfig?(key: 'targeting'): { targeting?: Record<string, TargetingValue> };
}

/** The subset of `googletag` the page-wide settings need. */
export interface ConfigurableGpt {
  setConfig?(config: Record<string, unknown>): void;
}

/** GPT's limits on key-value names and values (Ad Manager: keys ≤ 20 characters, values ≤ 40). */
const KEY_PATTERN = /^[A-Za-z0-9_-]{1,20}$/;

/** The settings object applied to GPT on this page, once. */
let applied: GptSettings | undefined;

/** Checked page targeting: string keys GPT accepts, string or string-array values; the rest refused. */
export function checkedTargeting(input: unknown): Record<string, TargetingValue> {
  const out: Record<string, TargetingValue> = {};
  if (typeof input !== 'object' || input === null) return out;
  for (const [key, value] of Object.entries(input)) {
    const ok =
      KEY_PATTERN.test(key) &&
      (typeof value === 'string' || (Array.isArray(value) && value.every((v) => typeof v === 'string')));
    if (ok) out[key] = value;
    else
      warnOnce(
        `SabbaAdSlot.gptSettings.targeting: ${describeValue(key)} is not a GPT key (≤ 20 letters, digits, _ -) with string values; left out.`,
      );
  }
  return out;
}

/**
 * Applies the page-wide settings to GPT, once per page: every GPT slot calls this before
 * `enableServices()`, and only the first call does anything. Settings replaced after that cannot
 * reach GPT any more (single request, for one, is fixed once services are enabled): a warning.
 */
export function applyGptSettings(gpt: ConfigurableGpt, value: unknown): void {
  const settings: GptSettings = typeof value === 'object' && value !== null ? value : {};
  if (applied !== undefined) {
    if (applied !== settings)
      warnOnce(
        'SabbaAdSlot.gptSettings changed after the first GPT slot applied them; set it before any slot loads. The change was ignored.',
      );
    return;
  }
  applied = settings;
  const config: Record<string, unknown> = { targeting: checkedTargeting(settings.targeting) };
  if (settings.singleRequest === true) config.singleRequest = true;
  if (settings.collapseEmptyDivs === true) config.collapseDiv = 'ON_NO_FILL';
  // A GPT without the config API (a page's own stub) gets no settings rather than an error.
  gpt.setConfig?.(config);
}

/** Sets key-values on one slot (`null` removes a key). */
export function setSlotTargeting(slot: TargetableSlot, targeting: Record<string, TargetingValue | null>): void {
  slot.setConfig?.({ targeting });
}

/**
 * Removes the previous auction's Prebid keys (`hb_pb`, `hb_adid`, `hb_bidder_appnexus`, …) from a
 * slot before a refresh: a new auction that brings no bid must not send the old winner again.
 */
export function clearPrebidTargeting(slot: TargetableSlot): void {
  const stale = Object.keys(slot.getConfig?.('targeting').targeting ?? {}).filter((key) => key.startsWith('hb_'));
  if (stale.length > 0) setSlotTargeting(slot, Object.fromEntries(stale.map((key) => [key, null])));
}
