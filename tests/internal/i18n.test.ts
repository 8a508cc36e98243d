import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { adSlotTexts } from '../../src/components/ad-slot/ad-slot.texts.js';
import { adblockNoticeTexts } from '../../src/components/adblock-notice/adblock-notice.texts.js';
import { authorCardTexts } from '../../src/components/author-card/author-card.texts.js';
import { backToTopTexts } from '../../src/components/back-to-top/back-to-top.texts.js';
import { commentFormTexts } from '../../src/components/comment-form/comment-form.texts.js';
import { localize, toLanguage } from '../../src/i18n/index.js';

describe('i18n', () => {
  afterEach(() => {
    sinon.restore();
  });

  it('maps language tags to the supported languages', () => {
    expect(toLanguage('en')).to.equal('en');
    expect(toLanguage('en-GB')).to.equal('en');
    expect(toLanguage('EN_us')).to.equal('en');
    expect(toLanguage('id-ID')).to.equal('id');
    expect(toLanguage('in')).to.equal('id');
    expect(toLanguage('fr')).to.equal(undefined);
    expect(toLanguage('')).to.equal(undefined);
    expect(toLanguage(null)).to.equal(undefined);
  });

  it('gives Indonesian and English texts with the same keys in every section', () => {
    for (const texts of [commentFormTexts, adSlotTexts, adblockNoticeTexts, backToTopTexts, authorCardTexts]) {
      expect(Object.keys(texts.en).sort(), texts.section).to.deep.equal(Object.keys(texts.id).sort());
      for (const [key, text] of Object.entries(texts.id)) {
        expect(typeof (texts.en as Record<string, unknown>)[key], `${texts.section}.${key}`).to.equal(typeof text);
      }
    }
    expect(localize(commentFormTexts, 'id').title).to.equal('Tinggalkan Balasan');
    expect(localize(commentFormTexts, 'en').title).to.equal('Leave a Reply');
  });

  it('applies string overrides and ignores empty, mistyped and unknown ones with a warning', () => {
    const warn = sinon.stub(console, 'warn');
    expect(localize(backToTopTexts, 'id', { label: 'Ke atas' }).label).to.equal('Ke atas');
    expect(localize(backToTopTexts, 'en', { label: '   ' }).label).to.equal('Back to top');
    expect(localize(backToTopTexts, 'en', { label: 42 as unknown as string }).label).to.equal('Back to top');
    const withUnknown = localize(backToTopTexts, 'en', { nope: 'x' } as Record<string, string>);
    expect(Object.keys(withUnknown)).not.to.include('nope');
    expect(warn.callCount).to.be.greaterThanOrEqual(2);
  });

  it('never shares state between calls', () => {
    localize(backToTopTexts, 'id', { label: 'Ganti' });
    expect(localize(backToTopTexts, 'id').label).to.equal('Kembali ke atas');
  });
});
