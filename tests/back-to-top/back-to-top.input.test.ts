import { aTimeout, expect, html } from '@open-wc/testing';
import sinon from 'sinon';
import type { SabbaBackToTop } from '../../src/components/back-to-top/back-to-top.js';
import { shadow } from '../helpers/dom.js';
import { articlePage, BackToTopHarness, deepActiveElement, preferReducedMotion, resetPage } from './harness.js';

/** The `[sabba]` warnings printed while `run` ran. */
async function warningsDuring(run: () => Promise<unknown>): Promise<string[]> {
  const warn = sinon.stub(console, 'warn');
  try {
    await run();
    return warn.getCalls().map((call) => String(call.args[0]));
  } finally {
    warn.restore();
  }
}

describe('<sabba-back-to-top> languages and texts', () => {
  const htmlLang = document.documentElement.getAttribute('lang');
  afterEach(async () => {
    sinon.restore();
    if (htmlLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', htmlLang);
    await resetPage();
  });

  it('speaks Indonesian by default', async () => {
    document.documentElement.removeAttribute('lang');
    const el = await articlePage(html`<sabba-back-to-top></sabba-back-to-top>`);
    const backToTop = new BackToTopHarness(el);
    expect(backToTop.name()).to.equal('Kembali ke atas');
    await backToTop.scrollPageTo(2000, true);
    await expect(el).to.be.accessible();
  });

  it('speaks English with lang="en", and follows the page when it switches', async () => {
    const el = await articlePage(html`<sabba-back-to-top lang="en"></sabba-back-to-top>`);
    const backToTop = new BackToTopHarness(el);
    expect(backToTop.name()).to.equal('Back to top');
    await backToTop.scrollPageTo(2000, true);
    await expect(el).to.be.accessible();
    el.removeAttribute('lang');
    document.documentElement.setAttribute('lang', 'id');
    await el.updateComplete;
    expect(backToTop.name()).to.equal('Kembali ke atas');
  });

  it('takes its name from the label attribute, then the strings property', async () => {
    const el = await articlePage(html`<sabba-back-to-top label="Ke judul"></sabba-back-to-top>`);
    const backToTop = new BackToTopHarness(el);
    expect(backToTop.name()).to.equal('Ke judul');
    el.label = '';
    el.strings = { label: 'Naik' };
    await el.updateComplete;
    expect(backToTop.name()).to.equal('Naik');
  });

  it('shows the icon to sighted readers only', async () => {
    const el = await articlePage(html`<sabba-back-to-top progress></sabba-back-to-top>`);
    for (const svg of shadow(el).querySelectorAll('svg')) expect(svg.getAttribute('aria-hidden')).to.equal('true');
  });
});

describe('<sabba-back-to-top> hostile input', () => {
  afterEach(async () => {
    sinon.restore();
    await resetPage();
  });

  it('renders a hostile or huge label as plain text, and ignores a blank one', async () => {
    const hostile = '<img src=x onerror="window.pwned=1">';
    const el = await articlePage(html`<sabba-back-to-top label=${hostile}></sabba-back-to-top>`);
    const backToTop = new BackToTopHarness(el);
    expect(backToTop.name()).to.equal(hostile);
    expect(shadow(el).querySelector('img')).to.equal(null);
    el.label = 'x'.repeat(100_000);
    await el.updateComplete;
    expect(backToTop.name()).to.have.length(100_000);
    el.label = '   ';
    await el.updateComplete;
    expect(backToTop.name()).to.equal('Kembali ke atas');
    expect((window as { pwned?: number }).pwned).to.equal(undefined);
  });

  for (const [value, why] of [
    ['-200', 'negative'],
    ['banyak', 'not a number'],
    ['NaN', 'NaN'],
  ] as const) {
    it(`falls back to one viewport for a ${why} threshold, with a warning`, async () => {
      let el!: SabbaBackToTop;
      const warnings = await warningsDuring(async () => {
        el = await articlePage(html`<sabba-back-to-top threshold=${value}></sabba-back-to-top>`);
      });
      const backToTop = new BackToTopHarness(el);
      expect(warnings.join('\n')).to.contain('threshold').and.to.contain(value);
      await backToTop.scrollPageTo(innerHeight / 2, false);
      await aTimeout(50);
      expect(el.shown).to.equal(false);
      await backToTop.scrollPageTo(innerHeight + 100, true);
    });
  }

  it('clamps a huge threshold without throwing (the button then never shows on a normal page)', async () => {
    let el!: SabbaBackToTop;
    const warnings = await warningsDuring(async () => {
      el = await articlePage(html`<sabba-back-to-top threshold="1e308"></sabba-back-to-top>`);
    });
    expect(warnings.join('\n')).to.contain('1000000 px');
    window.scrollTo({ top: 3000, behavior: 'instant' });
    await aTimeout(100);
    expect(el.shown).to.equal(false);
  });

  it('accepts a threshold written with px, and a property set from script', async () => {
    const el = await articlePage(html`<sabba-back-to-top threshold=" 150px "></sabba-back-to-top>`);
    const backToTop = new BackToTopHarness(el);
    expect(el.threshold).to.equal(150);
    await backToTop.scrollPageTo(200, true);
    const warnings = await warningsDuring(async () => {
      el.threshold = Number.POSITIVE_INFINITY;
      await el.updateComplete;
    });
    expect(warnings.join('\n')).to.contain('Infinity');
    await backToTop.scrollPageTo(2500, false);
  });

  for (const selector of ['[[[', '<img src=x onerror=alert(1)>', '#nothing-here']) {
    it(`falls back to the main heading for focus-target ${JSON.stringify(selector)}`, async () => {
      await preferReducedMotion();
      const el = await articlePage(html`<sabba-back-to-top focus-target=${selector}></sabba-back-to-top>`);
      const backToTop = new BackToTopHarness(el);
      await backToTop.scrollPageTo(2500, true);
      const warnings = await warningsDuring(async () => {
        await backToTop.press('Enter');
      });
      expect(scrollY).to.equal(0);
      expect(deepActiveElement()).to.equal(document.getElementById('title'));
      expect(warnings.join('\n')).to.contain('focus-target');
    });
  }

  it('uses the inline-end corner for an unknown position, with a warning', async () => {
    let el!: HTMLElement;
    const warnings = await warningsDuring(async () => {
      el = await articlePage(html`<sabba-back-to-top position="middle"></sabba-back-to-top>`);
    });
    expect(warnings.join('\n')).to.contain('"middle"');
    expect(el.matches(':state(start)')).to.equal(false);
  });

  it('watches the page when scroll-container is invalid or matches nothing', async () => {
    for (const selector of ['###', '#no-such-box']) {
      let el!: SabbaBackToTop;
      const warnings = await warningsDuring(async () => {
        el = await articlePage(html`<sabba-back-to-top scroll-container=${selector}></sabba-back-to-top>`);
      });
      const backToTop = new BackToTopHarness(el);
      expect(warnings.join('\n')).to.contain('scroll-container');
      await backToTop.scrollPageTo(2500, true);
      await backToTop.scrollPageTo(0, false);
    }
  });
});
