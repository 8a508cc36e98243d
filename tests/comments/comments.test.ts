import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { SabbaCommentForm } from '../../src/components/comment-form/comment-form.js';
import type {
  SabbaCommentReplyEvent,
  SabbaCommentsErrorEvent,
  SabbaCommentsLoadEvent,
} from '../../src/components/comments/comments.events.js';
import type { SabbaComments } from '../../src/components/comments/comments.js';
import { commentsTexts } from '../../src/components/comments/comments.texts.js';
import { harness } from '../comment-form/harness.js';
import { part, parts, shadow, text } from '../helpers/dom.js';
import { CommentsHarness, siteOf } from './harness.js';

/**
 * `<sabba-comments>` against the stand-in WordPress (scripts/test/fixtures/comments.mjs): what a
 * reader sees in every state, and what the site is asked.
 */

declare global {
  interface Window {
    __sabbaPwned?: unknown;
  }
}

const ti = commentsTexts.id;
const te = commentsTexts.en;

describe('<sabba-comments>', () => {
  afterEach(() => {
    delete window.__sabbaPwned;
    history.replaceState(null, '', location.pathname + location.search);
    for (const key of Object.keys(localStorage)) if (key.startsWith('sabba:comments')) localStorage.removeItem(key);
  });

  describe('a threaded post', () => {
    it('renders the first page as WordPress does: an ordered list, oldest first, replies nested in their parent', async () => {
      const h = await (await CommentsHarness.mount('threaded')).settled();
      // Every approved comment, replies included (the reply to a held comment too), as WordPress counts them.
      expect(h.heading).to.equal('33 komentar');
      const authors = h.authors();
      expect(authors.length).to.equal(20);
      expect(authors.slice(0, 4)).to.deep.equal(['Budi', 'Mallory', 'Admin', 'Ayu']);
      expect(authors).not.to.include('Spammer');
      const mallory = h.itemByAuthor('Mallory');
      expect(h.authors(mallory?.querySelector(':scope > ol[part~="children"]') ?? null)).to.deep.equal([
        'Sari',
        'Tono',
      ]);
      expect(h.depthOf('Level2')).to.equal(2);
      expect(h.depthOf('Level5')).to.equal(5);
      // Deeper than max-depth 5: shown after their parent, at the deepest level.
      expect(h.depthOf('Level6')).to.equal(5);
      expect(h.depthOf('Level7')).to.equal(5);
      // An approved reply to a held comment is not shown, as in WordPress.
      expect(h.itemByAuthor('Orphan')).to.equal(undefined);
      await expect(h.el).to.be.accessible();
    });

    it('shows the author linked only to an http(s) website, with rel="nofollow ugc", the localized date and a named Balas button', async () => {
      const h = await (await CommentsHarness.mount('threaded')).settled();
      const budi = h.itemByAuthor('Budi')!;
      const link = budi.querySelector<HTMLAnchorElement>('[part~="author"] a');
      expect(link?.getAttribute('href')).to.equal('https://budi.example/');
      expect(link?.getAttribute('rel')).to.equal('nofollow ugc');
      expect(h.itemByAuthor('Mallory')?.querySelector('[part~="author"] a')).to.equal(null);
      const time = budi.querySelector('time');
      expect(time?.getAttribute('datetime')).to.equal('2022-03-14T10:12:00Z');
      expect(text(time)).to.equal('14 Maret 2022 pukul 10.12');
      const reply = budi.querySelector(':scope > article [part~="reply"]');
      expect(text(reply)).to.equal(ti.reply);
      expect(reply?.getAttribute('aria-label')).to.equal('Balas ke Budi');
    });

    it('speaks English with lang="en"', async () => {
      const h = await (await CommentsHarness.mount('threaded', { lang: 'en' })).settled();
      expect(h.heading).to.equal('33 comments');
      expect(text(h.itemByAuthor('Budi')?.querySelector('time'))).to.equal('March 14, 2022 at 10:12 am');
      expect(text(h.itemByAuthor('Budi')?.querySelector('[part~="reply"]'))).to.equal(te.reply);
      expect(text(part(h.el, 'load-more'))).to.equal(te.loadMore);
    });

    it("runs nothing from an administrator's unfiltered comment and keeps its text and emoji", async () => {
      const h = await (await CommentsHarness.mount('threaded')).settled();
      await aTimeout(50);
      expect(window.__sabbaPwned).to.equal(undefined);
      const admin = h.itemByAuthor('Admin')!;
      expect(admin.querySelector('script, img')).to.equal(null);
      expect(text(admin.querySelector('[part~="content"]'))).to.equal('Pengumuman');
      expect(text(h.itemByAuthor('Ayu')?.querySelector('[part~="content"]'))).to.include('🇮🇩🎉 Semoga kabupaten Lebak');
    });

    it('asks only for the fields it renders, with the same URLs for every reader', async () => {
      const h = await (await CommentsHarness.mount('threaded')).settled();
      const first = await h.requests();
      expect(first.length).to.be.within(3, 9);
      for (const target of first) {
        expect(target).to.match(/_fields=(id%2Cparent%2Cauthor_name%2Cauthor_url%2Cdate%2Cdate_gmt%2Ccontent|id$)/);
        expect(target).not.to.match(/_wpnonce|_=\d|nocache|timestamp/);
      }
      expect(first.slice(0, 2).sort()).to.deep.equal([
        '/wp-json/wp/v2/comments?post=1&parent=0&order=asc&orderby=date_gmt&per_page=20&page=1&_fields=id%2Cparent%2Cauthor_name%2Cauthor_url%2Cdate%2Cdate_gmt%2Ccontent',
        '/wp-json/wp/v2/comments?post=1&per_page=1&_fields=id',
      ]);
      const again = await CommentsHarness.mount('threaded', { 'site-url': h.site });
      await again.settled();
      const both = await h.requests();
      expect(both.slice(first.length)).to.deep.equal(first);
    });

    it('orders threads newest first with order="desc" (replies stay oldest first)', async () => {
      const h = await (await CommentsHarness.mount('threaded', { order: 'desc', 'per-page': '30' })).settled();
      const authors = h.authors();
      expect(authors.slice(0, 2)).to.deep.equal(['Pembaca24', 'Pembaca23']);
      expect(authors.at(-1)).to.equal('Budi');
      expect(h.authors(h.itemByAuthor('Mallory')?.querySelector(':scope > ol') ?? null)).to.deep.equal([
        'Sari',
        'Tono',
      ]);
    });

    it('shows a reply only with its thread: replies of a thread on the next page come with that page', async () => {
      const h = await (await CommentsHarness.mount('threaded', { 'per-page': '1' })).settled();
      expect(h.authors()).to.deep.equal(['Budi']);
      expect(h.itemByAuthor('Sari')).to.equal(undefined);
      part(h.el, 'load-more')!.click();
      await waitUntil(() => h.itemByAuthor('Sari') !== undefined);
      expect(h.authors()).to.deep.equal(['Budi', 'Mallory']);
      expect(h.depthOf('Sari')).to.equal(2);
    });

    it('is readable on a dark page (axe colour contrast)', async () => {
      const h = await CommentsHarness.mount('threaded');
      h.el.style.cssText = 'background: #111; color: #eee';
      await h.settled();
      await expect(h.el).to.be.accessible();
    });

    it('reads ?rest_route= sites through rest-root', async () => {
      const site = siteOf('threaded');
      const h = await (
        await CommentsHarness.mount('threaded', { 'site-url': site, 'rest-root': `${site}/?rest_route=/` })
      ).settled();
      expect(h.authors().length).to.equal(20);
      expect((await h.requests())[0]).to.match(/^\/\?rest_route=%2Fwp%2Fv2%2Fcomments&post=1&parent=0/);
    });

    it('honours max-depth', async () => {
      const h = await (await CommentsHarness.mount('threaded', { 'max-depth': '2' })).settled();
      expect(h.depthOf('Level2')).to.equal(2);
      expect(h.depthOf('Level7')).to.equal(2);
    });
  });

  describe('load more', () => {
    it('adds the next page, keeps focus on the button, announces how many were added, then focuses the first new comment when the button goes', async () => {
      const h = await (await CommentsHarness.mount('threaded')).settled();
      const button = part(h.el, 'load-more')!;
      expect(text(button)).to.equal(ti.loadMore);
      button.focus();
      const loaded = oneEvent<SabbaCommentsLoadEvent>(h.el, 'sabba-comments-load');
      button.click();
      const event = await loaded;
      expect(event.detail).to.include({ added: 4, total: 24, cause: 'more' });
      expect(h.authors().length).to.equal(24);
      expect(h.status).to.equal(ti.loadedMore(4));
      expect(part(h.el, 'load-more')).to.equal(null);
      expect(shadow(h.el).activeElement).to.equal(h.itemByAuthor('Pembaca21')?.querySelector('[part~="comment-body"]'));
    });

    it('keeps focus on the button while more pages remain, and a post with 2,000 comments fetches only what it shows', async () => {
      const h = await (await CommentsHarness.mount('big', { 'per-page': '10' })).settled();
      expect(h.heading).to.equal('2.000 komentar');
      expect(parts(h.el, 'comment').length).to.equal(10);
      const button = part(h.el, 'load-more')!;
      button.focus();
      button.click();
      await waitUntil(() => parts(h.el, 'comment').length === 20, 'second page');
      expect(shadow(h.el).activeElement).to.equal(button);
      expect(part(h.el, 'load-more')).to.equal(button);
      // Two pages: each one threads request and one replies request, and the count once.
      expect((await h.requests()).length).to.equal(5);
    });
  });

  describe('empty, closed and failing', () => {
    it('an empty post says so', async () => {
      const h = await (await CommentsHarness.mount('empty')).settled();
      expect(h.message).to.equal(ti.empty);
      expect(h.heading).to.equal('Komentar');
      await expect(h.el).to.be.accessible();
    });

    it('adds no landmark: inside a theme\'s own comments section named "Komentar" there are not two such regions', async () => {
      const page = await fixture<HTMLElement>(
        html`<main><h1>Artikel</h1><section aria-label="Komentar"></section></main>`,
      );
      const thread = document.createElement('sabba-comments');
      for (const [name, value] of Object.entries({ 'site-url': siteOf('empty'), 'post-id': '1', eager: '' }))
        thread.setAttribute(name, value);
      page.querySelector('section')!.append(thread);
      const h = await CommentsHarness.wrap(thread).settled();
      expect(h.heading).to.equal('Komentar');
      expect(shadow(thread).querySelectorAll('section, aside, [role="region"]').length).to.equal(0);
      // Still named by its heading, as a group.
      const base = part(thread, 'base')!;
      expect(base.getAttribute('role')).to.equal('group');
      expect(base.getAttribute('aria-labelledby')).to.equal('heading');
      await expect(page).to.be.accessible();
    });

    it('closed: "Komentar ditutup." and no form, existing comments still shown', async () => {
      const h = await (await CommentsHarness.mount('threaded', { closed: '' }, 'form')).settled();
      expect(h.message).to.equal(ti.closed);
      expect(shadow(h.el).querySelector('slot')).to.equal(null);
      expect(h.authors().length).to.equal(20);
      expect(part(h.el, 'reply')).to.equal(null);
      await expect(h.el).to.be.accessible();
    });

    const failures: [string, keyof typeof ti, string, number][] = [
      ['fail-401', 'errLogin', 'login', 401],
      ['fail-404', 'errNotFound', 'not-found', 404],
      ['fail-500', 'errServer', 'server', 500],
      ['fail-html', 'errServer', 'server', 502],
      ['fail-garbage', 'errMalformed', 'malformed', 200],
    ];
    for (const [kind, key, reason, status] of failures) {
      it(`${kind}: a clear message and "Coba lagi", which asks again`, async () => {
        const h = await CommentsHarness.mount(kind);
        const failed = await oneEvent<SabbaCommentsErrorEvent>(h.el, 'sabba-comments-error');
        await h.el.updateComplete;
        expect(failed.detail).to.include({ reason, status, message: ti[key] });
        if (kind === 'fail-401') expect(failed.detail.code).to.equal('rest_comment_login_required');
        expect(h.message).to.equal(`${ti[key] as string} ${ti.retry}`);
        expect(h.status).to.equal(ti[key]);
        await expect(h.el).to.be.accessible();
        part(h.el, 'retry')!.click();
        await oneEvent(h.el, 'sabba-comments-error');
        // The retry asks for the threads again, once. (The count is asked beside them; whether the
        // server sees it before a failure cancels it is a race, so it is not counted here.)
        const threadRequests = async (): Promise<number> =>
          (await h.requests()).filter((url) => url.includes('parent=0')).length;
        let seen = 0;
        await waitUntil(async () => (seen = await threadRequests()) >= 2, 'the retry asked again', { timeout: 5000 });
        expect(seen).to.equal(2);
      });
    }

    it('a timeout gives up after `timeout` seconds', async () => {
      const h = await CommentsHarness.mount('fail-hang', { timeout: '1' });
      const failed = await oneEvent<SabbaCommentsErrorEvent>(h.el, 'sabba-comments-error');
      expect(failed.detail.reason).to.equal('timeout');
      await h.el.updateComplete;
      expect(h.message).to.equal(`${ti.errTimeout} ${ti.retry}`);
    });

    it('a network failure (no server) is a message, not a crash', async () => {
      const h = await CommentsHarness.mount('threaded', { 'site-url': 'http://127.0.0.1:9/' });
      const failed = await oneEvent<SabbaCommentsErrorEvent>(h.el, 'sabba-comments-error');
      expect(['network', 'offline']).to.include(failed.detail.reason);
      await h.el.updateComplete;
      expect(part(h.el, 'retry')).not.to.equal(null);
    });

    it('offline: says so (not a server fault) and offers "Coba lagi"', async () => {
      // The browser reports no connection and the request fails, as it does with the network gone.
      Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
      try {
        const h = await CommentsHarness.mount('threaded', { 'site-url': 'http://127.0.0.1:9/' });
        const failed = await oneEvent<SabbaCommentsErrorEvent>(h.el, 'sabba-comments-error');
        expect(failed.detail.reason).to.equal('offline');
        await h.el.updateComplete;
        expect(h.message).to.equal(`${ti.errOffline} ${ti.retry}`);
        await expect(h.el).to.be.accessible();
      } finally {
        delete (navigator as unknown as { onLine?: boolean }).onLine;
      }
      expect(navigator.onLine).to.equal(true);
    });

    it('a bad post-id or site-url is a message and a warning, and fetches nothing', async () => {
      const h = await CommentsHarness.mount('threaded', { 'post-id': 'abc' });
      await waitUntil(() => part(h.el, 'retry') !== null, 'no message');
      expect(h.message).to.equal(`${ti.errConfig} ${ti.retry}`);
      expect(await h.requests()).to.deep.equal([]);
    });
  });

  describe('loads when needed', () => {
    it('fetches nothing until it is near the viewport, with a skeleton of the expected height meanwhile', async () => {
      const spacer = await fixture<HTMLDivElement>(html`<div style="block-size: 5000px"></div>`);
      const site = siteOf('threaded');
      const el: SabbaComments = document.createElement('sabba-comments');
      el.setAttribute('site-url', site);
      el.setAttribute('post-id', '1');
      el.setAttribute('count', '4');
      spacer.after(el);
      await el.updateComplete;
      await aTimeout(300);
      expect(await (await fetch(`${site}/__log`)).json()).to.deep.equal([]);
      const skeleton = part(el, 'skeleton')!;
      expect(skeleton.querySelectorAll('.skeleton-item').length).to.equal(4);
      expect(text(skeleton)).to.equal(ti.loading);
      await expect(el).to.be.accessible();
      const loaded = oneEvent(el, 'sabba-comments-load');
      el.scrollIntoView();
      await loaded;
      el.remove();
      spacer.remove();
    });
  });

  describe('permalinks', () => {
    it('#comment-ID on load fetches the page that holds it, scrolls to it, highlights and focuses it', async () => {
      history.replaceState(null, '', '#comment-0');
      // Pembaca22, the 22nd thread, is on page 2 (of 20 threads each), which starts with Pembaca21.
      const probe = await (await CommentsHarness.mount('threaded', { 'per-page': '30' })).settled();
      const id = Number(probe.itemByAuthor('Pembaca22')?.id.replace('comment-', ''));
      probe.el.remove();
      history.replaceState(null, '', `#comment-${id}`);
      const h = await CommentsHarness.mount('threaded', { 'site-url': probe.site });
      const loaded = await oneEvent<SabbaCommentsLoadEvent>(h.el, 'sabba-comments-load');
      expect(loaded.detail.cause).to.equal('permalink');
      await h.el.updateComplete;
      const body = h.item(id)?.querySelector('[part~="comment-body"]');
      expect(body?.classList.contains('highlighted')).to.equal(true);
      expect(shadow(h.el).activeElement).to.equal(body);
      expect(h.authors()[0]).to.equal('Pembaca21');
      expect(part(h.el, 'load-earlier')).not.to.equal(null);
      await expect(h.el).to.be.accessible();
    });
  });
});

