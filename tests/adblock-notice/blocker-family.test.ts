import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/adblock-notice/adblock-notice.define.js';
import type { SabbaAdblockResultEvent } from '../../src/components/adblock-notice/adblock-notice.events.js';
import type { SabbaAdblockNotice } from '../../src/components/adblock-notice/adblock-notice.js';
import { adblockNoticeTexts } from '../../src/components/adblock-notice/adblock-notice.texts.js';
import { blockerFamily } from '../../src/components/adblock-notice/blocker-family.js';
import { BAIT_SELECTORS } from '../../src/components/adblock-notice/detection/bait-signal.js';
import { signal } from '../../src/components/adblock-notice/detection/signal.js';
import type { AdblockVerdict } from '../../src/components/adblock-notice/verdict.js';
import { partText } from '../helpers/dom.js';

const verdict = (blocked: boolean, ...signals: AdblockVerdict['signals']): AdblockVerdict => ({
  blocked,
  confidence: 'high',
  signals,
});
const ti = adblockNoticeTexts.id;

describe('which blocker the notice speaks to', () => {
  it('tells an extension (it hid baits or replaced the ad script) from a network filter (requests refused only)', () => {
    expect(blockerFamily(verdict(true, signal('bait', 'blocked', '5 of 5 hidden', true)), false)).to.equal('extension');
    expect(
      blockerFamily(
        verdict(true, signal('bait', 'clear', '0 of 5'), signal('script', 'blocked', 'stand-in', true)),
        false,
      ),
    ).to.equal('extension');
    expect(
      blockerFamily(
        verdict(
          true,
          signal('bait', 'clear', '0 of 5'),
          signal('script', 'failed', 'refused twice'),
          signal('bait-url', 'failed', 'refused'),
        ),
        false,
      ),
    ).to.equal('network');
    expect(
      blockerFamily(verdict(true, signal('bait', 'blocked', '5 of 5', true)), true),
      'Brave says so itself',
    ).to.equal('brave');
    expect(
      blockerFamily(verdict(false, signal('bait', 'clear', '0 of 5')), true),
      'no blocker, no instructions',
    ).to.equal(undefined);
  });

  it('shows the extension steps when a real cosmetic filter hides the baits', async () => {
    const style = document.createElement('style');
    style.textContent = `${BAIT_SELECTORS.join(', ')} { display: none !important; }`;
    document.head.append(style);
    try {
      const el = await fixture<SabbaAdblockNotice>(
        html`<sabba-adblock-notice no-probe control-url="/adblock-notice/control"></sabba-adblock-notice>`,
      );
      await oneEvent<SabbaAdblockResultEvent>(el, 'sabba-adblock-result');
      await el.updateComplete;
      expect(el.open).to.equal(true);
      expect(partText(el, 'how-to')).to.equal(ti.howToExtension);
      await expect(el).to.be.accessible();
    } finally {
      style.remove();
    }
  });

  it('shows the network steps for a verdict of refused requests only, in English too', async () => {
    const el = await fixture<SabbaAdblockNotice>(html`<sabba-adblock-notice lang="en"></sabba-adblock-notice>`);
    el.verdict = verdict(
      true,
      signal('bait', 'clear', '0 of 5'),
      signal('script', 'failed', 'refused twice'),
      signal('bait-url', 'failed', 'refused'),
    );
    await el.updateComplete;
    expect(partText(el, 'how-to')).to.equal(adblockNoticeTexts.en.howToNetwork);
  });
});
