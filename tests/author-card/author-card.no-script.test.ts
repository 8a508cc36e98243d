/**
 * The card the WordPress plugin printed when its script never arrives (blocked, failed): styled
 * only by the plugin's stylesheet (wordpress/css/widgets.css), it first keeps the element's boxes
 * (the bio folded, the links in one row) and after the stylesheet's 5 s fallback shows the whole
 * bio and every link as text. The element is never defined in this file.
 */
import { expect, nextFrame } from '@open-wc/testing';
import { loadPluginStylesheet } from '../helpers/plugin-page.js';
import { RINA, serverCard } from './server-markup.js';

describe('<sabba-author-card> printed by the plugin, when the script never arrives', () => {
  let card: HTMLElement;

  before(async () => {
    await loadPluginStylesheet();
    const main = document.createElement('main');
    main.style.cssText = 'inline-size: 328px; font: 16px/1.6 sans-serif';
    main.innerHTML = serverCard(RINA);
    document.body.append(main);
    card = main.querySelector('sabba-author-card') as HTMLElement;
    await nextFrame();
  });

  /** Whether `node` shows all of itself (nothing clipped by its own box). */
  const whole = (node: Element) =>
    node.scrollHeight <= node.clientHeight + 1 && node.scrollWidth <= node.clientWidth + 1;

  it('keeps the element’s boxes while the script may still come', () => {
    expect(customElements.get('sabba-author-card')).to.equal(undefined);
    expect(whole(card.querySelector('.sabba-author-bio')!)).to.equal(false);
  });

  it('shows the whole bio and every profile link after 5 s without the element', async () => {
    for (const animation of document.getAnimations()) animation.finish();
    await nextFrame();
    const bio = card.querySelector('.sabba-author-bio')!;
    expect(whole(bio)).to.equal(true);
    expect(bio.textContent.trim()).to.equal(RINA.bio);
    const links = card.querySelector('.sabba-author-links')!;
    expect(whole(links)).to.equal(true);
    const cardBox = card.getBoundingClientRect();
    for (const link of links.querySelectorAll('a')) {
      const box = link.getBoundingClientRect();
      expect(box.right, link.textContent).to.be.at.most(cardBox.right);
      expect(link.checkVisibility({ visibilityProperty: true })).to.equal(true);
    }
  });
});
