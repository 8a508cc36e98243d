import { expect } from '@open-wc/testing';
import { signal, type AdblockSignal } from '../../src/components/adblock-notice/detection/signal.js';
import { decideVerdict } from '../../src/components/adblock-notice/verdict.js';

/** Every outcome each signal can really report (unambiguous only where a producer sets it). */
const options = {
  bait: [
    signal('bait', 'blocked', '2 of 5 hidden', true),
    signal('bait', 'blocked', '1 of 5 hidden'),
    signal('bait', 'clear', '0 of 5 hidden'),
    signal('bait', 'skipped', 'no body'),
  ],
  script: [
    signal('script', 'blocked', 'stand-in', true),
    signal('script', 'blocked', 'API never appeared'),
    signal('script', 'failed', 'request failed'),
    signal('script', 'clear', 'loaded for real'),
    signal('script', 'inconclusive', 'timeout'),
    signal('script', 'skipped', 'no ad script'),
  ],
  baitUrl: [
    signal('bait-url', 'blocked', 'file exists, script blocked', true),
    signal('bait-url', 'failed', 'request failed'),
    signal('bait-url', 'clear', 'loaded'),
    signal('bait-url', 'inconclusive', 'timeout'),
    signal('bait-url', 'skipped', 'none configured'),
  ],
  adSlot: [
    signal('ad-slot', 'blocked', 'container hidden'),
    signal('ad-slot', 'failed', 'blocked request'),
    signal('ad-slot', 'clear', 'ad rendered'),
    signal('ad-slot', 'inconclusive', 'nothing rendered'),
    signal('ad-slot', 'skipped', 'no slot'),
  ],
  network: [
    signal('network', 'clear', 'control answered'),
    signal('network', 'failed', 'control failed'),
    signal('network', 'skipped', 'no control'),
  ],
};

function* combinations(): Generator<AdblockSignal[]> {
  for (const bait of options.bait)
    for (const script of options.script)
      for (const baitUrl of options.baitUrl)
        for (const adSlot of options.adSlot)
          for (const network of options.network) yield [bait, script, baitUrl, adSlot, network];
}

const all = [...combinations()];
const isNetwork = (s: AdblockSignal): boolean => s.name === 'network';
const networkOf = (signals: AdblockSignal[]): AdblockSignal => signals.find(isNetwork)!;

