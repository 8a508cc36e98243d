import { describeValue, warnOnce } from '../../internal/warn.js';

/**
 * The thread's attributes read into checked settings: a bad value warns once, naming the
 * attribute, and falls back to something safe.
 */

/** A whole number within [min, max], or `fallback` with a warning. */
export function parseWhole(
  tag: string,
  attribute: string,
  value: number,
  fallback: number,
  min: number,
  max: number,
): number {
  if (Number.isInteger(value) && value >= min && value <= max) return value;
  warnOnce(
    `<${tag}> ${attribute} must be a whole number from ${min} to ${max}; got ${describeValue(value)}. Using ${fallback}.`,
  );
  return fallback;
}

/** `asc` (WordPress's default, oldest first) or `desc`. */
export function parseOrder(tag: string, value: string): 'asc' | 'desc' {
  const v = value.trim().toLowerCase();
  if (v === 'desc') return 'desc';
  if (v !== '' && v !== 'asc')
    warnOnce(`<${tag}> order must be "asc" or "desc"; got ${describeValue(value)}. Using "asc".`);
  return 'asc';
}
