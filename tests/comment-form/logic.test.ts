import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import { byteBudget, byteLength } from '../../src/components/comment-form/byte-limits.js';
import {
  parseId,
  parseRestRoot,
  parseSeconds,
  parseSiteUrl,
  parseSwitch,
  parseTransport,
} from '../../src/components/comment-form/comment-form-config.js';
import type { SabbaCommentForm } from '../../src/components/comment-form/comment-form.js';
import {
  DRAFT_MAX_AGE_MS,
  DraftStore,
  IDENTITY_MAX_AGE_MS,
  draftKey,
  identityKey,
} from '../../src/components/comment-form/draft-store.js';
import { isCommentOutcome } from '../../src/components/comment-form/submitter.js';
import {
  classicEndpoint,
  readClassicPage,
  readRedirect,
} from '../../src/components/comment-form/transports/classic-transport.js';
import { readText } from '../../src/components/comment-form/transports/http-outcome.js';
import { readRestAnswer, restRouteUrl } from '../../src/components/comment-form/transports/rest-transport.js';
import {
  isWordPressEmail,
  normalizeWebsite,
  phpTrim,
  validateComment,
} from '../../src/components/comment-form/validation.js';
import { classicErrorCode, placeError } from '../../src/components/comment-form/wp-errors.js';
import { createSafeStorage } from '../../src/internal/storage.js';
import './helpers.js';

/** The comment form's plain modules, each checked against what WordPress does. */

describe('comment-form byte limits', () => {
  it('counts UTF-8 bytes as PHP strlen does', () => {
    expect(byteLength('Halo')).to.equal(4);
    expect(byteLength('é')).to.equal(2);
    expect(byteLength('🙂')).to.equal(4);
    expect(byteLength('\uD800')).to.equal(3); // a lone surrogate becomes U+FFFD
    expect(byteBudget('author', 'é'.repeat(123))).to.deep.include({ used: 246, left: -1, over: true, near: true });
    expect(byteBudget('email', 'a@b.id')).to.deep.include({ over: false, near: false });
  });
});

describe('comment-form validation', () => {
  it('agrees with WordPress is_email()', () => {
    for (const ok of ['budi@contoh.id', 'a.b+c@sub.contoh.co.id', "o'neil@contoh.id"])
      expect(isWordPressEmail(ok), ok).to.equal(true);
    for (const bad of [
      'budi@localhost',
      'budi@contóh.id',
      'budi @contoh.id',
      'a@b',
      '@contoh.id',
      'budi@contoh..id',
      'budi@-contoh.id',
      'budi@.contoh.id',
      'budi@contoh.id.',
      'budi',
    ]) {
      expect(isWordPressEmail(bad), bad).to.equal(false);
    }
  });

  it('normalises websites as WordPress stores them and refuses other schemes', () => {
    expect(normalizeWebsite('contoh.id')).to.equal('http://contoh.id');
    expect(normalizeWebsite('https://contoh.id/a?b=1')).to.equal('https://contoh.id/a?b=1');
    expect(normalizeWebsite('  ')).to.equal('');
    for (const bad of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,x',
      'http://',
      'localhost',
      'http://[',
    ]) {
      expect(normalizeWebsite(bad), bad).to.equal(undefined);
    }
  });

  it('trims like PHP, keeping no-break spaces', () => {
    expect(phpTrim(' \t\n halo \0\v')).to.equal('halo');
    expect(phpTrim('\u00a0halo\u00a0')).to.equal('\u00a0halo\u00a0');
  });

  it('reports problems in field order', () => {
    const rules = { requireNameEmail: true, requireTerms: true };
    const problems = validateComment({ comment: ' ', author: '', email: 'x', url: 'ftp://x.id', terms: false }, rules);
    expect(problems.map((p) => `${p.field}:${p.reason}`)).to.deep.equal([
      'comment:required',
      'author:required',
      'email:email',
      'url:url',
      'terms:required',
    ]);
    const long = validateComment(
      { comment: 'ok', author: 'a', email: `${'a'.repeat(96)}@b.id`, url: `contoh.id/${'a'.repeat(200)}`, terms: true },
      rules,
    );
    expect(long.map((p) => `${p.field}:${p.reason}`)).to.deep.equal(['email:too-long', 'url:too-long']);
    expect(
      validateComment(
        { comment: 'ok', author: '', email: '', url: '', terms: false },
        { requireNameEmail: false, requireTerms: false },
      ),
    ).to.deep.equal([]);
  });
});

