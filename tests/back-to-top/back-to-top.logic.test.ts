import { expect } from '@open-wc/testing';
import {
  PROGRESS_ROOT_MARGIN,
  PROGRESS_THRESHOLDS,
  readingProgress,
  viewportFromRootBounds,
} from '../../src/components/back-to-top/progress.js';
import {
  MAX_THRESHOLD,
  parseThresholdAttribute,
  resolveThreshold,
} from '../../src/components/back-to-top/threshold.js';

describe('back-to-top threshold logic', () => {
  it('reads px numbers, with or without the unit', () => {
    expect(parseThresholdAttribute('600')).to.equal(600);
    expect(parseThresholdAttribute(' 600PX ')).to.equal(600);
    expect(parseThresholdAttribute('12.5px')).to.equal(12.5);
    expect(parseThresholdAttribute('1e3')).to.equal(1000);
    expect(parseThresholdAttribute('-20')).to.equal(-20);
  });

  it('treats empty as the default and anything else as NaN', () => {
    expect(parseThresholdAttribute(null)).to.equal(undefined);
    expect(parseThresholdAttribute('  ')).to.equal(undefined);
    for (const bad of ['50%', '10vh', 'abc', '1 2', '<img src=x onerror=alert(1)>', 'px']) {
      expect(Number.isNaN(parseThresholdAttribute(bad)), bad).to.equal(true);
    }
  });

  it('turns a threshold into a root margin, with the default one viewport', () => {
    expect(resolveThreshold(undefined)).to.deep.equal({ rootMarginTop: '100%' });
    expect(resolveThreshold(0)).to.deep.equal({ rootMarginTop: '0px' });
    expect(resolveThreshold(599.6)).to.deep.equal({ rootMarginTop: '600px' });
  });

  it('reports negative, NaN and infinite values and clamps huge ones', () => {
    expect(resolveThreshold(-1).rootMarginTop).to.equal('100%');
    expect(resolveThreshold(Number.NaN).problem).to.be.a('string');
    expect(resolveThreshold(Number.POSITIVE_INFINITY).rootMarginTop).to.equal(`${MAX_THRESHOLD}px`);
    expect(resolveThreshold(1e308).problem).to.contain(String(MAX_THRESHOLD));
  });
});

describe('back-to-top progress logic', () => {
  it('goes from 0 at the top to 1 at the bottom', () => {
    const viewport = { top: 0, bottom: 800 };
    expect(readingProgress({ top: 0, bottom: 4800 }, viewport)).to.equal(0);
    expect(readingProgress({ top: -2000, bottom: 2800 }, viewport)).to.equal(0.5);
    expect(readingProgress({ top: -4000, bottom: 800 }, viewport)).to.equal(1);
  });

  it('clamps overscroll and is 0 for content that cannot scroll', () => {
    const viewport = { top: 100, bottom: 400 };
    expect(readingProgress({ top: 150, bottom: 3150 }, viewport)).to.equal(0);
    expect(readingProgress({ top: -5000, bottom: 300 }, viewport)).to.equal(1);
    expect(readingProgress({ top: 100, bottom: 300 }, viewport)).to.equal(0);
  });

  it('finds the viewport inside the stretched root bounds', () => {
    expect(viewportFromRootBounds({ top: 600 - PROGRESS_ROOT_MARGIN - 600, bottom: 600 })).to.deep.equal({
      top: 0,
      bottom: 600,
    });
    expect(viewportFromRootBounds({ top: 0, bottom: 600 })).to.deep.equal({ top: 600, bottom: 600 });
  });

  it('asks for a callback at every percent', () => {
    expect(PROGRESS_THRESHOLDS).to.have.length(101);
    expect(PROGRESS_THRESHOLDS[0]).to.equal(0);
    expect(PROGRESS_THRESHOLDS[100]).to.equal(1);
  });
});
