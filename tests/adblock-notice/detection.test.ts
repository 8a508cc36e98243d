import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import sinon from 'sinon';
import { detectAdblock } from '../../src/components/adblock-notice/detect-adblock.js';
import { AdSlotWatcher, checkAdSlots } from '../../src/components/adblock-notice/detection/ad-slot-signal.js';
import { BAIT_SELECTORS, checkBaits, isHidden } from '../../src/components/adblock-notice/detection/bait-signal.js';
import { checkBaitUrl } from '../../src/components/adblock-notice/detection/bait-url-signal.js';
import { checkNetwork } from '../../src/components/adblock-notice/detection/network-signal.js';
import {
  ADSENSE_URL,
  GPT_URL,
  checkAdScript,
  pageAdScript,
} from '../../src/components/adblock-notice/detection/script-signal.js';
import { watchReadsInFrames } from '../helpers/frame-reads.js';

const here = (path: string): string => new URL(path, location.origin).href;

/** A page style that hides what a cosmetic filter would hide. */
function hide(selectors: string): HTMLStyleElement {
  const style = document.createElement('style');
  style.textContent = `${selectors} { display: none !important; }`;
  document.head.append(style);
  return style;
}

/** A page's own stylesheet (a theme's), removed after the test. */
function pageStyle(css: string): void {
  const style = document.createElement('style');
  style.textContent = css;
  style.dataset.test = '';
  document.head.append(style);
}

const globals = window as unknown as Record<string, unknown>;

afterEach(() => {
  sinon.restore();
  delete globals.adsbygoogle;
  delete globals.googletag;
  for (const node of document.querySelectorAll('[data-test]')) node.remove();
});