describe('comment-form WordPress error map', () => {
  it('places REST and classic codes next to the right field', () => {
    expect(placeError('comment_duplicate')).to.deep.equal({ field: 'comment', key: 'errDuplicate' });
    expect(placeError('rest_invalid_param', ['author_email'])).to.deep.equal({
      field: 'email',
      key: 'errEmailInvalid',
    });
    expect(placeError('rest_invalid_param', ['author_url'])).to.deep.equal({ field: 'url', key: 'errUrlInvalid' });
    expect(placeError('rest_invalid_type', ['post'])).to.deep.equal({
      field: undefined,
      key: 'errUnknown',
      useServerMessage: true,
    });
    expect(placeError('require_valid_email')).to.deep.equal({ field: 'email', key: 'errEmailInvalid' });
    expect(placeError('toString')).to.deep.equal({ key: 'errUnknown', useServerMessage: true });
  });

  it('reads the classic error page text in English and Indonesian, then the status', () => {
    expect(classicErrorCode('Please fill the required fields.', 200)).to.equal('require_name_email');
    expect(classicErrorCode('Silakan isi bidang yang diperlukan.', 200)).to.equal('require_name_email');
    expect(classicErrorCode('Komentar ganda terdeteksi', 409)).to.equal('comment_duplicate');
    expect(classicErrorCode('Anda mengirim komentar terlalu cepat.', 429)).to.equal('comment_flood');
    expect(classicErrorCode('Pesan lain', 409)).to.equal('comment_duplicate');
    expect(classicErrorCode('Pesan lain', 503)).to.equal('http_5xx');
    expect(classicErrorCode('Pesan lain', 200)).to.equal('wp_die');
  });
});

describe('comment-form transports', () => {
  it('builds REST URLs for pretty and ?rest_route= roots', () => {
    expect(restRouteUrl('https://contoh.id/wp-json/', 'wp/v2/comments')).to.equal(
      'https://contoh.id/wp-json/wp/v2/comments',
    );
    expect(restRouteUrl('https://contoh.id/?rest_route=/', 'wp/v2/comments')).to.equal(
      'https://contoh.id/?rest_route=%2Fwp%2Fv2%2Fcomments',
    );
    expect(classicEndpoint('https://contoh.id/blog/?x=1#y')).to.equal('https://contoh.id/blog/wp-comments-post.php');
  });

  it('reads REST answers, including what WordPress never sends', () => {
    expect(readRestAnswer(201, '{"id":5,"status":"spam"}')).to.deep.equal({
      ok: true,
      id: 5,
      status: 'hold',
      link: undefined,
    });
    expect(readRestAnswer(201, '{"id":"5"}')).to.deep.include({ code: 'invalid_response' });
    expect(
      readRestAnswer(
        400,
        '{"code":"rest_invalid_param","message":"Invalid parameter(s): author_email","data":{"params":{"author_email":"x"}}}',
      ),
    ).to.deep.equal({
      ok: false,
      code: 'rest_invalid_param',
      status: 400,
      message: 'Invalid parameter(s): author_email',
      params: ['author_email'],
    });
    expect(readRestAnswer(500, '{"code":"rest_comment_failed_create","message":"x"}')).to.deep.include({
      code: 'rest_comment_failed_create',
    });
    expect(readRestAnswer(503, 'down')).to.deep.include({ code: 'http_5xx' });
    expect(readRestAnswer(400, undefined)).to.deep.include({ code: 'invalid_response' });
  });

  it('reads classic redirects and pages', () => {
    expect(readRedirect('https://contoh.id/?p=1&unapproved=12&moderation-hash=ab')).to.deep.include({
      ok: true,
      id: 12,
      status: 'hold',
    });
    expect(readRedirect('https://contoh.id/2026/berita/')).to.deep.include({ ok: true, id: null, status: 'approved' });
    expect(readRedirect('https://contoh.id/wp-login.php')).to.deep.include({ ok: false, code: 'not_logged_in' });
    expect(readRedirect('not a url')).to.deep.include({ code: 'invalid_response' });
    const page =
      '<html><body id="error-page"><div class="wp-die-message"><p><strong>Galat:</strong> Silakan isi bidang yang diperlukan. <img src=x onerror=alert(1)></p></div><p><a href="javascript:history.back()">« Kembali</a></p></body></html>';
    expect(readClassicPage(200, page)).to.deep.equal({
      ok: false,
      code: 'require_name_email',
      status: 200,
      message: 'Silakan isi bidang yang diperlukan.',
    });
    expect(readClassicPage(200, '<p>hello</p>')).to.deep.include({ code: 'invalid_response' });
    expect(readClassicPage(200, undefined)).to.deep.include({ code: 'invalid_response' });
  });

  it('recognises outcomes from custom submitters', () => {
    expect(isCommentOutcome({ ok: true, id: 1, status: 'approved' })).to.equal(true);
    expect(isCommentOutcome({ ok: true, id: 1, status: 'spam' })).to.equal(false);
    expect(isCommentOutcome({ ok: false, code: 'x', status: 0 })).to.equal(true);
    expect(isCommentOutcome(null)).to.equal(false);
  });
});

describe('comment-form response reading', () => {
  it('stops reading an endless body at the cap and cancels the rest', async () => {
    let cancelled = false;
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new TextEncoder().encode('é'.repeat(1000)));
      },
      cancel() {
        cancelled = true;
      },
    });
    const giveUp = new Promise<string>((resolve) => {
      setTimeout(() => {
        resolve('still reading');
      }, 3000);
    });
    const text = await Promise.race([readText(new Response(endless), 5000), giveUp]);
    expect(text).to.equal('é'.repeat(5000));
    expect(cancelled, 'the rest of the body is cancelled').to.equal(true);
    expect(pulled).to.be.below(10);
  });

  it('reads a body whole below the cap, multi-byte characters split across chunks included', async () => {
    const bytes = new TextEncoder().encode('Komentar 🙂 ganda');
    const split = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.subarray(0, 10));
        controller.enqueue(bytes.subarray(10));
        controller.close();
      },
    });
    expect(await readText(new Response(split))).to.equal('Komentar 🙂 ganda');
    expect(await readText(new Response(null, { status: 204 }))).to.equal('');
  });
});

