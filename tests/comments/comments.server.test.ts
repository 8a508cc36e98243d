import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { SabbaCommentReplyEvent } from '../../src/components/comments/comments.events.js';
import type { SabbaComments } from '../../src/components/comments/comments.js';
import { commentsTexts } from '../../src/components/comments/comments.texts.js';
import { part, parts, shadow, text } from '../helpers/dom.js';
import { CommentsHarness, siteOf } from './harness.js';
import { serverThread, THREAD, type ServerComment } from './server-markup.js';

/**
 * `<sabba-comments>` over the thread the WordPress plugin printed inside it (progressive
 * enhancement, issue 19): the server's list is the first page when it is complete, it is replaced
 * only where the reader does not see it, and nothing in it can run.
 */

declare global {
  interface Window {
    __sabbaPwned?: unknown;
  }
}

const ti = commentsTexts.id;

/**
 * A thread with the server's markup inside, as the HTML parser builds it; `below` puts it under a
 * tall block, out of view (where the element may replace the list at once).
 */
async function mountServer(
  markup: string,
  { below = true, attrs = '', kind = 'threaded' }: { below?: boolean; attrs?: string; kind?: string } = {},
): Promise<CommentsHarness> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  const site = siteOf(kind);
  // The test builds the "server response" itself: the element is what must not parse strings.
  container.innerHTML = `${below ? '<div style="block-size: 3000px"></div>' : ''}<sabba-comments site-url="${site}" post-id="1" ${attrs}>${markup}</sabba-comments><p id="after">Sesudah komentar.</p>`;
  const el = container.querySelector<SabbaComments>('sabba-comments')!;
  await el.updateComplete;
  return CommentsHarness.wrap(el, site);
}

/** Waits until the element's own list has replaced the server's. */
async function takenOver(h: CommentsHarness): Promise<void> {
  await waitUntil(() => h.el.querySelector(':scope > .comment-list') === null, 'the server list is still there', {
    timeout: 8000,
  });
  await h.el.updateComplete;
}

