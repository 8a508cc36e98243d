import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import type {
  SabbaCommentErrorEvent,
  SabbaCommentSuccessEvent,
} from '../../src/components/comment-form/comment-form.events.js';
import { commentFormTexts, type CommentFormTexts } from '../../src/components/comment-form/comment-form.texts.js';
import type { CommentSubmitter, OutgoingComment } from '../../src/components/comment-form/submitter.js';
import { createClassicTransport } from '../../src/components/comment-form/transports/classic-transport.js';
import { createRestTransport } from '../../src/components/comment-form/transports/rest-transport.js';
import { harness } from './harness.js';
import { freshSite, mountForm, validComment, type SiteKind } from './helpers.js';

/**
 * Every WordPress outcome, through both transports, in both languages, against the local
 * WordPress-compatible endpoint the test server mounts (scripts/test/wordpress-stand-in/, answers measured on a
 * real WordPress). Nothing here stubs fetch: faults are asked of the endpoint with its test-only
 * `X-Sabba-Fault` header.
 */

type Transport = 'rest' | 'classic';
type Texts = CommentFormTexts;

/** A transport to the same stub site that alters the comment after the form validated it, to reach server-side checks. */
function tamperedSubmitter(site: string, transport: Transport, change: Partial<OutgoingComment>): CommentSubmitter {
  const siteUrl = new URL(`${site}/`, location.href).href;
  const real =
    transport === 'rest'
      ? createRestTransport({ restRoot: new URL('wp-json/', siteUrl).href })
      : createClassicTransport({ siteUrl, pageOrigin: location.origin });
  return (comment, context) => real({ ...comment, ...change }, context);
}

/** Adds the stub's fault header to every request of the test (the request still reaches the stub). */
function withFault(fault: string): void {
  const realFetch = window.fetch.bind(window);
  sinon
    .stub(window, 'fetch')
    .callsFake((input: RequestInfo | URL, init: RequestInit = {}) =>
      realFetch(input, { ...init, headers: { ...(init.headers as Record<string, string>), 'X-Sabba-Fault': fault } }),
    );
}

interface ErrorCase {
  name: string;
  kind?: SiteKind;
  postId?: string;
  extra?: Record<string, string>;
  /** Comment sent once before the tested one (same text: duplicate; other text: flood). */
  before?: 'same' | 'other';
  change?: Partial<OutgoingComment>;
  fault?: string;
  fields?: Partial<Record<'comment' | 'author' | 'email' | 'url', string>>;
  code: Record<Transport, string | null>;
  field?: string;
  message: (t: Texts) => string;
}

const errorCases: ErrorCase[] = [
  {
    name: 'a duplicate',
    kind: 'approve',
    before: 'same',
    code: { rest: 'comment_duplicate', classic: 'comment_duplicate' },
    field: 'comment',
    message: (t) => t.errDuplicate,
  },
  {
    name: 'a flood',
    kind: 'approve',
    before: 'other',
    code: { rest: 'comment_flood', classic: 'comment_flood' },
    message: (t) => t.errFlood,
  },
  {
    name: 'a missing e-mail (site requires it, form told otherwise)',
    extra: { 'require-name-email': 'false' },
    fields: { comment: 'Tanpa email.', author: 'Sari', email: '' },
    code: { rest: 'rest_comment_author_data_required', classic: 'require_name_email' },
    field: 'email',
    message: (t) => t.errEmailRequired,
  },
  {
    name: 'an invalid e-mail',
    change: { authorEmail: 'sari@localhost' },
    code: { rest: 'rest_invalid_param', classic: 'require_valid_email' },
    field: 'email',
    message: (t) => t.errEmailInvalid,
  },
  {
    name: 'empty content',
    change: { content: '' },
    code: { rest: 'rest_comment_content_invalid', classic: 'require_valid_comment' },
    field: 'comment',
    message: (t) => t.errCommentRequired,
  },
  {
    name: 'closed comments',
    postId: '2',
    code: { rest: 'rest_comment_closed', classic: 'comment_closed' },
    message: (t) => t.errClosed,
  },
  {
    name: 'a post that does not exist',
    postId: '99',
    code: { rest: 'rest_comment_invalid_post_id', classic: 'comment_id_not_found' },
    message: (t) => t.errNoPost,
  },
  {
    name: 'anonymous REST comments not enabled',
    kind: 'login',
    code: { rest: 'rest_comment_login_required', classic: null },
    message: (t) => t.errLoginRequired,
  },
  {
    name: 'a stale nonce',
    extra: { nonce: 'stale-nonce' },
    fields: { comment: 'Sebagai redaksi.' },
    code: { rest: 'rest_cookie_invalid_nonce', classic: null },
    message: (t) => t.errNonce,
  },
  {
    name: 'a comment too long for the database',
    change: { content: 'é'.repeat(32763) },
    code: { rest: 'comment_content_column_length', classic: 'comment_content_column_length' },
    field: 'comment',
    message: (t) => t.errTooLong(1),
  },
  {
    name: 'a PHP fatal error (500)',
    fault: '500',
    code: { rest: 'http_5xx', classic: 'http_5xx' },
    message: (t) => t.errServer,
  },
  {
    name: 'an nginx 502 page',
    fault: '502-html',
    code: { rest: 'http_5xx', classic: 'http_5xx' },
    message: (t) => t.errServer,
  },
  {
    name: 'a body spoiled by a PHP warning',
    fault: 'garbage',
    code: { rest: 'invalid_response', classic: 'invalid_response' },
    message: (t) => t.errInvalidResponse,
  },
  {
    name: 'an empty answer',
    fault: 'empty',
    code: { rest: 'invalid_response', classic: 'comment_id_not_found' },
    message: (t) => t.errInvalidResponse,
  },
];

