/**
 * Out-of-page slots load at once, whatever their distance, but not in the task that connects
 * them: the drop-in defines its elements as it is imported, so a page that sets
 * `SabbaAdSlot.gptSrc` right after the import must still be in time. Its own file: GPT must not
 * have loaded on this page before (a loaded GPT would hide which URL the slot asked for).
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/components/ad-slot/ad-slot.define.js';
import { SabbaAdSlot } from '../../src/components/ad-slot/ad-slot.js';
import { nextTask } from '../../src/internal/next-task.js';

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

it('draws one slot per task after the upgrade, holding each in-flow box meanwhile, and asks GPT for the out-of-page slot later', async () => {
  // Issue 20: the task that upgrades every slot on the page must not also draw them all.
  const interstitial = document.createElement('sabba-ad-slot');
  Object.assign(interstitial, {
    provider: 'gpt',
    format: 'interstitial',
    adUnit: '/1234/sabba/interstitial',
    scriptSrc: '/ad-slot/gpt.js',
  });
  const inFlow = document.createElement('sabba-ad-slot');
  Object.assign(inFlow, { provider: 'none', sizes: '300x250' });
  const after = document.createElement('p');
  after.textContent = 'Paragraf berikutnya.';
  let requested = false;
  interstitial.addEventListener('sabba-ad-request', () => (requested = true));
  const top = () => after.getBoundingClientRect().top;
  document.body.append(interstitial, inFlow, after);
  try {
    // Microtasks only: all of this is still the task that connected both slots.
    for (let turn = 0; turn < 50; turn += 1) await Promise.resolve();
    expect(interstitial.hasUpdated, 'the interstitial has not drawn in the connecting task').to.equal(false);
    expect(inFlow.hasUpdated, 'nor the in-flow slot').to.equal(false);
    expect(requested, 'nor asked GPT').to.equal(false);
    const heldTop = top();
    expect(inFlow.getBoundingClientRect().height, 'the in-flow box is held: label, gap and 250 px').to.be.above(250);
    // One task later: the first slot in line (the interstitial) has drawn, the next has not.
    await nextTask();
    expect(interstitial.hasUpdated, 'the first slot draws in the next task').to.equal(true);
    expect(inFlow.hasUpdated, 'the second waits for a task of its own').to.equal(false);
    await inFlow.updateComplete;
    expect(inFlow.shadowRoot?.querySelector('.frame'), 'the in-flow slot draws its frame').to.not.equal(null);
    expect(top(), 'drawing moved nothing below the slot').to.equal(heldTop);
    await waitUntil(() => requested, 'the interstitial never asked GPT');
  } finally {
    interstitial.remove();
    inFlow.remove();
    after.remove();
  }
});

it('starts no observer in the task that connects the slots: each starts in a task of its own, box held meanwhile', async () => {
  // Issue 20: defining the element upgrades every slot on the page in one task; their observers,
  // listeners and creative containers are not more pieces of that task.
  const slots = [1, 2, 3].map(() => {
    const slot = document.createElement('sabba-ad-slot');
    Object.assign(slot, { provider: 'none', sizes: '300x250' });
    return slot;
  });
  const observe = IntersectionObserver.prototype.observe;
  let observed = 0;
  IntersectionObserver.prototype.observe = function (this: IntersectionObserver, target: Element) {
    observed += 1;
    observe.call(this, target);
  };
  try {
    document.body.append(...slots);
    for (let turn = 0; turn < 50; turn += 1) await Promise.resolve();
    expect(observed, 'observers started in the connecting task').to.equal(0);
    for (const slot of slots) {
      expect(slot.getBoundingClientRect().height, 'each box is held: label, gap and 250 px').to.be.above(250);
      expect(slot.querySelector('[slot="creative"]'), 'no creative container yet').to.equal(null);
    }
    await Promise.all(slots.map((slot) => slot.updateComplete));
    expect(observed, 'each slot observes its distance once started').to.be.at.least(slots.length);
    for (const slot of slots) expect(slot.querySelector('[slot="creative"]')).to.not.equal(null);
  } finally {
    IntersectionObserver.prototype.observe = observe;
    for (const slot of slots) slot.remove();
  }
});

it('a slot removed before its turn starts nothing, and starts afresh when put back', async () => {
  const slot = document.createElement('sabba-ad-slot');
  Object.assign(slot, { provider: 'none', sizes: '300x250' });
  document.body.append(slot);
  slot.remove();
  await nextTask();
  await nextTask();
  expect(slot.hasUpdated, 'a removed slot does not draw').to.equal(false);
  expect(slot.querySelector('[slot="creative"]')).to.equal(null);
  document.body.append(slot);
  try {
    await slot.updateComplete;
    expect(slot.shadowRoot?.querySelector('.frame'), 'put back, it draws').to.not.equal(null);
    expect(slot.querySelectorAll('[slot="creative"]').length, 'with one creative container').to.equal(1);
  } finally {
    slot.remove();
  }
});

it('parses its reservation once: the first render only empties the one-rule sheet that held the box', async () => {
  // Issue 20: the reservation (media queries for every width) was parsed twice per slot, at the
  // upgrade and again at the first render only to drop the held-box rule.
  const slots = [1, 2].map(() => {
    const slot = document.createElement('sabba-ad-slot');
    Object.assign(slot, { provider: 'none', sizes: '300x250', sizeMap: '0:300x250 | 768:300x250' });
    return slot;
  });
  const replaceSync = CSSStyleSheet.prototype.replaceSync;
  const parsed: string[] = [];
  CSSStyleSheet.prototype.replaceSync = function (this: CSSStyleSheet, text: string) {
    parsed.push(text);
    replaceSync.call(this, text);
  };
  try {
    document.body.append(...slots);
    const atUpgrade = parsed.length;
    await Promise.all(slots.map((slot) => slot.updateComplete));
    expect(parsed.slice(atUpgrade), 'what the first renders parsed').to.deep.equal(['', '']);
    for (const slot of slots)
      expect(
        slot.shadowRoot!.querySelector('.frame')!.getBoundingClientRect().height,
        'the frame keeps its size',
      ).to.equal(250);
  } finally {
    CSSStyleSheet.prototype.replaceSync = replaceSync;
    for (const slot of slots) slot.remove();
  }
});
