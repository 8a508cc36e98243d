// @ts-check
/**
 * The three page setups of the adblock accuracy matrix, and what Google's ad scripts do when they
 * really run (this machine has no internet, so a clean reader's requests to Google's hosts are
 * answered with these).
 */

export const ADSENSE = 'https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js';
export const GPT = 'https://securepubads.g.doubleclick.net/tag/js/gpt.js';
/** The hosts of Google's ad scripts, answered locally for every reader whose blocker lets them through. */
export const AD_SCRIPT_HOSTS = ['pagead2.googlesyndication.com', 'securepubads.g.doubleclick.net'];

/** What adsbygoogle.js does: keeps the page's array, marks it loaded and fills every `<ins>`. */
export const REAL_ADSENSE = `(() => {
  const queue = window.adsbygoogle = window.adsbygoogle || [];
  const fill = () => {
    for (const ins of document.querySelectorAll('ins.adsbygoogle:not([data-adsbygoogle-status])')) {
      ins.setAttribute('data-adsbygoogle-status', 'done');
      ins.setAttribute('data-ad-status', 'filled');
      const ad = document.createElement('div');
      ad.style.cssText = 'inline-size: 300px; block-size: 250px; background: #eee';
      ad.textContent = 'Iklan';
      ins.append(ad);
    }
  };
  const push = queue.push.bind(queue);
  queue.push = (item) => { const n = push(item); fill(); return n; };
  queue.loaded = true;
  fill();
})();`;

/** What gpt.js does, for the API `<sabba-ad-slot provider="gpt">` uses: every slot renders 300 × 250. */
export const REAL_GPT = `(() => {
  const gt = window.googletag = window.googletag || {};
  const queued = Array.isArray(gt.cmd) ? gt.cmd : [];
  const listeners = { slotRenderEnded: [], impressionViewable: [] };
  const slots = [];
  const pubads = {
    addEventListener: (type, fn) => { (listeners[type] || (listeners[type] = [])).push(fn); return pubads; },
    removeEventListener: (type, fn) => { listeners[type] = (listeners[type] || []).filter((f) => f !== fn); return true; },
    refresh: (list) => { for (const slot of list || slots) render(slot); },
  };
  const render = (slot) => setTimeout(() => {
    const div = document.getElementById(slot.getSlotElementId());
    if (div === null) return;
    const ad = document.createElement('div');
    ad.style.cssText = 'inline-size: 300px; block-size: 250px; background: #eee';
    ad.textContent = 'Iklan';
    div.replaceChildren(ad);
    for (const fn of listeners.slotRenderEnded) fn({ slot, isEmpty: false, size: [300, 250] });
  }, 20);
  Object.assign(gt, {
    apiReady: true,
    pubadsReady: true,
    getVersion: () => '2025101601',
    defineSlot: (unit, sizes, id) => { const slot = { addService: () => slot, defineSizeMapping: () => slot, getSlotElementId: () => id, getAdUnitPath: () => unit }; slots.push(slot); return slot; },
    sizeMapping: () => { const b = { addSize: () => b, build: () => [] }; return b; },
    pubads: () => pubads,
    enableServices: () => undefined,
    display: (id) => { const slot = slots.find((s) => s.getSlotElementId() === id); if (slot) render(slot); },
    destroySlots: () => true,
    cmd: { push: (...fns) => { for (const fn of fns) fn(); return 1; } },
  });
  for (const fn of queued) fn();
})();`;

/** Answers a request to Google's ad hosts as the real scripts would (or `undefined`: not an ad script). */
export function realAdScript(/** @type {string} */ url) {
  if (url.startsWith(ADSENSE)) return REAL_ADSENSE;
  if (url.startsWith(GPT)) return REAL_GPT;
  return undefined;
}

/** Counts the verdict and when it came; a first-party module, so a strict CSP allows it. */
export const PROBE = `document.addEventListener('sabba-adblock-result', (event) => {
  const { blocked, confidence, signals } = event.detail;
  window.__verdict = { blocked, confidence, signals, at: performance.now() };
});`;

/** Pushes the AdSense unit, as the tag's one-line snippet does (a file: a strict CSP has no inline scripts). */
const ADSENSE_PUSH = '(window.adsbygoogle = window.adsbygoogle || []).push({});';

const ARTICLE = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>Paragraf ${i + 1}. Pemerintah daerah mengumumkan rencana pembangunan jalan baru yang menghubungkan dua kecamatan, ` +
    'dan warga menyambutnya dengan harapan perjalanan ke pasar menjadi lebih singkat.</p>',
).join('\n');

/** The page setups (columns). */
export const PAGE_SETUPS = [
  {
    id: 'adsense',
    label: 'AdSense page',
    head: `<script async src="${ADSENSE}?client=ca-pub-0000000000000000" crossorigin="anonymous"></script>`,
    slot: '<ins class="adsbygoogle" style="display:block;min-height:250px" data-ad-client="ca-pub-0000000000000000" data-ad-slot="1234567890"></ins>\n<script src="/bench/gen/accuracy/adsense-push.js"></script>',
  },
  {
    id: 'gpt',
    label: 'GPT page, 2 `<sabba-ad-slot>`s',
    head: '',
    slot: '<sabba-ad-slot id="artikel-atas" provider="gpt" ad-unit="/1234/sabba/artikel" sizes="300x250"></sabba-ad-slot>',
    tail: '<sabba-ad-slot id="artikel-bawah" provider="gpt" ad-unit="/1234/sabba/artikel" sizes="300x250"></sabba-ad-slot>',
  },
  { id: 'none', label: 'no ad tag', head: '', slot: '' },
];

/** The generated files, by path under /bench/gen/accuracy/. */
export function accuracyFiles() {
  /** @type {Record<string, string>} */
  const files = { 'probe.js': PROBE, 'adsense-push.js': ADSENSE_PUSH };
  for (const setup of PAGE_SETUPS) {
    files[`${setup.id}.html`] = `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Berita: ${setup.label}</title>
${setup.head}
<script type="module" src="/bench/gen/accuracy/probe.js"></script>
<script type="module" src="/dist/cdn/sabba.js"></script>
</head>
<body>
<article>
<h1>Jalan baru untuk dua kecamatan</h1>
${ARTICLE}
${setup.slot}
${ARTICLE}
${setup.tail ?? ''}
</article>
<sabba-adblock-notice mode="banner" remember-days="0" bait-url="/ad_728.js"></sabba-adblock-notice>
</body>
</html>
`;
  }
  return files;
}