for (const transport of ['rest', 'classic'] as const) {
  for (const lang of ['id', 'en'] as const) {
    const t = commentFormTexts[lang];

    describe(`<sabba-comment-form> against WordPress (${transport}, ${lang})`, function () {
      // Real HTTP round trips to the local endpoint; on a shared two-core machine under load the
      // default 10 s per test has been too short. The timeout is not a speed assertion.
      this.timeout(30_000);
      afterEach(() => {
        sinon.restore();
      });

      it('posts an approved comment, shows it as text and clears the draft', async () => {
        const site = freshSite('approve');
        const el = await mountForm({ site, transport, lang });
        const form = harness(el);
        await form.fill({ ...validComment('Komentar <b>tebal</b> 🙂'), url: 'contoh.id' });
        const event = (await form.submitAndWait()) as SabbaCommentSuccessEvent;
        expect(event.type).to.equal('sabba-comment-success');
        expect(event.detail.status).to.equal('approved');
        // REST returns the ID; the classic redirect carries it only in the fragment, which fetch drops.
        if (transport === 'rest') expect(event.detail.id).to.be.a('number').above(0);
        else expect(event.detail.id).to.equal(null);
        expect(event.detail.confirmed).to.equal(true);
        expect(event.detail.comment.authorUrl).to.equal('http://contoh.id');
        expect(form.status).to.equal(t.posted);
        const preview = form.$('[part~="preview"]');
        expect(preview.textContent).to.contain('Komentar <b>tebal</b> 🙂');
        expect(preview.querySelector('b')).to.equal(null);
        expect(form.value('comment')).to.equal('');
        const stored = (await (await fetch(`${site}/__comments`)).json()) as { content: string; authorUrl: string }[];
        expect(stored.map((c) => c.content)).to.deep.equal(['Komentar <b>tebal</b> 🙂']);
        expect(Object.keys(localStorage).filter((k) => k.includes(site))).to.deep.equal([]);
        await expect(el).to.be.accessible();
      });

      it('shows a held comment as a preview with the moderation notice', async () => {
        const site = freshSite('open');
        const el = await mountForm({ site, transport, lang });
        const form = harness(el);
        await form.fill(validComment('Komentar pertama saya.'));
        const event = (await form.submitAndWait()) as SabbaCommentSuccessEvent;
        expect(event.detail.status).to.equal('hold');
        expect(event.detail.id).to.be.a('number').above(0);
        expect(form.status).to.equal(t.held);
        expect(form.$('[part~="preview"]').textContent).to.contain('Komentar pertama saya.');
        expect(form.$('[part~="preview"]').textContent).to.contain(t.held);
        expect(el.shadowRoot?.activeElement).to.equal(form.$('[part~="preview"]'));
        await expect(el).to.be.accessible();
      });

      it('sends the reply target as WordPress expects it', async () => {
        const site = freshSite('thread');
        const first = await mountForm({ site, transport, lang });
        await harness(first).fill(validComment('Induk.'));
        await harness(first).submitAndWait();
        const [parent] = (await (await fetch(`${site}/__comments`)).json()) as { id: number }[];
        const el = await mountForm({
          site,
          transport,
          lang,
          parentId: String(parent!.id),
          extra: { 'reply-to-name': 'Sari' },
        });
        const form = harness(el);
        expect(form.$('[part~="title"]').textContent).to.contain(t.replyTo('Sari'));
        await form.fill({ ...validComment('Balasan.'), author: 'Budi', email: 'budi@contoh.id' });
        const event = (await form.submitAndWait()) as SabbaCommentSuccessEvent;
        expect(event.detail.comment.parentId).to.equal(parent!.id);
        const stored = (await (await fetch(`${site}/__comments`)).json()) as { content: string; parent: number }[];
        expect(stored.find((c) => c.content === 'Balasan.')?.parent).to.equal(parent!.id);
      });

      for (const c of errorCases) {
        const expectedCode = c.code[transport];
        if (expectedCode === null) continue;
        it(`reports ${c.name} as ${expectedCode}`, async () => {
          const site = freshSite(c.kind ?? 'open');
          const el = await mountForm({ site, transport, lang, postId: c.postId ?? '1', extra: c.extra ?? {} });
          const form = harness(el);
          if (c.before) {
            await form.fill(validComment(c.before === 'same' ? 'Sama persis.' : 'Komentar lain.'));
            expect((await form.submitAndWait()).type).to.equal('sabba-comment-success');
          }
          if (c.change) el.submitter = tamperedSubmitter(site, transport, c.change);
          if (c.fault) withFault(c.fault);
          await form.fill(c.fields ?? validComment(c.before === 'same' ? 'Sama persis.' : 'Komentar uji.'));
          const event = (await form.submitAndWait()) as SabbaCommentErrorEvent;
          expect(event.type).to.equal('sabba-comment-error');
          expect(event.detail.code).to.equal(expectedCode);
          const message =
            c.code.classic === 'comment_id_not_found' && transport === 'classic' ? t.errNoPost : c.message(t);
          expect(event.detail.message).to.equal(message);
          expect(form.status).to.equal(message);
          if (c.field) {
            expect(event.detail.field).to.equal(c.field);
            expect(form.fieldError(c.field)).to.contain(message);
            expect(form.$(`[name="${c.field}"]`).getAttribute('aria-invalid')).to.equal('true');
            expect(el.shadowRoot?.activeElement?.getAttribute('name')).to.equal(c.field);
          } else {
            expect(el.shadowRoot?.activeElement).to.equal(form.$('[part~="status"]'));
          }
          // Nothing the reader typed is lost.
          const typed = (c.fields ?? validComment()).comment;
          if (typed) expect(form.value('comment')).to.not.equal('');
          await expect(el).to.be.accessible();
        });
      }

      it('reports a site it cannot reach as a network failure', async () => {
        const el = await mountForm({ site: 'http://127.0.0.1:9/wp', transport, lang });
        const form = harness(el);
        await form.fill(validComment());
        const event = await form.submitAndWait();
        if (transport === 'classic') {
          // Another origin: the classic answer is unreadable by design, so a refused connection
          // (no-cors still rejects on a network error) is all the form can learn.
          expect(event.type).to.equal('sabba-comment-error');
        }
        expect((event as SabbaCommentErrorEvent).detail.code).to.equal('network');
        expect(form.status).to.equal(t.errNetwork);
        expect(form.value('comment')).to.equal(validComment().comment);
      });

      it('gives up after the timeout and says so, keeping the text', async () => {
        const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
        withFault('hang');
        const el = await mountForm({ site: freshSite('open'), transport, lang, extra: { timeout: '5' } });
        const form = harness(el);
        await form.fill(validComment());
        const outcome = form.submitAndWait();
        await el.updateComplete;
        expect(form.$<HTMLButtonElement>('button[type="submit"]').disabled).to.equal(true);
        expect(form.$('button[type="submit"]').textContent.trim()).to.equal(t.submitting);
        await clock.tickAsync(5000);
        const event = (await outcome) as SabbaCommentErrorEvent;
        expect(event.detail.code).to.equal('timeout');
        expect(form.status).to.equal(t.errTimeout);
        expect(form.$<HTMLButtonElement>('button[type="submit"]').disabled).to.equal(false);
      });

      it('does not send while the browser is offline', async () => {
        sinon.stub(Navigator.prototype, 'onLine').get(() => false);
        const site = freshSite('approve');
        const el = await mountForm({ site, transport, lang });
        const form = harness(el);
        await form.fill(validComment());
        const event = (await form.submitAndWait()) as SabbaCommentErrorEvent;
        expect(event.detail.code).to.equal('offline');
        expect(form.status).to.equal(t.errOffline);
        expect(await (await fetch(`${site}/__comments`)).json()).to.deep.equal([]);
      });
    });
  }
}

