// @ts-check
/**
 * The plugin's ad slots on the real WordPress: with ads configured in the settings, a post carries
 * three slots (after paragraph 1 from the settings, a `[sabba_ad_slot]` shortcode and an ad slot
 * block) and the footer a fourth (a block widget, which the plugin cannot foresee before `<head>`,
 * so its rules come in a `<style>` just before it). Their reservation CSS is printed in `<head>` by PHP (wordpress/includes/ad-css.php) and
 * must be exactly what size-map.ts computes; in Chromium at 360 and 1280 px each slot has its
 * reserved height before any script runs, and when the element upgrades nothing moves.
 *
 * Run: bash scripts/wordpress/test.sh tests/wordpress/plugin-ads.wordpress.test.mjs (after npm run build)
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { launchBrowser } from './lib/browser.mjs';
import { debugLines, plugin, setOptions, setUpPlugin, tearDownPlugin } from './lib/plugin.mjs';
import { loadSizeMap } from './lib/size-map.mjs';
import { loadState, repoRoot } from './lib/wordpress.mjs';

const state = loadState();
const sizeMap = await loadSizeMap();
const post = `${state.siteUrl}/artikel-iklan/`;
/** @type {Awaited<ReturnType<typeof launchBrowser>>} */
let browser;

/** Each slot of the post, in page order: its attributes, and the frame height it reserves at 360 and 1280 px. */
const SLOTS = [
  // After paragraph 1: the settings' sizes and size map.
  { sizes: '300x250, 336x280', sizeMap: '0:300x250 | 768:728x90', at360: 250, at1280: 90 },
  // The shortcode's own size map, with the settings' sizes.
  { sizes: '300x250, 336x280', sizeMap: '0:320x100 | 1024:970x250', at360: 100, at1280: 250 },
  // The block: no ad below 768 px (the settings' sizes are requested, the map decides).
  { sizes: '300x250, 336x280', sizeMap: '0:none | 768:728x90, 468x60', at360: undefined, at1280: 90 },
  // The footer's block widget.
  { sizes: '320x50', sizeMap: '0:320x50 | 1024:970x90', at360: 50, at1280: 90 },
];
const WIDGET = '<!-- wp:sabba-widgets/ad-slot {"slot":"kaki","sizes":"320x50","sizeMap":"0:320x50 | 1024:970x90"} /-->';
/** The widget options as they were, restored at the end. @type {Record<string, string>} */
const saved = {};

before(async () => {
  setUpPlugin();
  setOptions({
    ads: 1,
    ad_provider: 'gpt',
    ad_network: '1234',
    ad_slot: 'artikel',
    ad_sizes: '300x250, 336x280',
    ad_size_map: '0:300x250 | 768:728x90',
    ad_after_paragraph: 1,
  });
  saved.widget_block = plugin(
    'wp-option',
    'widget_block',
    JSON.stringify({ 90: { content: WIDGET }, _multiwidget: 1 }),
  );
  const sidebars = JSON.parse(plugin('wp-option', 'sidebars_widgets')) ?? {};
  saved.sidebars_widgets = plugin(
    'wp-option',
    'sidebars_widgets',
    JSON.stringify({ ...sidebars, 'sidebar-1': ['block-90'] }),
  );
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  for (const [name, value] of Object.entries(saved)) plugin('wp-option', name, value.trim());
  tearDownPlugin();
});

/** The page's slots: their attributes, and the `<style>` printed just before one, if any. @param {string} html */
function slotsOf(html) {
  return [
    ...html.matchAll(
      /(?:<style class="sabba-widgets-ad-reserve">([^<]*)<\/style>)?<sabba-ad-slot([^>]*)><\/sabba-ad-slot>/g,
    ),
  ].map((match) => ({
    style: match[1],
    attributes: Object.fromEntries(
      [...(match[2] ?? '').matchAll(/ ([a-z-]+)="([^"]*)"/g)].map(([, name, value]) => [name, value]),
    ),
  }));
}

/** What size-map.ts prints for a slot's attributes. @param {Record<string, string>} attributes */
const expectedCss = (attributes) =>
  sizeMap.preUpgradeCss(
    sizeMap.planSizes(attributes.sizes, attributes['size-map'], () => {}),
    `sabba-ad-slot[data-sabba-reserve="${attributes['data-sabba-reserve']}"]`,
  );

