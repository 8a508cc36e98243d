/**
 * Out-of-page slots load at once, whatever their distance, but not in the task that connects
 * them: the drop-in defines its elements as it is imported, so a page that sets
 * `SabbaAdSlot.gptSrc` right after the import must still be in time. Its own file: GPT must not
 * have loaded on this page before (a loaded GPT would hide which URL the slot asked for).
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/components/ad-slot/ad-slot.define.js';
import { SabbaAdSlot } from '../../src/components/ad-slot/ad-slot.js';

it('an out-of-page slot reads SabbaAdSlot.gptSrc after the task that connected it', async () => {
  const saved = SabbaAdSlot.gptSrc;
  SabbaAdSlot.gptSrc = 'http://127.0.0.1:1/gpt.js'; // unreachable: the page has not configured it yet
  const el = document.createElement('sabba-ad-slot');
  Object.assign(el, { provider: 'gpt', format: 'interstitial', adUnit: '/1234/sabba/interstitial' });
  let rendered = false;
  el.addEventListener('sabba-ad-render', () => (rendered = true));
  document.body.append(el);
  SabbaAdSlot.gptSrc = '/ad-slot/gpt.js'; // the same task, as right after importing the drop-in
  try {
    await waitUntil(() => rendered, 'the interstitial never rendered');
    expect(el.matches(':state(filled)')).to.equal(true);
    expect(document.querySelector('script[src^="http://127.0.0.1:1/"]')).to.equal(null);
  } finally {
    el.remove();
    SabbaAdSlot.gptSrc = saved;
  }
});

it('upgrades and renders the in-flow slots in one task, and leaves the out-of-page slots their render and request for a later one', async () => {
  // Issue 20: the task that upgrades every slot on the page is kept to what the article shows.
  const interstitial = document.createElement('sabba-ad-slot');
  Object.assign(interstitial, {
    provider: 'gpt',
    format: 'interstitial',
    adUnit: '/1234/sabba/interstitial',
    scriptSrc: '/ad-slot/gpt.js',
  });
  const inFlow = document.createElement('sabba-ad-slot');
  Object.assign(inFlow, { provider: 'none', sizes: '300x250' });
  let requested = false;
  interstitial.addEventListener('sabba-ad-request', () => (requested = true));
  document.body.append(interstitial, inFlow);
  try {
    // Microtasks only: all of this is still the task that connected both slots.
    await inFlow.updateComplete;
    for (let turn = 0; turn < 50; turn += 1) await Promise.resolve();
    expect(inFlow.shadowRoot?.querySelector('.frame'), 'the in-flow slot draws its frame at once').to.not.equal(null);
    expect(interstitial.hasUpdated, 'the interstitial has not rendered yet').to.equal(false);
    expect(requested, 'nor asked GPT').to.equal(false);
    await waitUntil(() => interstitial.hasUpdated && requested, 'the interstitial never rendered and requested');
  } finally {
    interstitial.remove();
    inFlow.remove();
  }
});
