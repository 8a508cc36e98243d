// @ts-check
// Header bidding on the demo article: real Prebid.js (the npm package's core with one bid adapter,
// built from tests/ad-slot/fixtures/prebid-build.js) in front of the slot `#iklan-lelang`. Offline,
// so the bidder asks the demo's own server (`ad-slot/bid`), and Google Publisher Tag is the
// tests' stand-in (`ad-slot/gpt.js`), which fills a slot from Prebid's winning bid as an ad
// server's Prebid line item does. scripts/test/prebid-stand-in.mjs serves all three to the dev
// server; the published copy has them as files, with one fixed bid.
const w = /** @type {Window & { pbjs?: { que: unknown[] } }} */ (window);
w.pbjs ??= { que: [] };

const slot = /** @type {(HTMLElement & { bids?: unknown }) | null} */ (document.querySelector('#iklan-lelang'));
if (slot !== null) {
  // Set before the element upgrades; it keeps the value. The slot supplies code, sizes and timing.
  slot.bids = [
    {
      bidder: 'sabbaTest',
      params: { cpm: 1.8, size: [300, 250], endpoint: new URL('ad-slot/bid', document.baseURI).href },
    },
  ];
}

const script = document.createElement('script');
script.src = new URL('ad-slot/prebid.js', document.baseURI).href;
script.async = true;
document.head.append(script);
