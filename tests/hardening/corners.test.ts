import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { SabbaAdblockNotice } from '../../src/components/adblock-notice/adblock-notice.js';
import type { SabbaBackToTop } from '../../src/components/back-to-top/back-to-top.js';
import './elements.js';

/**
 * All five on one page with the two things every news page already pins to its corners: a cookie
 * banner (bottom start) and a chat launcher (bottom end). Nothing may cover anything.
 *
 * How a site avoids overlap (the README's "Sharing the corners"):
 * - The adblock banner publishes its height on <html> as `--sabba-floating-inset-block-end`
 *   while it is shown. Back-to-top already adds it; the site adds it to its own fixed widgets:
 *   `bottom: calc(16px + var(--sabba-floating-inset-block-end, 0px))`.
 * - Back-to-top is lifted above the chat launcher with `--sabba-back-to-top-offset-block`
 *   (launcher height + gaps), or moved with `position="start"` when that corner is free.
 */

const SITE_CSS = `
  .cookie, .chat { position: fixed; z-index: 950; background: #eee; box-sizing: border-box; }
  .cookie { inset-inline-start: 16px; inline-size: 280px; block-size: 96px; }
  .chat { inset-inline-end: 16px; inline-size: 56px; block-size: 56px; border-radius: 50%; }
  .offsets .cookie, .offsets .chat { inset-block-end: calc(16px + var(--sabba-floating-inset-block-end, 0px)); }
  .offsets sabba-back-to-top { --sabba-back-to-top-offset-block: 88px; }
  .naive .cookie, .naive .chat { inset-block-end: 16px; }
  .tall { block-size: 3000px; }
`;

interface Box {
  name: string;
  rect: DOMRect;
}

const intersect = (a: DOMRect, b: DOMRect): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

function overlaps(boxes: Box[]): string[] {
  const found: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      if (intersect(boxes[i]!.rect, boxes[j]!.rect)) found.push(`${boxes[i]!.name} × ${boxes[j]!.name}`);
    }
  }
  return found;
}

async function page(variant: 'offsets' | 'naive'): Promise<Box[]> {
  const root = await fixture<HTMLDivElement>(html`<div class=${variant}>
    <style>${SITE_CSS}</style>
    <main>
      <h1>Headline</h1>
      <sabba-author-card name="Sari Dewi" bio="Covers city politics." lang="en"></sabba-author-card>
      <sabba-ad-slot provider="html" src="/tests/hardening/creative.html" sizes="300x250" lang="en"></sabba-ad-slot>
      <div class="tall"></div>
      <sabba-comment-form site-url="/wpt/corners/open" post-id="1" lang="en"></sabba-comment-form>
    </main>
    <sabba-adblock-notice no-probe lang="en"></sabba-adblock-notice>
    <sabba-back-to-top threshold="100" lang="en"></sabba-back-to-top>
    <div class="cookie" role="region" aria-label="Cookies">We use cookies.</div>
    <button class="chat" type="button" aria-label="Chat"></button>
  </div>`);
  const notice = root.querySelector<SabbaAdblockNotice>('sabba-adblock-notice')!;
  const top = root.querySelector<SabbaBackToTop>('sabba-back-to-top')!;
  notice.verdict = { blocked: true, confidence: 'high', signals: [] };
  await waitUntil(() => notice.open, 'the banner opens');
  await waitUntil(
    () => document.documentElement.style.getPropertyValue('--sabba-floating-inset-block-end') !== '',
    'the banner publishes its height',
  );
  window.scrollTo(0, 1500);
  await waitUntil(() => top.matches(':state(shown)'), 'back-to-top appears', { timeout: 5000 });
  // The banner and the button slide in: measure where they come to rest, once the banner's
  // published height matches its box.
  const banner = notice.shadowRoot!.querySelector('[part~="banner"]')!;
  await waitUntil(
    () =>
      notice.shadowRoot!.getAnimations().length === 0 &&
      top.shadowRoot!.getAnimations().length === 0 &&
      document.documentElement.style.getPropertyValue('--sabba-floating-inset-block-end') ===
        `${Math.ceil(banner.getBoundingClientRect().height)}px`,
    'the widgets settle',
    { timeout: 5000 },
  );
  return [
    { name: 'adblock banner', rect: banner.getBoundingClientRect() },
    { name: 'back-to-top', rect: top.shadowRoot!.querySelector('button')!.getBoundingClientRect() },
    { name: 'cookie banner', rect: root.querySelector('.cookie')!.getBoundingClientRect() },
    { name: 'chat launcher', rect: root.querySelector('.chat')!.getBoundingClientRect() },
  ];
}

afterEach(() => {
  window.scrollTo(0, 0);
});

describe('five widgets, a cookie banner and a chat launcher on one page', () => {
  it('overlap nothing when the site uses the documented offsets', async () => {
    const boxes = await page('offsets');
    for (const box of boxes) expect(box.rect.width * box.rect.height, `${box.name} is visible`).to.be.greaterThan(0);
    expect(
      overlaps(boxes),
      JSON.stringify(boxes.map((b) => [b.name, b.rect.left, b.rect.top, b.rect.width, b.rect.height])),
    ).to.deep.equal([]);
  });

  it('do overlap without them (what the offsets are for, and proof the check can fail)', async () => {
    const boxes = await page('naive');
    expect(overlaps(boxes)).to.include.members(['adblock banner × cookie banner', 'adblock banner × chat launcher']);
  });
});
