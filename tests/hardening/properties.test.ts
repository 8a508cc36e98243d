/**
 * Every element driven only through properties, as React 19 and Vue 3 drive custom elements: they
 * create the element, assign each prop to the property of the same name (the library's properties
 * do not reflect to attributes) and insert it. Nothing here calls `setAttribute`, so an element
 * that reads an attribute instead of its property shows the placeholder, refuses its input or
 * posts to the wrong place, and its scenario fails.
 *
 * The properties to cover come from each class's `elementProperties` (what custom-elements.json is
 * built from): a property added later fails the coverage check below until a scenario sets it.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import type {
  SabbaAdConsentEvent,
  SabbaAdErrorEvent,
  SabbaAdRenderEvent,
} from '../../src/components/ad-slot/ad-slot.events.js';
import { SabbaAdSlot } from '../../src/components/ad-slot/ad-slot.js';
import type {
  SabbaAdblockDismissEvent,
  SabbaAdblockResultEvent,
} from '../../src/components/adblock-notice/adblock-notice.events.js';
import { SabbaAdblockNotice } from '../../src/components/adblock-notice/adblock-notice.js';
import { BAIT_SELECTORS } from '../../src/components/adblock-notice/detection/bait-signal.js';
import { DISMISS_KEY, resetPageView } from '../../src/components/adblock-notice/dismissal.js';
import { SabbaAuthorCard } from '../../src/components/author-card/author-card.js';
import { SabbaBackToTop } from '../../src/components/back-to-top/back-to-top.js';
import type { SabbaCommentSuccessEvent } from '../../src/components/comment-form/comment-form.events.js';
import { SabbaCommentForm } from '../../src/components/comment-form/comment-form.js';
import { harness } from '../comment-form/harness.js';
import { freshSite, validComment } from '../comment-form/helpers.js';
import { removeCmps, startTcfCmp } from '../helpers/iab-cmp.js';
import { publicProperties } from './elements.js';

/** What a scenario's properties may refer to: fresh per test (WordPress stub sites). */
interface Env {
  site: string;
  otherSite: string;
  /** A site that refuses anonymous REST comments (WordPress core's default). */
  loginSite: string;
}

interface Scenario<E extends HTMLElement = HTMLElement> {
  title: string;
  /** The element's class (its `elementProperties` list what must be covered). */
  ctor: typeof LitElement & (new () => E);
  tag: string;
  /** The properties to assign, by property name. */
  properties: (env: Env) => Record<string, unknown>;
  /** Builds the page around the element (default: a plain container) and returns where to insert it. */
  page?: () => Promise<HTMLElement>;
  /** Asserts what a reader sees (and a page's listener receives). */
  see: (el: E, env: Env) => Promise<void>;
}

/** A scenario typed for its element, listed with the others. */
function scenario<E extends HTMLElement>(s: Scenario<E>): Scenario {
  return s as unknown as Scenario;
}

const shadow = (el: Element): ShadowRoot => el.shadowRoot!;
const text = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const CONTROL = '/adblock-notice/control';

interface StandinWindow {
  gptStandin?: { log?: string[] };
  adsbygoogle?: unknown;
}
const w = window as unknown as StandinWindow;

/** The slot's answer: its render, or its failure (so a misread property fails fast and readably). */
async function rendered(el: HTMLElement): Promise<SabbaAdRenderEvent['detail']> {
  const event = await Promise.race([
    oneEvent<SabbaAdRenderEvent>(el, 'sabba-ad-render'),
    oneEvent<SabbaAdErrorEvent>(el, 'sabba-ad-error'),
  ]);
  expect(event.type, 'the slot renders instead of failing').to.equal('sabba-ad-render');
  return (event as SabbaAdRenderEvent).detail;
}

/** Undone after each test. */
const cleanups: (() => void)[] = [];

/**
 * Removes an ad script's global for one test: an earlier scenario's stand-in left it, and an ad
 * API already present changes what the next slot or probe does.
 */
