import { expect } from '@open-wc/testing';
import { safeAbsoluteUrl, safeUrl } from '../../src/internal/safe-url.js';

describe('safeUrl', () => {
  it('keeps http and https URLs, normalised', () => {
    expect(safeUrl('https://sabba.id/author/redaksi')).to.equal('https://sabba.id/author/redaksi');
    expect(safeUrl('  HTTP://Example.ID/a b ')).to.equal('http://example.id/a%20b');
  });

  it('resolves relative URLs against the page', () => {
    expect(safeUrl('/author/redaksi', 'https://sabba.id/2024/berita/')).to.equal('https://sabba.id/author/redaksi');
    expect(safeUrl('foto.jpg', 'https://sabba.id/2024/berita/')).to.equal('https://sabba.id/2024/berita/foto.jpg');
  });

  it('refuses script, data and other schemes, however they are written', () => {
    for (const hostile of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      '\u0001javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'blob:https://sabba.id/1234',
      'file:///etc/passwd',
      'mailto:redaksi@sabba.id',
    ]) {
      expect(safeUrl(hostile, 'https://sabba.id/'), hostile).to.equal(undefined);
    }
  });

  it('refuses missing, empty and malformed input', () => {
    expect(safeUrl(undefined)).to.equal(undefined);
    expect(safeUrl(null)).to.equal(undefined);
    expect(safeUrl('   ')).to.equal(undefined);
    expect(safeUrl('http://[::1')).to.equal(undefined);
    expect(safeUrl(42 as unknown as string)).to.equal(undefined);
  });
});

describe('safeAbsoluteUrl', () => {
  it('keeps only absolute http(s) URLs', () => {
    expect(safeAbsoluteUrl('https://instagram.com/sabba.id')).to.equal('https://instagram.com/sabba.id');
    expect(safeAbsoluteUrl('instagram.com/sabba.id')).to.equal(undefined);
    expect(safeAbsoluteUrl('/author/redaksi')).to.equal(undefined);
    expect(safeAbsoluteUrl('javascript:alert(1)//https://x')).to.equal(undefined);
  });
});
