/**
 * How far a reader scrolls before the back-to-top button appears. Pure logic: no DOM, so it is
 * tested without a fixture.
 *
 * The distance becomes the top `rootMargin` of an IntersectionObserver watching a 1 px marker at
 * the top of the scrolling box (see `ScrollThresholdController`): the marker stays "intersecting"
 * while it is within `threshold` px above the viewport, so the browser itself decides, after its
 * own layout, with no scroll listener and no layout read.
 */

/** The default: one viewport (or one scroll-container) height, written as a root margin. */
export const DEFAULT_ROOT_MARGIN_TOP = '100%';

/**
 * The largest distance honoured, in px. Longer pages than this do not exist in practice, and
 * CSS lengths far beyond it are saturated or rejected by engines (an IntersectionObserver
 * constructor throws a SyntaxError on `1e+308px`), so bigger values are clamped.
 */
export const MAX_THRESHOLD = 1_000_000;

/** A threshold checked and turned into the observer's top root margin. */
export interface ThresholdResult {
  /** The top root margin: `100%` for the default, else whole px such as `600px`. */
  readonly rootMarginTop: string;
  /** Why the input was not used as given, for a console warning; absent when it was fine. */
  readonly problem?: string;
}

/**
 * Converts the `threshold` attribute (px, optionally written with a `px` suffix) to a number.
 * Empty or absent means "use the default" (`undefined`); anything unreadable becomes `NaN`, which
 * `resolveThreshold` reports. Used as the Lit attribute converter.
 */
export function parseThresholdAttribute(value: string | null): number | undefined {
  if (value === null) return undefined;
  const text = value.trim().toLowerCase();
  if (text === '') return undefined;
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?(px)?$/.test(text)) return Number.NaN;
  return Number(text.replace(/px$/, ''));
}

/**
 * Checks a threshold: `undefined` gives the default (one viewport); negative, NaN or infinite
 * values give the default with a problem to report; values above `MAX_THRESHOLD` are clamped.
 */
export function resolveThreshold(threshold: number | null | undefined): ThresholdResult {
  if (threshold === undefined || threshold === null) return { rootMarginTop: DEFAULT_ROOT_MARGIN_TOP };
  if (typeof threshold !== 'number' || Number.isNaN(threshold) || threshold < 0) {
    return {
      rootMarginTop: DEFAULT_ROOT_MARGIN_TOP,
      problem: 'must be a number of pixels, 0 or more; using one viewport height',
    };
  }
  if (threshold > MAX_THRESHOLD) {
    return {
      rootMarginTop: `${MAX_THRESHOLD}px`,
      problem: `is larger than ${MAX_THRESHOLD} px; using ${MAX_THRESHOLD} px`,
    };
  }
  return { rootMarginTop: `${Math.round(threshold)}px` };
}