test('each slot’s reservation CSS is printed by PHP exactly as size-map.ts computes it', async () => {
  const response = await fetch(post);
  assert.equal(response.status, 200);
  const page = await response.text();
  const head = page.slice(0, page.indexOf('</head>'));
  const slots = slotsOf(page.slice(page.indexOf('</head>')));
  assert.deepEqual(
    slots.map(({ attributes }) => ({
      sizes: attributes.sizes,
      sizeMap: attributes['size-map'],
      unit: attributes['ad-unit'],
    })),
    ['artikel', 'tengah', 'bawah', 'kaki'].map((name, index) => ({
      sizes: SLOTS[index]?.sizes,
      sizeMap: SLOTS[index]?.sizeMap,
      unit: `/1234/${name}`,
    })),
  );
  for (const { attributes, style } of slots.slice(0, 3)) {
    assert.match(attributes['data-sabba-reserve'] ?? '', /^[0-9a-f]{12}$/);
    assert.equal(style, undefined, 'a slot in the content was foreseen: no <style> beside it');
    const expected = expectedCss(attributes);
    assert.ok(head.includes(expected), `<head> holds:\n${expected}`);
  }
  const widget = slots[3];
  assert.equal(widget?.style, expectedCss(widget?.attributes ?? {}), 'the widget’s rules just before it');
  assert.doesNotMatch(page, /assets\/ad-slot\.css/, 'no generic stylesheet any more');
});

/**
 * The slots' boxes, the position of the paragraphs after them and whether the element is defined.
 * @param {import('playwright-core').Page} page
 */
function measure(page) {
  return page.evaluate(() => ({
    rem: parseFloat(getComputedStyle(document.documentElement).fontSize),
    slots: [...document.querySelectorAll('sabba-ad-slot')].map((slot) => ({
      defined: slot.matches(':defined'),
      display: getComputedStyle(slot).display,
      height: slot.getBoundingClientRect().height,
      top: slot.getBoundingClientRect().top + scrollY,
    })),
    paragraphs: [...document.querySelectorAll('.entry-content > p')].map(
      (p) => p.getBoundingClientRect().top + scrollY,
    ),
  }));
}

for (const width of [360, 1280]) {
  test(`at ${width} px each slot has its height before any script, and the upgrade moves nothing`, async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width, height: 900 });
    // Nothing leaves the machine (GPT fails, the slot keeps its placeholder); the loader waits for a gate.
    /** @type {() => void} */
    let release = () => {};
    const gate = new Promise((resolve) => (release = () => resolve(undefined)));
    await page.route(
      (address) => !address.href.startsWith(state.siteUrl),
      (route) => route.abort(),
    );
    await page.route('**/sabba-widgets/assets/loader.js*', async (route) => {
      await gate;
      await route.continue();
    });
    await page.addInitScript(() => {
      const shifts = /** @type {{ at: number, value: number, nodes: string[] }[]} */ ([]);
      Object.assign(window, { sabbaShifts: shifts });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          // Only what moved in the article: the slots and the paragraphs around them.
          const nodes = /** @type {any} */ (entry).sources.map((/** @type {any} */ source) => source.node);
          const article = nodes.filter(
            (/** @type {Node | null} */ node) =>
              node instanceof Element && node.matches('.entry-content > p, .entry-content > sabba-ad-slot'),
          );
          if (article.length > 0)
            shifts.push({ at: entry.startTime, value: /** @type {any} */ (entry).value, nodes: article.map(String) });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(post, { waitUntil: 'commit' });
    await page.locator('.entry-content > p', { hasText: 'Paragraf empat' }).waitFor();
    await page.evaluate(() => document.fonts.ready);
    const before = await measure(page);
    assert.equal(before.slots.length, SLOTS.length);
    SLOTS.forEach((slot, index) => {
      const box = before.slots[index];
      const frame = width === 360 ? slot.at360 : slot.at1280;
      assert.equal(box?.defined, false, 'measured before the element is defined');
      if (frame === undefined) {
        assert.equal(box?.display, 'none', `slot ${index + 1} shows no ad at ${width} px`);
      } else {
        // The frame, the label's 1rem line and the default 0.25rem gap, as the element reserves.
        assert.ok(
          Math.abs((box?.height ?? 0) - (frame + 1.25 * before.rem)) < 0.5,
          `slot ${index + 1} reserves ${frame} + label + gap at ${width} px, got ${box?.height}`,
        );
      }
    });

    const released = await page.evaluate(() => performance.now());
    release();
    await page.waitForFunction(
      () => [...document.querySelectorAll('sabba-ad-slot')].every((slot) => slot.matches(':defined')),
      undefined,
      { timeout: 20_000 },
    );
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const upgraded = await measure(page);
    /** @param {Awaited<ReturnType<typeof measure>>} measured */
    const boxes = (measured) =>
      measured.slots.map(({ display, height, top }, index) => ({
        display,
        height: Math.round(height),
        // The footer's slot sits below the comment area, which other elements rebuild when they upgrade.
        top: index < 3 ? Math.round(top) : 'below the comments',
      }));
    assert.deepEqual(boxes(upgraded), boxes(before), 'every slot keeps its box');
    assert.deepEqual(upgraded.paragraphs.map(Math.round), before.paragraphs.map(Math.round), 'no paragraph moves');
    const shifts = await page.evaluate(
      (since) => /** @type {any} */ (window).sabbaShifts.filter((/** @type {{ at: number }} */ s) => s.at >= since),
      released,
    );
    assert.deepEqual(shifts, [], 'no slot or paragraph of the article shifted after the script arrived');
    await page.close();
  });
}

