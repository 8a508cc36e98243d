import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { commentFormTexts } from '../../src/components/comment-form/comment-form.texts.js';
import { acceptedStatus, problemMessage, refusalMessage } from '../../src/components/comment-form/outcome-messages.js';
import { sendWithTimeout } from '../../src/components/comment-form/send-with-timeout.js';
import type { CommentOutcome, CommentSubmitter, OutgoingComment } from '../../src/components/comment-form/submitter.js';

/** The comment form's sending wrapper and the messages it shows for each outcome, without a DOM. */

const comment: OutgoingComment = {
  postId: 1,
  parentId: 0,
  content: 'Halo',
  authorName: 'Sari',
  authorEmail: 'sari@contoh.id',
  authorUrl: '',
};
const t = commentFormTexts.en;
const typed = { comment: 'Halo', author: 'Sari', email: '', url: '' };

describe('comment-form sendWithTimeout', () => {
  afterEach(() => {
    sinon.restore();
  });

  it('hands the comment and the signal to the submitter and returns its outcome', async () => {
    const abort = new AbortController();
    const submitter = sinon.fake.resolves({ ok: true, id: 3, status: 'approved' } satisfies CommentOutcome);
    expect(await sendWithTimeout(submitter, comment, 20, abort)).to.deep.equal({ ok: true, id: 3, status: 'approved' });
    expect(submitter.firstCall.args[0]).to.equal(comment);
    expect((submitter.firstCall.args[1] as { signal: AbortSignal }).signal).to.equal(abort.signal);
  });

  it('reports no submitter as invalid_config and an offline browser as offline, sending nothing', async () => {
    expect(await sendWithTimeout(undefined, comment, 20, new AbortController())).to.deep.equal({
      ok: false,
      code: 'invalid_config',
      status: 0,
    });
    sinon.stub(Navigator.prototype, 'onLine').get(() => false);
    const submitter = sinon.fake.resolves({ ok: true, id: 3, status: 'approved' });
    expect(await sendWithTimeout(submitter, comment, 20, new AbortController())).to.deep.equal({
      ok: false,
      code: 'offline',
      status: 0,
    });
    expect(submitter.called).to.equal(false);
  });

  it('aborts after the timeout and reports timeout, whether the submitter rejects or resolves late', async () => {
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const rejecting: CommentSubmitter = (_c, { signal }) =>
      new Promise((_resolve, reject) => {
        signal.addEventListener('abort', () => {
          reject(new DOMException('aborted', 'AbortError'));
        });
      });
    const abort = new AbortController();
    const first = sendWithTimeout(rejecting, comment, 5, abort);
    await clock.tickAsync(4999);
    expect(abort.signal.aborted).to.equal(false);
    await clock.tickAsync(1);
    expect(await first).to.deep.equal({ ok: false, code: 'timeout', status: 0 });

    const late: CommentSubmitter = (_c, { signal }) =>
      new Promise((resolve) => {
        signal.addEventListener('abort', () => {
          resolve({ ok: true, id: 1, status: 'approved' });
        });
      });
    const second = sendWithTimeout(late, comment, 1, new AbortController());
    await clock.tickAsync(1000);
    expect(await second).to.deep.include({ code: 'timeout' });
  });

  it('turns a rejection into network, an answer of the wrong shape into invalid_response with a warning', async () => {
    const warn = sinon.stub(console, 'warn');
    expect(
      await sendWithTimeout(() => Promise.reject(new TypeError('Failed to fetch')), comment, 20, new AbortController()),
    ).to.deep.equal({
      ok: false,
      code: 'network',
      status: 0,
    });
    const wrong = (() => Promise.resolve({ ok: 'yes' })) as unknown as CommentSubmitter;
    expect(await sendWithTimeout(wrong, comment, 20, new AbortController())).to.deep.equal({
      ok: false,
      code: 'invalid_response',
      status: 0,
    });
    expect(warn.args.some((a) => String(a[0]).includes('not a CommentOutcome'))).to.equal(true);
  });

  it('leaves no timer behind once the submitter has answered', async () => {
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await sendWithTimeout(
      () => Promise.resolve({ ok: true, id: 1, status: 'hold' }),
      comment,
      20,
      new AbortController(),
    );
    expect(clock.countTimers()).to.equal(0);
  });
});