/** The same test server under its other host name: another origin, for cross-origin embeds. */
function otherOrigin(path: string): string {
  const url = new URL(path, location.href);
  url.hostname = url.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  return url.href;
}

describe('<sabba-comment-form> on another origin than the WordPress site', () => {
  it('reads the REST answer through CORS, as WordPress allows it', async () => {
    const site = freshSite('approve');
    const el = await mountForm({ site: otherOrigin(site) });
    const form = harness(el);
    await form.fill(validComment());
    const event = (await form.submitAndWait()) as SabbaCommentSuccessEvent;
    expect(event.detail).to.include({ status: 'approved', confirmed: true });
  });

  it('delivers a classic comment but reports it unconfirmed and keeps the draft', async () => {
    const site = freshSite('approve');
    const el = await mountForm({ site: otherOrigin(site), transport: 'classic' });
    const form = harness(el);
    await form.fill(validComment('Dari situs lain.'));
    const event = (await form.submitAndWait()) as SabbaCommentSuccessEvent;
    expect(event.detail).to.include({ id: null, confirmed: false });
    expect(form.status).to.equal(commentFormTexts.id.sentUnconfirmed);
    const stored = (await (await fetch(`${site}/__comments`)).json()) as { content: string }[];
    expect(stored.map((c) => c.content)).to.deep.equal(['Dari situs lain.']);
    await expect(el).to.be.accessible();
  });
});

