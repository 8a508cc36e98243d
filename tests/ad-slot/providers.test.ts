import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/components/ad-slot/ad-slot.define.js';
import type { SabbaAdErrorEvent, SabbaAdRenderEvent } from '../../src/components/ad-slot/ad-slot.events.js';
import { SabbaAdSlot } from '../../src/components/ad-slot/ad-slot.js';
import type { AdSlotContext } from '../../src/components/ad-slot/providers/provider.js';
import { registerAdProvider } from '../../src/components/ad-slot/providers/registry.js';
import { AdFailure, classifyFailure, loadScript } from '../../src/components/ad-slot/script-loader.js';

interface StandinWindow {
  gptStandin?: { fill?: boolean; delay?: number; size?: [number, number]; viewable?: boolean; log?: string[] };
  adsenseStandin?: { fill?: boolean; delay?: number };
}
const w = window as unknown as StandinWindow;

describe('<sabba-ad-slot provider="gpt"> (GPT stand-in)', () => {
  const defaultSrc = SabbaAdSlot.gptSrc;
  before(() => {
    SabbaAdSlot.gptSrc = '/ad-slot/gpt.js'; // the static config a site (or a test) points elsewhere
  });
  after(() => {
    SabbaAdSlot.gptSrc = defaultSrc;
  });
  beforeEach(() => {
    w.gptStandin = { log: [] };
  });

  it("defaults to Google's script URL", () => {
    expect(defaultSrc).to.equal('https://securepubads.g.doubleclick.net/tag/js/gpt.js');
  });

  it('defines the slot on its light-DOM div, displays once connected and reports the fill', async () => {
    const el = await fixture<SabbaAdSlot>(
      html`<sabba-ad-slot provider="gpt" ad-unit="/1234/sabba/artikel" sizes="300x250, 336x280" size-map="0:300x250, 336x280 | 768:728x90"></sabba-ad-slot>`,
    );
    const event = await oneEvent<SabbaAdRenderEvent>(el, 'sabba-ad-render');
    const id = el.querySelector('[slot="creative"]')!.id;
    expect(w.gptStandin!.log).to.deep.equal([
      `defineSlot /1234/sabba/artikel ${id}`,
      'enableServices',
      `display ${id}`,
    ]);
    expect(event.detail.empty).to.equal(false);
    expect(el.querySelector(`#${id} iframe`)).not.to.equal(null);
    expect(el.matches(':state(filled)')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('refuses an ad-unit that is not an ad unit path, before loading any script', async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      const el = await fixture<SabbaAdSlot>(
        html`<sabba-ad-slot provider="gpt" ad-unit="/1234/a b;alert(1)" sizes="300x250"></sabba-ad-slot>`,
      );
      const event = await oneEvent<SabbaAdErrorEvent>(el, 'sabba-ad-error');
      expect(event.detail.reason).to.equal('error');
      expect(w.gptStandin!.log).to.deep.equal([]);
      expect(warn.args.some(([m]) => String(m).includes('is not an ad unit path'))).to.equal(true);
    } finally {
      warn.restore();
    }
  });

  it('reports no fill as an empty render and keeps the placeholder', async () => {
    w.gptStandin = { fill: false, log: [] };
    const el = await fixture<SabbaAdSlot>(
      html`<sabba-ad-slot provider="gpt" lang="en" ad-unit="/1234/sabba/artikel" sizes="300x250"></sabba-ad-slot>`,
    );
    const event = await oneEvent<SabbaAdRenderEvent>(el, 'sabba-ad-render');
    expect(event.detail).to.deep.equal({ empty: true, width: 0, height: 0 });
    expect(el.shadowRoot!.querySelector('[part="placeholder"]')!.textContent.trim()).to.equal('Advertisement Space');
    await expect(el).to.be.accessible();
  });

  it("passes GPT's impressionViewable on as sabba-ad-viewable", async () => {
    w.gptStandin = { viewable: true, log: [] };
    const el = await fixture<SabbaAdSlot>(
      html`<sabba-ad-slot provider="gpt" ad-unit="/1234/sabba/artikel" sizes="300x250"></sabba-ad-slot>`,
    );
    await oneEvent(el, 'sabba-ad-viewable');
    expect(el.matches(':state(viewable)')).to.equal(true);
  });

  it('destroys its slot when removed', async () => {
    const el = await fixture<SabbaAdSlot>(
      html`<sabba-ad-slot provider="gpt" ad-unit="/1234/sabba/artikel" sizes="300x250"></sabba-ad-slot>`,
    );
    await oneEvent(el, 'sabba-ad-render');
    const id = el.querySelector('[slot="creative"]')!.id;
    el.remove();
    expect(w.gptStandin!.log).to.include(`destroySlots ${id}`);
  });

  it('refreshes through pubads().refresh and reports the new creative', async () => {
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const el = await fixture<SabbaAdSlot>(
        html`<sabba-ad-slot provider="gpt" ad-unit="/1234/sabba/artikel" sizes="300x250" refresh="30"></sabba-ad-slot>`,
      );
      // The stand-in answers on zero-delay timers: let the fake clock run until the first render.
      const state = { first: false };
      el.addEventListener('sabba-ad-render', () => (state.first = true), { once: true });
      for (let i = 0; i < 200 && !state.first; i += 1) {
        await clock.tickAsync(1);
        await nextFrame();
      }
      expect(state.first).to.equal(true);
      await nextFrame();
      await nextFrame();
      const rendered = oneEvent(el, 'sabba-ad-render');
      await clock.tickAsync(1000); // viewable (MRC: one second in view), then 30 s
      await clock.tickAsync(30_000);
      await clock.tickAsync(1);
      await rendered;
      expect(w.gptStandin!.log).to.include('refresh');
    } finally {
      clock.restore();
    }
  });
});

