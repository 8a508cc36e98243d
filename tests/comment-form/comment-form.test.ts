import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import {
  type SabbaCommentErrorEvent,
  SabbaCommentSubmitEvent,
  type SabbaCommentSuccessEvent,
} from '../../src/components/comment-form/comment-form.events.js';
import type { SabbaCommentForm } from '../../src/components/comment-form/comment-form.js';
import { commentFormTexts } from '../../src/components/comment-form/comment-form.texts.js';
import type { CommentOutcome, CommentSubmitter, OutgoingComment } from '../../src/components/comment-form/submitter.js';
import { harness } from './harness.js';
import { validComment } from './helpers.js';

/**
 * The element itself: what a reader sees and can do, what a page receives. Comments go to a
 * recording `submitter` here; the WordPress transports are tested against the stand-in in stand-in-transports.test.ts.
 */

const HOSTILE = '<img src=x onerror="window.__sabbaPwned=true">';
const ti = commentFormTexts.id;
const te = commentFormTexts.en;

/** A submitter that records what it receives and answers `outcome`. */
function recorder(
  outcome: CommentOutcome = { ok: true, id: 7, status: 'approved' },
): CommentSubmitter & { calls: OutgoingComment[] } {
  const calls: OutgoingComment[] = [];
  const submitter = (comment: OutgoingComment): Promise<CommentOutcome> => {
    calls.push(comment);
    return Promise.resolve(outcome);
  };
  return Object.assign(submitter, { calls });
}

async function mount(
  attrs: Record<string, string> = {},
  /** `null`: no submitter, the element's own WordPress transports. */
  submitter: CommentSubmitter | null = recorder(),
): Promise<SabbaCommentForm> {
  const el = await fixture<SabbaCommentForm>(html`<sabba-comment-form min-submit-seconds="0"></sabba-comment-form>`);
  el.setAttribute('site-url', `/wpt/element-${Math.random().toString(36).slice(2)}/approve`);
  el.setAttribute('post-id', '1');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.submitter = submitter ?? undefined;
  await el.updateComplete;
  return el;
}