describe('<sabba-comment-form> REST specifics', function () {
  this.timeout(30_000); // real HTTP round trips, as above
  it('speaks to ?rest_route= sites through rest-root', async () => {
    const site = freshSite('approve');
    const el = await mountForm({ site, extra: { 'rest-root': `${site}/?rest_route=/` } });
    const form = harness(el);
    await form.fill(validComment());
    const event = (await form.submitAndWait()) as SabbaCommentSuccessEvent;
    expect(event.detail.status).to.equal('approved');
  });

  it('lets a logged-in reader comment as their account with a valid nonce', async () => {
    const site = freshSite('login');
    const el = await mountForm({ site, extra: { nonce: 'demo-nonce' } });
    const form = harness(el);
    expect(el.shadowRoot?.querySelector('input[name="author"]')).to.equal(null);
    await form.fill({ comment: 'Sebagai redaksi.' });
    const event = (await form.submitAndWait()) as SabbaCommentSuccessEvent;
    expect(event.type).to.equal('sabba-comment-success');
    const stored = (await (await fetch(`${site}/__comments`)).json()) as { author: string }[];
    expect(stored[0]?.author).to.equal('Redaksi');
    await expect(el).to.be.accessible();
  });

  it('posts anonymously through the classic form on a site that refuses anonymous REST comments', async () => {
    const el = await mountForm({ site: freshSite('login'), transport: 'classic' });
    const form = harness(el);
    await form.fill(validComment());
    expect((await form.submitAndWait()).type).to.equal('sabba-comment-success');
  });

  it('reports a reply to a held comment through the classic form', async () => {
    const site = freshSite('open');
    const first = await mountForm({ site, transport: 'classic' });
    await harness(first).fill(validComment('Induk yang ditahan.'));
    const held = (await harness(first).submitAndWait()) as SabbaCommentSuccessEvent;
    const el = await mountForm({
      site,
      transport: 'classic',
      parentId: String(held.detail.id),
      extra: { 'reply-to-name': 'Sari' },
    });
    const form = harness(el);
    await form.fill({ ...validComment('Balasan.'), author: 'Budi', email: 'budi@contoh.id' });
    const event = (await form.submitAndWait()) as SabbaCommentErrorEvent;
    expect(event.detail.code).to.equal('comment_reply_to_unapproved_comment');
    expect(form.status).to.equal(commentFormTexts.id.errReplyUnapproved);
  });

  it('counts a flood wait down and sends again after it', async () => {
    const clock = sinon.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const el = await mountForm({ site: freshSite('approve'), lang: 'en' });
      const form = harness(el);
      await form.fill(validComment('Satu.'));
      await form.submitAndWait();
      await form.fill(validComment('Dua.'));
      const event = (await form.submitAndWait()) as SabbaCommentErrorEvent;
      expect(event.detail.code).to.equal('comment_flood');
      const button = form.$<HTMLButtonElement>('button[type="submit"]');
      expect(button.disabled).to.equal(true);
      expect(form.$('[part~="flood-wait"]').textContent).to.equal(commentFormTexts.en.floodWait(15));
      await clock.tickAsync(5000);
      await el.updateComplete;
      expect(form.$('[part~="flood-wait"]').textContent).to.equal(commentFormTexts.en.floodWait(10));
      await clock.tickAsync(10000);
      await el.updateComplete;
      expect(button.disabled).to.equal(false);
      expect(el.shadowRoot?.querySelector('[part~="flood-wait"]')).to.equal(null);
    } finally {
      clock.restore();
    }
  });
});