describe('<sabba-ad-slot provider="adsense"> (AdSense stand-in)', () => {
  beforeEach(() => {
    w.adsenseStandin = {};
  });

  it('pushes one <ins class="adsbygoogle"> and reads data-ad-status="filled"', async () => {
    const el = await fixture<SabbaAdSlot>(
      html`<sabba-ad-slot provider="adsense" ad-client="ca-pub-1234567890123456" ad-slot="1234567890" script-src="/ad-slot/adsbygoogle.js" sizes="336x280"></sabba-ad-slot>`,
    );
    const event = await oneEvent<SabbaAdRenderEvent>(el, 'sabba-ad-render');
    const ins = el.querySelector('ins.adsbygoogle')!;
    expect(ins.getAttribute('data-ad-client')).to.equal('ca-pub-1234567890123456');
    expect(ins.getAttribute('data-ad-status')).to.equal('filled');
    expect(event.detail).to.deep.equal({ empty: false, width: 336, height: 280 });
    const script = document.querySelector<HTMLScriptElement>('script[src*="/ad-slot/adsbygoogle.js"]')!;
    expect(new URL(script.src).searchParams.get('client')).to.equal('ca-pub-1234567890123456');
    await expect(el).to.be.accessible();
  });

  it('reads data-ad-status="unfilled" as an empty render', async () => {
    w.adsenseStandin = { fill: false };
    const el = await fixture<SabbaAdSlot>(
      html`<sabba-ad-slot provider="adsense" ad-client="ca-pub-1234567890123456" ad-slot="1234567890" script-src="/ad-slot/adsbygoogle.js" sizes="300x250"></sabba-ad-slot>`,
    );
    const event = await oneEvent<SabbaAdRenderEvent>(el, 'sabba-ad-render');
    expect(event.detail.empty).to.equal(true);
    expect(document.querySelectorAll('script[src*="/ad-slot/adsbygoogle.js"]')).to.have.length(1); // loaded once per page
  });

  it('refuses a malformed client id with an error and a warning', async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      const el = await fixture<SabbaAdSlot>(
        html`<sabba-ad-slot provider="adsense" ad-client="javascript:alert(1)" ad-slot="x" sizes="300x250"></sabba-ad-slot>`,
      );
      const event = await oneEvent<SabbaAdErrorEvent>(el, 'sabba-ad-error');
      expect(event.detail.reason).to.equal('error');
      expect(el.querySelector('ins')).to.equal(null);
      expect(warn.args.some(([m]) => String(m).includes('javascript:alert(1)'))).to.equal(true);
    } finally {
      warn.restore();
    }
  });
});