describe('decideVerdict', () => {
  it('covers every combination of signal outcomes', () => {
    expect(all.length).to.equal(4 * 6 * 5 * 5 * 3);
  });

  it('returns the signals it was given, in order', () => {
    for (const signals of all) expect(decideVerdict(signals).signals).to.deep.equal(signals);
  });

  it('is blocked whenever one signal is unambiguous, whatever the network', () => {
    for (const signals of all) {
      if (signals.some((s) => s.unambiguous))
        expect(decideVerdict(signals).blocked, JSON.stringify(signals)).to.equal(true);
    }
  });

  it('never accuses a reader on one ambiguous signal alone', () => {
    for (const signals of all) {
      const suspicious = signals.filter((s) => !isNetwork(s) && (s.outcome === 'blocked' || s.outcome === 'failed'));
      if (suspicious.length === 1 && !suspicious[0]!.unambiguous) {
        expect(decideVerdict(signals).blocked, JSON.stringify(signals)).to.equal(false);
      }
    }
  });

  it('never accuses a reader on a flaky network when only requests failed', () => {
    for (const signals of all) {
      const onlyFailures = signals.every((s) => isNetwork(s) || s.outcome !== 'blocked');
      if (networkOf(signals).outcome === 'failed' && onlyFailures) {
        const verdict = decideVerdict(signals);
        expect(verdict.blocked, JSON.stringify(signals)).to.equal(false);
        expect(verdict.confidence).to.equal('low');
      }
    }
  });

  it('counts failed ad-host requests (probe and ad slots) as one witness', () => {
    for (const signals of all) {
      const others = signals.filter((s) => !isNetwork(s));
      const onlyAdHostFailures =
        others.every((s) => s.outcome !== 'blocked') &&
        others.filter((s) => s.outcome === 'failed').every((s) => s.name === 'script' || s.name === 'ad-slot');
      if (onlyAdHostFailures) expect(decideVerdict(signals).blocked, JSON.stringify(signals)).to.equal(false);
    }
  });

  it('is blocked when two different signals agree on a healthy network', () => {
    for (const signals of all) {
      if (networkOf(signals).outcome === 'failed') continue;
      const visible = signals.filter((s) => s.outcome === 'blocked').length;
      const baitUrlFailed = signals.some((s) => s.name === 'bait-url' && s.outcome === 'failed');
      const adHostFailed = signals.some((s) => (s.name === 'script' || s.name === 'ad-slot') && s.outcome === 'failed');
      if (visible + Number(baitUrlFailed) + Number(adHostFailed) >= 2) {
        expect(decideVerdict(signals).blocked, JSON.stringify(signals)).to.equal(true);
      }
    }
  });

  it('never reports high confidence while the network is in trouble', () => {
    for (const signals of all) {
      if (networkOf(signals).outcome === 'failed') expect(decideVerdict(signals).confidence).not.to.equal('high');
    }
  });

  it('reports low confidence for a clean verdict with any sign of a blocker', () => {
    for (const signals of all) {
      const verdict = decideVerdict(signals);
      const anySign = signals.some((s) => !isNetwork(s) && (s.outcome === 'blocked' || s.outcome === 'failed'));
      if (!verdict.blocked && anySign) expect(verdict.confidence).to.equal('low');
      if (verdict.blocked) expect(verdict.confidence).to.be.oneOf(['high', 'medium']);
    }
  });

  it('is sure of a clean browser when everything worked', () => {
    const verdict = decideVerdict([
      options.bait[2]!,
      options.script[3]!,
      options.baitUrl[2]!,
      options.adSlot[2]!,
      options.network[0]!,
    ]);
    expect(verdict).to.include({ blocked: false, confidence: 'high' });
  });

  it('is medium sure of a clean browser with a single clear signal', () => {
    const verdict = decideVerdict([
      options.bait[2]!,
      options.script[5]!,
      options.baitUrl[4]!,
      options.adSlot[4]!,
      options.network[0]!,
    ]);
    expect(verdict).to.include({ blocked: false, confidence: 'medium' });
  });

  it('is low sure when nothing could be checked', () => {
    const verdict = decideVerdict([
      options.bait[3]!,
      options.script[5]!,
      options.baitUrl[4]!,
      options.adSlot[4]!,
      options.network[2]!,
    ]);
    expect(verdict).to.include({ blocked: false, confidence: 'low' });
  });

  describe('real-world cases', () => {
    it('uBlock Origin: baits hidden and the ad script replaced → blocked, high', () => {
      const verdict = decideVerdict([
        options.bait[0]!,
        options.script[0]!,
        options.baitUrl[4]!,
        options.adSlot[4]!,
        options.network[0]!,
      ]);
      expect(verdict).to.include({ blocked: true, confidence: 'high' });
    });

    it('a DNS filter or proxy that only stops the ad hosts → not blocked, low', () => {
      const verdict = decideVerdict([
        options.bait[2]!,
        options.script[2]!,
        options.baitUrl[2]!,
        options.adSlot[1]!,
        options.network[0]!,
      ]);
      expect(verdict).to.include({ blocked: false, confidence: 'low' });
    });

    it('the network cut: every request failed, the control too → not blocked, low', () => {
      const verdict = decideVerdict([
        options.bait[2]!,
        options.script[2]!,
        options.baitUrl[1]!,
        options.adSlot[1]!,
        options.network[1]!,
      ]);
      expect(verdict).to.include({ blocked: false, confidence: 'low' });
    });

    it('a blocker on a flaky network: baits hidden, control failed → blocked, medium', () => {
      const verdict = decideVerdict([
        options.bait[0]!,
        options.script[2]!,
        options.baitUrl[1]!,
        options.adSlot[4]!,
        options.network[1]!,
      ]);
      expect(verdict).to.include({ blocked: true, confidence: 'medium' });
    });

    it('cosmetic hiding while an ad rendered for real → blocked, but only medium', () => {
      const verdict = decideVerdict([
        options.bait[0]!,
        options.script[3]!,
        options.baitUrl[0]!,
        options.adSlot[2]!,
        options.network[0]!,
      ]);
      expect(verdict).to.include({ blocked: true, confidence: 'medium' });
    });
  });
});