describe('comment-form outcome messages', () => {
  it('names each problem found before sending', () => {
    expect(problemMessage({ field: 'comment', reason: 'required' }, t)).to.equal(t.errCommentRequired);
    expect(problemMessage({ field: 'author', reason: 'required' }, t)).to.equal(t.errNameRequired);
    expect(problemMessage({ field: 'email', reason: 'required' }, t)).to.equal(t.errEmailRequired);
    expect(problemMessage({ field: 'terms', reason: 'required' }, t)).to.equal(t.errTermsRequired);
    expect(problemMessage({ field: 'email', reason: 'email' }, t)).to.equal(t.errEmailInvalid);
    expect(problemMessage({ field: 'url', reason: 'url' }, t)).to.equal(t.errUrlInvalid);
    expect(problemMessage({ field: 'author', reason: 'too-long', over: 3 }, t)).to.equal(t.errTooLong(3));
  });

  it("places WordPress refusals next to their field with the form's text", () => {
    expect(refusalMessage({ ok: false, code: 'comment_duplicate', status: 409 }, t, typed)).to.deep.equal({
      field: 'comment',
      message: t.errDuplicate,
    });
    expect(
      refusalMessage(
        { ok: false, code: 'rest_comment_closed', status: 403, message: 'Sorry, comments are closed.' },
        t,
        typed,
      ),
    ).to.deep.equal({
      field: undefined,
      message: t.errClosed,
    });
    expect(
      refusalMessage({ ok: false, code: 'rest_invalid_param', status: 400, params: ['author_email'] }, t, typed),
    ).to.deep.equal({
      field: 'email',
      message: t.errEmailInvalid,
    });
  });

  it('points "name and e-mail required" at the empty one', () => {
    const required = { ok: false, code: 'require_name_email', status: 200 } as const;
    expect(refusalMessage(required, t, { ...typed, author: ' ' })).to.deep.equal({
      field: 'author',
      message: t.errNameRequired,
    });
    expect(refusalMessage(required, t, typed)).to.deep.equal({ field: 'email', message: t.errEmailRequired });
  });

  it('counts how far a field the database refused is over, at least one byte', () => {
    const author = 'é'.repeat(125); // 250 bytes: 5 over WordPress's 245
    expect(
      refusalMessage({ ok: false, code: 'comment_author_column_length', status: 400 }, t, { ...typed, author }),
    ).to.deep.equal({
      field: 'author',
      message: t.errTooLong(5),
    });
    expect(
      refusalMessage({ ok: false, code: 'comment_content_column_length', status: 400 }, t, typed).message,
    ).to.equal(t.errTooLong(1));
  });

  it("shows the server's own text for codes it does not know, as text, and a generic one without it", () => {
    expect(
      refusalMessage({ ok: false, code: 'my_plugin_says_no', status: 403, message: '<b>Tidak</b>' }, t, typed),
    ).to.deep.equal({
      field: undefined,
      message: '<b>Tidak</b>',
    });
    expect(refusalMessage({ ok: false, code: 'my_plugin_says_no', status: 403 }, t, typed).message).to.equal(
      t.errUnknown,
    );
  });

  it('says whether an accepted comment is public, held or unconfirmed', () => {
    expect(acceptedStatus('approved', true, t)).to.deep.equal(['approved', t.posted]);
    expect(acceptedStatus('hold', true, t)).to.deep.equal(['hold', t.held]);
    expect(acceptedStatus('approved', false, t)).to.deep.equal(['unconfirmed', t.sentUnconfirmed]);
  });
});
