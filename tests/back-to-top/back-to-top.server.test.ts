/**
 * The link the WordPress plugin prints (wordpress/includes/page-widgets.php:
 * `<sabba-back-to-top><a href="#top">Kembali ke atas</a></sabba-back-to-top>`, at the end of the
 * body), styled only by the plugin's stylesheet (wordpress/css/widgets.css). While the element is
 * NOT defined yet the link waits, hidden, where the button will be, and takes over as a plain link
 * if the script never comes; once defined the element's button is the one control, in the same box.
 * This file must not import the element before it has measured.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { frames, loadPluginStylesheet } from '../helpers/plugin-page.js';

/** Exactly what the plugin prints in the footer (esc_html__( 'Back to top' ) in Indonesian). */
const PRINTED = '<sabba-back-to-top><a href="#top">Kembali ke atas</a></sabba-back-to-top>';

const round = (rect: DOMRect) => [rect.x, rect.y, rect.width, rect.height].map((value) => Math.round(value)).join(' ');

describe('<sabba-back-to-top> printed by the WordPress plugin', () => {
  let host: HTMLElement;
  let link: HTMLAnchorElement;
  let boxBefore = '';
  let visibleBefore = true;
  let fallback: { visible: boolean; scrolledTo: number } | undefined;
  const shifts: number[] = [];

  before(async () => {
    await setViewport({ width: 360, height: 640 });
    await loadPluginStylesheet();
    const article = document.createElement('main');
    article.innerHTML = `<h1>Judul</h1>${'<p>Isi artikel yang panjang sekali.</p>'.repeat(150)}`;
    document.body.append(article);
    document.body.insertAdjacentHTML('beforeend', PRINTED);
    host = document.querySelector('sabba-back-to-top') as HTMLElement;
    link = host.querySelector('a')!;
    await frames(2);
    boxBefore = round(host.getBoundingClientRect());
    visibleBefore = link.checkVisibility({ visibilityProperty: true });

    // The script never arriving: the stylesheet's 5 s fallback, run to its end, shows the link,
    // and the link alone takes the reader back up.
    const reveal = document
      .getAnimations()
      .find((animation) => (animation as CSSAnimation).animationName === 'sabba-back-to-top-fallback');
    if (reveal !== undefined) {
      window.scrollTo(0, 3000);
      reveal.finish();
      await frames(2);
      const visible = link.checkVisibility({ visibilityProperty: true });
      link.click();
      await frames(2);
      fallback = { visible, scrolledTo: window.scrollY };
      reveal.cancel();
    }

    if (PerformanceObserver.supportedEntryTypes.includes('layout-shift')) {
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) shifts.push((entry as PerformanceEntry & { value: number }).value);
      });
      observer.observe({ type: 'layout-shift' });
      await import('../../src/components/back-to-top/back-to-top.define.js');
      await (host as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      await frames(3);
      for (const entry of observer.takeRecords()) shifts.push((entry as PerformanceEntry & { value: number }).value);
      observer.disconnect();
    } else {
      await import('../../src/components/back-to-top/back-to-top.define.js');
      await (host as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      await frames(3);
    }
  });

  it('keeps the link out of sight while the script loads, so nothing flashes', () => {
    expect(visibleBefore).to.equal(false);
  });

  it('falls back to the plain link, which goes to the top, when the script never arrives', () => {
    expect(fallback).to.deep.equal({ visible: true, scrolledTo: 0 });
  });

  it('upgrades in the same box: no layout shift', () => {
    expect(round(host.getBoundingClientRect())).to.equal(boxBefore);
    expect(shifts).to.deep.equal([]);
  });

  it('leaves one control for keyboard and screen-reader users: the button, never the link', async () => {
    window.scrollTo(0, 4000);
    const button = host.shadowRoot?.querySelector('button');
    await waitUntil(() => button !== undefined && button !== null && !button.inert, 'the button shows');
    expect(link.checkVisibility({ visibilityProperty: true })).to.equal(false);
    expect(link.assignedSlot).to.equal(null);
    link.focus();
    expect(document.activeElement).not.to.equal(link);
    // Tab from the last paragraph: the button is next, then nothing of ours.
    const paragraphs = document.querySelectorAll('main p');
    const last = paragraphs[paragraphs.length - 1] as HTMLElement;
    last.tabIndex = -1;
    last.focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(host);
    expect(host.shadowRoot?.activeElement).to.equal(button);
    expect(button?.textContent.trim()).to.equal('Kembali ke atas');
  });
});