/** The hrefs of the `<link rel="modulepreload">` tags in `html`. @param {string} html */
const preloadsIn = (html) => [...html.matchAll(/<link rel="modulepreload" href="([^"]+)"/g)].map((match) => match[1]);
/** The files the ad slot runs from, as the plugin's build listed them (assets/preload.json). */
const adSlotFiles = () =>
  JSON.parse(readFileSync(`${repoRoot}dist/wordpress/sabba-widgets/assets/preload.json`, 'utf8'))['sabba-ad-slot'];
/** A preload href as a path under the plugin's assets/. @param {string} href */
const assetPath = (href) => new URL(href).pathname.replace(/^.*\/sabba-widgets\/assets\//, '');

test('the post preloads the ad slot’s chunks in <head>, and the loader uses those fetches', async () => {
  const html = await (await fetch(post)).text();
  const headEnd = html.indexOf('</head>');
  const links = preloadsIn(html.slice(0, headEnd));
  assert.deepEqual(links.map(assetPath), adSlotFiles(), 'the shared chunk, then the ad slot’s');
  assert.deepEqual(preloadsIn(html.slice(headEnd)), [], 'the footer widget’s slot adds nothing twice');

  const page = await browser.context.newPage();
  await page.route(
    (address) => !address.href.startsWith(state.siteUrl),
    (route) => route.abort(),
  );
  await page.goto(post);
  await page.waitForFunction(
    () => [...document.querySelectorAll('sabba-ad-slot')].every((slot) => slot.matches(':defined')),
    undefined,
    { timeout: 20_000 },
  );
  const fetched = await page.evaluate(() =>
    /** @type {PerformanceResourceTiming[]} */ (performance.getEntriesByType('resource')).map((entry) => ({
      url: entry.name,
      startTime: entry.startTime,
      responseEnd: entry.responseEnd,
    })),
  );
  const loader = fetched.find((entry) => /\/sabba-widgets\/assets\/loader\.js/.test(entry.url));
  assert.ok(loader, 'the loader was fetched');
  // Each file once, and asked for before the loader had even arrived: by its link, not by the
  // loader's import() (which runs after the loader has downloaded), and not a second time.
  for (const href of links) {
    const fetches = fetched.filter((entry) => entry.url === href);
    assert.equal(fetches.length, 1, `${href} fetched once`);
    assert.ok((fetches[0]?.startTime ?? Infinity) < loader.responseEnd, `${href} asked for by its link`);
  }
  await page.close();
});

test('a page whose only slot is the footer widget preloads the ad slot’s chunks just before the loader', async () => {
  const html = await (await fetch(`${state.siteUrl}/sample-page/`)).text();
  const headEnd = html.indexOf('</head>');
  assert.deepEqual(preloadsIn(html.slice(0, headEnd)), [], 'nothing foreseen in <head>');
  const footer = html.slice(headEnd);
  const links = preloadsIn(footer);
  assert.deepEqual(links.map(assetPath), adSlotFiles());
  const loaderAt = footer.search(/<script[^>]+sabba-widgets\/assets\/loader\.js/);
  assert.ok(loaderAt > footer.indexOf(links.at(-1) ?? '?'), 'the links come before the loader');
});

test('WP_DEBUG stays quiet on the ad pages: nothing but core’s two known deprecations', () => {
  assert.deepEqual(debugLines().other, []);
});
