import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import sinon from 'sinon';
import type { SabbaAdSlot } from '../../src/components/ad-slot/ad-slot.js';
import type { SabbaAdblockNotice } from '../../src/components/adblock-notice/adblock-notice.js';
import type { SabbaBackToTop } from '../../src/components/back-to-top/back-to-top.js';
import { SabbaCommentErrorEvent } from '../../src/components/comment-form/comment-form.events.js';
import type { SabbaCommentForm } from '../../src/components/comment-form/comment-form.js';
import { defineElement } from '../../src/internal/define-element.js';
import { ELEMENTS } from './elements.js';

/**
 * The page breaks around the widgets: storage that throws, networks that fail in every way,
 * a browser without IntersectionObserver, a second copy of the bundle, frameworks that move
 * elements around a thousand times. Each test asserts what the reader still gets.
 */

const BLOCKED = { blocked: true, confidence: 'high', signals: [] } as const;
const uncaught: string[] = [];
const onError = (event: ErrorEvent): void => {
  uncaught.push(`error: ${event.message}`);
};
const onRejection = (event: PromiseRejectionEvent): void => {
  uncaught.push(`unhandledrejection: ${String(event.reason)}`);
};

beforeEach(() => {
  uncaught.length = 0;
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
});

afterEach(() => {
  sinon.restore();
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
  expect(uncaught, 'uncaught errors').to.deep.equal([]);
});

const shadow = (el: Element): ShadowRoot => el.shadowRoot!;
const query = (el: Element, selector: string): HTMLElement => {
  const found = shadow(el).querySelector<HTMLElement>(selector);
  if (found === null) throw new Error(`no ${selector} in <${el.localName}>`);
  return found;
};
const control = (el: Element, name: string): HTMLInputElement => query(el, `[name="${name}"]`) as HTMLInputElement;
const submit = (el: Element): HTMLButtonElement => query(el, 'button[type="submit"]') as HTMLButtonElement;

/**
 * Storage that throws on every call (quota full, Safari's old private mode), and with `getter`
 * also a `localStorage` getter that throws (sandboxed iframe, blocked site data).
 */
function breakStorage(getter: boolean): void {
  const denied = (): never => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  };
  for (const method of ['getItem', 'setItem', 'removeItem', 'key', 'clear'] as const)
    sinon.stub(Storage.prototype, method).callsFake(denied);
  sinon.stub(Storage.prototype, 'length').get(denied);
  if (!getter) return;
  for (const name of ['localStorage', 'sessionStorage'] as const) {
    const owner = (
      Object.prototype.hasOwnProperty.call(window, name) ? window : Object.getPrototypeOf(window)
    ) as Window;
    sinon.stub(owner, name).get(denied);
  }
}

for (const getter of [false, true])
  describe(`storage that throws on every call${getter ? ', even on access' : ''}`, () => {
    it('is really broken (the stub works in this engine)', () => {
      const session = sessionStorage;
      breakStorage(getter);
      if (getter) expect(() => window.localStorage).to.throw();
      else
        expect(() => {
          window.localStorage.setItem('x', '1');
        }).to.throw();
      expect(() => Storage.prototype.getItem.call(session, 'x')).to.throw();
    });

    it('keeps the comment form typing, saving drafts and submitting', async () => {
      breakStorage(getter);
      const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const el = await fixture<SabbaCommentForm>(
        html`<sabba-comment-form site-url="/wpt/storage-${Date.now()}/approve" post-id="1" min-submit-seconds="0" lang="en"></sabba-comment-form>`,
      );
      const textarea = control(el, 'comment');
      textarea.value = 'Typed while storage is blocked.';
      textarea.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await clock.runAllAsync(); // the draft save runs (and meets the throwing storage)
      window.dispatchEvent(new PageTransitionEvent('pagehide')); // the flush on leaving, too
      clock.restore();
      await el.updateComplete;
      expect(textarea.value).to.equal('Typed while storage is blocked.');
      for (const [name, value] of [
        ['author', 'Sari'],
        ['email', 'sari@contoh.id'],
      ]) {
        const input = control(el, name!);
        input.value = value!;
        input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      }
      const done = oneEvent(el, 'sabba-comment-success');
      submit(el).click();
      await done;
    });

    it('keeps the adblock notice dismissable', async () => {
      breakStorage(getter);
      const el = await fixture<SabbaAdblockNotice>(
        html`<sabba-adblock-notice no-probe lang="en"></sabba-adblock-notice>`,
      );
      el.verdict = BLOCKED;
      await waitUntil(() => el.open, 'the notice opens');
      await el.updateComplete;
      query(el, '[part~="dismiss-button"]').click();
      await waitUntil(() => !el.open, 'the notice closes');
    });
  });

