import { expect, fixture, html } from '@open-wc/testing';
import { SabbaEvent } from '../../src/internal/sabba-event.js';

class ProbeEvent extends SabbaEvent<{ value: number }> {
  constructor(value: number, cancelable = false) {
    super('sabba-probe', { value }, { cancelable });
  }
}

describe('SabbaEvent', () => {
  it('bubbles out of shadow roots with its typed detail', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    const received = new Promise<ProbeEvent>((resolve) => {
      document.body.addEventListener(
        'sabba-probe',
        (e) => {
          if (e instanceof ProbeEvent) resolve(e);
        },
        { once: true },
      );
    });
    inner.dispatchEvent(new ProbeEvent(7));
    const event = await received;
    expect(event.detail.value).to.equal(7);
    expect(event.composed).to.equal(true);
    expect(event.cancelable).to.equal(false);
  });

  it('can be cancelled when it is a request', () => {
    const event = new ProbeEvent(1, true);
    const target = document.createElement('div');
    target.addEventListener('sabba-probe', (e) => {
      e.preventDefault();
    });
    expect(target.dispatchEvent(event)).to.equal(false);
    expect(event.defaultPrevented).to.equal(true);
  });
});