describe('<sabba-comment-form>', () => {
  afterEach(() => {
    sinon.restore();
    for (const key of Object.keys(localStorage)) if (key.startsWith('sabba:comment-form')) localStorage.removeItem(key);
  });

  describe('its heading in the page outline', () => {
    it('is a level-2 heading by default: right under the article h1, no skipped level', async () => {
      const el = await mount();
      const title = harness(el).$('[part~="title"]');
      expect(title.getAttribute('role')).to.equal('heading');
      expect(title.getAttribute('aria-level')).to.equal('2');
    });

    it('takes the level the site chooses with heading-level, and falls back to 2 with a warning', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await mount({ 'heading-level': '3' });
      expect(harness(el).$('[part~="title"]').getAttribute('aria-level')).to.equal('3');
      el.setAttribute('heading-level', '9');
      await el.updateComplete;
      expect(harness(el).$('[part~="title"]').getAttribute('aria-level')).to.equal('2');
      expect(warn.args.flat().join(' ')).to.contain('heading-level');
    });
  });

  describe('fields like WordPress core', () => {
    it('renders Komentar, Nama, Email, Situs Web with WordPress names, limits and autofill tokens', async () => {
      const el = await mount();
      const form = harness(el);
      expect(form.$('[part~="title"]').textContent.trim()).to.equal(ti.title);
      expect(form.labels).to.deep.equal(['Komentar *', 'Nama *', 'Email *', 'Situs Web']);
      const controls = [...el.shadowRoot!.querySelectorAll('[part~="control"]')].map((c) => [
        c.getAttribute('name'),
        c.getAttribute('maxlength'),
        c.getAttribute('autocomplete'),
        c.hasAttribute('required'),
      ]);
      expect(controls).to.deep.equal([
        ['comment', '65525', null, true],
        ['author', '245', 'name', true],
        ['email', '100', 'email', true],
        ['url', '200', 'url', false],
      ]);
      expect(form.$('input[name="email"]').getAttribute('type')).to.equal('email');
      expect(form.$('input[name="email"]').getAttribute('aria-describedby')).to.equal('email-notes');
      expect(form.$('#email-notes').textContent.replace(/\s+/g, ' ').trim()).to.equal(
        `${ti.notes} ${ti.requiredNote} *`,
      );
      expect(form.$('button[type="submit"]').textContent.trim()).to.equal(ti.submit);
      await expect(el).to.be.accessible();
    });

    it('speaks English with lang="en" and takes text overrides', async () => {
      const el = await mount({ lang: 'en' });
      const form = harness(el);
      expect(form.$('[part~="title"]').textContent.trim()).to.equal('Leave a Reply');
      expect(form.labels).to.deep.equal(['Comment *', 'Name *', 'Email *', 'Website']);
      el.setAttribute('heading', 'Diskusi');
      el.setAttribute('submit-label', 'Kirim');
      el.strings = { notes: 'Email aman.' };
      await el.updateComplete;
      expect(form.$('[part~="title"]').textContent.trim()).to.equal('Diskusi');
      expect(form.$('button[type="submit"]').textContent.trim()).to.equal('Kirim');
      expect(form.$('#email-notes').textContent).to.contain('Email aman.');
      await expect(el).to.be.accessible();
    });

    it('hides the name and e-mail requirement when require-name-email="false"', async () => {
      const el = await mount({ 'require-name-email': 'false' });
      const form = harness(el);
      expect(form.labels).to.deep.equal(['Komentar *', 'Nama', 'Email', 'Situs Web']);
      expect(form.$('input[name="author"]').hasAttribute('required')).to.equal(false);
      expect(form.$('#email-notes').textContent).to.not.contain(ti.requiredNote);
      const submitter = recorder();
      el.submitter = submitter;
      await form.fill({ comment: 'Tanpa nama.' });
      await form.submitAndWait();
      expect(submitter.calls[0]?.authorName).to.equal('');
    });

    it('can be used with the keyboard alone', async () => {
      const submitter = recorder();
      const el = await mount({}, submitter);
      harness(el).$('textarea').focus();
      await sendKeys({ type: 'Halo redaksi' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'Sari' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'sari@contoh.id' });
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot?.activeElement?.getAttribute('name')).to.equal('url');
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot?.activeElement?.getAttribute('type')).to.equal('submit');
      const success = oneEvent(el, 'sabba-comment-success');
      await sendKeys({ press: 'Enter' });
      await success;
      expect(submitter.calls[0]).to.include({
        content: 'Halo redaksi',
        authorName: 'Sari',
        authorEmail: 'sari@contoh.id',
      });
    });
  });

  describe('client validation', () => {
    for (const [lang, t] of [
      ['id', ti],
      ['en', te],
    ] as const) {
      it(`marks every missing field, moves focus to the first and sends nothing (${lang})`, async () => {
        const submitter = recorder();
        const el = await mount({ lang }, submitter);
        const form = harness(el);
        await form.submit();
        await el.updateComplete;
        expect(submitter.calls).to.have.length(0);
        expect(form.status).to.equal(t.errorSummary);
        expect(form.fieldError('comment')).to.equal(t.errCommentRequired);
        expect(form.fieldError('author')).to.equal(t.errNameRequired);
        expect(form.fieldError('email')).to.equal(t.errEmailRequired);
        expect(form.$('textarea').getAttribute('aria-invalid')).to.equal('true');
        expect(el.shadowRoot?.activeElement).to.equal(form.$('textarea'));
        await expect(el).to.be.accessible();
        // Fixing a field clears its error at once.
        await form.fill({ comment: 'Sudah.' });
        expect(form.fieldError('comment')).to.equal('');
        expect(form.$('textarea').getAttribute('aria-invalid')).to.equal('false');
      });
    }

    it('refuses e-mails and websites WordPress would refuse, with messages', async () => {
      const submitter = recorder();
      const el = await mount({ lang: 'en' }, submitter);
      const form = harness(el);
      await form.fill({ ...validComment(), email: 'sari@localhost', url: 'javascript:alert(1)' });
      await form.submit();
      expect(form.fieldError('email')).to.equal(te.errEmailInvalid);
      expect(form.fieldError('url')).to.equal(te.errUrlInvalid);
      expect(submitter.calls).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('counts bytes as WordPress does: emoji up to the limit pass, one byte more does not', async () => {
      const submitter = recorder();
      const el = await mount({}, submitter);
      const form = harness(el);
      const atLimit = `${'🙂'.repeat(16381)}a`; // 16381 × 4 + 1 = 65525 bytes, 32763 UTF-16 units
      await form.fill({ ...validComment(atLimit) });
      expect(form.$('[part~="counter"]').textContent.trim()).to.equal(ti.bytesLeft(0));
      await form.submitAndWait();
      expect(submitter.calls[0]?.content).to.equal(atLimit);

      await form.fill({ comment: `${atLimit}b` });
      expect(form.$('[part~="counter"]').textContent.trim()).to.equal(ti.bytesOver(1));
      await form.submit();
      expect(form.fieldError('comment')).to.equal(ti.errTooLong(1));
      expect(submitter.calls).to.have.length(1);
    });

    it('refuses a 70,000-byte comment and a name over 245 bytes without losing them', async () => {
      const el = await mount({ lang: 'en' });
      const form = harness(el);
      const huge = 'x'.repeat(70_000);
      await form.fill({ ...validComment(huge), author: 'é'.repeat(123) });
      await form.submit();
      expect(form.fieldError('comment')).to.equal(te.errTooLong(70_000 - 65_525));
      expect(form.fieldError('author')).to.equal(te.errTooLong(1));
      expect(form.value('comment')).to.have.length(70_000);
      await expect(el).to.be.accessible();
    });

    it('shows no counter far from the limit', async () => {
      const el = await mount();
      await harness(el).fill({ comment: 'Pendek.' });
      expect(el.shadowRoot?.querySelector('[part~="counter"]')).to.equal(null);
    });
  });

  describe('hostile input', () => {
    it('sends markup in every field as text and shows it as text', async () => {
      const submitter = recorder({ ok: true, id: 3, status: 'hold' });
      const el = await mount({ 'reply-to-name': HOSTILE, 'parent-id': '5', heading: HOSTILE }, submitter);
      const form = harness(el);
      expect(form.$('[part~="title"]').textContent).to.contain(ti.replyTo(HOSTILE));
      await form.fill({
        comment: HOSTILE,
        author: HOSTILE,
        email: 'sari@contoh.id',
        url: 'https://contoh.id/?q=<img>',
      });
      await form.submitAndWait();
      expect(submitter.calls[0]).to.include({ content: HOSTILE, authorName: HOSTILE, parentId: 5 });
      expect(el.shadowRoot?.querySelector('img')).to.equal(null);
      expect(form.$('[part~="preview"]').textContent).to.contain(HOSTILE);
      expect((window as unknown as Record<string, unknown>).__sabbaPwned).to.equal(undefined);
      await expect(el).to.be.accessible();
    });

    it('shows an unknown server message as text', async () => {
      const el = await mount({}, recorder({ ok: false, code: 'plugin_says_no', status: 403, message: HOSTILE }));
      const form = harness(el);
      await form.fill(validComment());
      const event = (await form.submitAndWait()) as SabbaCommentErrorEvent;
      expect(event.detail).to.include({ code: 'plugin_says_no', status: 403, message: HOSTILE });
      expect(form.status).to.equal(HOSTILE);
      expect(el.shadowRoot?.querySelector('img')).to.equal(null);
    });

    it('falls back and warns on bad attributes instead of breaking', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await mount(
        { 'post-id': '-3', transport: 'smtp', timeout: 'NaN', 'parent-id': 'abc', 'terms-url': 'javascript:alert(1)' },
        null,
      );
      const form = harness(el);
      await form.fill(validComment());
      el.shadowRoot!.querySelector<HTMLInputElement>('#terms')!.click();
      const event = (await form.submitAndWait()) as SabbaCommentErrorEvent;
      expect(event.detail.code).to.equal('invalid_config');
      expect(form.status).to.equal(ti.errConfig);
      expect(el.shadowRoot?.querySelector('a')).to.equal(null);
      const warnings = warn.getCalls().map((c) => String(c.args[0]));
      for (const name of ['post-id', 'transport', 'parent-id', 'terms-url']) {
        expect(
          warnings.some((w) => w.includes(name)),
          name,
        ).to.equal(true);
      }
    });

    it('refuses a javascript: site-url', async () => {
      sinon.stub(console, 'warn');
      const el = await mount({ 'site-url': 'javascript:alert(1)' }, null);
      const form = harness(el);
      await form.fill(validComment());
      expect(((await form.submitAndWait()) as SabbaCommentErrorEvent).detail.code).to.equal('invalid_config');
    });

    it('treats a submitter that answers nonsense or throws as a failure, never a crash', async () => {
      sinon.stub(console, 'warn');
      const el = await mount({}, () => Promise.resolve({ id: 1 } as unknown as CommentOutcome));
      const form = harness(el);
      await form.fill(validComment());
      expect(((await form.submitAndWait()) as SabbaCommentErrorEvent).detail.code).to.equal('invalid_response');
      el.submitter = () => Promise.reject(new TypeError('Failed to fetch'));
      expect(((await form.submitAndWait()) as SabbaCommentErrorEvent).detail.code).to.equal('network');
    });
  });

  describe('submitting', () => {
    it('fires a cancelable sabba-comment-submit with the comment, and stops when it is cancelled', async () => {
      const submitter = recorder();
      const el = await mount({ 'parent-id': '4' }, submitter);
      const form = harness(el);
      await form.fill({ ...validComment('  Halo  '), url: 'contoh.id' });
      const submit = oneEvent(el, 'sabba-comment-submit');
      el.addEventListener(
        'sabba-comment-submit',
        (e) => {
          e.preventDefault();
        },
        { once: true },
      );
      form.$('button[type="submit"]').click();
      const event = await submit;
      expect(event).to.be.instanceOf(SabbaCommentSubmitEvent);
      expect(event.cancelable).to.equal(true);
      expect(event.composed).to.equal(true);
      expect(event.detail).to.deep.equal({
        postId: 1,
        parentId: 4,
        content: 'Halo',
        authorName: 'Sari Dewi',
        authorEmail: 'sari@contoh.id',
        authorUrl: 'http://contoh.id',
        transport: 'custom',
      });
      await aTimeout(0);
      expect(submitter.calls).to.have.length(0);
    });

    it('sends one request for a double click and shows the submitting state', async () => {
      let answer: (outcome: CommentOutcome) => void = () => undefined;
      const calls: OutgoingComment[] = [];
      const el = await mount({}, (comment) => {
        calls.push(comment);
        return new Promise((resolve) => (answer = resolve));
      });
      const form = harness(el);
      await form.fill(validComment());
      const button = form.$<HTMLButtonElement>('button[type="submit"]');
      button.click();
      button.click();
      form.$<HTMLFormElement>('form').requestSubmit();
      await el.updateComplete;
      expect(calls).to.have.length(1);
      expect(button.disabled).to.equal(true);
      expect(button.textContent.trim()).to.equal(ti.submitting);
      expect(form.$('form').getAttribute('aria-busy')).to.equal('true');
      await expect(el).to.be.accessible();
      const success = oneEvent(el, 'sabba-comment-success');
      answer({ ok: true, id: 9, status: 'approved' });
      const event = await success;
      expect(event.detail).to.include({ id: 9, status: 'approved', confirmed: true, transport: 'custom' });
      expect(button.disabled).to.equal(false);
    });

    it('keeps the draft when a site could not confirm the comment', async () => {
      const el = await mount({ lang: 'en' }, recorder({ ok: true, id: null, status: 'hold', confirmed: false }));
      const form = harness(el);
      await form.fill(validComment('Belum pasti.'));
      const event = (await form.submitAndWait()) as SabbaCommentSuccessEvent;
      expect(event.detail.confirmed).to.equal(false);
      expect(form.status).to.equal(te.sentUnconfirmed);
      const again = await fixture<SabbaCommentForm>(
        html`<sabba-comment-form site-url=${el.siteUrl} post-id="1"></sabba-comment-form>`,
      );
      expect(harness(again).value('comment')).to.equal('Belum pasti.');
    });

    it('says nothing more once it has left the page mid-request', async () => {
      let signal: AbortSignal | undefined;
      const el = await mount({}, (_comment, context) => {
        signal = context.signal;
        return new Promise(() => undefined);
      });
      const form = harness(el);
      await form.fill(validComment());
      const events: string[] = [];
      el.addEventListener('sabba-comment-error', () => events.push('error'));
      await form.submit();
      el.remove();
      expect(signal?.aborted).to.equal(true);
      await aTimeout(0);
      expect(events).to.deep.equal([]);
    });
  });

  describe('anti-spam', () => {
    it('gives a bot that fills the honeypot a fake success and sends nothing', async () => {
      const submitter = recorder();
      const el = await mount({}, submitter);
      const form = harness(el);
      const events: string[] = [];
      for (const type of ['sabba-comment-submit', 'sabba-comment-success', 'sabba-comment-error'])
        el.addEventListener(type, () => events.push(type));
      await form.fill(validComment());
      form.$<HTMLInputElement>('input[name="sabba_hp"]').value = 'http://spam.example';
      await form.submit();
      expect(form.status).to.equal(ti.held);
      expect(submitter.calls).to.have.length(0);
      expect(events).to.deep.equal([]);
      expect(form.$('.honeypot').hasAttribute('inert')).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('treats a submission faster than min-submit-seconds without typing as a bot, but not a typing reader', async () => {
      const submitter = recorder();
      const el = await mount({ 'min-submit-seconds': '30' }, submitter);
      const form = harness(el);
      await form.fill(validComment()); // programmatic: no trusted input events
      await form.submit();
      expect(submitter.calls).to.have.length(0);
      form.$('textarea').focus();
      await sendKeys({ type: '!' });
      await form.submitAndWait();
      expect(submitter.calls).to.have.length(1);
    });
  });

  describe('drafts', () => {
    const sabbaKeys = (): string[] => Object.keys(localStorage).filter((k) => k.startsWith('sabba:comment-form'));

    it('saves as the reader types and restores the text after a reload, but not the name', async () => {
      const el = await mount({ lang: 'en' });
      await harness(el).fill({ comment: 'Draf panjang 🙂', author: 'Sari' });
      await waitUntil(() => Object.keys(localStorage).some((k) => k.includes(el.siteUrl)), 'draft saved', {
        timeout: 3000,
      });
      const site = el.siteUrl;
      el.remove();
      const again = await fixture<SabbaCommentForm>(
        html`<sabba-comment-form site-url=${site} post-id="1" lang="en"></sabba-comment-form>`,
      );
      expect(harness(again).value('comment')).to.equal('Draf panjang 🙂');
      expect(harness(again).value('author'), 'no consent, no remembered name').to.equal('');
      expect(harness(again).status).to.equal(te.draftRestored);
      await expect(again).to.be.accessible();
    });

    it('stores the text and the reply target only, never the name, e-mail or website', async () => {
      const el = await mount({ 'parent-id': '12' });
      await harness(el).fill({ ...validComment('Teks saja.'), url: 'https://sari.id' });
      window.dispatchEvent(new PageTransitionEvent('pagehide'));
      const keys = sabbaKeys();
      expect(keys).to.have.length(1);
      const stored = localStorage.getItem(keys[0]!) ?? '';
      expect((JSON.parse(stored) as { v: unknown }).v).to.deep.equal({ comment: 'Teks saja.', parent: 12 });
      for (const identity of ['Sari Dewi', 'sari@contoh.id', 'sari.id']) expect(stored).to.not.contain(identity);
    });

    it('keeps no identity in a draft with no comment', async () => {
      const el = await mount();
      await harness(el).fill({ author: 'Sari Dewi', email: 'sari@contoh.id' });
      window.dispatchEvent(new PageTransitionEvent('pagehide'));
      expect(sabbaKeys()).to.deep.equal([]);
      el.remove();
      const again = await fixture<SabbaCommentForm>(
        html`<sabba-comment-form site-url=${el.siteUrl} post-id="1"></sabba-comment-form>`,
      );
      expect(harness(again).value('email')).to.equal('');
    });

    it('purges expired drafts of every post on a visit, and leaves live ones and other data alone', async () => {
      const envelope = (v: unknown, e: number): string => JSON.stringify({ v, e });
      const old = 'sabba:comment-form:draft:https://contoh.id/|5|0';
      const live = 'sabba:comment-form:draft:https://contoh.id/|6|0';
      const foreign = 'another-app:draft';
      localStorage.setItem(
        old,
        envelope({ comment: 'Lama.', author: 'Sari', email: 'sari@contoh.id' }, Date.now() - 1000),
      );
      localStorage.setItem(live, envelope({ comment: 'Baru.', parent: 0 }, Date.now() + 60_000));
      localStorage.setItem(foreign, envelope('theirs', Date.now() - 1000));
      await mount();
      expect(localStorage.getItem(old), 'an expired draft of another post').to.equal(null);
      expect(localStorage.getItem(live)).to.not.equal(null);
      expect(localStorage.getItem(foreign), "other scripts' data").to.not.equal(null);
      localStorage.removeItem(foreign);
    });

    for (const postId of ['', 'abc']) {
      it(`keeps no draft without a valid post-id (${JSON.stringify(postId)}) and says why`, async () => {
        const warn = sinon.stub(console, 'warn');
        const el = await mount({ 'post-id': postId });
        await harness(el).fill(validComment('Untuk artikel mana?'));
        window.dispatchEvent(new PageTransitionEvent('pagehide'));
        expect(sabbaKeys()).to.deep.equal([]);
        expect(
          warn.args.map((a) => String(a[0])).some((m) => m.includes('keeps no draft') && m.includes('post-id')),
        ).to.equal(true);
        // Another page with the same mistake does not receive this page's text.
        const other = await fixture<SabbaCommentForm>(
          html`<sabba-comment-form site-url=${el.siteUrl} post-id=${postId}></sabba-comment-form>`,
        );
        expect(harness(other).value('comment')).to.equal('');
      });
    }

    it('keeps the draft after a failure and clears it after success', async () => {
      const el = await mount({}, recorder({ ok: false, code: 'network', status: 0 }));
      const form = harness(el);
      await form.fill(validComment('Penting.'));
      await form.submitAndWait();
      const key = Object.keys(localStorage).find((k) => k.includes(el.siteUrl));
      expect(key).to.be.a('string');
      expect(localStorage.getItem(key!)).to.contain('Penting.');
      el.submitter = recorder();
      await form.submitAndWait();
      expect(localStorage.getItem(key!)).to.equal(null);
    });

    it('keeps one draft per reply target', async () => {
      const el = await mount({ 'parent-id': '12', 'reply-to-name': 'Budi' });
      const form = harness(el);
      await form.fill(validComment('Balasan untuk Budi.'));
      el.setAttribute('parent-id', '0');
      await el.updateComplete;
      expect(form.value('comment')).to.equal('');
      el.setAttribute('parent-id', '12');
      await el.updateComplete;
      expect(form.value('comment')).to.equal('Balasan untuk Budi.');
    });

    it('still works when storage throws', async () => {
      sinon.stub(Storage.prototype, 'setItem').throws(new DOMException('quota', 'QuotaExceededError'));
      sinon.stub(Storage.prototype, 'getItem').throws(new DOMException('denied', 'SecurityError'));
      const el = await mount();
      const form = harness(el);
      await form.fill(validComment());
      expect((await form.submitAndWait()).type).to.equal('sabba-comment-success');
    });
  });

  describe('reply-to', () => {
    it('answers a comment and can return to a top-level comment', async () => {
      const submitter = recorder();
      const el = await mount({ 'parent-id': '21', 'reply-to-name': 'Budi', lang: 'en' }, submitter);
      const form = harness(el);
      expect(form.$('[part~="title"] span').textContent).to.equal(te.replyTo('Budi'));
      await expect(el).to.be.accessible();
      form.$('[part~="cancel-reply"]').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await el.updateComplete;
      expect(form.$('[part~="title"]').textContent.trim()).to.equal(te.title);
      expect(el.shadowRoot?.querySelector('[part~="cancel-reply"]')).to.equal(null);
      expect(el.shadowRoot?.activeElement).to.equal(form.$('textarea'));
      await form.fill(validComment());
      await form.submitAndWait();
      expect(submitter.calls[0]?.parentId).to.equal(0);
    });
  });

  describe('consent and terms', () => {
    it('remembers name, e-mail and website locally only when the box is ticked, never in cookies', async () => {
      const cookies = document.cookie;
      const el = await mount({ 'cookies-consent': '' });
      const form = harness(el);
      const box = form.$<HTMLInputElement>('input[name="wp-comment-cookies-consent"]');
      expect(box.labels?.[0]?.textContent).to.equal(ti.cookiesConsent);
      await form.fill({ ...validComment(), url: 'https://sari.id' });
      box.click();
      await form.submitAndWait();
      const again = await fixture<SabbaCommentForm>(
        html`<sabba-comment-form site-url=${el.siteUrl} post-id="2" cookies-consent></sabba-comment-form>`,
      );
      expect(harness(again).value('author')).to.equal('Sari Dewi');
      expect(harness(again).value('url')).to.equal('https://sari.id');
      expect(harness(again).$<HTMLInputElement>('input[name="wp-comment-cookies-consent"]').checked).to.equal(true);
      await expect(again).to.be.accessible();
      // Unticking withdraws consent at once.
      await harness(again).tick('consent');
      expect(Object.keys(localStorage).filter((k) => k.includes('identity'))).to.deep.equal([]);
      expect(document.cookie).to.equal(cookies);
    });

    it('fills in a remembered identity only where the consent box is shown, so it can be withdrawn', async () => {
      const el = await mount({ 'cookies-consent': '' });
      const form = harness(el);
      await form.fill(validComment());
      await form.tick('consent');
      await form.submitAndWait();
      const without = await fixture<SabbaCommentForm>(
        html`<sabba-comment-form site-url=${el.siteUrl} post-id="1"></sabba-comment-form>`,
      );
      expect(harness(without).value('email')).to.equal('');
    });

    it('stores no identity without consent', async () => {
      const el = await mount({ 'cookies-consent': '' });
      const form = harness(el);
      await form.fill(validComment());
      await form.submitAndWait();
      expect(Object.keys(localStorage).filter((k) => k.startsWith('sabba:comment-form'))).to.deep.equal([]);
    });

    it('requires the terms box when terms-url is set', async () => {
      const submitter = recorder();
      const el = await mount({ 'terms-url': '/pedoman-media-siber', lang: 'en' }, submitter);
      const form = harness(el);
      expect(form.$<HTMLAnchorElement>('a').href).to.equal(new URL('/pedoman-media-siber', location.href).href);
      await form.fill(validComment());
      await form.submit();
      expect(form.fieldError('sabba_terms')).to.equal(te.errTermsRequired);
      expect(submitter.calls).to.have.length(0);
      await expect(el).to.be.accessible();
      await form.tick('terms');
      await form.submitAndWait();
      expect(submitter.calls).to.have.length(1);
    });
  });

  it('shows when the browser goes offline and back', async () => {
    const el = await mount();
    const onLine = sinon.stub(Navigator.prototype, 'onLine').get(() => false);
    window.dispatchEvent(new Event('offline'));
    // States are derived after the update the event asks for.
    await el.updateComplete;
    expect(el.matches(':state(offline)')).to.equal(true);
    onLine.get(() => true);
    window.dispatchEvent(new Event('online'));
    await el.updateComplete;
    expect(el.matches(':state(offline)')).to.equal(false);
  });
});
