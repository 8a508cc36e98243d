// @ts-check
// The demo's consent banner: a bar fixed to the bottom of the viewport (it moves nothing in the
// article) that asks once, "Setuju" or "Tolak", in the widgets' language (the header's switch),
// and hands the answer to the CMP (consent-cmp.js). The ad slots wait for it; the footer's "ad
// settings" button forgets the choice and asks again.
import { choose, forget, startCmp } from './consent-cmp.js';

const TEXTS = {
  id: {
    label: 'Persetujuan iklan',
    message:
      'SABBA.ID dan mitra iklannya menyimpan dan membaca informasi di perangkat Anda untuk menampilkan iklan. Setuju?',
    accept: 'Setuju',
    refuse: 'Tolak',
  },
  en: {
    label: 'Ad consent',
    message: 'SABBA.ID and its ad partners store and read information on your device to show ads. Do you agree?',
    accept: 'Accept',
    refuse: 'Refuse',
  },
};

const language = /** @type {HTMLSelectElement | null} */ (document.querySelector('#lang-switch'));
const backToTop = /** @type {HTMLElement | null} */ (document.querySelector('sabba-back-to-top'));
/** Keeps the page's end and the back-to-top button clear of the open bar. */
const clearance = new ResizeObserver(([entry]) => {
  const height = `${Math.ceil(entry?.borderBoxSize[0]?.blockSize ?? 0)}px`;
  document.body.style.setProperty('--consent-banner-height', height);
  backToTop?.style.setProperty('--sabba-back-to-top-offset-block', `calc(1rem + ${height})`);
});

/** The banner's nodes, built once. */
function buildBanner() {
  const bar = document.createElement('section');
  bar.className = 'consent-banner';
  const text = document.createElement('p');
  text.id = 'consent-banner-text';
  const accept = document.createElement('button');
  accept.type = 'button';
  accept.className = 'consent-banner__accept';
  const refuse = document.createElement('button');
  refuse.type = 'button';
  const buttons = document.createElement('div');
  buttons.className = 'consent-banner__buttons';
  buttons.append(accept, refuse);
  bar.append(text, buttons);
  const localize = () => {
    const texts = language?.value === 'en' ? TEXTS.en : TEXTS.id;
    bar.lang = language?.value === 'en' ? 'en' : 'id';
    bar.setAttribute('aria-label', texts.label);
    text.textContent = texts.message;
    accept.textContent = texts.accept;
    refuse.textContent = texts.refuse;
  };
  localize();
  language?.addEventListener('change', localize);
  /** @param {'accept' | 'refuse'} choice */
  const answer = async (choice) => {
    accept.disabled = refuse.disabled = true;
    await choose(choice);
    language?.removeEventListener('change', localize);
    hide(bar);
  };
  accept.addEventListener('click', () => void answer('accept'));
  refuse.addEventListener('click', () => void answer('refuse'));
  return bar;
}

/**
 * Shows the bar right after the skip link, so keyboard readers reach it first.
 * @param {HTMLElement} bar
 */
function show(bar) {
  document.querySelector('.skip-link')?.after(bar);
  clearance.observe(bar);
}

/** @param {HTMLElement} bar */
function hide(bar) {
  clearance.disconnect();
  bar.remove();
  document.body.style.removeProperty('--consent-banner-height');
  backToTop?.style.removeProperty('--sabba-back-to-top-offset-block');
}

/**
 * Resolves once the floating-inset stack holds the bottom anchor's band (the slot publishes it on
 * `<html>` when its format code has loaded), or after 3 s (the dev server loads it from sources): the bar opens above the anchor
 * rather than appearing at the bottom and moving up (a layout shift).
 */
function floatingInsetReady() {
  const root = document.documentElement;
  const published = () => root.style.getPropertyValue('--sabba-floating-inset-block-end') !== '';
  if (document.querySelector('sabba-ad-slot[format="bottom-anchor"]') === null || published()) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      observer.disconnect();
      resolve(undefined);
    };
    const observer = new MutationObserver(() => {
      if (published()) done();
    });
    observer.observe(root, { attributes: true, attributeFilter: ['style'] });
    setTimeout(done, 3000);
  });
}

if (!startCmp()) void floatingInsetReady().then(() => show(buildBanner()));

document.querySelector('#consent-settings')?.addEventListener('click', () => {
  forget();
  location.reload();
});