function withoutGlobal(name: 'googletag' | 'adsbygoogle'): void {
  const record = window as unknown as Record<string, unknown>;
  const previous = record[name];
  Reflect.deleteProperty(record, name);
  cleanups.push(() => (record[name] = previous));
}

/**
 * A page with Prebid.js's own snippet under another global (`window.sabbaPbjs = { que: [] }`, as
 * a build with another `globalVarName` sets it up before its script has loaded), and no `pbjs`.
 */
async function namedPrebidQueue(): Promise<HTMLElement> {
  const record = window as unknown as Record<string, unknown>;
  record.sabbaPbjs = { que: [] };
  cleanups.push(() => Reflect.deleteProperty(record, 'sabbaPbjs'));
  return fixture<HTMLElement>(html`<div></div>`);
}

/** A page whose TCF CMP never decides (the reader has not chosen yet); removed after the test. */
async function undecidedCmp(): Promise<HTMLElement> {
  startTcfCmp();
  cleanups.push(removeCmps);
  return fixture<HTMLElement>(html`<div></div>`);
}

/** A page with an offscreen spot, further below the viewport than the default fetch margin reaches. */
async function farBelow(): Promise<HTMLElement> {
  withoutGlobal('googletag');
  const page = await fixture<HTMLElement>(html`<div><div style="block-size: 400vh"></div><div id="spot"></div></div>`);
  return page.querySelector<HTMLElement>('#spot')!;
}

