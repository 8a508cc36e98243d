/**
 * Ad sizes and the breakpoint map, parsed from the `sizes` and `size-map` attributes, and the space
 * each viewport width must reserve. Pure functions: no DOM, testable anywhere.
 *
 * `sizes="300x250, 336x280"` lists the creative sizes the slot accepts. `size-map` follows GPT's
 * size mapping with viewport widths only: `"0:300x250 | 768:728x90, 728x90 | 1024:none"` means
 * "from 0 px wide: 300×250; from 768 px: 728×90; from 1024 px: no ad". As in GPT, a viewport
 * narrower than the smallest breakpoint gets no ad.
 */
import { describeValue, warnOnce } from '../../internal/warn.js';

/** One creative size in CSS pixels. */
export interface AdSize {
  readonly width: number;
  readonly height: number;
}

/** One breakpoint: from `minWidth` viewport pixels up, these sizes (empty: no ad at all). */
export interface SizeMapEntry {
  readonly minWidth: number;
  readonly sizes: readonly AdSize[];
}

/** Everything the element, the providers and the stylesheet need to know about sizes. */
export interface SizePlan {
  /** Every size the slot may show, for the ad request (`defineSlot`). */
  readonly sizes: readonly AdSize[];
  /** Breakpoints in ascending `minWidth`; one entry at 0 when the page gave no `size-map`. */
  readonly entries: readonly SizeMapEntry[];
}

/** Receives a warning for the site builder (the console in the element, a spy in tests). */
export type Warn = (message: string) => void;

/** Creative dimensions larger than this are typos (a billboard is 970×250; a skin 1920×1200). */
const MAX_DIMENSION = 4000;
/** Breakpoints wider than this are typos too (no screen is 100,000 px wide). */
const MAX_BREAKPOINT = 20000;
/** A slot that asks for more sizes than this is misconfigured; the rest are dropped. */
const MAX_SIZES = 20;
/** What a slot reserves when the page gave no usable size: the most common IAB unit. */
export const FALLBACK_SIZE: AdSize = { width: 300, height: 250 };

const SIZE_PATTERN = /^(\d{1,5})\s*[x×]\s*(\d{1,5})$/i;

/** Parses `"300x250"` (also `300×250`, `300 x 250`) or returns `undefined`. */
function parseSize(token: string): AdSize | undefined {
  const match = SIZE_PATTERN.exec(token.trim());
  if (match === null) return undefined;
  const width = Number(match[1]);
  const height = Number(match[2]);
  if (width < 1 || height < 1 || width > MAX_DIMENSION || height > MAX_DIMENSION) return undefined;
  return { width, height };
}

/** Adds `size` to `list` unless an equal size is already there. */
function addUnique(list: AdSize[], size: AdSize): void {
  if (!list.some((s) => s.width === size.width && s.height === size.height)) list.push(size);
}

/**
 * Parses a comma-separated size list. Unreadable tokens are dropped with a warning naming them;
 * duplicates are dropped silently; at most 20 sizes are kept.
 */
export function parseSizes(value: string | null | undefined, warn: Warn = warnOnce, attribute = 'sizes'): AdSize[] {
  const sizes: AdSize[] = [];
  for (const token of (value ?? '').split(',')) {
    if (token.trim() === '') continue;
    const size = parseSize(token);
    if (size === undefined) {
      warn(
        `<sabba-ad-slot> ${attribute}: ${describeValue(token.trim())} is not a size like "300x250" (1–${MAX_DIMENSION} px); it was ignored.`,
      );
    } else if (sizes.length >= MAX_SIZES) {
      warn(`<sabba-ad-slot> ${attribute}: more than ${MAX_SIZES} sizes; the rest were ignored.`);
      break;
    } else {
      addUnique(sizes, size);
    }
  }
  return sizes;
}

/**
 * Parses a `size-map` value into breakpoints sorted by width. A malformed entry is dropped with a
 * warning; a repeated breakpoint keeps its last definition (as a later CSS rule would).
 */
