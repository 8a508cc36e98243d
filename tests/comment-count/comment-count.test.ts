import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { SabbaCommentCount } from '../../src/components/comment-count/comment-count.js';
import '../../src/components/comment-count/comment-count.define.js';
import { siteOf } from '../comments/harness.js';
import { partText } from '../helpers/dom.js';

/** `<sabba-comment-count>` against the stand-in: the words a byline shows, and one request per site. */
describe('<sabba-comment-count>', () => {
  it('shows "N komentar" / "Belum ada komentar" for many posts with one request', async () => {
    const site = siteOf('threaded');
    const root = await fixture<HTMLDivElement>(html`<div>
      <sabba-comment-count site-url=${site} post-id="1"></sabba-comment-count>
      <sabba-comment-count site-url=${site} post-id="2" href="/post-2/#comments"></sabba-comment-count>
      <sabba-comment-count site-url=${site} post-id="3"></sabba-comment-count>
    </div>`);
    const counts = [...root.querySelectorAll<SabbaCommentCount>('sabba-comment-count')];
    await waitUntil(() => counts.every((c) => c.count !== undefined), 'counts not shown');
    await Promise.all(counts.map((c) => c.updateComplete));
    // Post 1: 24 threads and 9 approved replies (the reply to a held comment counts, as WordPress counts it).
    expect(counts.map((c) => partText(c, 'count'))).to.deep.equal(['33 komentar', '3 komentar', 'Belum ada komentar']);
    expect(counts[1]?.shadowRoot?.querySelector('a')?.getAttribute('href')).to.equal('/post-2/#comments');
    const log = (await (await fetch(`${site}/__log`)).json()) as string[];
    expect(log).to.deep.equal(['/wp-json/wp/v2/comments?post=1%2C2%2C3&per_page=100&page=1&_fields=post']);
    await expect(root).to.be.accessible();
  });

  it('speaks English', async () => {
    const el = await fixture<SabbaCommentCount>(
      html`<sabba-comment-count lang="en" site-url=${siteOf('threaded')} post-id="2"></sabba-comment-count>`,
    );
    await waitUntil(() => el.count !== undefined);
    await el.updateComplete;
    expect(partText(el, 'count')).to.equal('3 comments');
  });

  it('shows nothing when the site fails', async () => {
    const el = await fixture<SabbaCommentCount>(
      html`<sabba-comment-count site-url=${siteOf('fail-500')} post-id="2"></sabba-comment-count>`,
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(el.count).to.equal(undefined);
    expect(el.shadowRoot?.textContent.trim()).to.equal('');
  });

  it("shows the page's own count while counting and when the site fails, then the live one", async () => {
    const failing = await fixture<SabbaCommentCount>(
      html`<sabba-comment-count site-url=${siteOf('fail-500')} post-id="2">7 komentar</sabba-comment-count>`,
    );
    const live = await fixture<SabbaCommentCount>(
      html`<sabba-comment-count site-url=${siteOf('threaded')} post-id="2">7 komentar</sabba-comment-count>`,
    );
    // What the reader sees is the rendered text (light-DOM text only counts once slotted).
    expect(live.innerText.trim()).to.equal('7 komentar');
    await waitUntil(() => live.count !== undefined, 'the live count never came');
    await live.updateComplete;
    expect(live.innerText.trim()).to.equal('');
    expect(partText(live, 'count')).to.equal('3 komentar');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(failing.count).to.equal(undefined);
    expect(failing.innerText.trim()).to.equal('7 komentar');
  });
});
