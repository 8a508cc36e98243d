/**
 * One focus ring for every element (internal/host.styles.ts): a keyboard user sees the same
 * 3 px outline in `--sabba-focus-ring` on every control, whichever widget it belongs to.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import '../../src/sabba.js';

const RING = 'rgb(11, 87, 208)';

/** Tabs from a button placed before `host` and returns the control that received focus. */
async function tabInto(host: LitElement): Promise<Element> {
  await host.updateComplete;
  const start = document.createElement('button');
  start.textContent = 'start';
  host.before(start);
  start.focus();
  await sendKeys({ press: 'Tab' });
  const focused = host.shadowRoot?.activeElement;
  start.remove();
  expect(focused, 'a control inside the widget has focus').to.be.instanceOf(Element);
  return focused!;
}

function expectRing(control: Element): void {
  const style = getComputedStyle(control);
  expect(style.outlineStyle).to.equal('solid');
  expect(style.outlineWidth).to.equal('3px');
  expect(style.outlineColor).to.equal(RING);
}

describe('the shared focus ring', () => {
  beforeEach(() => {
    document.documentElement.style.setProperty('--sabba-focus-ring', RING);
  });
  afterEach(() => document.documentElement.style.removeProperty('--sabba-focus-ring'));

  it('draws on the comment form’s fields', async () => {
    const el = await fixture<LitElement>(
      html`<sabba-comment-form site-url="/wpt/ring" post-id="1"></sabba-comment-form>`,
    );
    expectRing(await tabInto(el));
  });

  it('draws on the author card’s links', async () => {
    const el = await fixture<LitElement>(
      html`<sabba-author-card name="Sari Dewi" href="https://sabba.id/author/sari"></sabba-author-card>`,
    );
    expectRing(await tabInto(el));
  });

  it('draws on the adblock notice’s buttons', async () => {
    const el = await fixture<LitElement & { verdict: unknown }>(
      html`<sabba-adblock-notice mode="banner"></sabba-adblock-notice>`,
    );
    el.verdict = { blocked: true, confidence: 'high', signals: [] };
    expectRing(await tabInto(el));
    el.remove();
  });

  it('draws on the back-to-top button', async () => {
    const spacer = await fixture<HTMLElement>(html`<div style="block-size: 4000px"></div>`);
    const el = document.createElement('sabba-back-to-top') as LitElement;
    el.setAttribute('threshold', '10');
    spacer.after(el);
    window.scrollTo(0, 2000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expectRing(await tabInto(el));
    window.scrollTo(0, 0);
    el.remove();
  });
});