export function parseSizeMap(value: string | null | undefined, warn: Warn = warnOnce): SizeMapEntry[] {
  const byWidth = new Map<number, AdSize[]>();
  for (const part of (value ?? '').split('|')) {
    const text = part.trim();
    if (text === '') continue;
    const colon = text.indexOf(':');
    const widthText = colon === -1 ? '' : text.slice(0, colon).trim();
    const sizesText = colon === -1 ? '' : text.slice(colon + 1).trim();
    const minWidth = /^\d{1,5}$/.test(widthText) ? Number(widthText) : NaN;
    if (Number.isNaN(minWidth) || minWidth > MAX_BREAKPOINT || sizesText === '') {
      warn(
        `<sabba-ad-slot> size-map: ${describeValue(text)} is not an entry like "768:728x90" or "1024:none"; it was ignored.`,
      );
      continue;
    }
    if (sizesText.toLowerCase() === 'none') {
      byWidth.set(minWidth, []);
      continue;
    }
    const sizes = parseSizes(sizesText, warn, 'size-map');
    if (sizes.length === 0) continue; // parseSizes has already named the bad tokens
    byWidth.set(minWidth, sizes);
  }
  return [...byWidth.entries()].sort(([a], [b]) => a - b).map(([minWidth, sizes]) => ({ minWidth, sizes }));
}

/**
 * Combines both attributes into one plan. Without a usable `size-map`, every viewport gets
 * `sizes`; without usable `sizes`, the sizes named in the map are requested. With neither, the
 * slot reserves {@link FALLBACK_SIZE} and warns, so the mistake is visible but the page is intact.
 */
export function planSizes(
  sizesValue: string | null | undefined,
  sizeMapValue: string | null | undefined,
  warn: Warn = warnOnce,
): SizePlan {
  const sizes = parseSizes(sizesValue, warn);
  const entries = parseSizeMap(sizeMapValue, warn);
  const all = [...sizes];
  for (const entry of entries) for (const size of entry.sizes) addUnique(all, size);
  if (all.length === 0) {
    if (entries.length > 0) return { sizes: [], entries }; // a map that says "none" everywhere
    warn(
      `<sabba-ad-slot> needs sizes such as sizes="300x250"; it reserves ${FALLBACK_SIZE.width}x${FALLBACK_SIZE.height}.`,
    );
    return { sizes: [FALLBACK_SIZE], entries: [{ minWidth: 0, sizes: [FALLBACK_SIZE] }] };
  }
  return { sizes: all, entries: entries.length > 0 ? entries : [{ minWidth: 0, sizes: all }] };
}

/**
 * The breakpoint in force in `view`'s viewport now, or `undefined` when it is narrower than all of
 * them. It asks the same `min-width` media queries the reservation CSS is written with, so the
 * sizes requested are the box the CSS reserved. `matchMedia` answers from the viewport alone;
 * `innerWidth` does not on a phone, where the viewport meta ties the layout viewport to the page's
 * layout, so each read in a task that changed the page lays the whole page out on the spot
 * (issue 20).
 */
export function entryInViewport(plan: SizePlan, view: Window = window): SizeMapEntry | undefined {
  let found: SizeMapEntry | undefined;
  // Entries ascend by width: the last one that applies is the widest in force.
  for (const entry of plan.entries)
    if (entry.minWidth === 0 || view.matchMedia(`(min-width: ${entry.minWidth}px)`).matches) found = entry;
  return found;
}

/**
 * The box a breakpoint reserves: the widest width and the tallest height among its sizes, so any
 * of them fits without moving what follows (a smaller creative is centred in it, as GPT's
 * layout-shift guide advises). `undefined` means no ad at this width.
 */
export function reservedBox(sizes: readonly AdSize[]): AdSize | undefined {
  if (sizes.length === 0) return undefined;
  return {
    width: Math.max(...sizes.map((s) => s.width)),
    height: Math.max(...sizes.map((s) => s.height)),
  };
}

