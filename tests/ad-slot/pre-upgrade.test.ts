/**
 * Zero layout shift on upgrade: slots styled only by the shipped stylesheet (ad-slot.css) or by
 * the page's own `preUpgradeCss()` rules are measured while `<sabba-ad-slot>` is NOT defined yet,
 * at a phone and a desktop width; then the element is defined and every slot measured again. Box
 * and the position of the paragraph after it must not change. This file must not import the
 * element before `before()` has measured.
 */
import { expect, nextFrame } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { adSlotStylesheet, COMMON_AD_SIZES } from '../../src/components/ad-slot/ad-slot-stylesheet.js';
import { planSizes, preUpgradeCss } from '../../src/components/ad-slot/size-map.js';

const WIDTHS = [360, 1280] as const;

/** One slot's attributes; `theme` wraps it in a page that restyles the slot's gap and margins. */
interface Case {
  readonly name: string;
  readonly sizes?: string;
  readonly sizeMap?: string;
  readonly format?: string;
  readonly theme?: boolean;
}

const stylesheetCases: Case[] = [
  ...COMMON_AD_SIZES.map((size) => ({
    name: `sizes="${size.width}x${size.height}"`,
    sizes: `${size.width}x${size.height}`,
  })),
  { name: 'sizes="300x250, 336x280" (the tallest)', sizes: '300x250, 336x280' },
  { name: 'sizes="320x100,320x50" without spaces', sizes: '320x100,320x50' },
  { name: 'sizes="728X90" in capitals', sizes: '728X90' },
  { name: 'no sizes at all (the fallback)' },
  { name: 'size-map="0:320x50 | 768:728x90"', sizes: '320x50, 728x90', sizeMap: '0:320x50 | 768:728x90' },
  { name: 'size-map="0:300x250|1024:970x250"', sizeMap: '0:300x250|1024:970x250' },
  { name: 'size-map="0:320x100 | 1024:none"', sizeMap: '0:320x100 | 1024:none' },
  { name: 'size-map="768:728x90" (no ad below 768 px)', sizeMap: '768:728x90' },
  { name: 'sizes="300x600" on a page that restyles gap and margins', sizes: '300x600', theme: true },
  { name: 'format="interstitial" (no box: GPT draws it)', format: 'interstitial' },
  { name: 'format="Top-Anchor" (no box, any case)', format: 'Top-Anchor', sizes: '320x50' },
  {
    name: 'format="bottom-anchor" size-map="0:320x50 | 768:728x90" (the band alone)',
    format: 'bottom-anchor',
    sizeMap: '0:320x50 | 768:728x90',
  },
];

const cssCases: Case[] = [
  {
    name: 'sizes="300x250, 336x280" size-map="0:300x250 | 768:728x90"',
    sizes: '300x250, 336x280',
    sizeMap: '0:300x250 | 768:728x90',
  },
  {
    name: 'size-map="0:300x250, 336x280 | 900:970x90, 728x90" (any breakpoint, several sizes)',
    sizeMap: '0:300x250, 336x280 | 900:970x90, 728x90',
  },
  { name: 'size-map="480:320x50 | 1024:none" (no ad below 480 px)', sizeMap: '480:320x50 | 1024:none' },
  { name: 'sizes="250x360" (a size the stylesheet does not know)', sizes: '250x360' },
  { name: 'sizes="300x250" on a page that restyles gap and margins', sizes: '300x250', theme: true },
];

/** What a reader would see move: the slot's box and where the next paragraph starts. */
interface Measure {
  readonly width: number;
  readonly height: number;
  readonly nextTop: number;
}

type Measures = Map<number, Measure>;

const PAGE_STYLE = `
  .case { display: flow-root; inline-size: 100%; }
  .case p { margin-block: 1em; line-height: 20px; }
  /* A theme that spaces every child of the article, as WordPress themes do. */
  .themed { --sabba-ad-slot-gap: 10px; --sabba-ad-slot-margin-block: 3em; }
  .themed > * { margin-block: 7px; }
`;

