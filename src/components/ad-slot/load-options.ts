/**
 * The numeric loading knobs: lazy-loading margins (GPT's `fetchMarginPercent` and
 * `renderMarginPercent` semantics: percent of the viewport height) and the time an ad may take.
 * Bad values fall back to the defaults with a warning.
 */
import { describeValue, warnOnce } from '../../internal/warn.js';
import type { Warn } from './size-map.js';

/** Request the ad when the slot is within 200 % of a viewport height (about two screens away). */
export const DEFAULT_FETCH_MARGIN = 200;
/** Render it when within 100 %: the creative is in place well before the reader arrives. */
export const DEFAULT_RENDER_MARGIN = 100;
/** Milliseconds a provider script or an ad answer may take. */
export const DEFAULT_TIMEOUT = 10_000;

const MAX_MARGIN = 1000;
const MIN_TIMEOUT = 100;
const MAX_TIMEOUT = 120_000;

function readNumber(name: string, value: unknown, fallback: number, min: number, max: number, warn: Warn): number {
  const number = typeof value === 'number' ? value : Number(value);
  if (value === null || value === undefined || !Number.isFinite(number) || number < min || number > max) {
    warn(
      `<sabba-ad-slot> ${name}=${describeValue(value)} must be a number from ${min} to ${max}; ${fallback} is used.`,
    );
    return fallback;
  }
  return number;
}

/** `fetch-margin`, in percent of the viewport height (0–1000). */
export function parseFetchMargin(value: unknown, warn: Warn = warnOnce): number {
  return readNumber('fetch-margin', value, DEFAULT_FETCH_MARGIN, 0, MAX_MARGIN, warn);
}

/** `render-margin`, in percent of the viewport height (0–1000), never more than the fetch margin. */
export function parseRenderMargin(value: unknown, fetchMargin: number, warn: Warn = warnOnce): number {
  return Math.min(readNumber('render-margin', value, DEFAULT_RENDER_MARGIN, 0, MAX_MARGIN, warn), fetchMargin);
}

/** `timeout`, in milliseconds (100–120,000). */
export function parseTimeout(value: unknown, warn: Warn = warnOnce): number {
  return readNumber('timeout', value, DEFAULT_TIMEOUT, MIN_TIMEOUT, MAX_TIMEOUT, warn);
}

/** An IntersectionObserver `rootMargin` extending the viewport by `percent` above and below. */
export function marginToRootMargin(percent: number): string {
  return `${percent}% 0px ${percent}% 0px`;
}
