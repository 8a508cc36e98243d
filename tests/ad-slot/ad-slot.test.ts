import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/components/ad-slot/ad-slot.define.js';
import type { SabbaAdErrorEvent, SabbaAdRenderEvent } from '../../src/components/ad-slot/ad-slot.events.js';
import { SabbaAdSlot } from '../../src/components/ad-slot/ad-slot.js';
import { AdSlotHarness, frames, isShown } from './harness.js';

/** An article with a slot between two paragraphs, as on the seed page. */
async function article(slot: ReturnType<typeof html>): Promise<{ el: SabbaAdSlot; next: HTMLElement }> {
  const wrapper = await fixture<HTMLElement>(
    html`<article style="inline-size:100%"><p>Before</p>${slot}<p id="after">After</p></article>`,
  );
  const el = wrapper.querySelector<SabbaAdSlot>('sabba-ad-slot')!;
  // A slot draws in a task of its own after the upgrade (its box is held meanwhile): wait for it.
  await el.updateComplete;
  return { el, next: wrapper.querySelector<HTMLElement>('#after')! };
}

describe('<sabba-ad-slot> space reservation', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  for (const [width, height] of [
    [360, 250],
    [800, 90],
    [1280, 0],
  ] as const) {
    it(`reserves ${height} px at ${width} px wide before and after the creative fills`, async () => {
      await setViewport({ width, height: 700 });
      const { el, next } = await article(html`
        <sabba-ad-slot provider="html" src="/ad-slot/creative.html" sizes="300x250, 728x90"
          size-map="0:300x250 | 768:728x90 | 1024:none"></sabba-ad-slot>
      `);
      await el.updateComplete;
      const before = next.getBoundingClientRect().top;
      if (height === 0) {
        expect(isShown(el)).to.equal(false); // no ad at this width: nothing reserved, nothing shown
        return;
      }
      expect(new AdSlotHarness(el).frameHeight).to.equal(height);
      await oneEvent(el, 'sabba-ad-render');
      await frames();
      expect(next.getBoundingClientRect().top).to.equal(before);
      expect(el.querySelector('iframe')!.getBoundingClientRect().height).to.equal(height);
    });
  }

  it('keeps the height when the creative is smaller, empty or failed', async () => {
    const { el, next } = await article(
      html`<sabba-ad-slot provider="html" sizes="300x250, 300x600"><template><p>small</p></template></sabba-ad-slot>`,
    );
    const before = next.getBoundingClientRect().top;
    expect(new AdSlotHarness(el).frameHeight).to.equal(600);
    await oneEvent(el, 'sabba-ad-render');
    expect(next.getBoundingClientRect().top).to.equal(before);

    const failed = await article(
      html`<sabba-ad-slot provider="gpt" ad-unit="/1/x" script-src="/ad-slot/missing.js" sizes="320x100"></sabba-ad-slot>`,
    );
    const failedTop = failed.next.getBoundingClientRect().top;
    await oneEvent(failed.el, 'sabba-ad-error');
    expect(failed.next.getBoundingClientRect().top).to.equal(failedTop);
    expect(new AdSlotHarness(failed.el).placeholderShown).to.equal(true);
  });
});