describe('a network that fails the comment form', () => {
  const realFetch = window.fetch.bind(window);
  let run = 0;

  async function submitWith(
    fetchImpl: typeof fetch,
    attrs = '',
    transport = 'rest',
  ): Promise<{ el: SabbaCommentForm; event: SabbaCommentErrorEvent }> {
    sinon.stub(window, 'fetch').callsFake(fetchImpl);
    const el = await fixture<SabbaCommentForm>(
      html`<sabba-comment-form site-url=${`/wpt/faults-${Date.now()}-${run++}/approve`} post-id="1" min-submit-seconds="0" lang="en" transport=${transport}></sabba-comment-form>`,
    );
    if (attrs !== '') el.setAttribute('timeout', attrs);
    await el.updateComplete;
    for (const [name, value] of [
      ['comment', `A comment ${run}.`],
      ['author', 'Sari'],
      ['email', 'sari@contoh.id'],
    ]) {
      const field = control(el, name!);
      field.value = value!;
      field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
    await el.updateComplete;
    const outcome: Promise<Event> = oneEvent(el, 'sabba-comment-error');
    submit(el).click();
    const event = await outcome;
    await el.updateComplete;
    if (!(event instanceof SabbaCommentErrorEvent)) throw new Error('not a SabbaCommentErrorEvent');
    return { el, event };
  }

  /** What a reader still has after a failure: the message, the text, a button that works. */
  function expectRecoverable(el: SabbaCommentForm): void {
    expect(query(el, '[part~="status"]').textContent.trim(), 'a message says what happened').to.not.equal('');
    expect(control(el, 'comment').value, 'the comment is kept').to.match(/^A comment/);
    expect(submit(el).disabled, 'the reader can try again').to.equal(false);
  }

  const withFault =
    (fault: string): typeof fetch =>
    (input, init = {}) =>
      realFetch(input, { ...init, headers: { ...(init.headers as Record<string, string>), 'X-Sabba-Fault': fault } });

  it('rejects (offline, DNS, CORS)', async () => {
    const { el, event } = await submitWith(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(event.detail.code).to.be.a('string').and.not.equal('');
    expectRecoverable(el);
  });

  it('hangs: the form gives up after its timeout', async () => {
    const hang: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => {
          reject(new DOMException('The request was aborted.', 'AbortError'));
        });
      });
    const { el, event } = await submitWith(hang, '1');
    expect(event.detail.code).to.match(/timeout/);
    expectRecoverable(el);
  });

  for (const fault of ['502-html', 'garbage', 'empty', '500']) {
    it(`answers ${fault}`, async () => {
      const { el, event } = await submitWith(withFault(fault));
      expect(event.detail.code).to.be.a('string').and.not.equal('');
      expectRecoverable(el);
    });
  }

  for (const transport of ['rest', 'classic']) {
    it(`answers with 64 MiB streamed slowly: reading stops at the cap and WordPress's error shows (${transport})`, async () => {
      // The stub sends the duplicate-comment error, then whitespace for 5 s; the timeout is 3 s.
      const { el, event } = await submitWith(withFault('huge'), '3', transport);
      expect(event.detail.code, 'the error at the start of the body, not a timeout').to.equal('comment_duplicate');
      expect(event.detail.field).to.equal('comment');
      expectRecoverable(el);
      type Streamed = { sentBytes: number; complete: boolean }[];
      let streams: Streamed = [];
      await waitUntil(
        async () => {
          streams = (await (await realFetch(`${el.siteUrl}/__streams`)).json()) as Streamed;
          return streams.length > 0;
          // The cancel reaches the stub's socket when the browser gets round to it: seconds on a busy
          // machine, yet always before the stub's 5 s of whitespace end (`complete` says which).
        },
        'the stub saw the answer end',
        { timeout: 8000, interval: 100 },
      );
      expect(streams[0]?.complete, 'the client cancelled the transfer').to.equal(false);
      expect(streams[0]?.sentBytes, 'bytes the stub sent before the cancel').to.be.below(16 * 1024 * 1024);
    });
  }

  it('answers rest_invalid_param naming constructor and __proto__: the error stays in the summary', async () => {
    const body =
      '{"code":"rest_invalid_param","message":"Invalid parameter(s): constructor","data":{"status":400,"params":{"constructor":"bad","__proto__":"bad"}}}';
    const { el, event } = await submitWith(() =>
      Promise.resolve(new Response(body, { status: 400, headers: { 'content-type': 'application/json' } })),
    );
    expect(event.detail.code).to.equal('rest_invalid_param');
    expect(event.detail.field, 'no field is named by a prototype key').to.equal(undefined);
    await el.updateComplete;
    expect(shadow(el).activeElement, 'focus goes to the message').to.equal(query(el, '[part~="status"]'));
    expect(query(el, '[part~="status"]').textContent.trim()).to.equal('Invalid parameter(s): constructor');
    expectRecoverable(el);
  });

  it('answers 200 with HTML instead of JSON (a cache or captive portal page)', async () => {
    const page: typeof fetch = () =>
      Promise.resolve(
        new Response('<!doctype html><title>Login</title><script>window.__pwned=1</script><p>Sign in to the Wi-Fi', {
          status: 200,
          headers: { 'content-type': 'text/html' },
        }),
      );
    const { el, event } = await submitWith(page);
    expect(event.detail.code).to.equal('invalid_response');
    expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
    expectRecoverable(el);
  });
});