describe('bait signal', () => {
  it('places the baits and a control element in document.body, then removes them', async () => {
    const check = checkBaits(document, { windowMs: 50 });
    const baits = [...document.querySelectorAll('[data-sabba-bait]')];
    expect(baits.length).to.equal(BAIT_SELECTORS.length + 1);
    expect(baits.filter((bait) => bait.id === '' && bait.className === '').length, 'one control').to.equal(1);
    for (const bait of baits) {
      expect(bait.parentElement).to.equal(document.body);
      expect(bait.getAttribute('aria-hidden')).to.equal('true');
    }
    expect((await check).outcome).to.equal('clear');
    expect(document.querySelectorAll('[data-sabba-bait]').length).to.equal(0);
  });

  it('reports a clean page as clear', async () => {
    const result = await checkBaits(document, { windowMs: 50 });
    expect(result).to.include({ name: 'bait', outcome: 'clear', unambiguous: false });
    expect(result.detail).to.equal(`0 of ${BAIT_SELECTORS.length} bait elements hidden`);
  });

  it('reports most baits hidden as an unambiguous blocker, naming the selectors', async () => {
    const style = hide('#adsbox, .textAds, .sponsored-ad');
    style.dataset.test = '';
    const result = await checkBaits(document, { windowMs: 50 });
    expect(result).to.include({ outcome: 'blocked', unambiguous: true });
    expect(result.detail).to.equal('3 of 5 bait elements hidden (#adsbox, .textAds, .sponsored-ad)');
  });

  it('sees a blocker that hides the baits late, without a fixed sleep', async () => {
    const later = setTimeout(() => {
      hide(BAIT_SELECTORS.join(', ')).dataset.test = '';
    }, 30);
    const result = await checkBaits(document, { windowMs: 2000 });
    clearTimeout(later);
    expect(result).to.include({ outcome: 'blocked', unambiguous: true });
  });

  it('treats a minority of hidden baits (maybe the page’s own CSS) as ambiguous', async () => {
    hide('.sponsored-ad, .textAds').dataset.test = '';
    const result = await checkBaits(document, { windowMs: 50 });
    expect(result).to.include({ outcome: 'blocked', unambiguous: false });
  });

  it('keeps an id the page already uses and skips unusable selectors', async () => {
    const own = document.createElement('div');
    own.id = 'adsbox';
    own.dataset.test = '';
    document.body.append(own);
    const result = await checkBaits(document, { windowMs: 50, selectors: ['#adsbox', 'div > .x', '.textAds'] });
    expect(result.detail).to.equal('0 of 1 bait elements hidden');
    expect(document.querySelectorAll('#adsbox').length).to.equal(1);
    expect((await checkBaits(document, { selectors: ['[weird]'] })).outcome).to.equal('skipped');
  });

  it('stops early when aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    expect((await checkBaits(document, { windowMs: 5000, abort: controller.signal })).outcome).to.equal('clear');
  });

  it('skips without a body', async () => {
    const doc = document.implementation.createHTMLDocument('');
    doc.body.remove();
    expect((await checkBaits(doc)).outcome).to.equal('skipped');
  });

  it('does not accuse a page that hides everything while its web fonts load (html.wf-loading)', async () => {
    // Typekit's and Google's font loaders hide the page until the fonts arrive.
    pageStyle('.wf-loading { visibility: hidden; }');
    document.documentElement.classList.add('wf-loading');
    try {
      const result = await checkBaits(document, { windowMs: 50 });
      expect(result.outcome, result.detail).to.equal('clear');
      const verdict = await detectAdblock({ controlUrl: '/adblock-notice/control', probeUrl: false });
      expect(verdict.blocked, JSON.stringify(verdict.signals)).to.equal(false);
    } finally {
      document.documentElement.classList.remove('wf-loading');
    }
  });

  it('does not take the page’s own rules without !important for a cosmetic filter', async () => {
    // A theme that hides its empty ad wrappers everywhere; filters always add `!important`.
    pageStyle('.ad_wrapper, .ad-728x90, .textAds { display: none; }');
    const result = await checkBaits(document, { windowMs: 50 });
    expect(result.outcome, result.detail).to.equal('clear');
  });

  it('is inconclusive when a neutral element placed like the baits is hidden too', async () => {
    // Something hides whatever is added to the body (a preloader's rule): nothing ad-specific.
    hide('body > [aria-hidden="true"]').dataset.test = '';
    const result = await checkBaits(document, { windowMs: 50 });
    expect(result).to.include({ outcome: 'inconclusive', unambiguous: false });
    expect(result.detail).to.contain('control');
  });

  describe('a theme that hides ad wrappers on phones (below 768 px)', () => {
    afterEach(async () => {
      await setViewport({ width: 800, height: 600 });
    });

    for (const important of ['', ' !important']) {
      it(`is no blocker at 375 px wide (display: none${important})`, async () => {
        await setViewport({ width: 375, height: 700 });
        pageStyle(`@media (max-width: 767px) { .ad-728x90, .ad_wrapper { display: none${important}; } }`);
        const result = await checkBaits(document, { windowMs: 50 });
        expect(result.outcome, result.detail).to.equal('clear');
        const verdict = await detectAdblock({ controlUrl: '/adblock-notice/control', probeUrl: false });
        expect(verdict.blocked, JSON.stringify(verdict.signals)).to.equal(false);
      });
    }

    it('still sees a cosmetic filter there', async () => {
      await setViewport({ width: 375, height: 700 });
      pageStyle('@media (max-width: 767px) { .ad-728x90, .ad_wrapper { display: none !important; } }');
      hide(BAIT_SELECTORS.join(', ')).dataset.test = '';
      expect(await checkBaits(document, { windowMs: 50 })).to.include({ outcome: 'blocked', unambiguous: true });
    });
  });

  it('looks at the baits after each drawn frame, never inside a frame, and still sees a late blocker', async () => {
    // Issue 20: a read inside a frame's callbacks lays out the page the baits just changed.
    const reads = watchReadsInFrames();
    const check = checkBaits(document, { windowMs: 300 });
    setTimeout(() => {
      hide('.textAds, .ad_wrapper, #adsbox').dataset.test = '';
    }, 120);
    expect((await check).outcome).to.equal('blocked');
    expect(reads.total, 'layout reads').to.be.above(3);
    expect(reads.inFrame, 'layout reads inside a frame').to.equal(0);
  });

  it('ends a clean check at the end of its window, not up to a look later', async () => {
    const clock = sinon.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance'],
    });
    let result: string | undefined;
    void checkBaits(document, { windowMs: 250 }).then((signal) => {
      result = signal.outcome;
    });
    // Looks at about 16, 130 and 245 ms, then at the first frame after 250 ms, which ends it.
    await clock.tickAsync(300);
    const atWindowEnd = result;
    // Let a late check finish, so it leaves no bait behind for the next test.
    await clock.tickAsync(1000);
    expect(atWindowEnd).to.equal('clear');
  });

  it('looks at the baits every 100 ms of its window, not on every frame', async () => {
    // Issue 20: a clean page keeps the baits for the whole window; a look on every frame read the
    // control and five baits (three reads each) some 40 times in 700 ms.
    const reads = watchReadsInFrames();
    expect((await checkBaits(document, { windowMs: 600 })).outcome).to.equal('clear');
    const perLook = 3 * (BAIT_SELECTORS.length + 1);
    expect(reads.total % perLook, 'whole looks').to.equal(0);
    expect(reads.total / perLook, 'looks').to.be.within(5, 8);
  });

  it('counts removed and zero-size elements as hidden, but not inherited visibility', () => {
    const element = document.createElement('div');
    expect(isHidden(element)).to.equal(true);
    element.dataset.test = '';
    element.style.blockSize = '0';
    document.body.append(element);
    expect(isHidden(element)).to.equal(true);
    element.style.blockSize = '3px';
    element.style.display = 'none';
    expect(isHidden(element)).to.equal(true);
    element.style.display = 'block';
    element.style.visibility = 'hidden';
    expect(isHidden(element)).to.equal(false);
  });
});

