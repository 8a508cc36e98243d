/**
 * The shipped `ad-slot.css` (`sabba-widgets/ad-slot.css`, `dist/cdn/ad-slot.css`): one stylesheet
 * that reserves the space of every `<sabba-ad-slot>` using common IAB sizes before the element is
 * defined, read from its `sizes` and `size-map` attributes alone, so a site that cannot compute
 * per-slot CSS (`preUpgradeCss`) still shifts nothing when the script arrives.
 *
 * CSS cannot parse an attribute, only match substrings, so this covers what matching can say:
 * - `sizes`: the tallest of the listed sizes this file knows, at every width. Rules are ordered by
 *   height, so among the sizes that match, the last (tallest) one wins, as `reservedBox` takes the
 *   tallest.
 * - `size-map`: for each breakpoint this file knows, the first size of its entry (or `none`).
 *   Rules are ordered by breakpoint, so the widest breakpoint in force wins, as in `entryInViewport`.
 * Everything else (other sizes or breakpoints, several sizes per entry) needs `preUpgradeCss`.
 */
import { FALLBACK_SIZE, preUpgradeBase, preUpgradeSelector, slotBlockSize, type AdSize } from './size-map.js';

/** The creative sizes the stylesheet recognises: IAB's standard units that news sites sell. */
export const COMMON_AD_SIZES: readonly AdSize[] =
  '300x250 336x280 728x90 970x90 970x250 320x50 320x100 300x600 160x600 468x60 300x50 250x250 200x200 120x600 300x1050 970x66'
    .split(' ')
    .map((size) => {
      const [width = 0, height = 0] = size.split('x').map(Number);
      return { width, height };
    });

/** The `size-map` breakpoints the stylesheet recognises: GPT's examples and the usual CSS frameworks'. */
export const COMMON_BREAKPOINTS: readonly number[] = [0, 320, 480, 640, 768, 992, 1024, 1200];

/** What a token must follow to count as the start of one: the attribute's start, a comma, a space or `|`. */
function startsToken(attribute: string, separators: readonly string[], token: string): string[] {
  return [`[${attribute}^="${token}" i]`, ...separators.map((separator) => `[${attribute}*="${separator}${token}" i]`)];
}

/** Selectors matching a `size-map` whose entry for `minWidth` starts with `value` (`WxH` or `none`). */
function sizeMapSelectors(minWidth: number, value: string): string[] {
  return startsToken('size-map', ['|', '| '], `${minWidth}:${value}`);
}

/** One rule: `declarations` for slots matching any of `selectors`, all at zero specificity. */
function rule(condition: string, selectors: readonly string[], declarations: string): string {
  return `${preUpgradeSelector(`sabba-ad-slot${condition}:is(${selectors.join(',')})`)}{${declarations}}`;
}

/**
 * The frame height in force, set by the matching rules. The one `block-size` rule adds label and
 * gap to it (the formula of `preUpgradeCss`); while it is unset, that rule is invalid and the
 * slot's height stays `auto`, as for a size this file does not know.
 */
const HEIGHT = '--_sabba-ad-height';

/** The declarations that reserve `height` px, or hide the slot (`undefined`: no ad here). */
function reserve(height: number | undefined): string {
  return height === undefined ? 'display:none' : `display:block;${HEIGHT}:${height}px`;
}

/** Sizes grouped by height, shortest first: one rule per height, the tallest matching rule wins. */
function byHeight(): [number, AdSize[]][] {
  const groups = new Map<number, AdSize[]>();
  for (const size of COMMON_AD_SIZES) groups.set(size.height, [...(groups.get(size.height) ?? []), size]);
  return [...groups.entries()].sort(([a], [b]) => a - b);
}

/** A slot with a `size-map` the element can use: at least one `width:` entry. */
const HAS_MAP = '[size-map*=":"]';

/** `WxH`, as the stylesheet expects sizes to be written. */
const written = (size: AdSize): string => `${size.width}x${size.height}`;

/**
 * The whole stylesheet, as shipped in `dist/cdn/ad-slot.css`. Its rules use the same formula as
 * `preUpgradeCss` (label, gap, frame; the element's margin), so an upgrade moves nothing.
 */
export function adSlotStylesheet(): string {
  const groups = byHeight();
  const rules = [
    '/* sabba-widgets ad-slot.css: reserves <sabba-ad-slot> space before the element is defined. Generated from size-map.ts; see docs/ad-slot.md. */',
    preUpgradeBase('sabba-ad-slot'),
    `${preUpgradeSelector('sabba-ad-slot')} { block-size: ${slotBlockSize(`var(${HEIGHT})`)}; }`,
    // Neither attribute: the element reserves its fallback size (and warns).
    `${preUpgradeSelector(`sabba-ad-slot:not([sizes*="x" i]):not(${HAS_MAP})`)}{${reserve(FALLBACK_SIZE.height)}}`,
    ...groups.map(([height, sizes]) =>
      rule(
        `:not(${HAS_MAP})`,
        sizes.flatMap((size) => startsToken('sizes', [',', ' '], written(size))),
        reserve(height),
      ),
    ),
    // A map without a 0 entry shows no ad below its first breakpoint.
    `${preUpgradeSelector(`sabba-ad-slot${HAS_MAP}:not(${sizeMapSelectors(0, '').join(',')})`)}{${reserve(undefined)}}`,
  ];
  for (const minWidth of COMMON_BREAKPOINTS) {
    const block = [
      rule('', sizeMapSelectors(minWidth, 'none'), reserve(undefined)),
      ...groups.map(([height, sizes]) =>
        rule(
          '',
          sizes.flatMap((size) => sizeMapSelectors(minWidth, written(size))),
          reserve(height),
        ),
      ),
    ];
    rules.push(minWidth === 0 ? block.join('\n') : `@media (min-width:${minWidth}px){\n${block.join('\n')}\n}`);
  }
  // Out-of-page formats (formats.styles.ts): GPT draws them outside the slot, which keeps no box,
  // except a bottom anchor's band (the reserved height alone, no label, no margin).
  rules.push(
    `${preUpgradeSelector('sabba-ad-slot:is([format="interstitial" i],[format="top-anchor" i])')}{display:none}`,
    `${preUpgradeSelector('sabba-ad-slot[format="bottom-anchor" i]')}{margin-block:0;block-size:var(${HEIGHT})}`,
  );
  return `${rules.join('\n')}\n`;
}
