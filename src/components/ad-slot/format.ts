/**
 * The slot's `format`, read without a warning: what in-content slots need to know, kept small.
 * The warnings, the interstitial triggers and the anchor band load only with an out-of-page
 * format (`out-of-page.ts`, `providers/gpt-out-of-page.ts`).
 *
 * Out-of-page formats are GPT's own (https://developers.google.com/publisher-tag/reference#googletag.enums.OutOfPageFormat):
 * GPT builds their container itself, may decline to create them (`defineOutOfPageSlot()` returns
 * `null` on pages or devices that do not support the format), and shows an interstitial only when
 * the reader navigates.
 */

/** One of GPT's out-of-page formats as `format` names it. */
export type OutOfPageFormat = 'interstitial' | 'top-anchor' | 'bottom-anchor';

/** Where the ad shows: in the article's flow, or one of GPT's out-of-page formats. */
export type SlotFormat = 'in-content' | OutOfPageFormat;

export const OUT_OF_PAGE_FORMATS: readonly OutOfPageFormat[] = ['interstitial', 'top-anchor', 'bottom-anchor'];

/** The out-of-page format `value` names (any case, spaces around), or `undefined` for in-content and unknown values. */
export function outOfPageFormat(value: unknown): OutOfPageFormat | undefined {
  const text = typeof value === 'string' ? value.trim().toLowerCase() : '';
  return OUT_OF_PAGE_FORMATS.find((format) => format === text);
}

/** Whether `format` asks for anything but the default in-content slot (then out-of-page code loads). */
export function isDefaultFormat(value: unknown): boolean {
  return value === undefined || value === null || value === '' || value === 'in-content';
}