describe('ad script signal', () => {
  it('is skipped without an ad script', async () => {
    expect((await checkAdScript(window, undefined)).outcome).to.equal('skipped');
  });

  it('tells a real AdSense script from uBlock Origin’s stand-in and from an empty redirect', async () => {
    const real = await checkAdScript(window, here('/adblock-notice/real/pagead/js/adsbygoogle.js'));
    expect(real).to.include({ outcome: 'clear', detail: 'adsbygoogle.js loaded for real' });
    delete globals.adsbygoogle;
    const standIn = await checkAdScript(window, here('/adblock-notice/stand-in/pagead/js/adsbygoogle.js'));
    expect(standIn).to.include({ outcome: 'blocked', unambiguous: true });
    delete globals.adsbygoogle;
    const empty = await checkAdScript(window, here('/adblock-notice/empty/pagead/js/adsbygoogle.js'));
    expect(empty).to.include({ outcome: 'blocked', unambiguous: false });
  });

  it('tells a real GPT from a stand-in', async () => {
    expect((await checkAdScript(window, here('/adblock-notice/real/tag/js/gpt.js'))).outcome).to.equal('clear');
    delete globals.googletag;
    expect((await checkAdScript(window, here('/adblock-notice/stand-in/tag/js/gpt.js'))).unambiguous).to.equal(true);
  });

  it('reports a failed request as failed, not as blocked', async () => {
    const result = await checkAdScript(window, here('/adblock-notice/missing/pagead/js/adsbygoogle.js'));
    expect(result).to.include({ outcome: 'failed', detail: 'adsbygoogle.js request failed' });
  });

  it('reports an ad host refused at connection twice (a DNS-level blocker) as blocked', async () => {
    // Port 1 refuses every connection, as a DNS blocker's 0.0.0.0 answer does.
    const result = await checkAdScript(window, 'http://127.0.0.1:1/tag/js/gpt.js');
    expect(result.outcome).to.equal('blocked');
    expect(result.unambiguous).to.equal(true);
    expect(result.detail).to.contain('refused at connection');
  });

  it('does not take a refused ad host for a blocker while the browser is offline', async () => {
    sinon.stub(navigator, 'onLine').get(() => false);
    expect((await checkAdScript(window, 'http://127.0.0.1:1/tag/js/gpt.js')).outcome).to.equal('failed');
  });

  it('makes no request when the page already ran the real script or a stand-in', async () => {
    const spy = sinon.spy(document.head, 'append');
    globals.adsbygoogle = Object.assign([], { loaded: true });
    expect((await checkAdScript(window, ADSENSE_URL)).detail).to.equal('adsbygoogle.js already loaded for real');
    globals.adsbygoogle = { loaded: true, push: () => 0 };
    expect((await checkAdScript(window, ADSENSE_URL)).outcome).to.equal('blocked');
    expect(spy.called).to.equal(false);
  });

  it('trusts an unknown ad script that loaded, and times out a slow one', async () => {
    expect((await checkAdScript(window, here('/adblock-notice/ad_728.js'))).outcome).to.equal('clear');
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    // A script that sets no global, so the late load cannot leak into the next test.
    const pending = checkAdScript(window, here('/adblock-notice/ad_728.js?slow'), 1200);
    clock.tick(1200);
    expect(await pending).to.include({ outcome: 'inconclusive' });
  });

  it('does not blame a blocker when the page’s own policy refuses the script', async () => {
    const url = here('/adblock-notice/missing/pagead/js/adsbygoogle.js');
    const csp = checkAdScript(window, url);
    // As Chromium reports a CSP `script-src` refusal: the violation, then the error event.
    document.dispatchEvent(
      new SecurityPolicyViolationEvent('securitypolicyviolation', {
        blockedURI: url,
        violatedDirective: 'script-src',
        effectiveDirective: 'script-src',
        originalPolicy: "script-src 'self'",
        disposition: 'enforce',
        statusCode: 200,
      }),
    );
    expect(await csp).to.include({ outcome: 'inconclusive' });
    // Trusted Types enforcement throws on a plain string `src`.
    sinon.stub(HTMLScriptElement.prototype, 'src').set(() => {
      throw new TypeError("This document requires 'TrustedScriptURL' assignment.");
    });
    expect((await checkAdScript(window, ADSENSE_URL)).detail).to.contain('security policy');
  });

  it('finds the ad script the page already uses', () => {
    expect(pageAdScript(document)).to.equal(undefined);
    const tag = document.createElement('script');
    tag.type = 'text/plain';
    tag.src = 'https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client=ca-pub-1';
    tag.dataset.test = '';
    document.head.append(tag);
    expect(pageAdScript(document)).to.equal(tag.src);
    tag.remove();
    const slot = document.createElement('sabba-ad-slot');
    slot.dataset.test = '';
    slot.setAttribute('provider', 'gpt');
    document.body.append(slot);
    expect(pageAdScript(document)).to.equal(GPT_URL);
    slot.setAttribute('provider', 'AdSense');
    expect(pageAdScript(document)).to.equal(ADSENSE_URL);
  });
});

