/**
 * Zero layout shift when the card the WordPress plugin printed upgrades: the plugin's markup
 * (server-markup.ts), styled only by the plugin's stylesheet (wordpress/css/widgets.css), is
 * measured while `<sabba-author-card>` is NOT defined yet, at a phone and a desktop width, in
 * Indonesian and English; then the element is defined and everything measured again. The cards'
 * boxes and the paragraphs after them must not move, and Chromium's layout-shift entries (the
 * source of CLS) must stay empty. This file must not import the element before it has measured.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { frames, loadPluginStylesheet } from '../helpers/plugin-page.js';
import { REDAKSI, RINA, serverCard } from './server-markup.js';

const WIDTHS = [360, 1280] as const;

/** A page like a WordPress single post: paragraphs, the cards after the content, a byline. */
function article(lang: 'id' | 'en'): string {
  const newsroom = lang === 'id' ? 'Tim redaksi' : 'Newsroom';
  const paragraph = (id: string) => `<p data-next="${id}">Paragraf sesudah kartu, yang tidak boleh bergeser.</p>`;
  return (
    `<section lang="${lang}">` +
    `<p>Oleh ${serverCard(RINA, { compact: true })} · 14 Maret 2022</p><p data-next="${lang}-byline">Isi artikel.</p>` +
    serverCard(RINA, { newsroom }) +
    paragraph(`${lang}-person`) +
    serverCard(REDAKSI, { newsroom }) +
    paragraph(`${lang}-newsroom`) +
    serverCard({ ...RINA, bio: 'Wartawan ekonomi di Jakarta.', links: [], jobTitle: '' }, { newsroom }) +
    paragraph(`${lang}-short`) +
    `</section>`
  );
}

/** Where every card and every paragraph after one sits, to the pixel. */
function measure(): Record<string, string> {
  const boxes: Record<string, string> = {};
  const round = (rect: DOMRect) =>
    [rect.x, rect.y, rect.width, rect.height].map((value) => Math.round(value * 2) / 2).join(' ');
  document.querySelectorAll('sabba-author-card').forEach((card, index) => {
    boxes[`card ${index}`] = round(card.getBoundingClientRect());
  });
  document.querySelectorAll<HTMLElement>('[data-next]').forEach((next) => {
    boxes[`after ${next.dataset.next}`] = round(next.getBoundingClientRect());
  });
  return boxes;
}

describe('<sabba-author-card> upgrading the card the WordPress plugin printed', () => {
  const boxesBefore = new Map<number, Record<string, string>>();
  const boxesAfter = new Map<number, Record<string, string>>();
  const shifts: { value: number; sources: string[] }[] = [];
  let readableBeforeUpgrade: string[] = [];
  let togglesAtPhoneWidth: string[] = [];

  before(async () => {
    await loadPluginStylesheet();
    const main = document.createElement('main');
    main.style.cssText = 'max-inline-size: 720px; margin: 0 auto; padding: 0 16px; font: 16px/1.6 sans-serif';
    main.innerHTML = article('id') + article('en');
    document.body.append(main);
    await Promise.all([...main.querySelectorAll('img')].map((img) => img.decode().catch(() => undefined)));
    readableBeforeUpgrade = [...main.querySelectorAll('.sabba-author-name a')].map((a) =>
      (a as HTMLElement).checkVisibility() ? a.textContent : '',
    );
    for (const width of WIDTHS) {
      await setViewport({ width, height: 3000 });
      await frames(2);
      boxesBefore.set(width, measure());
    }

    // Upgrade at the phone width, where the long bio folds and its "Show more" appears.
    await setViewport({ width: 360, height: 3000 });
    await frames(2);
    type Shift = PerformanceEntry & { value: number; sources: { node?: Node }[] };
    const record = (entries: PerformanceEntryList) => {
      for (const entry of entries as Shift[]) {
        shifts.push({
          value: entry.value,
          sources: entry.sources.map((source) => (source.node as Element | undefined)?.outerHTML.slice(0, 80) ?? '?'),
        });
      }
    };
    let observer: PerformanceObserver | undefined;
    if (PerformanceObserver.supportedEntryTypes.includes('layout-shift')) {
      observer = new PerformanceObserver((list) => {
        record(list.getEntries());
      });
      observer.observe({ type: 'layout-shift' });
    }
    await import('../../src/components/author-card/author-card.define.js');
    await Promise.all(
      [...document.querySelectorAll('sabba-author-card')].map(
        (card) => (card as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete,
      ),
    );
    await frames(5);
    // Resizing the viewport below is not the upgrade: stop counting first.
    if (observer) record(observer.takeRecords());
    togglesAtPhoneWidth = [...document.querySelectorAll('sabba-author-card')].map(
      (card) => card.shadowRoot?.querySelector('[part="toggle"]')?.textContent.trim() ?? '',
    );
    observer?.disconnect();
    for (const width of [360, 1280] as const) {
      await setViewport({ width, height: 3000 });
      await frames(3);
      boxesAfter.set(width, measure());
    }
  });

  it('is readable before (and without) the script: every server-printed name is shown', () => {
    expect(readableBeforeUpgrade).to.deep.equal(
      // Per language: the byline, the person, the newsroom, the short card.
      [
        'Rina Kartika',
        'Rina Kartika',
        'Redaksi Sabba',
        'Rina Kartika',
        'Rina Kartika',
        'Rina Kartika',
        'Redaksi Sabba',
        'Rina Kartika',
      ],
    );
  });

  for (const width of WIDTHS) {
    it(`moves nothing at ${width} px: every card keeps its box and the paragraphs after them stay put`, () => {
      expect(boxesAfter.get(width)).to.deep.equal(boxesBefore.get(width));
    });
  }

  it('reports no layout shift (Chromium’s CLS entries)', function () {
    if (!PerformanceObserver.supportedEntryTypes.includes('layout-shift')) {
      // Firefox has no Layout Instability API; the boxes above are its proof.
      this.skip();
    }
    expect(shifts).to.deep.equal([]);
  });

  it('folds the long bio behind its "Show more" at the phone width, in the room kept for it', () => {
    expect(togglesAtPhoneWidth).to.deep.equal(['', 'Selengkapnya', '', '', '', 'Show more', '', '']);
  });
});