describe('<sabba-comments> with <sabba-comment-form>', () => {
  afterEach(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('sabba:comment')) localStorage.removeItem(key);
  });

  async function withForm(): Promise<{
    h: CommentsHarness;
    form: HTMLElement & { parentId: string; replyToName: string; updateComplete: Promise<unknown> };
  }> {
    await import('../../src/components/comment-form/comment-form.define.js');
    const h = await (await CommentsHarness.mount('threaded')).settled();
    const form = document.createElement('sabba-comment-form') as unknown as HTMLElement & {
      parentId: string;
      replyToName: string;
      updateComplete: Promise<unknown>;
    };
    form.setAttribute('site-url', h.site);
    form.setAttribute('post-id', '1');
    form.setAttribute('min-submit-seconds', '0');
    h.el.after(form);
    await form.updateComplete;
    return { h, form };
  }

  it('Balas sets the form on the same post to answer that comment and focuses its comment field; Batalkan balasan gives focus back', async () => {
    const { h, form } = await withForm();
    const sari = h.itemByAuthor('Sari')!;
    const reply = sari.querySelector<HTMLElement>('[part~="reply"]')!;
    const fired = oneEvent<SabbaCommentReplyEvent>(h.el, 'sabba-comment-reply');
    reply.click();
    expect((await fired).detail.commentId).to.equal(Number(sari.id.replace('comment-', '')));
    await waitUntil(
      () => form.shadowRoot?.activeElement?.getAttribute('name') === 'comment',
      'comment field not focused',
    );
    expect(form.parentId).to.equal(sari.id.replace('comment-', ''));
    expect(text(form.shadowRoot?.querySelector('[part~="title"] span'))).to.equal('Balas ke Sari');
    shadow(form).querySelector<HTMLElement>('[part~="cancel-reply"]')?.click();
    await waitUntil(
      () => shadow(h.el).activeElement === sari.querySelector('[part~="comment-body"]'),
      'focus not returned',
    );
  });

  it('a reply posted through the form (approved) appears under its parent, as WordPress renders it', async () => {
    const { h, form } = await withForm();
    const sari = h.itemByAuthor('Sari')!;
    sari.querySelector<HTMLElement>(':scope > article [part~="reply"]')!.click();
    await waitUntil(() => form.shadowRoot?.activeElement?.getAttribute('name') === 'comment');
    await harness(form as unknown as SabbaCommentForm).fill({
      comment: 'Saya juga setuju <3',
      author: 'Rudi',
      email: 'rudi@contoh.id',
    });
    const success = oneEvent(form, 'sabba-comment-success');
    shadow(form).querySelector<HTMLElement>('button[type="submit"]')!.click();
    await success;
    await waitUntil(() => h.itemByAuthor('Rudi') !== undefined, 'the new reply did not appear');
    const rudi = h.itemByAuthor('Rudi')!;
    expect(rudi.parentElement?.closest('li')).to.equal(sari);
    expect(text(rudi.querySelector('[part~="content"]'))).to.equal('Saya juga setuju <3');
    expect(rudi.querySelector('[part~="held"]')).to.equal(null);
    await expect(h.el).to.be.accessible();
  });

  it("a held reply the form reports is the reader's own preview under its parent, and survives a reload", async () => {
    const { h, form } = await withForm();
    const budi = h.itemByAuthor('Budi')!;
    budi.querySelector<HTMLElement>('[part~="reply"]')!.click();
    await waitUntil(() => form.shadowRoot?.activeElement?.getAttribute('name') === 'comment');
    // The form's success event for a held comment, as the REST transport reports one.
    form.dispatchEvent(
      Object.assign(new Event('sabba-comment-success', { bubbles: true, composed: true }), {
        detail: {
          id: null,
          status: 'hold',
          link: undefined,
          confirmed: true,
          transport: 'rest',
          comment: {
            postId: 1,
            parentId: Number(budi.id.replace('comment-', '')),
            authorName: 'Rina',
            authorEmail: '',
            authorUrl: '',
            content: 'Tunggu <b>moderasi</b>',
          },
        },
      }),
    );
    await h.el.updateComplete;
    const rina = h.itemByAuthor('Rina')!;
    expect(rina.parentElement?.closest('li')).to.equal(budi);
    expect(text(rina.querySelector('[part~="held"]'))).to.equal(ti.held);
    expect(text(rina.querySelector('[part~="content"]'))).to.equal('Tunggu <b>moderasi</b>');
    // A reload: a new thread on the same site shows the preview again.
    const again = await (await CommentsHarness.mount('threaded', { 'site-url': h.site })).settled();
    expect(text(again.itemByAuthor('Rina')?.querySelector('[part~="held"]'))).to.equal(ti.held);
    await expect(again.el).to.be.accessible();
  });
});

