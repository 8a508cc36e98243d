import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import type { SabbaAuthorCard } from '../../src/components/author-card/author-card.js';
import { part, shadow, text } from '../helpers/dom.js';
import { AuthorCardHarness } from './harness.js';

const AVATAR = '/tests/author-card/fixtures/avatar.svg';
const MISSING_AVATAR = '/__author-card/missing.png';
const HOSTILE = '<img src=x onerror="window.__pwned=true">"\'&';
const SEED_QUOTE =
  'Teruntuk pembaca setia Sabba “Semua harus ditulis, apa pun. Jangan takut tidak dibaca atau tidak diterima ' +
  'penerbit. Yang penting, tulis, tulis, dan tulis. Suatu saat pasti berguna” (Pramoedya Ananta Toer)';
const LONG_BIO = Array.from(
  { length: 12 },
  () => 'Wartawan yang meliput pemerintahan daerah di Lebak dan Banten.',
).join(' ');

/**
 * Google's expectations for an Article `author` (developers.google.com/search/docs/appearance/
 * structured-data/article): a Person or Organization, only the name in `name`, a `url` (or `sameAs`)
 * to tell authors apart. Returns the problems found, so a failure says what is wrong.
 */
function googleAuthorProblems(node: Record<string, unknown>): string[] {
  const problems: string[] = [];
  if (node['@context'] !== 'https://schema.org') problems.push('@context is not https://schema.org');
  if (node['@type'] !== 'Person' && node['@type'] !== 'Organization')
    problems.push('@type is not Person or Organization');
  const name = node.name;
  if (typeof name !== 'string' || name.trim() === '') problems.push('name is missing');
  else if (/^(by|oleh)\s/i.test(name) || /https?:|@/.test(name) || name !== name.trim())
    problems.push('name is not only a name');
  const url = node.url;
  if (typeof url !== 'string' || !/^https?:\/\//.test(url)) problems.push('url is not an absolute http(s) URL');
  if (
    node.sameAs !== undefined &&
    (!Array.isArray(node.sameAs) ||
      node.sameAs.some((entry) => typeof entry !== 'string' || !/^https?:\/\//.test(entry)))
  ) {
    problems.push('sameAs is not a list of absolute URLs');
  }
  if (node['@type'] === 'Organization' && 'jobTitle' in node) problems.push('an Organization has no jobTitle');
  return problems;
}

describe('<sabba-author-card>', () => {
  afterEach(() => {
    sinon.restore();
  });

  describe('content', () => {
    it('shows every field of a person', async () => {
      const el = await fixture<SabbaAuthorCard>(html`<sabba-author-card
        name="Budi Santoso"
        job-title="Wartawan Lebak"
        avatar=${AVATAR}
        href="/author/budi/"
        same-as="https://instagram.com/budi https://wa.me/6281234567890"
        bio="Meliput pemerintahan daerah."
      ></sabba-author-card>`);
      const card = new AuthorCardHarness(el);
      const name = part(el, 'name') as HTMLAnchorElement;
      expect(name.localName).to.equal('a');
      expect(name.href).to.equal(new URL('/author/budi/', location.href).href);
      expect(name.rel).to.equal('author');
      expect(text(name)).to.equal('Budi Santoso');
      expect(text(part(el, 'job-title'))).to.equal('Wartawan Lebak');
      expect(text(part(el, 'bio'))).to.equal('Meliput pemerintahan daerah.');
      expect(part(el, 'badge')).to.equal(null);
      const avatar = part(el, 'avatar') as HTMLImageElement;
      expect(avatar.localName).to.equal('img');
      expect(avatar.getAttribute('loading')).to.equal('lazy');
      expect(avatar.getAttribute('width')).to.equal('64');
      expect(avatar.getAttribute('height')).to.equal('64');
      expect(avatar.alt).to.equal('');
      const links = card.profileLinks;
      expect(links.map((link) => link.href)).to.deep.equal([
        'https://instagram.com/budi',
        'https://wa.me/6281234567890',
      ]);
      expect(links.every((link) => link.rel === 'me noopener')).to.equal(true);
      expect(card.profileNames()).to.deep.equal(['Budi Santoso di Instagram', 'Budi Santoso di WhatsApp']);
      expect(links.every((link) => link.querySelector('svg')?.getAttribute('aria-hidden') === 'true')).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it("shows the seed's Redaksi box as an organization with its slotted quote", async () => {
      const el = await fixture<SabbaAuthorCard>(html`<sabba-author-card
        name="Redaksi"
        type="organization"
        href="/author/redaksi/"
        same-as="https://instagram.com/sabba.id https://x.com/sabbaid"
        ><blockquote>${SEED_QUOTE}</blockquote></sabba-author-card
      >`);
      const card = new AuthorCardHarness(el);
      expect(text(part(el, 'badge'))).to.equal('Tim redaksi');
      expect(text(part(el, 'initials'))).to.equal('R');
      const slot = part(el, 'bio')!.querySelector('slot')!;
      const quote = slot.assignedElements()[0]!;
      expect(quote.localName).to.equal('blockquote');
      expect(getComputedStyle(quote).fontStyle).to.equal('italic');
      expect(getComputedStyle(quote).borderInlineStartWidth).to.equal('3px');
      expect(card.profileNames()).to.deep.equal(['Redaksi di Instagram', 'Redaksi di X']);
      // A rounded square, not a circle: an organization is not a face.
      expect(getComputedStyle(part(el, 'avatar')!).borderRadius).to.equal('6px');
      await expect(el).to.be.accessible();
    });

    it('shows initials on a deterministic colour when there is no avatar', async () => {
      const a = await fixture<SabbaAuthorCard>(html`<sabba-author-card name="Siti Nurhaliza"></sabba-author-card>`);
      const b = await fixture<SabbaAuthorCard>(html`<sabba-author-card name="siti  nurhaliza"></sabba-author-card>`);
      const initials = part(a, 'initials')!;
      expect(text(initials)).to.equal('SN');
      expect(initials.getAttribute('aria-hidden')).to.equal('true');
      expect(shadow(a).querySelector('img')).to.equal(null);
      expect(getComputedStyle(initials).backgroundColor).to.equal(
        getComputedStyle(part(b, 'initials')!).backgroundColor,
      );
      expect(getComputedStyle(initials).color).to.equal('rgb(255, 255, 255)');
      await expect(a).to.be.accessible();
    });

    it('falls back to initials after a broken avatar fails, without moving the layout', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await fixture<SabbaAuthorCard>(
        html`<sabba-author-card name="Agus" avatar=${MISSING_AVATAR}></sabba-author-card>`,
      );
      const before = part(el, 'avatar')!.getBoundingClientRect();
      await waitUntil(() => part(el, 'initials') !== null, 'initials after the 404', { timeout: 5000 });
      const after = part(el, 'avatar')!.getBoundingClientRect();
      expect(text(part(el, 'initials'))).to.equal('A');
      expect([after.width, after.height, after.x, after.y]).to.deep.equal([
        before.width,
        before.height,
        before.x,
        before.y,
      ]);
      expect(warn.getCalls().some((call) => String(call.args[0]).includes('failed to load'))).to.equal(true);
      // A new avatar URL gets a new chance.
      el.avatar = AVATAR;
      await el.updateComplete;
      expect(part(el, 'avatar')!.localName).to.equal('img');
    });

    it('shows a generic icon when there is neither photo nor name', async () => {
      const el = await fixture<SabbaAuthorCard>(html`<sabba-author-card></sabba-author-card>`);
      const card = new AuthorCardHarness(el);
      expect(part(el, 'initials')!.querySelector('svg')).not.to.equal(null);
      expect(part(el, 'bio')!.hidden).to.equal(true);
      expect(card.toggle).to.equal(null);
    });

    it('never requests a Gravatar or any image it was not given', async () => {
      const el = await fixture<SabbaAuthorCard>(
        html`<sabba-author-card name="Budi" href="/author/budi/"></sabba-author-card>`,
      );
      expect(shadow(el).querySelectorAll('img')).to.have.length(0);
      expect(performance.getEntriesByType('resource').some((entry) => entry.name.includes('gravatar'))).to.equal(false);
    });

    it('shows the compact byline: avatar and name only', async () => {
      const el = await fixture<SabbaAuthorCard>(html`<sabba-author-card
        compact
        name="Budi"
        job-title="Wartawan"
        href="/author/budi/"
        bio="Bio"
        same-as="https://x.com/budi"
      ></sabba-author-card>`);
      expect(text(part(el, 'name'))).to.equal('Budi');
      expect(part(el, 'avatar')).not.to.equal(null);
      expect(part(el, 'job-title')).to.equal(null);
      expect(part(el, 'bio')).to.equal(null);
      expect(part(el, 'profiles')).to.equal(null);
      expect(part(el, 'avatar')!.getBoundingClientRect().width).to.equal(32);
      // It flows inside a line of text and is as wide as its content.
      expect(getComputedStyle(el).display).to.equal('inline-block');
      expect(el.getBoundingClientRect().width).to.be.greaterThan(40);
      await expect(el).to.be.accessible();
    });

    it('renders a name without a link when href is missing', async () => {
      const el = await fixture<SabbaAuthorCard>(html`<sabba-author-card name="Budi"></sabba-author-card>`);
      expect(part(el, 'name')!.localName).to.equal('span');
    });
  });

  describe('hostile input', () => {
    it('renders hostile strings in every text attribute as text', async () => {
      const el = await fixture<SabbaAuthorCard>(html`<sabba-author-card
        name=${HOSTILE}
        job-title=${HOSTILE}
        bio=${HOSTILE}
        href=${HOSTILE}
        avatar=${HOSTILE}
        same-as=${HOSTILE}
        type=${HOSTILE}
        collapsed-lines=${HOSTILE}
        show-more-label=${HOSTILE}
        structured-data
      ></sabba-author-card>`);
      const card = new AuthorCardHarness(el);
      expect(text(part(el, 'name'))).to.equal(HOSTILE);
      expect(text(part(el, 'job-title'))).to.equal(HOSTILE);
      expect(text(part(el, 'bio'))).to.equal(HOSTILE);
      // Only the elements the card itself renders: nothing from the strings.
      expect(shadow(el).querySelectorAll('[onerror]')).to.have.length(0);
      // It is a relative path, so the name links to a harmless same-origin URL.
      const links = Array.from(shadow(el).querySelectorAll('a'));
      expect(links.map((a) => a.origin)).to.deep.equal([location.origin]);
      // The string is a (relative) URL to nothing: the photo fails and initials take over.
      await waitUntil(() => part(el, 'initials') !== null, 'initials after the failed avatar', { timeout: 5000 });
      expect(part(el, 'profiles')).to.equal(null);
      await aTimeout(0);
      expect((window as unknown as { __pwned?: boolean }).__pwned).to.equal(undefined);
      // The JSON-LD carries the name as data.
      expect(card.jsonLd()?.name).to.equal(HOSTILE);
    });

    it('drops javascript: and data: links with a warning', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await fixture<SabbaAuthorCard>(html`<sabba-author-card
        name="Budi"
        href="javascript:alert(1)"
        avatar=${'data:image/svg+xml,<svg onload=alert(1)>'}
        same-as="JaVaScRiPt:alert(2) data:text/html,hi https://x.com/budi"
      ></sabba-author-card>`);
      expect(part(el, 'name')!.localName).to.equal('span');
      expect(shadow(el).querySelector('img')).to.equal(null);
      const hrefs = Array.from(shadow(el).querySelectorAll('a')).map((a) => a.getAttribute('href'));
      expect(hrefs).to.deep.equal(['https://x.com/budi']);
      const messages = warn.getCalls().map((call) => String(call.args[0]));
      expect(messages.some((m) => m.includes('href "javascript:alert(1)"'))).to.equal(true);
      expect(messages.some((m) => m.includes('avatar "data:image'))).to.equal(true);
      expect(messages.some((m) => m.includes('"JaVaScRiPt:alert(2)"'))).to.equal(true);
    });

    it('falls back for unknown type and unusable collapsed-lines, with warnings', async () => {
      const warn = sinon.stub(console, 'warn');
      for (const lines of ['-2', 'NaN', '1.5', '0', '9999']) {
        const el = await fixture<SabbaAuthorCard>(html`<sabba-author-card
          name="Budi"
          type="robot-${lines}"
          collapsed-lines=${lines}
          bio="Bio"
        ></sabba-author-card>`);
        expect(part(el, 'bio')!.style.getPropertyValue('--_lines'), lines).to.equal('3');
        expect(part(el, 'badge')).to.equal(null);
      }
      const messages = warn.getCalls().map((call) => String(call.args[0]));
      expect(messages.filter((m) => m.includes('collapsed-lines'))).to.have.length.greaterThan(3);
      expect(messages.some((m) => m.includes('type "robot-0"'))).to.equal(true);
    });

    it('keeps a huge bio whole and stays usable', async () => {
      const huge = 'kata '.repeat(20000);
      const el = await fixture<SabbaAuthorCard>(html`<div style="inline-size: 320px">
        <sabba-author-card name="Budi" bio=${huge}></sabba-author-card>
      </div>`).then((wrapper) => wrapper.querySelector('sabba-author-card')!);
      const card = new AuthorCardHarness(el);
      await card.settled();
      expect(part(el, 'bio')!.textContent.length).to.be.at.least(huge.trim().length);
      await waitUntil(() => card.toggle !== null, 'toggle for a huge bio');
    });
  });

  describe('collapsible bio', () => {
    async function longBioCard(bio: string, lines?: number): Promise<SabbaAuthorCard> {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 320px">
        <sabba-author-card name="Budi" bio=${bio} collapsed-lines=${lines ?? 3}></sabba-author-card>
      </div>`);
      const el = wrapper.querySelector('sabba-author-card')!;
      await new AuthorCardHarness(el).settled();
      return el;
    }

    it('shows no toggle for a short bio', async () => {
      const el = await longBioCard('Wartawan Lebak.');
      const card = new AuthorCardHarness(el);
      await card.settled();
      expect(card.toggle).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('clamps a long bio, keeps the full text in the DOM and toggles it', async () => {
      const el = await longBioCard(LONG_BIO);
      const card = new AuthorCardHarness(el);
      await waitUntil(() => card.toggle !== null, 'toggle for a long bio');
      const bio = part(el, 'bio')!;
      const button = card.toggle!;
      const lineHeight = parseFloat(getComputedStyle(bio).lineHeight);
      expect(bio.clientHeight).to.be.closeTo(3 * lineHeight, 2);
      expect(bio.textContent.trim()).to.equal(LONG_BIO);
      expect(text(button)).to.equal('Selengkapnya');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(button.getAttribute('aria-controls')).to.equal('bio');
      expect(bio.id).to.equal('bio');
      await expect(el).to.be.accessible();

      await card.clickToggle();
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(text(button)).to.equal('Sembunyikan');
      expect(bio.clientHeight).to.be.greaterThan(3 * lineHeight + 2);
      await expect(el).to.be.accessible();

      button.click();
      await card.settled();
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(bio.clientHeight).to.be.closeTo(3 * lineHeight, 2);
    });

    /**
     * Connects `el` in a 320 px box; while `settle` runs microtasks of the connecting task, nothing
     * reads `scrollHeight`; then the toggle for the long bio appears.
     */
    async function expectMeasuredAfterFirstFrame(el: SabbaAuthorCard, settle: () => Promise<void>): Promise<void> {
      const reads = sinon.spy(Element.prototype, 'scrollHeight', ['get']);
      const wrapper = document.createElement('div');
      wrapper.style.inlineSize = '320px';
      wrapper.append(el);
      document.body.append(wrapper);
      try {
        await settle();
        expect(reads.get.callCount, 'scrollHeight read before the first frame').to.equal(0);
        const card = new AuthorCardHarness(el);
        await waitUntil(() => card.toggle !== null, 'toggle for a long bio');
      } finally {
        wrapper.remove();
      }
    }

    /** Lets the connecting task's microtasks run (`turns` of them after each update). */
    const microtasks = async (el: SabbaAuthorCard, updates: number, turns: number): Promise<void> => {
      for (let update = 0; update < updates; update += 1) {
        await el.updateComplete;
        for (let turn = 0; turn < turns; turn += 1) await Promise.resolve();
      }
    };

    it('reads no layout while it first renders, and still shows the toggle for a long bio', async () => {
      // Issue 20: a layout read before the first frame lays out the whole starting page at once.
      const el = document.createElement('sabba-author-card');
      Object.assign(el, { name: 'Budi', bio: LONG_BIO });
      await expectMeasuredAfterFirstFrame(el, () => microtasks(el, 1, 20));
    });

    it('reads no layout while a slotted bio arrives, and still shows the toggle for it', async () => {
      // The slot's content lands in a second update of the connecting task (slotchange); that
      // update must leave the measuring to the observer's first report too (issue 20).
      const el = document.createElement('sabba-author-card');
      el.name = 'Budi';
      const paragraph = document.createElement('p');
      paragraph.textContent = LONG_BIO;
      el.append(paragraph);
      await expectMeasuredAfterFirstFrame(el, () => microtasks(el, 2, 50));
    });

    it('follows collapsed-lines', async () => {
      const el = await longBioCard(LONG_BIO, 5);
      const bio = part(el, 'bio')!;
      expect(bio.clientHeight).to.be.closeTo(5 * parseFloat(getComputedStyle(bio).lineHeight), 2);
    });

    it('re-measures when the card gets wider or narrower', async () => {
      const medium = LONG_BIO.slice(0, 260);
      const el = await longBioCard(medium);
      const card = new AuthorCardHarness(el);
      await waitUntil(() => card.toggle !== null, 'toggle at 320px');
      el.parentElement!.style.inlineSize = '2000px';
      await waitUntil(() => card.toggle === null, 'no toggle at 2000px');
      el.parentElement!.style.inlineSize = '320px';
      await waitUntil(() => card.toggle !== null, 'toggle again at 320px');
    });

    it('still re-measures after it was taken out of the page and put back', async () => {
      const el = await longBioCard(LONG_BIO.slice(0, 260));
      const card = new AuthorCardHarness(el);
      await waitUntil(() => card.toggle !== null, 'toggle at 320px');
      const parent = el.parentElement!;
      el.remove();
      parent.append(el);
      // Past the re-insertion's own measure (fonts.ready), so only the resize can hide the toggle.
      await aTimeout(100);
      expect(card.toggle).not.to.equal(null);
      parent.style.inlineSize = '2000px';
      await waitUntil(() => card.toggle === null, 'no toggle at 2000px after re-insertion');
    });

    it('re-measures when the slotted bio changes', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 320px">
        <sabba-author-card name="Redaksi" type="organization"><p>Singkat.</p></sabba-author-card>
      </div>`);
      const el = wrapper.querySelector('sabba-author-card')!;
      const card = new AuthorCardHarness(el);
      await card.settled();
      expect(card.toggle).to.equal(null);
      const quote = document.createElement('blockquote');
      quote.textContent = `${SEED_QUOTE} ${SEED_QUOTE}`;
      el.append(quote);
      await waitUntil(() => card.toggle !== null, 'toggle after a longer slotted bio');
    });

    it('works with the keyboard', async () => {
      const el = await longBioCard(LONG_BIO);
      const card = new AuthorCardHarness(el);
      await waitUntil(() => card.toggle !== null, 'toggle for a long bio');
      const button = card.toggle!;
      button.focus();
      expect(shadow(el).activeElement).to.equal(button);
      await card.pressOnToggle('Enter');
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      await card.pressOnToggle(' ');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(shadow(el).activeElement).to.equal(button);
    });

    it('is reached with Tab: name, toggle, then each profile', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 320px">
        <button id="before">before</button>
        <sabba-author-card name="Budi" href="/author/budi/" bio=${LONG_BIO} same-as="https://x.com/budi"></sabba-author-card>
      </div>`);
      const el = wrapper.querySelector('sabba-author-card')!;
      const card = new AuthorCardHarness(el);
      await waitUntil(() => card.toggle !== null, 'toggle for a long bio');
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      const order: string[] = [];
      for (let index = 0; index < 3; index += 1) {
        await sendKeys({ press: 'Tab' });
        order.push(shadow(el).activeElement?.getAttribute('part') ?? 'outside');
      }
      expect(order).to.deep.equal(['name', 'toggle', 'profile-link']);
    });
  });

  describe('languages', () => {
    it('speaks English when asked', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en" style="inline-size: 320px">
        <sabba-author-card name="Redaksi" type="organization" same-as="https://t.me/sabba https://sabba.id/" bio=${LONG_BIO}></sabba-author-card>
      </div>`);
      const el = wrapper.querySelector('sabba-author-card')!;
      const card = new AuthorCardHarness(el);
      await waitUntil(() => card.toggle !== null, 'toggle for a long bio');
      expect(text(part(el, 'badge'))).to.equal('Newsroom');
      expect(text(card.toggle)).to.equal('Show more');
      expect(card.profileNames()).to.deep.equal(['Redaksi on Telegram', 'Redaksi on sabba.id']);
      await card.clickToggle();
      expect(text(card.toggle)).to.equal('Show less');
      await expect(el).to.be.accessible();
    });

    it('switches language live and takes text overrides', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 320px">
        <sabba-author-card name="Budi" bio=${LONG_BIO} show-more-label="Baca bio"></sabba-author-card>
      </div>`);
      const el = wrapper.querySelector('sabba-author-card')!;
      const card = new AuthorCardHarness(el);
      await waitUntil(() => card.toggle !== null, 'toggle for a long bio');
      expect(text(card.toggle)).to.equal('Baca bio');
      el.lang = 'en';
      el.strings = { showLess: 'Fold', profileOn: (name, network) => `${network}: ${name}` };
      el.sameAs = 'https://x.com/budi';
      await el.updateComplete;
      await card.clickToggle();
      expect(text(card.toggle)).to.equal('Fold');
      expect(card.profileNames()).to.deep.equal(['X: Budi']);
    });
  });

  describe('structured data', () => {
    const added: Element[] = [];
    afterEach(() => {
      for (const node of added.splice(0)) node.remove();
    });
    function pageJsonLd(data: unknown): void {
      const script = document.createElement('script');
      script.type = 'application/ld+json';
      script.textContent = JSON.stringify(data);
      document.head.append(script);
      added.push(script);
    }

    it('emits nothing unless asked', async () => {
      const el = await fixture<SabbaAuthorCard>(html`<sabba-author-card name="Budi"></sabba-author-card>`);
      const card = new AuthorCardHarness(el);
      expect(card.jsonLd()).to.equal(undefined);
    });

    it('describes exactly what the card shows', async () => {
      const el = await fixture<SabbaAuthorCard>(html`<sabba-author-card
        structured-data
        name="Budi Santoso"
        job-title="Wartawan"
        avatar=${AVATAR}
        href="/author/budi/"
        same-as="https://instagram.com/budi javascript:alert(1) https://x.com/budi"
        bio="Meliput Lebak."
      ></sabba-author-card>`);
      const card = new AuthorCardHarness(el);
      const data = card.jsonLd()!;
      const link = part(el, 'name') as HTMLAnchorElement;
      expect(data).to.deep.equal({
        '@context': 'https://schema.org',
        '@type': 'Person',
        '@id': `${link.href}#author`,
        name: text(link),
        url: link.href,
        image: (part(el, 'avatar') as HTMLImageElement).src,
        jobTitle: text(part(el, 'job-title')),
        sameAs: card.profileLinks.map((a) => a.href),
        description: text(part(el, 'bio')),
      });
      expect(googleAuthorProblems(data)).to.deep.equal([]);
      // Light DOM, outside any slot: crawlers see it, readers do not.
      const script = el.querySelector('script')!;
      expect(script.parentElement).to.equal(el);
      expect(script.assignedSlot).to.equal(null);
    });

    it("describes the seed's Redaksi as an Organization that meets Google's author expectations", async () => {
      const el = await fixture<SabbaAuthorCard>(html`<sabba-author-card
        structured-data
        name="Redaksi"
        type="organization"
        href="/author/redaksi/"
        same-as="https://instagram.com/sabba.id https://x.com/sabbaid"
        ><blockquote>${SEED_QUOTE}</blockquote></sabba-author-card
      >`);
      const card = new AuthorCardHarness(el);
      await el.updateComplete;
      const data = card.jsonLd()!;
      expect(data['@type']).to.equal('Organization');
      expect(data.description).to.equal(SEED_QUOTE);
      expect(data.sameAs).to.deep.equal(['https://instagram.com/sabba.id', 'https://x.com/sabbaid']);
      expect(googleAuthorProblems(data)).to.deep.equal([]);
      // The check itself catches a wrong node.
      expect(googleAuthorProblems({ ...data, '@type': 'Thing', name: 'Oleh Redaksi', url: '/author' })).to.have.length(
        3,
      );
    });

    it('keeps a bio with </script> inside the JSON', async () => {
      const bio = 'Bio </script><script>window.__pwned = true</script><!-- “kutip” "quote" \\ 🦊';
      const el = await fixture<SabbaAuthorCard>(
        html`<sabba-author-card structured-data name="Budi" bio=${bio}></sabba-author-card>`,
      );
      const script = el.querySelector('script')!;
      expect(script.textContent).not.to.include('</script');
      // Re-parse the markup a server-side renderer or a crawler would get.
      const parsed = new DOMParser().parseFromString(`<body>${el.outerHTML}</body>`, 'text/html');
      const scripts = parsed.querySelectorAll('script');
      expect(scripts).to.have.length(1);
      expect((JSON.parse(scripts[0]!.textContent) as { description: string }).description).to.equal(bio);
      expect((window as unknown as { __pwned?: boolean }).__pwned).to.equal(undefined);
    });

    it('reuses the @id of a node the page already has for this author', async () => {
      const url = new URL('/author/redaksi/', location.href).href;
      pageJsonLd({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebPage', '@id': `${location.href}#webpage`, url },
          { '@type': 'Organization', '@id': 'https://sabba.id/#organization', name: 'Redaksi', url },
        ],
      });
      const el = await fixture<SabbaAuthorCard>(html`<sabba-author-card
        structured-data
        name="Redaksi"
        type="organization"
        href="/author/redaksi/"
      ></sabba-author-card>`);
      const card = new AuthorCardHarness(el);
      expect(card.jsonLd()?.['@id']).to.equal('https://sabba.id/#organization');
      // A second card for the same author (a byline and a box) names the same entity.
      const byline = await fixture<SabbaAuthorCard>(html`<sabba-author-card
        compact
        structured-data
        name="Redaksi"
        type="organization"
        href="/author/redaksi/"
      ></sabba-author-card>`);
      expect(new AuthorCardHarness(byline).jsonLd()?.['@id']).to.equal('https://sabba.id/#organization');
    });

    it('does not merge with a node of the other type, and says so', async () => {
      const warn = sinon.stub(console, 'warn');
      pageJsonLd({
        '@type': 'Person',
        '@id': 'https://sabba.id/#/schema/person/1',
        url: new URL('/author/tim/', location.href).href,
      });
      const el = await fixture<SabbaAuthorCard>(html`<sabba-author-card
        structured-data
        name="Tim"
        type="organization"
        href="/author/tim/"
      ></sabba-author-card>`);
      const card = new AuthorCardHarness(el);
      expect(card.jsonLd()?.['@id']).to.equal(new URL('/author/tim/#author', location.href).href);
      expect(warn.getCalls().some((call) => String(call.args[0]).includes('its @id was not reused'))).to.equal(true);
    });

    it('follows changes: a failed photo, a new name, the compact variant', async () => {
      const el = await fixture<SabbaAuthorCard>(html`<sabba-author-card
        structured-data
        name="Agus"
        avatar=${MISSING_AVATAR}
        job-title="Editor"
        bio="Bio"
        href="/author/agus/"
      ></sabba-author-card>`);
      const card = new AuthorCardHarness(el);
      await waitUntil(() => part(el, 'initials') !== null, 'initials after the 404', { timeout: 5000 });
      await el.updateComplete;
      expect(card.jsonLd()).not.to.have.property('image');
      el.name = 'Agus Salim';
      await el.updateComplete;
      expect(card.jsonLd()?.name).to.equal('Agus Salim');
      el.compact = true;
      await el.updateComplete;
      expect(Object.keys(card.jsonLd()!)).to.deep.equal(['@context', '@type', '@id', 'name', 'url']);
      expect(el.querySelectorAll('script')).to.have.length(1);
    });

    it('removes its script when turned off or disconnected, and restores it when reconnected', async () => {
      const el = await fixture<SabbaAuthorCard>(
        html`<sabba-author-card structured-data name="Budi"></sabba-author-card>`,
      );
      expect(el.querySelectorAll('script')).to.have.length(1);
      el.structuredData = false;
      await el.updateComplete;
      expect(el.querySelectorAll('script')).to.have.length(0);
      el.structuredData = true;
      await el.updateComplete;
      const parent = el.parentElement!;
      el.remove();
      expect(el.querySelectorAll('script')).to.have.length(0);
      parent.append(el);
      expect(el.querySelectorAll('script')).to.have.length(1);
    });

    it('writes its JSON-LD on a page that enforces Trusted Types', async () => {
      const frame = document.createElement('iframe');
      frame.src = '/tests/author-card/fixtures/trusted-types.html';
      added.push(frame);
      document.body.append(frame);
      await new Promise((resolve) => {
        frame.addEventListener('load', resolve, { once: true });
      });
      const frameWindow = frame.contentWindow as (Window & typeof globalThis) | null;
      const frameDocument = frame.contentDocument!;
      if (frameWindow !== null && 'trustedTypes' in frameWindow) {
        // The page really enforces it: the usual way of filling a script is refused.
        expect(() => {
          frameDocument.createElement('script').textContent = '{}';
        }).to.throw();
      }
      await waitUntil(
        () => frameDocument.querySelector('sabba-author-card script') !== null,
        'JSON-LD in the strict page',
        { timeout: 5000 },
      );
      const script = frameDocument.querySelector('sabba-author-card script')!;
      expect(JSON.parse(script.textContent)).to.include({
        '@type': 'Organization',
        name: 'Redaksi',
        description: 'Bio </script> “kutip”',
      });
    });

    it('emits nothing without a name, and warns', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await fixture<SabbaAuthorCard>(
        html`<sabba-author-card structured-data bio="Bio"></sabba-author-card>`,
      );
      const card = new AuthorCardHarness(el);
      expect(card.jsonLd()).to.equal(undefined);
      expect(warn.getCalls().some((call) => String(call.args[0]).includes('no name'))).to.equal(true);
    });
  });
});
