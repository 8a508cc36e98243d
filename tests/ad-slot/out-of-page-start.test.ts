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
