import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { html as litHtml, type TemplateResult } from 'lit';
import { customElement } from 'lit/decorators.js';
import { resolveLanguage, watchedLanguageHosts } from '../../src/controllers/language-controller.js';
import { backToTopTexts } from '../../src/components/back-to-top/back-to-top.texts.js';
import { SabbaElement } from '../../src/internal/sabba-element.js';

/** A minimal element that shows one localized text and exposes a custom state. */
@customElement('sabba-language-probe')
class LanguageProbe extends SabbaElement {
  override render(): TemplateResult {
    return litHtml`<span>${this.localize(backToTopTexts).label}</span>`;
  }

  setBusy(on: boolean): void {
    this.toggleState('busy', on);
  }
}

const text = (el: LanguageProbe): string => el.shadowRoot?.textContent.trim() ?? '';

describe('SabbaElement language', () => {
  const htmlLang = document.documentElement.getAttribute('lang');
  afterEach(() => {
    if (htmlLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', htmlLang);
  });

  it('speaks Indonesian by default', async () => {
    document.documentElement.removeAttribute('lang');
    const el = await fixture<LanguageProbe>(html`<sabba-language-probe></sabba-language-probe>`);
    expect(el.language).to.equal('id');
    expect(text(el)).to.equal('Kembali ke atas');
  });

  it('follows its own lang attribute and property', async () => {
    const el = await fixture<LanguageProbe>(html`<sabba-language-probe lang="en"></sabba-language-probe>`);
    expect(text(el)).to.equal('Back to top');
    el.lang = 'id';
    await el.updateComplete;
    expect(text(el)).to.equal('Kembali ke atas');
  });

  it('follows the closest ancestor, also across a shadow root', async () => {
    const wrapper = await fixture<HTMLElement>(html`<section lang="en-GB"><div><sabba-language-probe></sabba-language-probe></div></section>`);
    const el = wrapper.querySelector<LanguageProbe>('sabba-language-probe')!;
    expect(text(el)).to.equal('Back to top');

    const host = await fixture<HTMLElement>(html`<div lang="en"></div>`);
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(resolveLanguage(inner)).to.equal('en');
  });

  it('re-renders when <html lang> changes', async () => {
    document.documentElement.setAttribute('lang', 'id');
    const el = await fixture<LanguageProbe>(html`<sabba-language-probe></sabba-language-probe>`);
    expect(text(el)).to.equal('Kembali ke atas');
    document.documentElement.setAttribute('lang', 'en');
    await nextFrame();
    await el.updateComplete;
    expect(text(el)).to.equal('Back to top');
  });

  it('falls back to Indonesian for a language it does not speak', async () => {
    const el = await fixture<LanguageProbe>(html`<sabba-language-probe lang="fr"></sabba-language-probe>`);
    expect(text(el)).to.equal('Kembali ke atas');
  });

  it('stops watching the page when removed', async () => {
    const before = watchedLanguageHosts();
    const el = await fixture<LanguageProbe>(html`<sabba-language-probe></sabba-language-probe>`);
    expect(watchedLanguageHosts()).to.equal(before + 1);
    el.remove();
    expect(watchedLanguageHosts()).to.equal(before);
  });

  it('sets custom states for styling', async () => {
    const el = await fixture<LanguageProbe>(html`<sabba-language-probe></sabba-language-probe>`);
    el.setBusy(true);
    expect(el.matches(':state(busy)')).to.equal(true);
    el.setBusy(false);
    expect(el.matches(':state(busy)')).to.equal(false);
  });
});
