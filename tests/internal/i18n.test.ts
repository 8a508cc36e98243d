import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { adSlotTexts } from '../../src/components/ad-slot/ad-slot.texts.js';
import { adblockNoticeTexts } from '../../src/components/adblock-notice/adblock-notice.texts.js';
import { authorCardTexts } from '../../src/components/author-card/author-card.texts.js';
import { backToTopTexts } from '../../src/components/back-to-top/back-to-top.texts.js';
import { commentFormTexts } from '../../src/components/comment-form/comment-form.texts.js';
import { enNumber, groupDigits, idNumber, localize, toLanguage } from '../../src/i18n/index.js';

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

  it('writes whole numbers as the browser does in Indonesian and English, without Intl', () => {
    // The browser's own Intl is the reference; the widgets must not call it (its first use is a long task).
    const values = [
      0,
      1,
      7,
      42,
      999,
      1000,
      1234,
      9999,
      10000,
      65535,
      100000,
      999999,
      1000000,
      1234567,
      2 ** 31,
      9007199254740991,
    ];
    for (const n of values) {
      expect(idNumber(n), `${n} in Indonesian`).to.equal(n.toLocaleString('id-ID'));
      expect(enNumber(n), `${n} in English`).to.equal(n.toLocaleString('en'));
      if (n > 0)
        expect(idNumber(-n), `${-n} in Indonesian`).to.equal((-n).toLocaleString('id-ID').replace('\u2212', '-'));
    }
    expect(idNumber(1234.9), 'a fraction is dropped, never rounded up').to.equal('1.234');
    expect(idNumber(-0), 'no minus zero, unlike toLocaleString').to.equal('0');
    expect(groupDigits(Number.NaN, '.')).to.equal('NaN');
    expect(groupDigits(Number.POSITIVE_INFINITY, ',')).to.equal('Infinity');
  });

  it('formats the counts of the comment texts without Intl', async () => {
    const { commentCountTexts } = await import('../../src/components/comment-count/comment-count.texts.js');
    const { commentsTexts } = await import('../../src/components/comments/comments.texts.js');
    const toLocale = sinon.spy(Number.prototype, 'toLocaleString');
    const format = sinon.spy(Intl, 'NumberFormat');
    expect(commentCountTexts.id.count(12345)).to.equal('12.345 komentar');
    expect(commentCountTexts.en.count(12345)).to.equal('12,345 comments');
    expect(commentsTexts.id.heading(1500)).to.equal('1.500 komentar');
    expect(commentFormTexts.en.bytesLeft(65535)).to.equal('65,535 bytes left');
    expect(toLocale.called || format.called, 'Intl was asked').to.equal(false);
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