const SCENARIOS: Scenario[] = [
  scenario({
    title: 'html ad slot shows its creative from src, at the size-map size, with its texts',
    ctor: SabbaAdSlot,
    tag: 'sabba-ad-slot',
    properties: () => ({
      provider: 'html',
      src: '/ad-slot/creative.html',
      sizes: '728x90, 300x250',
      sizeMap: '0:300x250',
      label: 'Sponsor',
      placeholder: 'Tempat sponsor',
      creativeScripts: true,
      lang: 'en',
    }),
    see: async (el) => {
      await rendered(el);
      const frame = el.querySelector<HTMLIFrameElement>('[slot="creative"] iframe');
      expect(frame, 'the creative iframe').not.to.equal(null);
      expect(frame!.sandbox.contains('allow-scripts'), 'creative-scripts lets the creative run script').to.equal(true);
      expect(new URL(frame!.src).pathname).to.equal('/ad-slot/creative.html');
      expect([frame!.width, frame!.height]).to.deep.equal(['300', '250']);
      expect(frame!.title).to.equal('Advertisement');
      expect(text(shadow(el).querySelector('[part="label"]'))).to.equal('Sponsor');
      expect(text(shadow(el).querySelector('[part="placeholder"]'))).to.equal('Tempat sponsor');
    },
  }),
  scenario({
    title: 'html house ad with consent "none" does not wait for an undecided CMP',
    ctor: SabbaAdSlot,
    tag: 'sabba-ad-slot',
    page: undecidedCmp,
    properties: () => ({ provider: 'html', src: '/ad-slot/creative.html', sizes: '300x250', consent: 'none' }),
    see: async (el) => {
      expect((await rendered(el)).empty).to.equal(false);
    },
  }),
  scenario({
    title: 'html ad slot gives up on an undecided CMP after its consent-timeout',
    ctor: SabbaAdSlot,
    tag: 'sabba-ad-slot',
    page: undecidedCmp,
    properties: () => ({ provider: 'html', src: '/ad-slot/creative.html', sizes: '300x250', consentTimeout: 200 }),
    see: async (el) => {
      const { detail } = await oneEvent<SabbaAdConsentEvent>(el, 'sabba-ad-consent');
      expect(detail.outcome).to.equal('timeout');
      expect(detail.waitedMs).to.be.below(2000);
      expect(el.querySelector('iframe'), 'no creative without consent').to.equal(null);
    },
  }),
  scenario({
    title: 'GPT ad slot loads script-src and defines its ad unit',
    ctor: SabbaAdSlot,
    tag: 'sabba-ad-slot',
    properties: () => ({
      provider: 'gpt',
      adUnit: '/1234/sabba/artikel',
      // The class default stays Google's script, which tests cannot reach: only this property
      // leads to the stand-in.
      scriptSrc: '/ad-slot/gpt.js',
      sizes: '300x250',
      refresh: 30,
      refreshMax: 2,
      sticky: true,
      noRefresh: '5012345678',
      // No Prebid.js on this page: the timeout is read but no auction runs.
      auctionTimeout: 800,
    }),
    see: async (el) => {
      const detail = await rendered(el);
      const id = el.querySelector('[slot="creative"]')!.id;
      expect(w.gptStandin?.log).to.include(`defineSlot /1234/sabba/artikel ${id}`);
      expect(detail).to.deep.equal({ empty: false, width: 300, height: 250 });
      expect(el.querySelector(`#${id} iframe`)).not.to.equal(null);
      expect(getComputedStyle(el.querySelector(`#${id}`)!).position, 'sticky').to.equal('sticky');
    },
  }),
  scenario({
    title: 'GPT interstitial defines an out-of-page slot with its triggers and takes no space',
    ctor: SabbaAdSlot,
    tag: 'sabba-ad-slot',
    properties: () => ({
      provider: 'gpt',
      adUnit: '/1234/sabba/interstitial',
      scriptSrc: '/ad-slot/gpt.js',
      format: 'interstitial',
      interstitialTriggers: 'unhide-window',
    }),
    see: async (el) => {
      const detail = await rendered(el);
      expect(w.gptStandin?.log).to.include('defineOutOfPageSlot /1234/sabba/interstitial INTERSTITIAL');
      expect(w.gptStandin?.log).to.include('setConfig interstitial.triggers unhideWindow');
      expect(detail).to.deep.equal({ empty: false, width: 320, height: 480 });
      expect(el.getBoundingClientRect().height).to.equal(0);
    },
  }),
  scenario({
    title:
      "GPT ad slot auctions through the Prebid.js its prebid-global names, then shows the ad at the auction's timeout",
    ctor: SabbaAdSlot,
    tag: 'sabba-ad-slot',
    page: namedPrebidQueue,
    properties: () => ({
      provider: 'gpt',
      adUnit: '/1234/sabba/lelang',
      scriptSrc: '/ad-slot/gpt.js',
      sizes: '300x250',
      prebidGlobal: 'sabbaPbjs',
      auctionTimeout: 300,
    }),
    see: async (el) => {
      const started = performance.now();
      const detail = await rendered(el);
      const queue = (window as unknown as { sabbaPbjs: { que: unknown[] } }).sabbaPbjs.que;
      // Prebid.js never loaded on this page, so its queue never runs: the auction is cut at its
      // timeout and the ad is shown without it.
      expect(queue.length, 'the slot queued its auction on the named Prebid.js').to.be.greaterThan(0);
      expect(performance.now() - started).to.be.below(3000);
      expect(detail.empty).to.equal(false);
    },
  }),
  scenario({
    title: 'AdSense ad slot fills an ins with its client and slot',
    ctor: SabbaAdSlot,
    tag: 'sabba-ad-slot',
    properties: () => ({
      provider: 'adsense',
      adClient: 'ca-pub-1234567890123456',
      adSlot: '1234567890',
      scriptSrc: '/ad-slot/adsbygoogle.js',
      sizes: '300x250',
    }),
    see: async (el) => {
      const detail = await rendered(el);
      const ins = el.querySelector<HTMLElement>('ins.adsbygoogle');
      expect(ins?.dataset.adClient).to.equal('ca-pub-1234567890123456');
      expect(ins?.dataset.adSlot).to.equal('1234567890');
      expect(detail.empty).to.equal(false);
      expect(ins!.querySelector('iframe')).not.to.equal(null);
    },
  }),
  scenario({
    title: 'ad slot far below loads within its fetch margin, gives up after its timeout and collapses',
    ctor: SabbaAdSlot,
    tag: 'sabba-ad-slot',
    page: farBelow,
    properties: () => ({
      provider: 'gpt',
      adUnit: '/1234/sabba/bawah',
      scriptSrc: '/ad-slot/hang.js',
      sizes: '300x250',
      fetchMargin: 1000,
      renderMargin: 1000,
      timeout: 300,
      collapse: 'offscreen',
    }),
    see: async (el) => {
      const started = performance.now();
      const event = await oneEvent<SabbaAdErrorEvent>(el, 'sabba-ad-error');
      expect(event.detail.reason).to.equal('timeout');
      expect(performance.now() - started).to.be.below(5000);
      await waitUntil(() => el.matches(':state(collapsed)'), 'the failed slot collapses while off-screen');
    },
  }),
  scenario({
    title: 'comment form posts to rest-root as a reply, with its texts and options',
    ctor: SabbaCommentForm,
    tag: 'sabba-comment-form',
    properties: (env) => ({
      siteUrl: env.site,
      postId: '1',
      parentId: '7',
      replyToName: 'Budi',
      transport: 'rest',
      // Another site: a comment that arrives there was sent where rest-root says, not to site-url.
      restRoot: `${location.origin}${env.otherSite}/?rest_route=/`,
      requireNameEmail: 'false',
      cookiesConsent: true,
      termsUrl: '/pedoman-komentar',
      timeout: 15,
      minSubmitSeconds: 0,
      heading: 'Tulis tanggapan',
      headingLevel: 3,
      submitLabel: 'Kirim sekarang',
      lang: 'en',
    }),
    see: async (el, env) => {
      const root = shadow(el);
      expect(text(root.querySelector('[part="title"] span'))).to.equal('Reply to Budi');
      expect(root.querySelector('[part="title"]')!.getAttribute('aria-level')).to.equal('3');
      expect(text(root.querySelector('button[type="submit"]'))).to.equal('Kirim sekarang');
      expect(root.querySelector('input[name="author"]')!.hasAttribute('required')).to.equal(false);
      expect(root.querySelector('#wp-comment-cookies-consent')).not.to.equal(null);
      expect(new URL(root.querySelector<HTMLAnchorElement>('label[for="terms"] a')!.href).pathname).to.equal(
        '/pedoman-komentar',
      );
      await harness(el).fill(validComment('Tanggapan lewat properti.'));
      root.querySelector<HTMLInputElement>('#terms')!.click();
      const success = oneEvent<SabbaCommentSuccessEvent>(el, 'sabba-comment-success');
      root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      expect((await success).detail.status).to.equal('approved');
      const stored = (await (await fetch(`${env.otherSite}/__comments`)).json()) as {
        post: number;
        parent: number;
        content: string;
      }[];
      expect(stored.map(({ post, parent, content }) => ({ post, parent, content }))).to.deep.equal([
        { post: 1, parent: 7, content: 'Tanggapan lewat properti.' },
      ]);
    },
  }),
  scenario({
    title:
      'comment form sends its nonce, so a site that refuses anonymous REST comments takes it, and names the reader',
    ctor: SabbaCommentForm,
    tag: 'sabba-comment-form',
    properties: (env) => ({
      siteUrl: env.loginSite,
      postId: '1',
      wpNonce: 'demo-nonce',
      loggedInAs: 'Pembaca Setia',
      minSubmitSeconds: 0,
    }),
    see: async (el) => {
      const root = shadow(el);
      expect(root.querySelector('input[name="author"]'), 'a logged-in reader is not asked for a name').to.equal(null);
      expect(text(root.querySelector('[part="notes"]'))).to.match(/^Masuk sebagai Pembaca Setia\./);
      await harness(el).fill({ comment: 'Masuk sebagai pengguna.' });
      const success = oneEvent<SabbaCommentSuccessEvent>(el, 'sabba-comment-success');
      root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      expect((await success).detail.id).to.be.a('number');
    },
  }),
  scenario({
    title: 'comment form posts the classic form to site-url',
    ctor: SabbaCommentForm,
    tag: 'sabba-comment-form',
    properties: (env) => ({ siteUrl: env.site, postId: '1', transport: 'classic', minSubmitSeconds: 0 }),
    see: async (el, env) => {
      await harness(el).fill(validComment('Lewat formulir klasik.'));
      const success = oneEvent<SabbaCommentSuccessEvent>(el, 'sabba-comment-success');
      shadow(el).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await success;
      const stored = (await (await fetch(`${env.site}/__comments`)).json()) as { via: string; content: string }[];
      expect(stored.map(({ via, content }) => ({ via, content }))).to.deep.equal([
        { via: 'classic', content: 'Lewat formulir klasik.' },
      ]);
    },
  }),
  scenario({
    title: 'adblock notice checks its bait-url and control-url, skips the probe and opens as a dialog with its texts',
    ctor: SabbaAdblockNotice,
    tag: 'sabba-adblock-notice',
    properties: () => ({
      mode: 'dialog',
      rememberDays: 3,
      baitUrl: '/adblock-notice/blocked-bait.js',
      noProbe: true,
      controlUrl: CONTROL,
      heading: 'Aduh',
      headingLevel: 3,
      message: 'Tolong matikan pemblokir iklan',
      lang: 'en',
    }),
    page: async () => {
      // Hides the baits as a cosmetic filter would, so real detection finds a blocker.
      const style = document.createElement('style');
      style.dataset.test = '';
      style.textContent = `${BAIT_SELECTORS.join(', ')} { display: none !important; }`;
      document.head.append(style);
      return fixture<HTMLElement>(html`<div></div>`);
    },
    see: async (el) => {
      const verdict = (await oneEvent<SabbaAdblockResultEvent>(el, 'sabba-adblock-result')).detail;
      const signal = (name: string): string => {
        const found = verdict.signals.find((s) => s.name === name);
        return `${found?.outcome ?? 'missing'}: ${found?.detail ?? ''}`;
      };
      expect(signal('bait-url')).to.match(/^blocked: \/adblock-notice\/blocked-bait\.js /);
      expect(signal('network')).to.equal(`clear: control request ${CONTROL} answered HTTP 204`);
      expect(signal('script')).to.match(/^skipped/);
      await el.updateComplete;
      const dialog = shadow(el).querySelector('dialog');
      expect(dialog?.open, 'the notice opens as a modal dialog').to.equal(true);
      expect(text(dialog))
        .to.contain('Aduh')
        .and.contain('Tolong matikan pemblokir iklan')
        .and.contain("I've turned it off, check again");
      expect(dialog!.querySelector('[part~="heading"]')?.getAttribute('aria-level')).to.equal('3');
      const dismissed = oneEvent<SabbaAdblockDismissEvent>(el, 'sabba-adblock-dismiss');
      shadow(el).querySelector<HTMLButtonElement>('dialog [part~="dismiss-button"]')!.click();
      expect((await dismissed).detail.rememberDays).to.equal(3);
    },
  }),
  scenario({
    title: 'adblock notice probes probe-url, and finds the ad script of a slot whose provider is a property',
    ctor: SabbaAdblockNotice,
    tag: 'sabba-adblock-notice',
    properties: () => ({
      mode: 'silent',
      probeUrl: '/adblock-notice/real/pagead/js/adsbygoogle.js',
      controlUrl: CONTROL,
    }),
    page: async () => {
      withoutGlobal('adsbygoogle');
      return fixture<HTMLElement>(html`<div></div>`);
    },
    see: async (el) => {
      const verdict = (await oneEvent<SabbaAdblockResultEvent>(el, 'sabba-adblock-result')).detail;
      expect(verdict.signals.find((s) => s.name === 'script')?.detail).to.equal('adsbygoogle.js loaded for real');
      expect(shadow(el).querySelector('dialog')?.open ?? false).to.equal(false);
      // Without probe-url, the ad script is the one the page's slots use: a React-made slot
      // (provider set as a property, no attribute) that is not displayed, so it requests nothing.
      const slot = document.createElement('sabba-ad-slot');
      slot.provider = 'adsense';
      slot.sizes = '300x250';
      const hidden = document.createElement('div');
      hidden.hidden = true;
      hidden.append(slot);
      el.before(hidden);
      const notice = document.createElement('sabba-adblock-notice');
      notice.mode = 'silent';
      notice.controlUrl = CONTROL;
      w.adsbygoogle = Object.assign([], { loaded: true }); // what the real script leaves: no request needed
      const next = oneEvent<SabbaAdblockResultEvent>(notice, 'sabba-adblock-result');
      el.after(notice);
      const script = (await next).detail.signals.find((s) => s.name === 'script');
      expect(script?.detail).to.equal('adsbygoogle.js already loaded for real');
    },
  }),
  scenario({
    title:
      'back-to-top watches its scroll container from its threshold, in its corner, with its label, ring and focus target',
    ctor: SabbaBackToTop,
    tag: 'sabba-back-to-top',
    page: async () => {
      const page = await fixture<HTMLElement>(html`
        <div>
          <div id="scroller" style="position: relative; block-size: 300px; overflow: auto">
            <h2 id="judul">Judul</h2>
            <div style="block-size: 4000px"></div>
          </div>
        </div>
      `);
      return page;
    },
    properties: () => ({
      scrollContainer: '#scroller',
      threshold: 100,
      focusTarget: '#judul',
      label: 'Naik ke atas',
      position: 'start',
      progress: true,
    }),
    see: async (el) => {
      const scroller = document.querySelector<HTMLElement>('#scroller')!;
      // Past 100 px, well short of the default (one container height, 300 px).
      scroller.scrollTo({ top: 150, behavior: 'instant' });
      await waitUntil(() => el.shown, 'the button appears past its threshold in its container');
      const button = shadow(el).querySelector('button')!;
      expect(text(button)).to.equal('Naik ke atas');
      expect(el.matches(':state(start)')).to.equal(true);
      expect(shadow(el).querySelector('[part~="progress"]'), 'the progress ring').not.to.equal(null);
      button.click();
      await waitUntil(() => document.activeElement?.id === 'judul', 'focus moves to focus-target');
      // A smooth scroll of 150 px: a busy CI machine can take seconds to run its frames, as the
      // back-to-top suite allows.
      await waitUntil(() => scroller.scrollTop === 0, 'the container scrolls to the top', { timeout: 8000 });
    },
  }),
  scenario({
    title: 'back-to-top speaks its lang',
    ctor: SabbaBackToTop,
    tag: 'sabba-back-to-top',
    properties: () => ({ lang: 'en' }),
    see: async (el) => {
      await el.updateComplete;
      const button = shadow(el).querySelector('button')!;
      expect(text(button)).to.equal('Back to top');
    },
  }),
  scenario({
    title: 'author card shows name, link, role, photo, profiles, folded bio and structured data',
    ctor: SabbaAuthorCard,
    tag: 'sabba-author-card',
    page: async () => fixture<HTMLElement>(html`<div style="inline-size: 320px"></div>`),
    properties: () => ({
      name: 'Redaksi Sabba',
      type: 'organization',
      href: '/author/redaksi',
      jobTitle: 'Tim redaksi harian',
      avatar: '/tests/author-card/fixtures/avatar.svg',
      sameAs: 'https://instagram.com/sabba.id https://x.com/sabbaid',
      bio: 'Redaksi menulis berita kota setiap hari. '.repeat(20),
      collapsedLines: 1,
      structuredData: true,
      showMoreLabel: 'Baca profil',
      showLessLabel: 'Ringkas profil',
      lang: 'en',
    }),
    see: async (el) => {
      await el.updateComplete;
      const root = shadow(el);
      const name = root.querySelector<HTMLAnchorElement>('a[part="name"]');
      expect(text(name)).to.equal('Redaksi Sabba');
      expect(new URL(name!.href).pathname).to.equal('/author/redaksi');
      expect(text(root.querySelector('[part="job-title"]'))).to.equal('Tim redaksi harian');
      expect(text(root.querySelector('[part="badge"]'))).to.equal('Newsroom');
      expect(new URL(root.querySelector<HTMLImageElement>('img[part="avatar"]')!.src).pathname).to.equal(
        '/tests/author-card/fixtures/avatar.svg',
      );
      expect(
        Array.from(root.querySelectorAll<HTMLAnchorElement>('[part="profile-link"]'), (a) => a.href),
      ).to.deep.equal(['https://instagram.com/sabba.id', 'https://x.com/sabbaid']);
      expect(text(root.querySelector('[part="bio"]'))).to.contain('Redaksi menulis berita kota');
      await waitUntil(() => root.querySelector('button[part="toggle"]') !== null, 'a one-line bio this long folds');
      const toggle = root.querySelector<HTMLButtonElement>('button[part="toggle"]')!;
      expect(text(toggle)).to.equal('Baca profil');
      toggle.click();
      await el.updateComplete;
      expect(text(toggle)).to.equal('Ringkas profil');
      const data = JSON.parse(el.querySelector('script[type="application/ld+json"]')!.textContent) as {
        '@type': string;
        name: string;
      };
      expect([data['@type'], data.name]).to.deep.equal(['Organization', 'Redaksi Sabba']);
    },
  }),
  scenario({
    title: 'author card as a compact byline',
    ctor: SabbaAuthorCard,
    tag: 'sabba-author-card',
    properties: () => ({ name: 'Sari Dewi', compact: true, bio: 'Tidak tampil di byline.' }),
    see: async (el) => {
      await el.updateComplete;
      expect(el.matches(':state(compact)')).to.equal(true);
      expect(text(shadow(el).querySelector('[part="name"]'))).to.equal('Sari Dewi');
      expect(shadow(el).querySelector('[part="bio"]'), 'a byline has no bio').to.equal(null);
    },
  }),
];

afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
  resetPageView();
  localStorage.removeItem(DISMISS_KEY);
  for (const node of document.querySelectorAll('[data-test]')) node.remove();
});

describe('every element driven through properties only (as React and Vue do)', () => {
  const sample: Env = { site: '/s', otherSite: '/o', loginSite: '/l' };
  for (const ctor of new Set(SCENARIOS.map((s) => s.ctor))) {
    it(`${ctor.name}: a scenario sets every attribute-backed property`, () => {
      const set = new Set(SCENARIOS.filter((s) => s.ctor === ctor).flatMap((s) => Object.keys(s.properties(sample))));
      const missing = publicProperties(ctor)
        .filter((p) => p.attribute !== undefined && !set.has(p.property))
        .map((p) => p.property);
      expect(missing, 'properties no scenario sets').to.deep.equal([]);
    });
  }

  for (const scenario of SCENARIOS) {
    it(scenario.title, async () => {
      const env: Env = { site: freshSite('approve'), otherSite: freshSite('approve'), loginSite: freshSite('login') };
      const where = scenario.page ? await scenario.page() : await fixture<HTMLElement>(html`<div></div>`);
      const el = document.createElement(scenario.tag);
      expect(el).to.be.instanceOf(scenario.ctor);
      const record = el as unknown as Record<string, unknown>;
      for (const [name, value] of Object.entries(scenario.properties(env))) {
        expect(name in el, `${scenario.tag} has a ${name} property`).to.equal(true);
        record[name] = value;
      }
      where.append(el);
      // Every outcome a scenario waits for comes after a request or a frame, so its listeners,
      // added after the first render, miss nothing.
      if (el instanceof LitElement) await el.updateComplete;
      await scenario.see(el, env);
    });
  }
});
