/**
 * The pure parts of the out-of-page formats: `format`, `interstitial-triggers`, and the
 * floating-inset stack's sums (with real elements, since it writes custom properties).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { isDefaultFormat, outOfPageFormat } from '../../src/components/ad-slot/format.js';
import {
  parseInterstitialTriggers,
  warnFormatProvider,
  warnUnknownFormat,
} from '../../src/components/ad-slot/out-of-page.js';
import {
  FLOATING_BELOW_PROPERTY,
  FLOATING_INSET_PROPERTY,
  FloatingInsetController,
  FloatingLayer,
} from '../../src/controllers/floating-inset-controller.js';

function warnings(): { warn: (message: string) => void; messages: string[] } {
  const messages: string[] = [];
  return { warn: (message) => messages.push(message), messages };
}

describe('format', () => {
  it('reads the three out-of-page formats, in any case and with spaces; anything else is in-content', () => {
    expect(outOfPageFormat('interstitial')).to.equal('interstitial');
    expect(outOfPageFormat(' Bottom-Anchor ')).to.equal('bottom-anchor');
    expect(outOfPageFormat('top-anchor')).to.equal('top-anchor');
    expect(outOfPageFormat('in-content')).to.equal(undefined);
    expect(outOfPageFormat('popunder')).to.equal(undefined);
    expect(outOfPageFormat(42)).to.equal(undefined);
    expect(isDefaultFormat('')).to.equal(true);
    expect(isDefaultFormat('in-content')).to.equal(true);
    expect(isDefaultFormat('top-anchor')).to.equal(false);
  });

  it('warns about a format that names none, and not about the default', () => {
    const { warn, messages } = warnings();
    warnUnknownFormat('<img onerror=alert(1)>', warn);
    warnUnknownFormat(42, warn);
    warnUnknownFormat(' In-Content', warn);
    warnUnknownFormat('', warn);
    expect(messages).to.have.length(2);
    expect(messages[0]).to.include('is not in-content, interstitial, top-anchor or bottom-anchor');
  });
});

describe('warnFormatProvider', () => {
  it('tells a page that AdSense and html ads have no out-of-page format, and lets GPT and registered providers be', () => {
    const { warn, messages } = warnings();
    warnFormatProvider('bottom-anchor', 'html', warn);
    warnFormatProvider('interstitial', ' AdSense ', warn);
    warnFormatProvider('interstitial', 'gpt', warn);
    warnFormatProvider('top-anchor', 'kompas-ads', warn);
    expect(messages).to.have.length(2);
    expect(messages[0]).to.include('format="bottom-anchor" needs provider="gpt"');
  });
});

describe('parseInterstitialTriggers', () => {
  it("maps kebab-case and GPT's camelCase names to GPT's trigger object", () => {
    expect(parseInterstitialTriggers('unhide-window nav-bar')).to.deep.equal({ unhideWindow: true, navBar: true });
    expect(parseInterstitialTriggers('endOfArticle,inactivity , backward continue-reading')).to.deep.equal({
      endOfArticle: true,
      inactivity: true,
      backward: true,
      continueReading: true,
    });
  });

  it("leaves the network's defaults alone when nothing usable is listed", () => {
    const { warn, messages } = warnings();
    expect(parseInterstitialTriggers('', warn)).to.equal(undefined);
    expect(parseInterstitialTriggers('scroll __proto__', warn)).to.equal(undefined);
    expect(messages).to.have.length(2);
    expect(messages[0]).to.include('"scroll" is not one of');
  });
});

class InsetProbe extends LitElement {
  readonly inset = new FloatingInsetController(this, {
    layer: Number(this.dataset.layer ?? 0),
    sizeProperty: '--probe-size',
  });
}
customElements.define('inset-probe', InsetProbe);

describe('FloatingInsetController', () => {
  const root = (): string => document.documentElement.style.getPropertyValue(FLOATING_INSET_PROPERTY);

  it('stacks bars by layer, each above the ones beneath, and publishes the total', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <inset-probe data-layer=${FloatingLayer.banner}></inset-probe>
      <inset-probe data-layer=${FloatingLayer.anchor}></inset-probe>
    </div>`);
    const [banner, anchor] = [...page.querySelectorAll<InsetProbe>('inset-probe')];
    const bannerBar = Object.assign(document.createElement('div'), { style: 'height: 70.4px' });
    const anchorBar = Object.assign(document.createElement('div'), { style: 'height: 50px' });
    page.append(bannerBar, anchorBar);
    banner!.inset.measure(bannerBar);
    anchor!.inset.measure(anchorBar, 50); // known before layout: published at once
    expect(root()).to.equal('50px');
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(root()).to.equal('121px');
    expect(anchor!.style.getPropertyValue(FLOATING_BELOW_PROPERTY)).to.equal('0px');
    expect(banner!.style.getPropertyValue(FLOATING_BELOW_PROPERTY)).to.equal('50px');
    expect(banner!.style.getPropertyValue('--probe-size')).to.equal('71px');

    anchor!.inset.release();
    expect(root()).to.equal('71px');
    expect(banner!.style.getPropertyValue(FLOATING_BELOW_PROPERTY)).to.equal('0px');
    expect(anchor!.style.getPropertyValue(FLOATING_BELOW_PROPERTY)).to.equal('');
    banner!.remove(); // leaving the page takes its share back
    expect(root()).to.equal('');
  });
});