describe('bait-url signal', () => {
  it('is skipped without a bait-url and clear when the bait loads', async () => {
    expect((await checkBaitUrl(window, undefined)).outcome).to.equal('skipped');
    expect((await checkBaitUrl(window, here('/adblock-notice/ad_728.js'))).outcome).to.equal('clear');
  });

  it('is unambiguous when the file exists but its script was stopped', async () => {
    const result = await checkBaitUrl(window, here('/adblock-notice/blocked-bait.js'));
    expect(result).to.include({ outcome: 'blocked', unambiguous: true });
  });

  it('does not accuse the reader when the bait answers 200 with a type browsers refuse to run', async () => {
    // A soft 404: the page exists, the script does not. The script fails exactly as a blocked one.
    const warn = sinon.stub(console, 'warn');
    const result = await checkBaitUrl(window, here('/adblock-notice/soft-404-bait.js'));
    expect(result).to.include({ outcome: 'skipped', unambiguous: false });
    expect(result.detail).to.contain('text/plain');
    expect(warn.args.flat().join(' ')).to.contain('soft-404-bait.js').and.contain('text/plain');
    const verdict = await detectAdblock({
      baitUrl: '/adblock-notice/soft-404-bait.js',
      controlUrl: '/adblock-notice/control',
      probeUrl: false,
    });
    expect(verdict.blocked, JSON.stringify(verdict.signals)).to.equal(false);
  });

  it('does not accuse the reader when the bait file is missing', async () => {
    const result = await checkBaitUrl(window, here('/adblock-notice/no-such-bait.js'));
    expect(result.outcome).to.equal('skipped');
    expect(result.detail).to.contain('HTTP 404');
  });

  it('reports failed when every request to the bait fails', async () => {
    sinon.stub(window, 'fetch').rejects(new TypeError('Failed to fetch'));
    expect((await checkBaitUrl(window, here('/adblock-notice/no-such-bait.js'))).outcome).to.equal('failed');
  });
});

