import { expect } from '@open-wc/testing';
import { markupToText } from '../../src/components/comment-form/transports/inert-html.js';
import { decodeEntities } from '../../src/internal/html-entities.js';

describe('decodeEntities', () => {
  it('decodes the named references WordPress writes, in any case', () => {
    expect(decodeEntities('Tom &amp; Jerry &hellip; &ldquo;kutip&rdquo; &NDASH; &copy;')).to.equal(
      'Tom & Jerry … “kutip” – ©',
    );
    expect(decodeEntities('a&nbsp;b')).to.equal('a\u00a0b');
  });

  it('decodes decimal and hex references, with or without the semicolon', () => {
    expect(decodeEntities('&#8217; &#x2019; &#X2019 &#39')).to.equal("’ ’ ’ '");
  });

  it('turns references outside Unicode or to lone surrogates into U+FFFD', () => {
    expect(decodeEntities('&#x110000; &#xD800; &#0;')).to.equal('\ufffd \ufffd \ufffd');
  });

  it('leaves unknown names and bare ampersands as written', () => {
    expect(decodeEntities('&bogus; AT&T & &')).to.equal('&bogus; AT&T & &');
  });
});

describe('markupToText (the no-parser fallback for error pages)', () => {
  it('drops tags, scripts and styles, decodes references and folds white space', () => {
    const page =
      '<p><strong>Error</strong>:&nbsp;please &#8220;type&#8221;<script>alert(1)</script><style>p{}</style>\n a comment.</p>';
    expect(markupToText(page)).to.equal('Error : please “type” a comment.');
  });

  it('keeps an escaped tag as text, never as markup', () => {
    expect(markupToText('&lt;img src=x onerror=alert(1)&gt;')).to.equal('<img src=x onerror=alert(1)>');
  });
});