describe('<sabba-ad-slot> label, placeholder and accessibility', () => {
  it('shows "Iklan" and "Ruang Iklan" in Indonesian, as a labelled group', async () => {
    const el = await fixture<SabbaAdSlot>(html`<sabba-ad-slot sizes="300x250"></sabba-ad-slot>`);
    expect(new AdSlotHarness(el).label).to.equal('Iklan');
    expect(new AdSlotHarness(el).placeholder).to.equal('Ruang Iklan');
    const group = el.shadowRoot!.querySelector('[part="base"]')!;
    expect(group.getAttribute('role')).to.equal('group');
    expect(group.getAttribute('aria-labelledby')).to.equal('label');
    await expect(el).to.be.accessible();
  });

  it('adds no landmark: two slots on a page are not two regions both named "Iklan"', async () => {
    const page = await fixture<HTMLElement>(html`<main><h1>Artikel</h1>
      <sabba-ad-slot sizes="300x250"></sabba-ad-slot><p>Teks.</p><sabba-ad-slot sizes="300x250"></sabba-ad-slot></main>`);
    const slots = [...page.querySelectorAll<SabbaAdSlot>('sabba-ad-slot')];
    await Promise.all(slots.map((slot) => slot.updateComplete));
    for (const slot of slots)
      expect(slot.shadowRoot!.querySelectorAll('section, aside, [role="region"]').length).to.equal(0);
    await expect(page).to.be.accessible();
  });

  it('speaks English and takes label and placeholder overrides as text', async () => {
    const el = await fixture<SabbaAdSlot>(html`<sabba-ad-slot lang="en" sizes="300x250"></sabba-ad-slot>`);
    expect(new AdSlotHarness(el).label).to.equal('Advertisement');
    expect(new AdSlotHarness(el).placeholder).to.equal('Advertisement Space');
    el.label = '<img src=x onerror=alert(1)>';
    el.strings = { placeholder: 'Your brand here' };
    await el.updateComplete;
    expect(new AdSlotHarness(el).label).to.equal('<img src=x onerror=alert(1)>');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(new AdSlotHarness(el).placeholder).to.equal('Your brand here');
    await expect(el).to.be.accessible();
  });

  it('puts the creative container in the light DOM with a page-unique id and no filter-list names', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div><sabba-ad-slot sizes="300x250"></sabba-ad-slot><sabba-ad-slot sizes="300x250"></sabba-ad-slot></div>`,
    );
    const containers = [...wrapper.querySelectorAll<HTMLElement>('sabba-ad-slot > [slot="creative"]')];
    expect(containers).to.have.length(2);
    expect(containers[0]!.id).to.match(/^sabba-creative-\d+$/);
    expect(containers[0]!.id).not.to.equal(containers[1]!.id);
    expect(containers[0]!.className).to.equal('');
  });

  it('lets the keyboard reach a creative and leave it again (no trap)', async () => {
    const wrapper = await fixture<HTMLElement>(html`
      <div><button id="before">before</button>
      <sabba-ad-slot provider="html" sizes="300x250"><template><a href="https://example.com/">Offer</a></template></sabba-ad-slot>
      <button id="after">after</button></div>
    `);
    const el = wrapper.querySelector('sabba-ad-slot')!;
    await oneEvent(el, 'sabba-ad-render');
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement?.localName).to.equal('iframe');
    expect(document.activeElement?.getAttribute('title')).to.equal('Iklan');
    // Through the creative's link and out again: a few presses reach the next control.
    for (let i = 0; i < 3 && document.activeElement?.id !== 'after'; i += 1) await sendKeys({ press: 'Tab' });
    expect(document.activeElement?.id).to.equal('after');
    await expect(el).to.be.accessible();
  });
});

describe('<sabba-ad-slot> html provider', () => {
  it('renders a src creative in a sandboxed, titled iframe, never same-origin', async () => {
    const el = await fixture<SabbaAdSlot>(
      html`<sabba-ad-slot provider="html" lang="en" src="/ad-slot/creative.html" sizes="336x280"></sabba-ad-slot>`,
    );
    const event = await oneEvent<SabbaAdRenderEvent>(el, 'sabba-ad-render');
    expect(event.detail).to.deep.equal({ empty: false, width: 336, height: 280 });
    const iframe = el.querySelector('iframe')!;
    expect(iframe.getAttribute('sandbox')).to.equal('allow-popups allow-popups-to-escape-sandbox'); // no scripts, no top navigation
    expect(iframe.title).to.equal('Advertisement');
    expect(new URL(iframe.src).pathname).to.equal('/ad-slot/creative.html');
    expect(iframe.contentDocument).to.equal(null); // opaque origin: the page cannot reach in, nor the creative out
    expect(new AdSlotHarness(el).placeholderShown).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('turns a slotted <template> into srcdoc, hostile markup included, inside the sandbox', async () => {
    const el = await fixture<SabbaAdSlot>(html`
      <sabba-ad-slot provider="html" sizes="300x250"><template><p>Langganan</p><img src="x" alt="" onerror="parent.hacked = true"></template></sabba-ad-slot>
    `);
    await oneEvent(el, 'sabba-ad-render');
    const iframe = el.querySelector('iframe')!;
    expect(iframe.srcdoc).to.contain('<p>Langganan</p>');
    await frames(5);
    expect((window as unknown as { hacked?: boolean }).hacked).to.equal(undefined);
  });

  it('refuses a javascript: src with a warning and stays an empty slot', async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      const el = await fixture<SabbaAdSlot>(
        html`<sabba-ad-slot provider="html" src="javascript:alert(1)" sizes="300x250"></sabba-ad-slot>`,
      );
      const event = await oneEvent<SabbaAdRenderEvent>(el, 'sabba-ad-render');
      expect(event.detail.empty).to.equal(true);
      expect(el.querySelector('iframe')).to.equal(null);
      expect(warn.args.some(([m]) => String(m).includes('javascript:alert(1)'))).to.equal(true);
      expect(new AdSlotHarness(el).placeholder).to.equal('Ruang Iklan');
    } finally {
      warn.restore();
    }
  });
});

describe('<sabba-ad-slot> lazy loading', () => {
  it('makes no request below the fold until scrolled near, then requests and renders', async () => {
    const wrapper = await fixture<HTMLElement>(html`
      <div><div style="block-size:6000px"></div>
      <sabba-ad-slot provider="html" src="/ad-slot/creative.html" sizes="300x250"></sabba-ad-slot></div>
    `);
    const el = wrapper.querySelector('sabba-ad-slot')!;
    const requested = sinon.spy();
    el.addEventListener('sabba-ad-request', requested);
    await frames(5);
    expect(requested.called).to.equal(false);
    expect(el.querySelector('iframe')).to.equal(null);
    const rendered = oneEvent(el, 'sabba-ad-render');
    new AdSlotHarness(el).scrollIntoView();
    await rendered;
    expect(requested.calledOnce).to.equal(true);
    window.scrollTo(0, 0);
  });

  it('with provider="none" shows only the placeholder and asks nobody', async () => {
    const requested = sinon.spy();
    document.addEventListener('sabba-ad-request', requested);
    const el = await fixture<SabbaAdSlot>(html`<sabba-ad-slot provider="none" sizes="300x250"></sabba-ad-slot>`);
    await frames(5);
    document.removeEventListener('sabba-ad-request', requested);
    expect(requested.called).to.equal(false);
    expect(new AdSlotHarness(el).placeholder).to.equal('Ruang Iklan');
  });
});

describe('<sabba-ad-slot> collapse', () => {
  it('collapse="offscreen" keeps an empty slot under the reader and collapses it out of view', async () => {
    const wrapper = await fixture<HTMLElement>(html`
      <div><sabba-ad-slot provider="html" collapse="offscreen" sizes="300x250"></sabba-ad-slot><div style="block-size:4000px"></div></div>
    `);
    const el = wrapper.querySelector('sabba-ad-slot')!;
    await oneEvent(el, 'sabba-ad-render');
    await frames();
    expect(el.getBoundingClientRect().height).to.be.greaterThan(250);
    window.scrollTo(0, 3000);
    await frames(4);
    expect(el.getBoundingClientRect().height).to.equal(0);
    window.scrollTo(0, 0);
  });

  it('collapse="never" (default) keeps the placeholder of an empty slot off-screen too', async () => {
    const wrapper = await fixture<HTMLElement>(html`
      <div><sabba-ad-slot provider="html" sizes="300x250"></sabba-ad-slot><div style="block-size:4000px"></div></div>
    `);
    const el = wrapper.querySelector('sabba-ad-slot')!;
    await oneEvent(el, 'sabba-ad-render');
    window.scrollTo(0, 3000);
    await frames(4);
    expect(el.getBoundingClientRect().height).to.be.greaterThan(250);
    window.scrollTo(0, 0);
  });
});

describe('<sabba-ad-slot> failures', () => {
  it('reports a 404 script as error and keeps the placeholder', async () => {
    const el = await fixture<SabbaAdSlot>(
      html`<sabba-ad-slot provider="gpt" ad-unit="/1234/sabba/artikel" script-src="/ad-slot/missing.js" sizes="300x250"></sabba-ad-slot>`,
    );
    const event = await oneEvent<SabbaAdErrorEvent>(el, 'sabba-ad-error');
    expect(event.detail).to.deep.equal({ reason: 'error' });
    expect(event.bubbles && event.composed).to.equal(true);
    expect(new AdSlotHarness(el).placeholder).to.equal('Ruang Iklan');
    await expect(el).to.be.accessible();
  });

  it('reports a script that throws while running as error', async () => {
    // The stand-in's exception is the point of the test; keep mocha from counting it as ours.
    const saved = window.onerror;
    window.onerror = () => true;
    try {
      const el = await fixture<SabbaAdSlot>(
        html`<sabba-ad-slot provider="gpt" ad-unit="/1234/sabba/artikel" script-src="/ad-slot/throws.js" sizes="300x250"></sabba-ad-slot>`,
      );
      const event = await oneEvent<SabbaAdErrorEvent>(el, 'sabba-ad-error');
      expect(event.detail.reason).to.equal('error');
    } finally {
      window.onerror = saved;
    }
  });

  it('reports a request that never reaches a server as blocked, at document level', async () => {
    const errored = oneEvent<SabbaAdErrorEvent>(document, 'sabba-ad-error');
    // Port 1 is refused by every browser before any server is asked: the same failure an ad
    // blocker's cancelled request or a DNS blocker's unresolvable host produces.
    // Another origin than the page's or Google's: only the page-level setting, from script, takes it.
    const saved = SabbaAdSlot.gptSrc;
    SabbaAdSlot.gptSrc = 'http://127.0.0.1:1/gpt.js';
    try {
      await fixture<SabbaAdSlot>(
        html`<sabba-ad-slot provider="gpt" ad-unit="/1234/sabba/artikel" sizes="300x250"></sabba-ad-slot>`,
      );
      const event = await errored;
      expect(event.detail.reason).to.equal('blocked');
    } finally {
      SabbaAdSlot.gptSrc = saved;
    }
  });

  it('reports a script that never answers as timeout after `timeout` ms', async () => {
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const el = await fixture<SabbaAdSlot>(
        html`<sabba-ad-slot provider="gpt" ad-unit="/1234/sabba/artikel" script-src="/ad-slot/hang.js" timeout="3000" sizes="300x250"></sabba-ad-slot>`,
      );
      await oneEvent(el, 'sabba-ad-request');
      const errored = oneEvent<SabbaAdErrorEvent>(el, 'sabba-ad-error');
      await clock.tickAsync(2999);
      expect(el.matches(':state(error)')).to.equal(false);
      await clock.tickAsync(1);
      const event = await errored;
      expect(event.detail.reason).to.equal('timeout');
    } finally {
      clock.restore();
    }
  });

  it('warns about a malformed ad unit, an unknown provider and hostile sizes without crashing', async () => {
    const warn = sinon.stub(console, 'warn');
    const hostile = '<img src=x onerror=alert(1)>';
    try {
      const bad = await fixture<SabbaAdSlot>(
        html`<sabba-ad-slot provider="gpt" ad-unit=${hostile} sizes="300x250"></sabba-ad-slot>`,
      );
      expect((await oneEvent<SabbaAdErrorEvent>(bad, 'sabba-ad-error')).detail.reason).to.equal('error');
      const unknown = await fixture<SabbaAdSlot>(
        html`<sabba-ad-slot provider="nope" sizes="-1x-1, javascript:alert(1)" fetch-margin="-5" timeout="abc"></sabba-ad-slot>`,
      );
      await frames(3);
      expect(new AdSlotHarness(unknown).frameHeight).to.equal(250); // fallback reservation
      const text = warn.args.map(([m]) => String(m)).join('\n');
      expect(text).to.contain(`ad-unit="${hostile}"`);
      expect(text).to.contain('provider="nope"');
      expect(text).to.contain('needs sizes');
      expect(text).to.contain('fetch-margin=-5');
    } finally {
      warn.restore();
    }
  });
});

describe('<sabba-ad-slot> viewability (real IntersectionObserver, fake clock)', () => {
  it('fires sabba-ad-viewable after one continuous second in view, once', async () => {
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const el = await fixture<SabbaAdSlot>(
        html`<sabba-ad-slot provider="html" sizes="300x250"><template><p>ad</p></template></sabba-ad-slot>`,
      );
      const viewable = sinon.spy();
      el.addEventListener('sabba-ad-viewable', viewable);
      await oneEvent(el, 'sabba-ad-render');
      await frames(3);
      await clock.tickAsync(999);
      expect(viewable.called).to.equal(false);
      await clock.tickAsync(1);
      expect(viewable.calledOnce).to.equal(true);
      expect(el.matches(':state(viewable)')).to.equal(true);
      await clock.tickAsync(5000);
      expect(viewable.calledOnce).to.equal(true);
    } finally {
      clock.restore();
    }
  });

  it('does not count a creative scrolled away before the second is over', async () => {
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const wrapper = await fixture<HTMLElement>(
        html`<div><sabba-ad-slot provider="html" sizes="300x250"><template><p>ad</p></template></sabba-ad-slot><div style="block-size:4000px"></div></div>`,
      );
      const el = wrapper.querySelector('sabba-ad-slot')!;
      const viewable = sinon.spy();
      el.addEventListener('sabba-ad-viewable', viewable);
      await oneEvent(el, 'sabba-ad-render');
      await frames(3);
      await clock.tickAsync(600);
      window.scrollTo(0, 2000);
      await frames(3);
      await clock.tickAsync(5000);
      expect(viewable.called).to.equal(false);
      window.scrollTo(0, 0);
      await frames(3);
      await clock.tickAsync(1000);
      expect(viewable.calledOnce).to.equal(true);
    } finally {
      clock.restore();
      window.scrollTo(0, 0);
    }
  });

  it('refreshes a viewable slot refresh seconds after it became viewable, at most refresh-max times', async () => {
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const el = await fixture<SabbaAdSlot>(
        html`<sabba-ad-slot provider="html" sizes="300x250" refresh="30" refresh-max="1"><template><p>ad</p></template></sabba-ad-slot>`,
      );
      await oneEvent(el, 'sabba-ad-render');
      const requests: boolean[] = [];
      el.addEventListener('sabba-ad-request', (event) => requests.push(event.detail.refresh));
      await frames(3);
      const rendered = oneEvent(el, 'sabba-ad-render');
      await clock.tickAsync(1000); // one second in view: the impression is viewable (MRC)
      expect(el.matches(':state(viewable)')).to.equal(true);
      await clock.tickAsync(29_999);
      expect(requests, 'not yet: 30 s count from the viewable moment, not from the render').to.deep.equal([]);
      await clock.tickAsync(1);
      await rendered;
      expect(requests).to.deep.equal([true]);
      await frames(3);
      await clock.tickAsync(120_000);
      expect(requests).to.deep.equal([true]);
    } finally {
      clock.restore();
    }
  });

  it('stops everything on disconnect and starts a new impression on reconnect', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div><sabba-ad-slot provider="html" sizes="300x250"><template><p>ad</p></template></sabba-ad-slot></div>`,
    );
    const el = wrapper.querySelector('sabba-ad-slot')!;
    await oneEvent(el, 'sabba-ad-render');
    el.remove();
    expect(el.querySelector('iframe')).to.equal(null);
    const again = oneEvent(el, 'sabba-ad-render');
    wrapper.append(el);
    await again;
    expect(el.querySelectorAll('iframe')).to.have.length(1);
    expect(el.querySelectorAll('[slot="creative"]')).to.have.length(1);
  });
});
