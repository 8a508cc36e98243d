import { expect, waitUntil } from '@open-wc/testing';
import { serverThread, THREAD } from './server-markup.js';

/**
 * The moment `<sabba-comments>` is defined over the thread the WordPress plugin printed (issue 19):
 * the page must not move. This file defines the element itself, after the server's markup is on
 * screen, as a deferred module script does on a real page. Chromium reports layout shifts
 * (PerformanceObserver 'layout-shift'); Firefox has no such entry type, so there the same promise is
 * checked by geometry alone: the text the reader sees stays where it was.
 */

const frames = async (n: number): Promise<void> => {
  for (let i = 0; i < n; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
};

/** Layout shifts recorded from now on (Chromium), without those right after input. */
function watchShifts(): { score: () => number; stop: () => void } {
  const supported = PerformanceObserver.supportedEntryTypes.includes('layout-shift');
  const entries: (PerformanceEntry & { value?: number; hadRecentInput?: boolean })[] = [];
  const observer = supported ? new PerformanceObserver((list) => entries.push(...list.getEntries())) : undefined;
  observer?.observe({ type: 'layout-shift', buffered: false });
  return {
    score: () => {
      entries.push(...(observer?.takeRecords() ?? []));
      return entries.filter((e) => e.hadRecentInput !== true).reduce((sum, e) => sum + (e.value ?? 0), 0);
    },
    stop: () => observer?.disconnect(),
  };
}

const page = (site: string, before: string): string =>
  `${before}<sabba-comments site-url="${site}" post-id="1" max-depth="5" order="asc">${serverThread(THREAD)}</sabba-comments>` +
  '<p id="after">Teks sesudah komentar.</p><div style="block-size: 4000px"></div>';

describe('<sabba-comments> defined over the server-rendered thread', () => {
  const container = document.createElement('div');
  beforeEach(() => {
    document.body.append(container);
    window.scrollTo(0, 0);
  });
  afterEach(() => {
    container.replaceChildren();
    container.remove();
    window.scrollTo(0, 0);
  });

  it('in view: keeps the server list exactly where it is, then replaces it out of view without moving what the reader sees', async () => {
    const site = `/wpc/${Math.random().toString(36).slice(2, 12)}/threaded`;
    container.innerHTML = page(site, '<p>Artikel.</p>');
    await frames(2);
    const thread = container.querySelector('sabba-comments')!;
    const after = container.querySelector('#after')!;
    const list = thread.querySelector('.comment-list')!;
    const listBefore = list.getBoundingClientRect();
    const afterBefore = after.getBoundingClientRect().top;
    const shifts = watchShifts();

    await import('../../src/components/comments/comments.define.js');
    await customElements.whenDefined('sabba-comments');
    await frames(3);
    expect(thread.shadowRoot).not.to.equal(null);
    // Upgraded, but the reader is looking at the list: it is WordPress's, untouched.
    expect(thread.querySelector(':scope > .comment-list')).to.equal(list);
    expect(list.getBoundingClientRect().top).to.equal(listBefore.top);
    expect(list.getBoundingClientRect().height).to.equal(listBefore.height);
    expect(after.getBoundingClientRect().top).to.equal(afterBefore);

    // The reader scrolls past the thread: it is replaced above the viewport, where scroll anchoring
    // keeps the text in view still.
    window.scrollTo(0, window.scrollY + after.getBoundingClientRect().top + 20);
    // Read at once: the element replaces the list on the next intersection report.
    const afterScrolled = after.getBoundingClientRect().top;
    expect(thread.querySelector(':scope > .comment-list')).to.equal(list);
    await waitUntil(() => thread.querySelector(':scope > .comment-list') === null, 'not replaced', { timeout: 5000 });
    await frames(3);
    expect(thread.shadowRoot?.querySelector('[part~="list"]')).not.to.equal(null);
    expect(Math.abs(after.getBoundingClientRect().top - afterScrolled)).to.be.below(1);
    expect(shifts.score()).to.equal(0);
    shifts.stop();
    const log = (await (await fetch(`${site}/__log`)).json()) as string[];
    expect(log).to.deep.equal([]);
  });

  it('below the fold: replaced at once, and nothing in view moves', async () => {
    const site = `/wpc/${Math.random().toString(36).slice(2, 12)}/threaded`;
    const shifts = watchShifts();
    container.innerHTML = page(site, '<p id="before">Artikel.</p><div style="block-size: 2000px"></div>');
    const before = container.querySelector('#before')!.getBoundingClientRect().top;
    const thread = container.querySelector('sabba-comments')!;
    await waitUntil(() => thread.querySelector(':scope > .comment-list') === null, 'not replaced', { timeout: 5000 });
    await frames(3);
    expect(container.querySelector('#before')!.getBoundingClientRect().top).to.equal(before);
    expect(thread.shadowRoot?.querySelectorAll('[part~="comment"]').length).to.equal(4);
    expect(shifts.score()).to.equal(0);
    shifts.stop();
  });
});
