import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { html as litHtml, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { backToTopTexts } from '../../src/components/back-to-top/back-to-top.texts.js';
import { resolveLanguage, watchedLanguageHosts } from '../../src/controllers/language-controller.js';
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
    const wrapper = await fixture<HTMLElement>(
      html`<section lang="en-GB"><div><sabba-language-probe></sabba-language-probe></div></section>`,
    );
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

/** An element with one text property and one number property, recording what each update saw. */
@customElement('sabba-text-probe')
class TextProbe extends SabbaElement {
  @property() caption = 'start';
  @property({ type: Number }) count = 0;
  readonly seen: { caption: unknown; previous: unknown }[] = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('caption')) this.seen.push({ caption: this.caption, previous: changed.get('caption') });
  }

  override render(): TemplateResult {
    return litHtml`<span>${this.caption.trim()}</span>`;
  }
}

describe('SabbaElement text properties', () => {
  it('hold a string whatever a page writes, and report the change once with the real old value', async () => {
    const el = await fixture<TextProbe>(html`<sabba-text-probe caption="Halo"></sabba-text-probe>`);
    el.seen.length = 0;
    el.removeAttribute('caption');
    expect(el.caption).to.equal('');
    await el.updateComplete;
    expect(el.seen).to.deep.equal([{ caption: '', previous: 'Halo' }]);

    (el as unknown as Record<string, unknown>).caption = 42;
    expect(el.caption).to.equal('42');
    (el as unknown as Record<string, unknown>).caption = undefined;
    expect(el.caption).to.equal('');
    await el.updateComplete;
    expect(el.shadowRoot?.textContent).to.equal('');
  });

  it('leave other property types alone', async () => {
    const el = await fixture<TextProbe>(html`<sabba-text-probe count="3"></sabba-text-probe>`);
    expect(el.count).to.equal(3);
    el.removeAttribute('count');
    expect(el.count).to.equal(null);
  });
});

describe('SabbaElement text attributes', () => {
  it('lets a text attribute win over the strings property, and a blank one fall back to it', async () => {
    await import('../../src/components/ad-slot/ad-slot.define.js');
    await import('../../src/components/comment-form/comment-form.define.js');
    const slot = await fixture<HTMLElement & { strings: object }>(
      html`<sabba-ad-slot provider="none" label="   " .strings=${{ label: 'Sponsor' }}></sabba-ad-slot>`,
    );
    expect(slot.shadowRoot?.querySelector('[part="label"]')?.textContent.trim()).to.equal('Sponsor');

    const form = await fixture<HTMLElement & { strings: object }>(
      html`<sabba-comment-form post-id="1" heading="\t " .strings=${{ title: 'Komentar Anda' }}></sabba-comment-form>`,
    );
    expect(form.shadowRoot?.querySelector('[role="heading"]')?.textContent.trim()).to.equal('Komentar Anda');

    form.setAttribute('heading', 'Diskusi');
    await (form as unknown as { updateComplete: Promise<boolean> }).updateComplete;
    expect(form.shadowRoot?.querySelector('[role="heading"]')?.textContent.trim()).to.equal('Diskusi');
  });
});

/** An element whose custom states come from its reactive state only. */
@customElement('sabba-states-probe')
class StatesProbe extends SabbaElement {
  @property({ type: Boolean }) busy = false;
  @property() mode = 'a';

  protected override customStates(): Record<string, boolean> {
    return { busy: this.busy, 'mode-b': this.mode === 'b' };
  }
}

describe('SabbaElement custom states', () => {
  it('derives its states from reactive state after every update, so they never drift', async () => {
    const el = await fixture<StatesProbe>(html`<sabba-states-probe busy></sabba-states-probe>`);
    expect(el.matches(':state(busy)')).to.equal(true);
    expect(el.matches(':state(mode-b)')).to.equal(false);
    el.busy = false;
    el.mode = 'b';
    await el.updateComplete;
    expect(el.matches(':state(busy)')).to.equal(false);
    expect(el.matches(':state(mode-b)')).to.equal(true);
  });
});