describe('network signal', () => {
  it('is clear when the control request gets any answer', async () => {
    expect((await checkNetwork(window, here('/adblock-notice/control'))).outcome).to.equal('clear');
    expect((await checkNetwork(window, here('/no-such-file'))).detail).to.contain('HTTP 404');
  });

  it('fails when the browser is offline or the control request fails', async () => {
    sinon.stub(window, 'fetch').rejects(new TypeError('Failed to fetch'));
    expect((await checkNetwork(window, here('/adblock-notice/control'))).outcome).to.equal('failed');
    sinon.stub(navigator, 'onLine').get(() => false);
    expect((await checkNetwork(window, here('/adblock-notice/control'))).detail).to.contain('offline');
  });

  it('is skipped without a control URL', async () => {
    expect((await checkNetwork(window, undefined)).outcome).to.equal('skipped');
  });

  it("asks the page's own URL by default, which exists on every site (no 404 in the console)", async () => {
    const fetch = sinon.spy(window, 'fetch');
    const verdict = await detectAdblock({ probeUrl: false });
    const network = verdict.signals.find((s) => s.name === 'network')!;
    expect(network.detail).to.match(/answered HTTP 2\d\d$/);
    const control = fetch.args.find(([, init]) => init?.method === 'HEAD')?.[0];
    expect(control instanceof Request ? control.url : control?.toString()).to.equal(location.href.split('#')[0]);
  });
});

describe('ad-slot signal', () => {
  function slot(): HTMLElement {
    const element = document.createElement('sabba-ad-slot');
    element.dataset.test = '';
    element.style.display = 'block';
    element.style.minBlockSize = '10px';
    const container = document.createElement('div');
    container.className = 'sabba-test-ad';
    element.append(container);
    document.body.append(element);
    return element;
  }

  it('is skipped without slots', async () => {
    const watcher = new AdSlotWatcher();
    expect((await checkAdSlots(document, watcher)).outcome).to.equal('skipped');
  });

  it('hears slots at document level: blocked errors, renders and empty renders', async () => {
    const watcher = new AdSlotWatcher();
    watcher.start(document);
    watcher.start(document);
    const element = slot();
    element.dispatchEvent(
      new CustomEvent('sabba-ad-error', { bubbles: true, composed: true, detail: { reason: 'blocked' } }),
    );
    expect((await checkAdSlots(document, watcher)).outcome).to.equal('failed');
    const clean = new AdSlotWatcher();
    clean.start(document);
    element.dispatchEvent(
      new CustomEvent('sabba-ad-render', { bubbles: true, composed: true, detail: { empty: false } }),
    );
    expect((await checkAdSlots(document, clean)).outcome).to.equal('clear');
    const empty = new AdSlotWatcher();
    empty.start(document);
    element.dispatchEvent(
      new CustomEvent('sabba-ad-render', { bubbles: true, composed: true, detail: { empty: true } }),
    );
    expect((await checkAdSlots(document, empty)).outcome).to.equal('inconclusive');
    for (const w of [watcher, clean, empty]) w.stop();
    element.dispatchEvent(
      new CustomEvent('sabba-ad-error', { bubbles: true, composed: true, detail: { reason: 'blocked' } }),
    );
    expect(watcher.blocked).to.equal(1);
  });

  it('looks at the containers twice while it waits for the slots, each time after a drawn frame', async () => {
    // Issue 20: the wait lasts up to a second (an out-of-page slot may never report); a look on
    // every frame read the slots' styles some 60 times per page view, and a read inside a frame's
    // callbacks forces a layout.
    slot();
    const reads = watchReadsInFrames();
    expect((await checkAdSlots(document, new AdSlotWatcher(), 200)).outcome).to.equal('inconclusive');
    expect(reads.total, 'layout reads').to.equal(2);
    expect(reads.inFrame, 'layout reads inside a frame').to.equal(0);
  });

  it('sees a container a late cosmetic filter hides during the wait', async () => {
    slot();
    setTimeout(() => {
      hide('.sabba-test-ad').dataset.test = '';
    }, 80);
    expect((await checkAdSlots(document, new AdSlotWatcher(), 200)).outcome).to.equal('blocked');
  });

  it('sees an ad container hidden by a cosmetic filter, but not the slot’s own hidden parts', async () => {
    const element = slot();
    const own = document.createElement('div');
    own.hidden = true;
    element.append(own);
    const watcher = new AdSlotWatcher();
    expect((await checkAdSlots(document, watcher, 30)).outcome).to.equal('inconclusive');
    hide('.sabba-test-ad').dataset.test = '';
    expect((await checkAdSlots(document, watcher, 30)).outcome).to.equal('blocked');
  });
});

