import { expect, fixture, html } from '@open-wc/testing';
import type { SabbaCommentForm } from '../../src/components/comment-form/comment-form.js';
import { commentFormTexts } from '../../src/components/comment-form/comment-form.texts.js';
import type { CommentOutcome, CommentSubmitter, OutgoingComment } from '../../src/components/comment-form/submitter.js';
import '../../src/components/comment-form/comment-form.define.js';
import { part, partText, shadow, text } from '../helpers/dom.js';
import { harness } from './harness.js';
import { esc, wordpressForm, type MarkupOptions } from './wordpress-markup.js';

/**
 * Progressive enhancement: the plugin prints WordPress's own form inside `<sabba-comment-form>`
 * (readers without JavaScript post through it); when the element upgrades it takes that form
 * over. Markup from wordpress-markup.ts, which copies what WordPress 6.1 prints.
 */

const ti = commentFormTexts.id;
const te = commentFormTexts.en;
const HOSTILE = '<img src=x onerror="window.__sabbaPwned=true">';
const SITE = ' site-url="http://127.0.0.1:8911/" rest-root="http://127.0.0.1:8911/wp-json/"';

declare global {
  interface Window {
    __sabbaPwned?: unknown;
  }
}

/** A submitter that records what it receives. */
function recorder(): CommentSubmitter & { calls: OutgoingComment[] } {
  const calls: OutgoingComment[] = [];
  const submitter = (comment: OutgoingComment): Promise<CommentOutcome> => {
    calls.push(comment);
    return Promise.resolve({ ok: true, id: 7, status: 'approved' });
  };
  return Object.assign(submitter, { calls });
}

/**
 * Puts the server markup on the page as the parser leaves it before the script runs (built in an
 * inert template, so nothing upgrades early), lets `before` act on the server form (a reader
 * typing), then connects it: the element upgrades with its light DOM in place.
 */
async function upgrade(
  options: MarkupOptions,
  before?: (form: HTMLFormElement) => void,
  lang = 'id',
): Promise<SabbaCommentForm> {
  const holder = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
  const template = document.createElement('template');
  template.innerHTML = wordpressForm(options);
  const form = template.content.querySelector('form');
  if (form && before) before(form);
  holder.append(document.adoptNode(template.content));
  const el = holder.querySelector<SabbaCommentForm>('sabba-comment-form');
  if (!el) throw new Error('no <sabba-comment-form> in the markup');
  await el.updateComplete;
  return el;
}