describe('<sabba-ad-slot> registered providers', () => {
  it('lets a site register its own provider, which gets the container and the sizes', async () => {
    let seen: AdSlotContext | undefined;
    registerAdProvider('local-server', (context) => {
      seen = context;
      return {
        request: () => Promise.resolve(),
        render: () => {
          const link = document.createElement('a');
          link.href = 'https://example.com/';
          link.textContent = 'Local ad';
          context.container.append(link);
          return Promise.resolve({ empty: false, width: 320, height: 50 });
        },
        destroy: () => {
          context.container.replaceChildren();
        },
      };
    });
    // A control after the slot: Tab from the page's last focusable element would leave the
    // document for the browser's own UI, and Firefox then keeps focus there for later test files.
    const wrapper = await fixture<HTMLElement>(html`
      <div><sabba-ad-slot provider="local-server" sizes="320x50"></sabba-ad-slot><button id="after">after</button></div>
    `);
    const el = wrapper.querySelector<SabbaAdSlot>('sabba-ad-slot')!;
    const event = await oneEvent<SabbaAdRenderEvent>(el, 'sabba-ad-render');
    expect(event.detail).to.deep.equal({ empty: false, width: 320, height: 50 });
    expect(seen?.activeSizes).to.deep.equal([{ width: 320, height: 50 }]);
    expect(seen!.container.isConnected).to.equal(true);
    el.querySelector('a')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement?.id, 'Tab leaves the creative for the next control').to.equal('after');
    await expect(el).to.be.accessible();
  });

  it('turns a provider that throws into an error event, and refuses bad registrations', async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      registerAdProvider('Bad Name!', () => ({
        request: () => Promise.resolve(),
        render: () => Promise.reject(new Error('x')),
        destroy: () => undefined,
      }));
      registerAdProvider('thrower', () => {
        throw new Error('factory broke');
      });
      const el = await fixture<SabbaAdSlot>(html`<sabba-ad-slot provider="thrower" sizes="300x250"></sabba-ad-slot>`);
      const event = await oneEvent<SabbaAdErrorEvent>(el, 'sabba-ad-error');
      expect(event.detail.reason).to.equal('error');
      expect(warn.args.some(([m]) => String(m).includes('"Bad Name!"'))).to.equal(true);
    } finally {
      warn.restore();
    }
  });
});

describe('ad-slot script loader', () => {
  it('loads a script once per URL and shares the promise', async () => {
    const first = loadScript('/ad-slot/adsbygoogle.js?loader-test', { timeout: 5000 });
    const second = loadScript('/ad-slot/adsbygoogle.js?loader-test', { timeout: 5000 });
    expect(first).to.equal(second);
    await first.catch(() => undefined);
  });

  it('tells a 404 (server answered) from a request that never left (blocked)', async () => {
    expect(await classifyFailure('/ad-slot/missing.js')).to.equal('error');
    expect(await classifyFailure('http://127.0.0.1:1/gpt.js')).to.equal('blocked');
    const failure = await loadScript('/ad-slot/missing.js?again', { timeout: 5000 }).catch((error: unknown) => error);
    expect(failure).to.be.instanceOf(AdFailure);
    expect((failure as AdFailure).reason).to.equal('error');
  });
});
