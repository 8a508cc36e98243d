import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/components/ad-slot/ad-slot.define.js';
import '../../src/components/adblock-notice/adblock-notice.define.js';
import type { SabbaAdRenderEvent } from '../../src/components/ad-slot/ad-slot.events.js';
import { SabbaAdSlot } from '../../src/components/ad-slot/ad-slot.js';
import type { SabbaAdblockResultEvent } from '../../src/components/adblock-notice/adblock-notice.events.js';
import { SabbaAdblockNotice } from '../../src/components/adblock-notice/adblock-notice.js';

/**
 * An injection that can only write markup (a comment, a WordPress field) must not make a widget
 * load a script from its own server: under a nonce policy with 'strict-dynamic' a script the
 * bundle creates runs with the page's rights. Only the page's origin and Google's hosts are taken
 * from attributes; another origin needs the page-level setting, made from script.
 */

/** The test server under another origin (localhost ↔ 127.0.0.1): a stand-in for an attacker's host. */
const FOREIGN = (() => {
  const url = new URL(location.origin);
  url.hostname = url.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
  return url.origin;
})();

/** Every `<script src>` the page gets while `run` runs, and every resource fetched from FOREIGN. */
async function watchScripts(run: () => Promise<void>): Promise<{ scripts: string[]; requests: string[] }> {
  const scripts: string[] = [];
  const observer = new MutationObserver((records) => {
    for (const node of records.flatMap((record) => [...record.addedNodes])) {
      if (node instanceof HTMLScriptElement && node.src !== '') scripts.push(node.src);
    }
  });
  observer.observe(document, { childList: true, subtree: true });
  try {
    await run();
  } finally {
    observer.disconnect();
  }
  const requests = performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => name.startsWith(FOREIGN));
  return { scripts: scripts.filter((src) => src.startsWith(FOREIGN)), requests };
}

let warn: sinon.SinonStub;
beforeEach(() => {
  // Each test starts before any ad script ran, or a loaded API would skip the request.
  const globals = window as unknown as Record<string, unknown>;
  delete globals.googletag;
  delete globals.adsbygoogle;
  warn = sinon.stub(console, 'warn');
  performance.clearResourceTimings();
});
afterEach(() => {
  warn.restore();
});
const warned = (text: string): boolean => warn.args.some(([message]) => String(message).includes(text));

describe('script URLs from markup', () => {
  const savedGpt = SabbaAdSlot.gptSrc;
  afterEach(() => {
    SabbaAdSlot.gptSrc = savedGpt;
  });

  it('<sabba-ad-slot script-src> on a foreign origin, injected as markup, never becomes a script', async () => {
    SabbaAdSlot.gptSrc = '/ad-slot/gpt.js';
    const evil = `${FOREIGN}/ad-slot/gpt.js?evil`;
    const seen = await watchScripts(async () => {
      const host = await fixture<HTMLElement>(html`<div></div>`);
      host.innerHTML = `<sabba-ad-slot provider="gpt" ad-unit="/1234/sabba/artikel" script-src="${evil}" sizes="300x250"></sabba-ad-slot>`;
      await oneEvent(host.querySelector('sabba-ad-slot')!, 'sabba-ad-render'); // the page's own GPT setting serves it
    });
    expect(seen).to.deep.equal({ scripts: [], requests: [] });
    expect(warned(evil)).to.equal(true);
  });

  it('<sabba-ad-slot script-src> on the page origin still loads, and a foreign origin works from script', async () => {
    const own = await fixture<SabbaAdSlot>(
      html`<sabba-ad-slot provider="adsense" ad-client="ca-pub-1234567890123456" ad-slot="1234567890" script-src="/ad-slot/adsbygoogle.js" sizes="300x250"></sabba-ad-slot>`,
    );
    expect((await oneEvent<SabbaAdRenderEvent>(own, 'sabba-ad-render')).detail.empty).to.equal(false);

    SabbaAdSlot.gptSrc = `${FOREIGN}/ad-slot/gpt.js`; // a proxy the site configures in its own script
    const seen = await watchScripts(async () => {
      const el = await fixture<SabbaAdSlot>(
        html`<sabba-ad-slot provider="gpt" ad-unit="/1234/sabba/artikel" sizes="300x250"></sabba-ad-slot>`,
      );
      await oneEvent(el, 'sabba-ad-render');
    });
    expect(seen.scripts).to.deep.equal([`${FOREIGN}/ad-slot/gpt.js`]);
    expect(warned('script-src')).to.equal(false);
  });

  it('<sabba-adblock-notice probe-url> on a foreign origin, injected as markup, is never requested', async () => {
    const evil = `${FOREIGN}/adblock-notice/real/pagead/js/adsbygoogle.js`;
    let result: SabbaAdblockResultEvent | undefined;
    const seen = await watchScripts(async () => {
      const host = await fixture<HTMLElement>(html`<div></div>`);
      host.innerHTML = `<sabba-adblock-notice mode="silent" remember-days="0" control-url="/adblock-notice/control" probe-url="${evil}"></sabba-adblock-notice>`;
      result = await oneEvent<SabbaAdblockResultEvent>(
        host.querySelector('sabba-adblock-notice')!,
        'sabba-adblock-result',
      );
    });
    expect(seen).to.deep.equal({ scripts: [], requests: [] });
    expect(result?.detail.signals.find((s) => s.name === 'script')?.outcome).to.equal('skipped');
    expect(warned(evil)).to.equal(true);
  });

  it("<sabba-adblock-notice> ignores an injected inert <script src> on a foreign origin when it looks for the page's ad script", async () => {
    const inert = document.createElement('script');
    inert.type = 'text/plain'; // markup a blocked injection leaves behind: never run, but in the DOM
    inert.src = `${FOREIGN}/adblock-notice/real/pagead/js/adsbygoogle.js`;
    document.body.append(inert);
    try {
      const seen = await watchScripts(async () => {
        const el = await fixture<SabbaAdblockNotice>(
          html`<sabba-adblock-notice mode="silent" remember-days="0" control-url="/adblock-notice/control"></sabba-adblock-notice>`,
        );
        await oneEvent(el, 'sabba-adblock-result');
      });
      expect(seen).to.deep.equal({ scripts: [], requests: [] });
    } finally {
      inert.remove();
    }
  });

  it('<sabba-adblock-notice> probes the page origin from markup and a foreign origin set from script', async () => {
    const own = await watchScripts(async () => {
      const el = await fixture<SabbaAdblockNotice>(
        html`<sabba-adblock-notice mode="silent" remember-days="0" control-url="/adblock-notice/control" probe-url="/adblock-notice/real/pagead/js/adsbygoogle.js"></sabba-adblock-notice>`,
      );
      const result = await oneEvent<SabbaAdblockResultEvent>(el, 'sabba-adblock-result');
      expect(result.detail.signals.find((s) => s.name === 'script')?.outcome).to.equal('clear');
    });
    expect(own.scripts).to.deep.equal([]);

    SabbaAdblockNotice.probeSrc = `${FOREIGN}/adblock-notice/real/tag/js/gpt.js`;
    try {
      const seen = await watchScripts(async () => {
        const el = await fixture<SabbaAdblockNotice>(
          html`<sabba-adblock-notice mode="silent" remember-days="0" control-url="/adblock-notice/control"></sabba-adblock-notice>`,
        );
        await oneEvent(el, 'sabba-adblock-result');
      });
      expect(seen.scripts).to.deep.equal([`${FOREIGN}/adblock-notice/real/tag/js/gpt.js`]);
    } finally {
      SabbaAdblockNotice.probeSrc = '';
    }
  });
});