/**
 * CSS that reserves each breakpoint's box with media queries, so the right height is in place at
 * the first paint and after any resize, without script. It sets two custom properties on
 * `selector` (`--_reserved-width`, `--_reserved-height`) and `--_shown: none` where there is no ad.
 * All values are numbers this module parsed, so page input can never inject CSS.
 */
export function reservationCss(plan: SizePlan, selector = ':host'): string {
  const rules: string[] = [`${selector} { --_shown: none; }`];
  for (const entry of plan.entries) {
    const box = reservedBox(entry.sizes);
    const body =
      box === undefined
        ? '--_shown: none;'
        : `--_shown: block; --_reserved-width: ${box.width}px; --_reserved-height: ${box.height}px;`;
    rules.push(
      entry.minWidth === 0
        ? `${selector} { ${body} }`
        : `@media (min-width: ${entry.minWidth}px) { ${selector} { ${body} } }`,
    );
  }
  return rules.join('\n');
}

/**
 * The height the element takes once defined, for a frame `frameHeight` tall, written as CSS: the
 * label's fixed 1rem line box, the label-to-frame gap (`--sabba-ad-slot-gap`, read from the page
 * as the element does) and the frame. Both pre-upgrade stylesheets use it, so they cannot drift
 * from each other or from ad-slot.styles.ts.
 */
export function slotBlockSize(frameHeight: string): string {
  return `calc(${frameHeight} + 1rem + var(--sabba-ad-slot-gap, 0.25rem))`;
}

/**
 * The rule that holds an upgraded slot's full height until its first render draws the label and
 * frame: the slot's first render waits for a task of its own (issue 20), and the reservation's
 * custom properties, already written, give the frame's height. Same formula as the pre-upgrade
 * stylesheets, so neither the upgrade nor the first render moves anything.
 */
export function heldBoxCss(selector = ':host'): string {
  return `${selector} { block-size: ${slotBlockSize('var(--_reserved-height, 250px)')}; }`;
}

/** The declarations that reserve `box` before the element is defined (`undefined`: no ad here). */
export function preUpgradeDeclarations(box: AdSize | undefined): string {
  return box === undefined ? 'display: none;' : `display: block; block-size: ${slotBlockSize(`${box.height}px`)};`;
}

/**
 * The rule every pre-upgrade stylesheet starts with: a block with the element's own outer margin
 * (`--sabba-ad-slot-margin-block`, read from the page as the element does).
 */
export function preUpgradeBase(selector: string): string {
  return `${preUpgradeSelector(selector)} { display: block; margin-block: var(--sabba-ad-slot-margin-block, 1.5em); }`;
}

/**
 * `selector` (one compound selector) while the element is not defined, at zero specificity: the
 * element's own `:host` rules lose to every page rule, so these must too, or a theme's
 * `.entry-content > * { margin-block: … }` would apply after the upgrade but not before.
 */
export function preUpgradeSelector(selector: string): string {
  return `:where(${selector}:not(:defined))`;
}

/**
 * CSS for the page itself (a `<style>` in its `<head>`, or the theme's stylesheet) that reserves a
 * slot's full height while the element is not defined yet, i.e. before any script ran: label
 * (1rem), gap (0.25rem) and the reserved box. Once the element upgrades, its own styles take over
 * at the same height, so a late-loading script moves nothing. Below the first breakpoint of a map
 * that does not start at 0 the slot is not displayed, as the element is not. Example:
 * `preUpgradeCss(planSizes('300x250', '0:300x250 | 768:728x90'), 'sabba-ad-slot#top')`.
 */
export function preUpgradeCss(plan: SizePlan, selector = 'sabba-ad-slot'): string {
  const target = preUpgradeSelector(selector);
  const rules: string[] = [preUpgradeBase(selector)];
  if (plan.entries[0]?.minWidth !== 0) rules.push(`${target} { display: none; }`);
  for (const entry of plan.entries) {
    const body = preUpgradeDeclarations(reservedBox(entry.sizes));
    rules.push(
      entry.minWidth === 0
        ? `${target} { ${body} }`
        : `@media (min-width: ${entry.minWidth}px) { ${target} { ${body} } }`,
    );
  }
  return rules.join('\n');
}
