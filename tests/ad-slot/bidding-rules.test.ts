import { expect } from '@open-wc/testing';
import { isNoRefreshMessage, comesFrom } from '../../src/components/ad-slot/creative-messages-controller.js';
import { checkedTargeting } from '../../src/components/ad-slot/gpt-config.js';
import {
  DEFAULT_AUCTION_TIMEOUT,
  parseAuctionTimeout,
  parsePrebidGlobal,
} from '../../src/components/ad-slot/header-bidding.js';
import { checkedBids } from '../../src/components/ad-slot/prebid-auction.js';

/** Collects warnings instead of printing them. */
function warnings(): { warn: (message: string) => void; messages: string[] } {
  const messages: string[] = [];
  return { warn: (message) => messages.push(message), messages };
}

describe('ad-slot header-bidding and refresh inputs', () => {
  it('keeps only Prebid bid entries with a bidder code and object params', () => {
    const { warn, messages } = warnings();
    const bids = checkedBids(
      [
        { bidder: 'appnexus', params: { placementId: 1 } },
        { bidder: '' },
        'rubicon',
        null,
        { bidder: 'ix', params: 5 },
      ],
      warn,
    );
    expect(bids).to.deep.equal([{ bidder: 'appnexus', params: { placementId: 1 } }]);
    expect(messages).to.have.length(4);
    expect(checkedBids(undefined, warn)).to.deep.equal([]);
    expect(checkedBids({ bidder: 'one' }, warn)).to.deep.equal([{ bidder: 'one' }]);
  });

  it('reads auction-timeout within 100–10,000 ms, else the default', () => {
    expect(parseAuctionTimeout(800)).to.equal(800);
    expect(parseAuctionTimeout('abc')).to.equal(DEFAULT_AUCTION_TIMEOUT);
    expect(parseAuctionTimeout(50)).to.equal(DEFAULT_AUCTION_TIMEOUT);
    expect(parseAuctionTimeout(60_000)).to.equal(DEFAULT_AUCTION_TIMEOUT);
  });

  it('reads prebid-global as a plain identifier only, else pbjs', () => {
    for (const name of ['pbjs', 'sabbaPbjs', '$pb', '_pb2']) expect(parsePrebidGlobal(name)).to.equal(name);
    for (const value of ['', undefined, null]) expect(parsePrebidGlobal(value)).to.equal('pbjs');
    // Paths, expressions, property syntax and non-strings are never walked or evaluated.
    for (const value of ['top.pbjs', 'a-b', '2pbjs', 'pbjs()', 'window["pbjs"]', ' pbjs', 7, {}])
      expect(parsePrebidGlobal(value), JSON.stringify(value)).to.equal('pbjs');
  });

  it('keeps page targeting that GPT accepts and leaves the rest out', () => {
    const targeting = checkedTargeting({
      section: 'berita',
      tags: ['a', 'b'],
      'bad key!': 'x',
      n: 5,
      long_key_over_twenty_chars: 'x',
    });
    expect(targeting).to.deep.equal({ section: 'berita', tags: ['a', 'b'] });
    expect(checkedTargeting('nonsense')).to.deep.equal({});
  });

  it('knows the no-refresh message in both forms and only from a frame inside the slot', () => {
    expect(isNoRefreshMessage({ type: 'sabba-ad-no-refresh' })).to.equal(true);
    expect(isNoRefreshMessage('sabba-ad-no-refresh')).to.equal(true);
    expect(isNoRefreshMessage({ type: 'other' })).to.equal(false);
    expect(isNoRefreshMessage(null)).to.equal(false);
    const container = document.createElement('div');
    const frame = document.createElement('iframe');
    container.append(frame);
    document.body.append(container);
    try {
      expect(comesFrom(container, frame.contentWindow)).to.equal(true);
      expect(comesFrom(container, window)).to.equal(false);
      expect(comesFrom(container, null)).to.equal(false);
    } finally {
      container.remove();
    }
  });
});