describe('a browser without IntersectionObserver', () => {
  let saved: typeof IntersectionObserver;
  beforeEach(() => {
    saved = window.IntersectionObserver;
    // @ts-expect-error: removing a global the types say is always there is the point.
    delete window.IntersectionObserver;
  });
  afterEach(() => {
    window.IntersectionObserver = saved;
  });

  it('is really missing', () => {
    expect('IntersectionObserver' in window).to.equal(false);
  });

  it('fills the ad slot anyway (loads as if in view)', async () => {
    const el = await fixture<SabbaAdSlot>(
      html`<sabba-ad-slot provider="html" src="/tests/hardening/creative.html" sizes="300x250" lang="en"></sabba-ad-slot>`,
    );
    await waitUntil(() => shadow(el).querySelector('iframe') ?? el.querySelector('iframe'), 'the creative frame', {
      timeout: 5000,
    });
    expect(el.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('shows back-to-top as a working button (no observer to hide it)', async () => {
    const el = await fixture<SabbaBackToTop>(html`<sabba-back-to-top lang="en"></sabba-back-to-top>`);
    await el.updateComplete;
    const button = query(el, 'button') as HTMLButtonElement;
    expect(el.matches(':state(shown)') || !button.inert, 'the button is usable').to.equal(true);
  });

  it('renders the author card', async () => {
    const el = await fixture<LitElement>(
      html`<sabba-author-card name="Sari Dewi" bio="Covers politics." lang="en"></sabba-author-card>`,
    );
    await el.updateComplete;
    expect(shadow(el).textContent).to.contain('Sari Dewi');
  });
});

describe('a second copy of the bundle', () => {
  it('warns once per tag and keeps the first definition', async () => {
    const warn = sinon.stub(console, 'warn');
    for (const { tag, ctor } of ELEMENTS) {
      const first = customElements.get(tag);
      const copy = class extends ctor {};
      (copy as unknown as { version: string }).version = '9.9.9';
      defineElement(tag, copy);
      defineElement(tag, copy);
      expect(customElements.get(tag), tag).to.equal(first);
    }
    const messages = warn.args.map((args) => String(args[0])).filter((m) => m.includes('is already defined'));
    expect(messages).to.have.length(ELEMENTS.length);
    for (const { tag } of ELEMENTS)
      expect(messages.some((m) => m.includes(`<${tag}>`) && m.includes('9.9.9'))).to.equal(true);
    // The page still works with the first copy.
    const el = await fixture<LitElement>(html`<sabba-author-card name="Sari Dewi"></sabba-author-card>`);
    expect(shadow(el).textContent).to.contain('Sari Dewi');
  });
});