/** Types into a server field as a reader would. */
function type(form: HTMLFormElement, name: string, value: string): void {
  const control = form.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[name="${name}"]`);
  if (!control) throw new Error(`no ${name} in the server form`);
  control.value = value;
}

describe('<sabba-comment-form> over WordPress’s server-rendered form', () => {
  afterEach(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('sabba:comment-form')) localStorage.removeItem(key);
    delete window.__sabbaPwned;
  });

  it('shows its own form in place of the server one, which stays in the light DOM unshown', async () => {
    const el = await upgrade({ attributes: `${SITE} post-id="6" transport="rest" cookies-consent`, cookiesBox: true });
    const server = el.querySelector('textarea[name="comment"]');
    expect(server, 'the server form is kept').to.not.equal(null);
    expect(server?.getClientRects().length, 'but not rendered').to.equal(0);
    expect(part(el, 'form')?.getClientRects().length).to.equal(1);
    // In WordPress's words: the labels of the form it replaces.
    expect(harness(el).labels).to.deep.equal([`${te.comment} *`, `${te.name} *`, `${te.email} *`, te.url]);
  });

  it('takes the post and the ?replytocom target from WordPress’s hidden fields when the attributes are absent', async () => {
    const el = await upgrade({ attributes: SITE, postId: 41, replyTo: { id: 12, name: 'Budi Santoso' } });
    expect(el.postId).to.equal('41');
    expect(el.parentId).to.equal('12');
    expect(partText(el, 'title')).to.contain(ti.replyTo('Budi Santoso'));
    const submitter = recorder();
    el.submitter = submitter;
    el.minSubmitSeconds = 0;
    await harness(el).fill({ comment: 'Setuju.', author: 'Sari', email: 'sari@contoh.id' });
    await harness(el).submit();
    expect(submitter.calls[0]).to.include({ postId: 41, parentId: 12, content: 'Setuju.' });
  });

  it('keeps the page’s own attributes over the server form’s values', async () => {
    const el = await upgrade({
      attributes: `${SITE} post-id="9" parent-id="0"`,
      postId: 41,
      replyTo: { id: 12, name: 'Budi' },
    });
    expect(el.postId).to.equal('9');
    expect(el.parentId).to.equal('0');
    // WordPress's title names the reply target the page overrode: the element's own title.
    expect(partText(el, 'title')).to.equal(ti.title);
  });

  it('for a logged-in reader shows WordPress’s “logged in as” line and links instead of the identity fields', async () => {
    const el = await upgrade(
      {
        attributes: `${SITE} post-id="6" transport="rest" nonce="55b7e293db" logged-in-as="Pembaca Setia" cookies-consent`,
        loggedIn: { name: 'Pembaca Setia' },
      },
      undefined,
      'en',
    );
    expect(harness(el).labels).to.deep.equal([`${te.comment} *`]);
    expect(shadow(el).querySelector('[name="wp-comment-cookies-consent"]'), 'no consent box either').to.equal(null);
    const line = part(el, 'notes');
    expect(text(line)).to.equal('Logged in as Pembaca Setia. Edit your profile Log out? Required fields are marked *');
    const links = [...(line?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'));
    expect(links[0]).to.equal('http://127.0.0.1:8911/wp-admin/profile.php');
    expect(links[1]).to.match(/^http:\/\/127\.0\.0\.1:8911\/wp-login\.php\?action=logout&redirect_to=.*&_wpnonce=/);
  });

  it('makes logged-in-as work with the classic transport (the login cookie), not with REST lacking a nonce', async () => {
    const classic = await upgrade({
      attributes: `${SITE} post-id="6" transport="classic" logged-in-as="Pembaca Setia"`,
      loggedIn: { name: 'Pembaca Setia' },
    });
    expect(harness(classic).labels).to.deep.equal([`${te.comment} *`]);
    expect(partText(classic, 'notes')).to.contain(ti.loggedInAs('Pembaca Setia'));
    // REST without the nonce cannot tell WordPress who the reader is: WordPress would ask for a name.
    const rest = await upgrade({ attributes: `${SITE} post-id="6" transport="rest" logged-in-as="Pembaca Setia"` });
    expect(harness(rest).labels).to.deep.equal([`${te.comment} *`, `${te.name} *`, `${te.email} *`, te.url]);
  });

  it('carries WordPress’s prefill from its commenter cookies, with the consent box ticked', async () => {
    const el = await upgrade({
      attributes: `${SITE} post-id="6" transport="rest" cookies-consent`,
      commenter: { author: 'Sari "Dewi"', email: 'sari@contoh.id', url: 'https://sari.contoh.id' },
      cookiesBox: true,
    });
    const form = harness(el);
    expect([form.value('author'), form.value('email'), form.value('url')]).to.deep.equal([
      'Sari "Dewi"',
      'sari@contoh.id',
      'https://sari.contoh.id',
    ]);
    expect(form.control('wp-comment-cookies-consent').checked).to.equal(true);
  });

  it('shows its consent box when WordPress printed one, even without the attribute', async () => {
    const el = await upgrade({ attributes: `${SITE} post-id="6"`, cookiesBox: true });
    expect(harness(el).control('wp-comment-cookies-consent').checked).to.equal(false);
  });

  it('keeps what the reader typed into the server form before the script arrived, and may send it at once', async () => {
    const el = await upgrade({ attributes: `${SITE} post-id="6" transport="rest"`, cookiesBox: true }, (form) => {
      type(form, 'comment', 'Saya menulis ini sebelum skripnya dimuat.');
      type(form, 'author', 'Dewi Lestari');
      type(form, 'email', 'dewi@contoh.id');
    });
    const form = harness(el);
    expect(form.value('comment')).to.equal('Saya menulis ini sebelum skripnya dimuat.');
    expect(form.value('author')).to.equal('Dewi Lestari');
    // The anti-spam minimum (3 s by default) is for text nobody typed; this text was typed.
    const submitter = recorder();
    el.submitter = submitter;
    await form.submit();
    expect(submitter.calls).to.have.length(1);
    expect(submitter.calls[0]).to.include({
      content: 'Saya menulis ini sebelum skripnya dimuat.',
      authorName: 'Dewi Lestari',
    });
  });

  it('treats hostile values in the server markup as text and drops unsafe links', async () => {
    const el = await upgrade(
      {
        attributes: `${SITE} transport="classic" logged-in-as="${esc(HOSTILE)}"`,
        postId: 6,
        replyTo: { id: 12, name: HOSTILE },
        loggedIn: {
          name: HOSTILE,
          profile: 'javascript:window.__sabbaPwned=true',
          logout: ' JaVaScRiPt:window.__sabbaPwned=true',
        },
      },
      (form) => {
        type(form, 'comment', HOSTILE);
      },
    );
    const root = shadow(el);
    expect(root.querySelector('img')).to.equal(null);
    expect(partText(el, 'title')).to.contain(ti.replyTo(HOSTILE));
    expect(partText(el, 'notes')).to.equal(`${ti.loggedInAs(HOSTILE)} Required fields are marked *`);
    expect(root.querySelectorAll('a[href]')).to.have.length(0);
    expect(harness(el).value('comment')).to.equal(HOSTILE);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(window.__sabbaPwned).to.equal(undefined);
  });

  it('says what WordPress’s form said (the site’s language and filters) unless the page overrides it', async () => {
    const el = await upgrade({ attributes: `${SITE} post-id="6" cookies-consent`, cookiesBox: true }, (form) => {
      // WordPress in Indonesian (id_ID prints these) and a site filter on the consent text.
      const label = (field: string): Element | null => form.querySelector(`label[for="${field}"]`);
      label('email')?.firstChild?.replaceWith('Surel');
      label('wp-comment-cookies-consent')?.replaceChildren(`Ingat saya ${HOSTILE}`);
      const submit = form.querySelector<HTMLInputElement>('input[type="submit"]');
      if (submit) submit.value = 'Memberikan Komentar';
    });
    expect(harness(el).labels).to.deep.equal([`${te.comment} *`, `${te.name} *`, 'Surel *', te.url]);
    expect(text(harness(el).$('label[for="wp-comment-cookies-consent"]'))).to.equal(`Ingat saya ${HOSTILE}`);
    expect(shadow(el).querySelector('img')).to.equal(null);
    expect(text(harness(el).submitButton)).to.equal('Memberikan Komentar');
    el.strings = { submit: 'Kirim' };
    await el.updateComplete;
    expect(text(harness(el).submitButton), 'the page’s strings win').to.equal('Kirim');
    el.setAttribute('submit-label', 'Kirim sekarang');
    await el.updateComplete;
    expect(text(harness(el).submitButton), 'and its attributes').to.equal('Kirim sekarang');
  });

  it('ignores a post ID that is not a whole number', async () => {
    const el = await upgrade({ attributes: SITE, postId: 6 }, (form) => {
      const post = form.querySelector<HTMLInputElement>('[name="comment_post_ID"]');
      if (post) post.value = '6 OR 1=1';
    });
    expect(el.postId).to.equal('');
  });
});
