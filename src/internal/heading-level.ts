import { describeValue, warnOnce } from './warn.js';

/**
 * The `aria-level` of an element's heading from its `heading-level` (1–6, default 2): the site
 * knows its outline (an element under the article's `h1` is a level 2; in a sidebar, maybe 3).
 * Anything else falls back to 2 with a warning.
 */
export function headingLevel(tag: string, value: number): number {
  if (Number.isInteger(value) && value >= 1 && value <= 6) return value;
  warnOnce(`<${tag}> heading-level ${describeValue(value)} is not 1–6; 2 is used.`);
  return 2;
}