describe('<sabba-comments live>', () => {
  it('offers new comments as "N komentar baru" without inserting them, then inserts them on request', async () => {
    const h = await (
      await CommentsHarness.mount('threaded', { live: '', 'live-interval': '5', 'per-page': '30' })
    ).settled();
    const sari = Number(h.itemByAuthor('Sari')?.id.replace('comment-', ''));
    const post = await fetch(`${h.site}/wp-json/wp/v2/comments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        post: 1,
        parent: sari,
        author_name: 'Wati',
        author_email: 'wati@example.test',
        content: 'Balasan baru',
      }),
    });
    expect(post.status).to.equal(201);
    const before = parts(h.el, 'comment').length;
    await waitUntil(() => part(h.el, 'new-comments') !== null, 'no new-comments button', { timeout: 9000 });
    expect(text(part(h.el, 'new-comments'))).to.equal(ti.newComments(1));
    expect(parts(h.el, 'comment').length).to.equal(before);
    part(h.el, 'new-comments')!.click();
    await h.el.updateComplete;
    const wati = h.itemByAuthor('Wati')!;
    expect(wati.parentElement?.closest('li')).to.equal(h.itemByAuthor('Sari'));
    expect(shadow(h.el).activeElement).to.equal(wati.querySelector('[part~="comment-body"]'));
    expect(h.status).to.equal(ti.loadedMore(1));
    await expect(h.el).to.be.accessible();
    const log = await h.requests();
    expect(log.filter((r) => r.startsWith('/wp-json/wp/v2/comments?post=1&order=desc'))).to.have.length.of.at.least(1);
  });
});

describe('<sabba-comments> layout', () => {
  it('fits 360 px with five reply levels, right to left, without horizontal overflow', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="ar" style="inline-size: 360px"></div>`);
    const h = await CommentsHarness.mount('threaded', { lang: 'id' });
    wrapper.append(h.el);
    await h.settled();
    expect(h.el.scrollWidth).to.be.at.most(360);
    const deepest = h.itemByAuthor('Level5')!.getBoundingClientRect();
    expect(deepest.left).to.be.at.least(wrapper.getBoundingClientRect().left);
    expect(deepest.width).to.be.above(200);
  });
});
