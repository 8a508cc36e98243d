/**
 * React and Vue create the element, connect it and set its properties just after. The slot holds
 * its box at connect, before those properties arrive: it must not warn about sizes it is about to
 * get. Its own file: warnings print once per page, so an earlier test's warning would hide this one.
 */
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/components/ad-slot/ad-slot.define.js';

it('warns nothing about sizes set right after the slot connected, and still warns when none come', async () => {
  const warn = sinon.stub(console, 'warn');
  const late = document.createElement('sabba-ad-slot');
  const never = document.createElement('sabba-ad-slot');
  try {
    document.body.append(late);
    late.sizes = '336x280'; // the same task, as a framework sets properties after insertion
    await late.updateComplete;
    const warned = () => warn.args.map(([message]) => String(message)).filter((m) => m.includes('needs sizes'));
    expect(warned(), 'no warning for sizes that came').to.deep.equal([]);
    expect(late.shadowRoot?.querySelector<HTMLElement>('.frame')?.getBoundingClientRect().height).to.equal(280);

    document.body.append(never);
    await never.updateComplete;
    expect(warned().length, 'the slot without sizes is still told').to.equal(1);
  } finally {
    warn.restore();
    late.remove();
    never.remove();
  }
});
