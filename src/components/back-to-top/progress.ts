/**
 * Reading progress from IntersectionObserver geometry, for browsers without CSS scroll-driven
 * animations. Pure logic: the rectangles come from the observer's entries, which the browser
 * computes after its own layout, so nothing here (or in the caller) forces a layout.
 *
 * The trick: the observer's root is stretched `PROGRESS_ROOT_MARGIN` px upwards, so the visible
 * share of the content grows linearly as the reader scrolls down, and 101 ratio thresholds turn
 * that into one callback per 1 % of the content scrolled. No scroll listener is involved.
 */

/** The parts of a DOMRectReadOnly this module needs (plain objects in tests). */
export interface VerticalRect {
  readonly top: number;
  readonly bottom: number;
}

/**
 * How far (px) the progress observer's root reaches above the viewport: more than any page is
 * long, yet far below the ~33 million px where engines saturate layout units.
 */
export const PROGRESS_ROOT_MARGIN = 10_000_000;

/**
 * Thresholds for the progress observer: one callback per 1 % of the content height crossed,
 * enough for a 48 px ring (a 1 % step is under 1.5 px of its circumference).
 */
export const PROGRESS_THRESHOLDS: readonly number[] = Array.from({ length: 101 }, (_, i) => i / 100);

/**
 * How far through the content the reader is, from 0 (top) to 1 (bottom).
 * `content` spans the scrolled content (its top is minus the scroll offset, relative to the
 * scroll box); `viewport` is the visible part of the scroll box. A content box no taller than
 * the viewport cannot scroll: progress is 0.
 */
export function readingProgress(content: VerticalRect, viewport: VerticalRect): number {
  const scrollable = content.bottom - content.top - (viewport.bottom - viewport.top);
  if (!(scrollable > 0)) return 0;
  const scrolled = viewport.top - content.top;
  return Math.min(1, Math.max(0, scrolled / scrollable));
}

/** The viewport inside an observer's root bounds stretched by `PROGRESS_ROOT_MARGIN` upwards. */
export function viewportFromRootBounds(rootBounds: VerticalRect): VerticalRect {
  return { top: Math.min(rootBounds.bottom, rootBounds.top + PROGRESS_ROOT_MARGIN), bottom: rootBounds.bottom };
}
