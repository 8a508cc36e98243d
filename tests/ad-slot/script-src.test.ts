/**
 * Which script a slot's provider loads (`script-src.ts`): `script-src` from markup only on the
 * page's origin or the provider's own Google host, else the page-wide URLs set from script.
 */
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { ADSENSE_SRC } from '../../src/components/ad-slot/providers/adsense-provider.js';
import { GPT_LIMITED_ADS_SRC, GPT_SRC } from '../../src/components/ad-slot/providers/gpt-provider.js';
import { providerScriptUrl, type ScriptDefaults } from '../../src/components/ad-slot/script-src.js';

const GOOGLE: ScriptDefaults = { gptSrc: GPT_SRC, adsenseSrc: ADSENSE_SRC, gptLimitedAds: false };

/** A page origin other than this one, as an attacker's host would be. */
const FOREIGN = 'https://ads.example';

let warn: sinon.SinonStub;
beforeEach(() => {
  warn = sinon.stub(console, 'warn');
});
afterEach(() => {
  warn.restore();
});
const warned = (text: string): boolean => warn.args.some(([message]) => String(message).includes(text));

describe('providerScriptUrl', () => {
  it('takes script-src on the page origin for any provider, as an absolute URL', () => {
    expect(providerScriptUrl('gpt', '/ad-slot/gpt.js?own', GOOGLE)).to.equal(`${location.origin}/ad-slot/gpt.js?own`);
    expect(providerScriptUrl('adsense', `${location.origin}/ads.js`, GOOGLE)).to.equal(`${location.origin}/ads.js`);
    expect(providerScriptUrl('mine', '/ad-slot/mine.js', GOOGLE)).to.equal(`${location.origin}/ad-slot/mine.js`);
    expect(warn.called).to.equal(false);
  });

  it("takes script-src on the provider's own Google host, and not on the other provider's", () => {
    const gpt = 'https://securepubads.g.doubleclick.net/tag/js/gpt.js?network=1234';
    const adsense = 'https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client=ca-pub-1';
    expect(providerScriptUrl('gpt', gpt, GOOGLE)).to.equal(gpt);
    expect(providerScriptUrl('adsense', adsense, GOOGLE)).to.equal(adsense);
    expect(warn.called).to.equal(false);

    const crossed = 'https://securepubads.g.doubleclick.net/pagead/js/adsbygoogle.js?crossed';
    expect(providerScriptUrl('adsense', crossed, GOOGLE)).to.equal(ADSENSE_SRC);
    expect(warned(crossed)).to.equal(true);
  });

  it('refuses a foreign origin, a non-http scheme and garbage with a warning, and falls back to the default', () => {
    const cases = [`${FOREIGN}/gpt.js?refused`, 'javascript:alert(1)', 'data:text/javascript,alert(2)', 'http://[bad'];
    for (const value of cases) {
      expect(providerScriptUrl('gpt', value, GOOGLE), value).to.equal(GPT_SRC);
      expect(warned(value), value).to.equal(true);
    }
    expect(warned('Set SabbaAdSlot.gptSrc / adsenseSrc from script.')).to.equal(true);
    expect(providerScriptUrl('mine', `${FOREIGN}/mine.js?refused`, GOOGLE)).to.equal(undefined);
  });

  it('without script-src, uses the page-wide URLs for GPT and AdSense and none for other providers', () => {
    const own: ScriptDefaults = { gptSrc: `${FOREIGN}/gpt.js`, adsenseSrc: `${FOREIGN}/ads.js`, gptLimitedAds: false };
    expect(providerScriptUrl('gpt', '', own)).to.equal(`${FOREIGN}/gpt.js`);
    expect(providerScriptUrl('adsense', '', own)).to.equal(`${FOREIGN}/ads.js`);
    expect(providerScriptUrl('html', '', own)).to.equal(undefined);
    expect(providerScriptUrl('mine', '', own)).to.equal(undefined);
    expect(warn.called).to.equal(false);
  });

  it("loads GPT from Google's limited-ads URL under gptLimitedAds, unless the page pointed gptSrc elsewhere", () => {
    expect(providerScriptUrl('gpt', '', { ...GOOGLE, gptLimitedAds: true })).to.equal(GPT_LIMITED_ADS_SRC);
    const proxy: ScriptDefaults = { ...GOOGLE, gptSrc: `${FOREIGN}/gpt.js`, gptLimitedAds: true };
    expect(providerScriptUrl('gpt', '', proxy)).to.equal(`${FOREIGN}/gpt.js`);
    // A script-src the markup may choose wins over the page-wide URL, limited ads or not.
    expect(providerScriptUrl('gpt', '/ad-slot/gpt.js?limited', proxy)).to.equal(
      `${location.origin}/ad-slot/gpt.js?limited`,
    );
  });
});