describe('detectAdblock', () => {
  it('finds no blocker in a clean browser, with high confidence when several signals agree', async () => {
    const verdict = await detectAdblock({
      baitUrl: '/adblock-notice/ad_728.js',
      probeUrl: '/adblock-notice/real/pagead/js/adsbygoogle.js',
      controlUrl: '/adblock-notice/control',
    });
    expect(verdict.blocked).to.equal(false);
    expect(verdict.confidence).to.equal('high');
    expect(verdict.signals.map((s) => s.name)).to.deep.equal(['bait', 'script', 'bait-url', 'ad-slot', 'network']);
  });

  it('finds a cosmetic blocker', async () => {
    hide(BAIT_SELECTORS.join(', ')).dataset.test = '';
    const verdict = await detectAdblock({ controlUrl: '/adblock-notice/control' });
    expect(verdict.blocked).to.equal(true);
  });

  it('refuses third-party and non-http URLs with a warning, and can switch the probe off', async () => {
    const warn = sinon.stub(console, 'warn');
    const append = sinon.spy(document.head, 'append');
    const verdict = await detectAdblock({
      baitUrl: 'https://ads.example.com/ad_728.js',
      probeUrl: 'javascript:alert(1)',
      controlUrl: 'javascript:alert(2)',
      timeoutMs: -1,
    });
    expect(append.called).to.equal(false);
    expect(verdict.signals.find((s) => s.name === 'bait-url')!.outcome).to.equal('skipped');
    expect(verdict.signals.find((s) => s.name === 'script')!.outcome).to.equal('skipped');
    expect(verdict.signals.find((s) => s.name === 'network')!.outcome).to.equal('clear');
    expect(warn.args.flat().join(' ')).to.contain('bait-url').and.contain('probe-url').and.contain('control-url');
    const off = await detectAdblock({ probeUrl: false, controlUrl: false });
    expect(off.signals.find((s) => s.name === 'script')!.outcome).to.equal('skipped');
    expect(off.signals.find((s) => s.name === 'network')!.outcome).to.equal('skipped');
  });

  it('resolves even when a signal never answers', async () => {
    const clock = sinon.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance'],
    });
    sinon.stub(window, 'fetch').returns(new Promise<Response>(() => undefined));
    const pending = detectAdblock({ timeoutMs: 300 });
    await clock.tickAsync(2000);
    const verdict = await pending;
    expect(verdict.signals.find((s) => s.name === 'network')!.outcome).to.equal('failed');
  });
});
