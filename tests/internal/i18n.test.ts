import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { localize, toLanguage } from '../../src/i18n/index.js';
import { en } from '../../src/i18n/en.js';
import { id } from '../../src/i18n/id.js';

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
    for (const section of Object.keys(id) as (keyof typeof id)[]) {
      expect(Object.keys(en[section]).sort(), section).to.deep.equal(Object.keys(id[section]).sort());
    }
    expect(localize('commentForm', 'id').title).to.equal('Tinggalkan Balasan');
    expect(localize('commentForm', 'en').title).to.equal('Leave a Reply');
  });

  it('applies string overrides and ignores empty, mistyped and unknown ones with a warning', () => {
    const warn = sinon.stub(console, 'warn');
    expect(localize('backToTop', 'id', { label: 'Ke atas' }).label).to.equal('Ke atas');
    expect(localize('backToTop', 'en', { label: '   ' }).label).to.equal('Back to top');
    expect(localize('backToTop', 'en', { label: 42 as unknown as string }).label).to.equal('Back to top');
    const withUnknown = localize('backToTop', 'en', { nope: 'x' } as Record<string, string>);
    expect(Object.keys(withUnknown)).not.to.include('nope');
    expect(warn.callCount).to.be.greaterThanOrEqual(2);
  });

  it('never shares state between calls', () => {
    localize('backToTop', 'id', { label: 'Ganti' });
    expect(localize('backToTop', 'id').label).to.equal('Kembali ke atas');
  });
});