/** Adds one article fragment per case and returns its slots, in order. */
function addCases(cases: readonly Case[], prefix: string): HTMLElement[] {
  return cases.map((testCase, index) => {
    const wrapper = document.createElement('div');
    wrapper.className = testCase.theme === true ? 'case themed' : 'case';
    const slot = document.createElement('sabba-ad-slot');
    slot.id = `${prefix}-${index}`;
    if (testCase.sizes !== undefined) slot.setAttribute('sizes', testCase.sizes);
    if (testCase.sizeMap !== undefined) slot.setAttribute('size-map', testCase.sizeMap);
    if (testCase.format !== undefined) slot.setAttribute('format', testCase.format);
    const before = document.createElement('p');
    before.textContent = 'Paragraf sebelum iklan.';
    const after = document.createElement('p');
    after.textContent = 'Paragraf sesudah iklan.';
    wrapper.append(before, slot, after);
    document.body.append(wrapper);
    return slot;
  });
}

/** The slot's box and the next paragraph's offset from the fragment's top. */
function measure(slot: HTMLElement): Measure {
  const box = slot.getBoundingClientRect();
  const top = slot.parentElement!.getBoundingClientRect().top;
  return { width: box.width, height: box.height, nextTop: slot.nextElementSibling!.getBoundingClientRect().top - top };
}

async function atWidth(width: number): Promise<void> {
  await setViewport({ width, height: 800 });
  await nextFrame();
  await nextFrame();
}

/** Measures `slots` at every width. */
async function measureAll(slots: readonly HTMLElement[]): Promise<Measures[]> {
  const results = slots.map((): Measures => new Map());
  for (const width of WIDTHS) {
    await atWidth(width);
    slots.forEach((slot, index) => results[index]!.set(width, measure(slot)));
  }
  return results;
}

const page = document.createElement('style');
page.textContent = PAGE_STYLE;
document.head.append(page);

const stylesheetSlots = addCases(stylesheetCases, 'sheet');
const cssSlots = addCases(cssCases, 'css');
let stylesheetBefore: Measures[] = [];
let cssBefore: Measures[] = [];
let stylesheetAfter: Measures[] = [];
let cssAfter: Measures[] = [];

before(async () => {
  expect(customElements.get('sabba-ad-slot')).to.equal(undefined);
  // Only the shipped stylesheet: measure the slots it is meant for.
  const sheet = document.createElement('style');
  sheet.textContent = adSlotStylesheet();
  document.head.append(sheet);
  stylesheetBefore = await measureAll(stylesheetSlots);
  sheet.remove();

  // Only the per-slot rules the CLI prints (the page's own stylesheet).
  const rules = document.createElement('style');
  rules.textContent = cssCases
    .map((testCase, index) =>
      preUpgradeCss(
        planSizes(testCase.sizes, testCase.sizeMap, () => undefined),
        `sabba-ad-slot#css-${index}`,
      ),
    )
    .join('\n');
  document.head.append(rules);
  cssBefore = await measureAll(cssSlots);

  await import('../../src/components/ad-slot/ad-slot.define.js');
  await Promise.all(
    [...stylesheetSlots, ...cssSlots].map(
      (slot) => (slot as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete,
    ),
  );
  stylesheetAfter = await measureAll(stylesheetSlots);
  cssAfter = await measureAll(cssSlots);
});

after(async () => {
  await setViewport({ width: 800, height: 600 });
});

/** One test per case and width: the measurement before the upgrade equals the one after. */
function expectNoShift(cases: readonly Case[], beforeUpgrade: () => Measures[], afterUpgrade: () => Measures[]): void {
  cases.forEach((testCase, index) => {
    for (const width of WIDTHS) {
      it(`${testCase.name} at ${width} px`, () => {
        const upgraded = afterUpgrade()[index]!.get(width)!;
        expect(beforeUpgrade()[index]!.get(width)).to.deep.equal(upgraded);
      });
    }
  });
}

describe('ad-slot.css: an undefined slot reserves what the element will', () => {
  expectNoShift(
    stylesheetCases,
    () => stylesheetBefore,
    () => stylesheetAfter,
  );

  it('reserves real space (the upgraded slots are not all empty)', () => {
    const at360 = stylesheetAfter.map((measures) => measures.get(360)!.height);
    // "768:728x90" is hidden, and GPT draws an interstitial and a top anchor outside the slot.
    expect(at360.filter((height) => height > 0)).to.have.length(stylesheetCases.length - 3);
  });
});

describe('preUpgradeCss: a slot with its own rules reserves what the element will', () => {
  expectNoShift(
    cssCases,
    () => cssBefore,
    () => cssAfter,
  );
});