describe('<sabba-comments> over the server-rendered thread', () => {
  afterEach(() => {
    delete window.__sabbaPwned;
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('takes a complete server list as its first page: the same comments, threaded, with no request', async () => {
    const h = await mountServer(serverThread(THREAD));
    await takenOver(h);
    expect(h.heading).to.equal('4 komentar');
    expect(h.authors()).to.deep.equal(['Budi', 'Ayu']);
    expect(h.depthOf('Sari')).to.equal(2);
    expect(h.depthOf('Tono')).to.equal(3);
    const budi = h.item(2)!;
    expect(budi.querySelector('[part~="author"] a')?.getAttribute('href')).to.equal('https://budi.example/');
    // WordPress's site-local time and offset: the site's clock shown, the instant in datetime.
    expect(text(budi.querySelector('time'))).to.equal('14 Maret 2022 pukul 10.12');
    expect(budi.querySelector('time')?.getAttribute('datetime')).to.equal('2022-03-14T03:12:00Z');
    const content = budi.querySelector(':scope > article [part~="content"]');
    expect(content?.innerHTML.trim()).to.equal(
      '<p>Tulisan yang bagus.</p>\n<p>Paragraf kedua &amp; <em>tebal</em>.</p>',
    );
    expect(text(budi.querySelector(':scope > article [part~="reply"]'))).to.equal(ti.reply);
    // WordPress's nodes are gone from the light DOM; the page's own content after it stays.
    expect(h.el.querySelector('.comments-title, .comment-list')).to.equal(null);
    expect(h.el.nextElementSibling?.id).to.equal('after');
    expect(await h.requests()).to.deep.equal([]);
    await expect(h.el).to.be.accessible();
  });

  it('answers a server comment like any other: Balas names its author and id', async () => {
    const h = await mountServer(serverThread(THREAD));
    await takenOver(h);
    const asked = oneEvent<SabbaCommentReplyEvent>(h.el, 'sabba-comment-reply');
    h.item(3)!.querySelector<HTMLButtonElement>('[part~="reply"]')!.click();
    const { detail } = await asked;
    expect(detail.commentId).to.equal(3);
    expect(detail.authorName).to.equal('Sari');
  });

  it('copies nothing that can run or load from hostile server markup, and never parses its text as HTML', async () => {
    const hostile: ServerComment = {
      id: 9,
      author: '&lt;img src=x onerror=window.__sabbaPwned=1&gt;',
      url: 'javascript:window.__sabbaPwned=2',
      time: '2022-03-16T09:00:00+07:00',
      shown: 'March 16, 2022 at 9:00 am',
      content:
        '<p onclick="window.__sabbaPwned=3" style="color:red">Halo <script>window.__sabbaPwned=4</script>' +
        '<a href="javascript:window.__sabbaPwned=5" onmouseover="x">klik</a> <a href="https://contoh.id/">aman</a>' +
        ' &lt;script&gt;window.__sabbaPwned=6&lt;/script&gt;</p>' +
        '<svg><a href="https://evil.example/"><text>svg</text></a></svg><iframe srcdoc="x"></iframe>' +
        '<template><img src=x onerror="window.__sabbaPwned=7"></template><form><input name="a"></form>' +
        // A list item in the text dressed as a comment is text, not a comment of the thread.
        '<ol><li id="comment-77" class="comment"><article class="comment-body"><footer><div class="comment-author">' +
        '<b class="fn">Palsu</b></div><div class="comment-metadata"><time datetime="2022-03-16T09:00:00+07:00">x</time>' +
        '</div></footer><div class="comment-content">Palsu</div></article></li></ol>',
    };
    const h = await mountServer(serverThread([hostile]));
    await takenOver(h);
    await aTimeout(100);
    expect(window.__sabbaPwned).to.equal(undefined);
    const li = h.item(9)!;
    // The escaped name stays text; the javascript: website is not a link.
    expect(text(li.querySelector('[part~="author"]'))).to.equal('<img src=x onerror=window.__sabbaPwned=1>');
    expect(li.querySelector('[part~="author"] a, img, script, svg, iframe, template, form, input')).to.equal(null);
    const content = li.querySelector('[part~="content"]')!;
    expect(text(content.querySelector('p'))).to.equal('Halo klik aman <script>window.__sabbaPwned=6</script>');
    expect(text(content.querySelector('li'))).to.include('Palsu');
    expect(h.item(77)).to.equal(null);
    expect(h.heading).to.equal('1 komentar');
    expect(
      [...content.querySelectorAll('*')].flatMap((n) =>
        n.getAttributeNames().filter((a) => a !== 'href' && a !== 'rel'),
      ),
    ).to.deep.equal([]);
    expect([...content.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([
      null,
      'https://contoh.id/',
    ]);
  });

  it('shows the reader’s own comment awaiting moderation as held, outside the count', async () => {
    const held: ServerComment = {
      id: 7,
      author: 'Dewi',
      time: '2022-03-16T09:00:00+07:00',
      shown: 'March 16, 2022 at 9:00 am',
      content: '<p>Menunggu.</p>',
      held: true,
    };
    const h = await mountServer(serverThread([...THREAD, held], { count: 4 }));
    await takenOver(h);
    expect(h.heading).to.equal('4 komentar');
    expect(text(h.item(7)?.querySelector('[part~="held"]'))).to.equal(ti.held);
    expect(h.item(7)?.querySelector('[part~="reply"]')).to.equal(null);
  });

  it('a paged server list stays until the element has fetched its own first page, then gives way to it', async () => {
    const h = await mountServer(serverThread(THREAD, { pagination: true, count: 33 }), { attrs: 'eager' });
    await takenOver(h);
    expect(h.heading).to.equal('33 komentar');
    expect(h.authors().slice(0, 2)).to.deep.equal(['Budi', 'Mallory']);
    expect(h.el.querySelector('.comments-pagination')).to.equal(null);
    expect((await h.requests()).length).to.be.greaterThan(0);
  });

  it('markup it cannot read as WordPress’s (a theme without HTML5 comment lists) is fetched instead', async () => {
    const old = `<ol class="comment-list"><li class="comment even thread-even depth-1" id="comment-2">
      <div id="div-comment-2" class="comment-body"><div class="comment-author vcard"><cite class="fn">Budi</cite> <span class="says">says:</span></div>
      <div class="comment-meta commentmetadata"><a href="#comment-2">March 14, 2022 at 10:12 am</a></div><p>Lama.</p></div></li></ol>`;
    const h = await mountServer(old, { attrs: 'eager' });
    await takenOver(h);
    expect(h.heading).to.equal('33 komentar');
    expect((await h.requests()).length).to.be.greaterThan(0);
  });

  it('keeps the server list while the reader looks at it, and replaces it once it is out of view', async () => {
    const h = await mountServer(serverThread(THREAD), { below: false });
    await aTimeout(200);
    expect(h.el.querySelector(':scope > .comment-list')).not.to.equal(null);
    // The browser's own permalink still reaches the server's comment.
    expect(document.getElementById('comment-3')?.closest('sabba-comments')).to.equal(h.el);
    history.replaceState(null, '', '#comment-3');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    const spacer = Object.assign(document.createElement('div'), { style: 'block-size: 4000px' });
    h.el.parentElement!.append(spacer);
    window.scrollTo(0, 3500);
    await takenOver(h);
    expect(h.authors()).to.deep.equal(['Budi', 'Ayu']);
    // Seen already: highlighted, but the reader is not pulled back to it.
    expect(h.item(3)?.querySelector('[part~="comment-body"]')?.classList.contains('highlighted')).to.equal(true);
    expect(window.scrollY).to.be.greaterThan(3000);
    expect(await h.requests()).to.deep.equal([]);
    spacer.remove();
    window.scrollTo(0, 0);
  });

  it('#comment-ID the browser could not reach yet: the element scrolls to, highlights and focuses it', async () => {
    history.replaceState(null, '', '#comment-4');
    const h = await mountServer(serverThread(THREAD));
    await takenOver(h);
    await waitUntil(() => shadow(h.el).activeElement !== null, 'the comment is not focused');
    const body = h.item(4)?.querySelector('[part~="comment-body"]');
    expect(shadow(h.el).activeElement).to.equal(body);
    expect(body?.classList.contains('highlighted')).to.equal(true);
    const top = body!.getBoundingClientRect().top;
    expect(top).to.be.within(-1, innerHeight);
    window.scrollTo(0, 0);
  });

  it('closed: the server’s "Comments are closed." gives way to the element’s own message', async () => {
    const h = await mountServer(serverThread(THREAD, { closed: true }), { attrs: 'closed' });
    await takenOver(h);
    expect(h.el.querySelector('.no-comments')).to.equal(null);
    expect(parts(h.el, 'message').map((m) => text(m))).to.deep.equal([ti.closed]);
    expect(parts(h.el, 'reply')).to.deep.equal([]);
  });

  it('speaks English with lang="en" over the same markup', async () => {
    const h = await mountServer(serverThread(THREAD), { attrs: 'lang="en"' });
    await takenOver(h);
    expect(h.heading).to.equal('4 comments');
    expect(text(h.item(5)?.querySelector('time'))).to.equal('March 15, 2022 at 8:30 am');
    expect(part(h.el, 'load-more')).to.equal(null);
  });
});
