/**
 * A card printed by the WordPress plugin (tests/author-card/server-markup.ts builds exactly what
 * wordpress/includes/author-card.php prints): the element shows the server's content from the light
 * DOM, prints no second copy of the server's JSON-LD, and lets attributes win.
 */
import { expect, fixture } from '@open-wc/testing';
import { html, unsafeStatic } from 'lit/static-html.js';
import type { SabbaAuthorCard } from '../../src/components/author-card/author-card.js';
import { part, partText, parts, shadow, text } from '../helpers/dom.js';
import { AuthorCardHarness } from './harness.js';
import { REDAKSI, RINA, serverCard, serverJsonLd } from './server-markup.js';

/** Puts `markup` (the plugin's HTML) in the page and waits for the card to settle. */
async function printed(markup: string): Promise<{ el: SabbaAuthorCard; card: AuthorCardHarness }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div>${unsafeStatic(markup)}</div>`);
  const el = wrapper.querySelector('sabba-author-card')!;
  const card = new AuthorCardHarness(el);
  await card.settled();
  return { el, card };
}

/** The light-DOM nodes a reader would see drawn: only those a slot of the card shows. */
function drawnLightNodes(el: Element): Element[] {
  return [...el.children].filter((child) => child.assignedSlot !== null);
}

describe('<sabba-author-card> printed by the WordPress plugin', () => {
  it('shows the server’s name, link, role, photo, bio and profile links without any attribute', async () => {
    const { el, card } = await printed(serverCard(RINA));
    const name = part(el, 'name');
    expect(name?.tagName).to.equal('A');
    expect(text(name)).to.equal('Rina Kartika');
    expect(name?.getAttribute('href')).to.equal(RINA.href);
    expect(partText(el, 'job-title')).to.equal('Wartawan Ekonomi');
    expect(part(el, 'avatar')?.getAttribute('src')).to.equal(RINA.avatar);
    expect(card.profileLinks.map((link) => link.href)).to.deep.equal(RINA.links);
    expect(card.profileNames()).to.deep.equal([
      'Rina Kartika di rina.example.id',
      'Rina Kartika di Facebook',
      'Rina Kartika di X',
    ]);
    // The bio the server printed is what the card's bio box shows (through its slot).
    expect(drawnLightNodes(el).map((node) => node.className)).to.deep.equal(['sabba-author-bio']);
    expect(text(drawnLightNodes(el)[0])).to.equal(RINA.bio);
  });

  it('draws none of the server’s own copy once upgraded: one name, one set of links for screen readers', async () => {
    const { el } = await printed(serverCard(RINA));
    for (const node of el.querySelectorAll('[slot="server"]')) {
      expect(node.assignedSlot, node.className).to.equal(null);
      expect(node.checkVisibility(), node.className).to.equal(false);
    }
    const serverLink = el.querySelector<HTMLAnchorElement>('.sabba-author-name a');
    serverLink?.focus();
    expect(document.activeElement).not.to.equal(serverLink);
    expect(parts(el, 'name')).to.have.length(1);
  });

  it('shows the newsroom as an organization with its initials when the site shows no avatars', async () => {
    const { el } = await printed(serverCard(REDAKSI));
    expect(partText(el, 'badge')).to.equal('Tim redaksi');
    expect(partText(el, 'name')).to.equal('Redaksi Sabba');
    expect(partText(el, 'initials')).to.equal('RS');
    expect(el.type).to.equal('organization');
  });

  it('keeps the compact byline to a photo and a name', async () => {
    const { el } = await printed(serverCard(RINA, { compact: true }));
    expect(partText(el, 'name')).to.equal('Rina Kartika');
    expect(part(el, 'bio')).to.equal(null);
    expect(part(el, 'profiles')).to.equal(null);
  });

  it('lets an attribute the page set win over the server’s content', async () => {
    const markup = serverCard(RINA).replace(
      '<sabba-author-card type="person">',
      '<sabba-author-card type="person" name="Rina K." job-title="Redaktur">',
    );
    const { el } = await printed(markup);
    expect(partText(el, 'name')).to.equal('Rina K.');
    expect(partText(el, 'job-title')).to.equal('Redaktur');
    expect(part(el, 'name')?.getAttribute('href')).to.equal(RINA.href);
  });

  it('prints no second JSON-LD node when the server printed the author’s', async () => {
    const schemaId = `${location.origin}/#/schema/person/0123456789abcdef0123456789abcdef`;
    const head = document.createRange().createContextualFragment(serverJsonLd(RINA, schemaId, location.href));
    const script = head.firstElementChild as HTMLScriptElement;
    document.head.append(script);
    try {
      const { card } = await printed(serverCard(RINA).replace('type="person"', 'type="person" structured-data'));
      expect(card.jsonLd()).to.equal(undefined);
      expect(document.querySelectorAll('script[type="application/ld+json"]')).to.have.length(1);
    } finally {
      script.remove();
    }
  });

  it('still describes a server-rendered author the page’s JSON-LD does not know', async () => {
    const { card } = await printed(serverCard(RINA).replace('type="person"', 'type="person" structured-data'));
    expect(card.jsonLd()).to.include({ '@type': 'Person', name: 'Rina Kartika', url: RINA.href });
  });

  it('reads hostile server content as text and refuses its URLs', async () => {
    const markup = serverCard({
      name: '<img src=x onerror="window.__pwned=true">',
      jobTitle: '</p><script>window.__pwned=true</script>',
      href: 'javascript:window.__pwned=true',
      avatar: 'javascript:window.__pwned=true',
      links: ['https://x.com/ok'],
    }).replace('href="https://x.com/ok"', 'href="javascript:window.__pwned=true"');
    const { el } = await printed(markup);
    expect(partText(el, 'name')).to.equal('<img src=x onerror="window.__pwned=true">');
    expect(part(el, 'name')?.tagName).to.equal('SPAN');
    expect(partText(el, 'job-title')).to.equal('</p><script>window.__pwned=true</script>');
    expect(part(el, 'initials')).not.to.equal(null);
    expect(shadow(el).querySelectorAll('[part="profile-link"]')).to.have.length(0);
    expect((window as { __pwned?: boolean }).__pwned).to.equal(undefined);
  });
});