describe('comment-form drafts', () => {
  it('keys drafts by site, post and reply target, and ignores foreign data', () => {
    const storage = createSafeStorage('session');
    const store = new DraftStore(storage);
    const key = draftKey('https://contoh.id/', 1, 0);
    expect(key).to.not.equal(draftKey('https://contoh.id/', 1, 5));
    store.save(key, { comment: 'Halo', parent: 0 });
    expect(store.load(key)).to.deep.equal({ comment: 'Halo', parent: 0 });
    store.save(key, { comment: '  ', parent: 0 });
    expect(store.load(key)).to.equal(undefined);
    storage.setJSON(key, { comment: 42, evil: true });
    expect(store.load(key)).to.equal(undefined);
    storage.set(key, 'not json');
    expect(store.load(key)).to.equal(undefined);
    store.saveIdentity(identityKey('s'), { author: 'Sari', email: 'sari@contoh.id', url: '' });
    expect(store.loadIdentity(identityKey('s'))).to.deep.equal({ author: 'Sari', email: 'sari@contoh.id', url: '' });
    store.saveIdentity(identityKey('s'), undefined);
    expect(store.loadIdentity(identityKey('s'))).to.equal(undefined);
    store.clear(key);
  });

  it('rewrites a draft of an earlier version without the name, e-mail and website it held', () => {
    const storage = createSafeStorage('session');
    const key = draftKey('https://contoh.id/', 1, 0);
    storage.setJSON(key, { comment: 'Halo', author: 'Sari', email: 'sari@contoh.id', url: '' }, 1000);
    expect(new DraftStore(storage).load(key)).to.deep.equal({ comment: 'Halo', parent: 0 });
    expect(storage.getJSON(key)).to.deep.equal({ comment: 'Halo', parent: 0 });
    storage.remove(key);
  });

  it('keeps a draft a week and a consenting identity as long as WordPress keeps its comment cookies', () => {
    let now = 1_000_000;
    const storage = createSafeStorage('session', () => now);
    const store = new DraftStore(storage);
    const key = draftKey('https://contoh.id/', 1, 0);
    store.save(key, { comment: 'Halo', parent: 0 });
    store.saveIdentity(identityKey('https://contoh.id/'), { author: 'Sari', email: 'sari@contoh.id', url: '' });
    now += DRAFT_MAX_AGE_MS;
    store.purgeExpired();
    expect(storage.get(key)).to.equal(null);
    expect(store.loadIdentity(identityKey('https://contoh.id/'))).to.not.equal(undefined);
    expect(IDENTITY_MAX_AGE_MS).to.equal(30_000_000 * 1000);
    now += IDENTITY_MAX_AGE_MS;
    store.purgeExpired();
    expect(storage.get(identityKey('https://contoh.id/'))).to.equal(null);
  });
});

describe('comment-form attributes', () => {
  afterEach(() => {
    sinon.restore();
  });

  it('parses and falls back with a warning', () => {
    const warn = sinon.stub(console, 'warn');
    expect(parseId('12', 'post-id')).to.equal(12);
    expect(parseId('1e3', 'post-id')).to.equal(undefined);
    expect(parseId('', 'parent-id', true)).to.equal(0);
    expect(parseId('-1', 'parent-id', true)).to.equal(0);
    expect(parseSiteUrl('/wp', 'https://contoh.id/a/b')).to.equal('https://contoh.id/wp/');
    expect(parseSiteUrl('', 'https://contoh.id/a/b')).to.equal('https://contoh.id/');
    expect(parseSiteUrl('javascript:alert(1)')).to.equal(undefined);
    expect(parseRestRoot('', 'https://contoh.id/wp/')).to.equal('https://contoh.id/wp/wp-json/');
    expect(parseRestRoot('javascript:x', 'https://contoh.id/')).to.equal('https://contoh.id/wp-json/');
    expect(parseTransport(' Classic ')).to.equal('classic');
    expect(parseTransport('smtp')).to.equal('rest');
    expect(parseSwitch(null, 'x')).to.equal(true);
    expect(parseSwitch('off', 'x')).to.equal(false);
    expect(parseSwitch('maybe', 'x')).to.equal(true);
    expect(parseSeconds(Number.NaN, 'timeout', 20, 1, 120)).to.equal(20);
    expect(parseSeconds(-5, 'timeout', 20, 1, 120)).to.equal(20);
    expect(warn.callCount).to.be.greaterThan(5);
  });

  it('renders accessibly with nothing but a post ID', async () => {
    const el = await fixture<SabbaCommentForm>(html`<sabba-comment-form post-id="1"></sabba-comment-form>`);
    await expect(el).to.be.accessible();
  });
});
