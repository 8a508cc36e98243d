import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import sinon from 'sinon';
import { ConnectivityController } from '../../src/controllers/connectivity-controller.js';

/** A host that counts its updates and shows what the controller says. */
class ConnectivityHost extends LitElement {
  readonly connectivity = new ConnectivityController(this);
  updates = 0;

  protected override updated(): void {
    this.updates += 1;
  }
}
customElements.define('test-connectivity-host', ConnectivityHost);

describe('ConnectivityController', () => {
  afterEach(() => {
    sinon.restore();
  });

  it("reads the browser's offline flag and re-renders the host when it changes", async () => {
    const el = await fixture<ConnectivityHost>(html`<test-connectivity-host></test-connectivity-host>`);
    const onLine = sinon.stub(Navigator.prototype, 'onLine').get(() => false);
    const before = el.updates;
    window.dispatchEvent(new Event('offline'));
    await el.updateComplete;
    expect(el.connectivity.offline).to.equal(true);
    expect(el.updates).to.equal(before + 1);
    onLine.get(() => true);
    window.dispatchEvent(new Event('online'));
    await el.updateComplete;
    expect(el.connectivity.offline).to.equal(false);
    expect(el.updates).to.equal(before + 2);
  });

  it('lets go of the window when the host leaves, and catches up when it comes back', async () => {
    const el = await fixture<ConnectivityHost>(html`<test-connectivity-host></test-connectivity-host>`);
    const parent = el.parentElement!;
    el.remove();
    const before = el.updates;
    window.dispatchEvent(new Event('offline'));
    await el.updateComplete;
    expect(el.updates, 'no update while away').to.equal(before);
    parent.append(el);
    await el.updateComplete;
    expect(el.updates, 'one update on return').to.equal(before + 1);
  });
});
