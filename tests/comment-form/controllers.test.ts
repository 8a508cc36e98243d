import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import sinon from 'sinon';
import { CountdownController } from '../../src/components/comment-form/countdown-controller.js';
import { DraftController } from '../../src/components/comment-form/draft-controller.js';
import { draftKey, identityKey } from '../../src/components/comment-form/draft-store.js';

/** The comment form's own controllers, on a bare host. */

class ControllerHost extends LitElement {
  text = '';
  readonly drafts = new DraftController(this, () => this.text);
  readonly countdown = new CountdownController(this);
}
customElements.define('test-comment-form-controllers', ControllerHost);

const SITE = 'https://controllers.contoh.id/';
const stored = (post: number, parent = 0): string | null => localStorage.getItem(draftKey(SITE, post, parent));

describe('comment-form DraftController', () => {
  afterEach(() => {
    sinon.restore();
    for (const key of Object.keys(localStorage))
      if (key.includes('controllers.contoh.id')) localStorage.removeItem(key);
  });

  it('writes a moment after typing pauses, or at once on pagehide, and loads the text back', async () => {
    const el = await fixture<ControllerHost>(html`<test-comment-form-controllers></test-comment-form-controllers>`);
    expect(el.drafts.moveTo(SITE, 1, 0)).to.equal(true);
    expect(el.drafts.moveTo(SITE, 1, 0), 'same target').to.equal(false);
    el.text = 'Ketikan';
    expect(el.drafts.schedule()).to.equal(true);
    expect(stored(1)).to.equal(null);
    await aTimeout(500);
    expect(stored(1)).to.contain('Ketikan');
    el.text = 'Ketikan lagi';
    el.drafts.schedule();
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(stored(1)).to.contain('Ketikan lagi');
    expect(el.drafts.load()).to.equal('Ketikan lagi');
  });

  it('saves the old target before moving to another, and keeps nothing without a site or post', async () => {
    const el = await fixture<ControllerHost>(html`<test-comment-form-controllers></test-comment-form-controllers>`);
    el.drafts.moveTo(SITE, 1, 0);
    el.text = 'Untuk pos satu';
    el.drafts.schedule();
    expect(el.drafts.moveTo(SITE, 1, 7)).to.equal(true);
    expect(stored(1)).to.contain('Untuk pos satu');
    expect(el.drafts.load(), 'the reply has its own draft').to.equal(undefined);
    expect(el.drafts.moveTo(SITE, undefined, 0)).to.equal(true);
    expect(el.drafts.schedule()).to.equal(false);
    expect(el.drafts.load()).to.equal(undefined);
  });

  it('writes a pending draft when the host leaves, and forgets a draft on clear()', async () => {
    const el = await fixture<ControllerHost>(html`<test-comment-form-controllers></test-comment-form-controllers>`);
    el.drafts.moveTo(SITE, 2, 0);
    el.text = 'Sebelum pergi';
    el.drafts.schedule();
    el.remove();
    expect(stored(2)).to.contain('Sebelum pergi');
    el.drafts.clear();
    expect(stored(2)).to.equal(null);
  });

  it('remembers and forgets an identity per site', async () => {
    const el = await fixture<ControllerHost>(html`<test-comment-form-controllers></test-comment-form-controllers>`);
    el.drafts.saveIdentity(SITE, { author: 'Sari', email: 'sari@contoh.id', url: '' });
    expect(el.drafts.loadIdentity(SITE)).to.deep.equal({ author: 'Sari', email: 'sari@contoh.id', url: '' });
    el.drafts.saveIdentity(SITE, undefined);
    expect(localStorage.getItem(identityKey(SITE))).to.equal(null);
  });
});

describe('comment-form CountdownController', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    clock = sinon.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
  });
  afterEach(() => {
    clock.restore();
  });

  it('counts down once a second to zero, re-rendering the host, then stops', async () => {
    const el = await fixture<ControllerHost>(html`<test-comment-form-controllers></test-comment-form-controllers>`);
    const update = sinon.spy(el, 'requestUpdate');
    el.countdown.start(3);
    expect(el.countdown.left).to.equal(3);
    await clock.tickAsync(1000);
    expect(el.countdown.left).to.equal(2);
    await clock.tickAsync(2000);
    expect(el.countdown.left).to.equal(0);
    expect(update.callCount).to.equal(4);
    expect(clock.countTimers()).to.equal(0);
  });

  it('pauses while the host is off the page and resumes when it returns', async () => {
    const el = await fixture<ControllerHost>(html`<test-comment-form-controllers></test-comment-form-controllers>`);
    const parent = el.parentElement!;
    el.countdown.start(5);
    await clock.tickAsync(1000);
    el.remove();
    expect(clock.countTimers()).to.equal(0);
    await clock.tickAsync(3000);
    expect(el.countdown.left).to.equal(4);
    parent.append(el);
    await clock.tickAsync(4000);
    expect(el.countdown.left).to.equal(0);
  });
});
