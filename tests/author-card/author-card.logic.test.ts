import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { AVATAR_PALETTE, colourFor, initialsFor } from '../../src/components/author-card/initials.js';
import {
  classifyProfile,
  MAX_PROFILE_LINKS,
  parseProfileLinks,
} from '../../src/components/author-card/profile-links.js';
import {
  buildAuthorNode,
  findExistingAuthor,
  parseJsonLdBlocks,
  serializeJsonLd,
} from '../../src/components/author-card/structured-data.js';

/** WCAG 2 relative luminance of a `#rrggbb` colour. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe('author-card initials', () => {
  it('takes the first and last word of Indonesian names', () => {
    expect(initialsFor('Muhammad Rizky Pratama')).to.equal('MP');
    expect(initialsFor('siti nurhaliza')).to.equal('SN');
    expect(initialsFor('  Ni   Luh  Putu Ayu ')).to.equal('NA');
  });

  it('skips honorifics and degrees', () => {
    expect(initialsFor('Dr. H. Ahmad Syafii')).to.equal('AS');
    expect(initialsFor('Budi Santoso, S.Kom., M.T.')).to.equal('BS');
    expect(initialsFor('Prof. Dr.')).to.equal('PD');
  });

  it('gives one letter for a single name or a newsroom', () => {
    expect(initialsFor('Sukarno')).to.equal('S');
    expect(initialsFor('Redaksi')).to.equal('R');
    expect(initialsFor('Redaksi 🦊')).to.equal('R');
  });

  it('keeps accents, other scripts and emoji whole', () => {
    expect(initialsFor('E\u0301lodie Durand')).to.equal('\u00c9D');
    expect(initialsFor('王小明')).to.equal('王');
    expect(initialsFor('👩🏽‍💻')).to.equal('👩🏽‍💻');
    expect(initialsFor("O'Brien al-Farabi")).to.equal('OA');
  });

  it('returns an empty string for an empty or missing name', () => {
    expect(initialsFor('')).to.equal('');
    expect(initialsFor('   ')).to.equal('');
    expect(initialsFor(undefined)).to.equal('');
    expect(initialsFor(null)).to.equal('');
  });

  it('derives the same colour from the same name, whatever its spacing, case or normalisation', () => {
    expect(colourFor('Redaksi')).to.deep.equal(colourFor('  redaksi '));
    expect(colourFor('Élodie')).to.deep.equal(colourFor('E\u0301lodie'));
    expect(AVATAR_PALETTE).to.include(colourFor('Budi Santoso').background);
    expect(colourFor(undefined).background).to.be.a('string');
  });

  it('spreads names over the palette', () => {
    const names = ['Redaksi', 'Budi', 'Siti', 'Ahmad', 'Putri', 'Agus', 'Dewi', 'Rina', 'Joko', 'Wati', 'Andi', 'Nur'];
    const colours = new Set(names.map((name) => colourFor(name).background));
    expect(colours.size).to.be.greaterThan(4);
  });

  it('only uses colours with at least 4.5:1 contrast for their text', () => {
    for (const background of AVATAR_PALETTE) {
      expect(contrast(background, '#ffffff'), background).to.be.at.least(4.5);
    }
  });
});

describe('author-card profile links', () => {
  it('recognises each network by host, including subdomains and short links', () => {
    const cases: [string, string, string][] = [
      ['https://instagram.com/sabba.id', 'instagram', 'Instagram'],
      ['https://www.facebook.com/sabba', 'facebook', 'Facebook'],
      ['https://m.facebook.com/sabba', 'facebook', 'Facebook'],
      ['https://x.com/sabbaid', 'x', 'X'],
      ['https://twitter.com/sabbaid', 'x', 'X'],
      ['https://www.youtube.com/@sabba', 'youtube', 'YouTube'],
      ['https://youtu.be/abc', 'youtube', 'YouTube'],
      ['https://www.tiktok.com/@sabba', 'tiktok', 'TikTok'],
      ['https://id.linkedin.com/in/budi', 'linkedin', 'LinkedIn'],
      ['https://wa.me/6281234567890', 'whatsapp', 'WhatsApp'],
      ['https://t.me/sabbaid', 'telegram', 'Telegram'],
      ['https://www.sabba.id/', 'website', 'sabba.id'],
    ];
    for (const [href, network, label] of cases) {
      expect(classifyProfile(href), href).to.deep.equal({ network, label });
    }
  });

  it('does not mistake look-alike hosts for a network', () => {
    expect(classifyProfile('https://evilinstagram.com/x').network).to.equal('website');
    expect(classifyProfile('https://instagram.com.evil.example/x').network).to.equal('website');
  });

  it('keeps absolute http(s) URLs in order and drops everything else, with a warning', () => {
    const warn = sinon.stub(console, 'warn');
    const links = parseProfileLinks(
      ' https://instagram.com/sabba.id \n javascript:alert(1) data:text/html,x /relative ftp://x.example https://x.com/sabbaid   http:// ',
    );
    warn.restore();
    expect(links.map((link) => link.href)).to.deep.equal(['https://instagram.com/sabba.id', 'https://x.com/sabbaid']);
    const messages = warn.getCalls().map((call) => String(call.args[0]));
    expect(messages.some((message) => message.includes('"javascript:alert(1)"'))).to.equal(true);
    expect(messages.some((message) => message.includes('"data:text/html,x"'))).to.equal(true);
  });

  it('removes duplicates and caps the list', () => {
    expect(parseProfileLinks('https://x.com/a https://x.com/a')).to.have.length(1);
    const many = Array.from({ length: 30 }, (_, index) => `https://example.com/${index}`).join(' ');
    expect(parseProfileLinks(many)).to.have.length(MAX_PROFILE_LINKS);
  });

  it('returns nothing for empty input', () => {
    expect(parseProfileLinks('')).to.deep.equal([]);
    expect(parseProfileLinks(null)).to.deep.equal([]);
  });
});

describe('author-card structured data', () => {
  const url = 'https://sabba.id/author/redaksi/';

  it('builds a Person with only the filled fields', () => {
    expect(
      buildAuthorNode({ type: 'person', name: ' Budi ', url, jobTitle: ' ', sameAs: [], description: '' }),
    ).to.deep.equal({
      '@context': 'https://schema.org',
      '@type': 'Person',
      '@id': `${url}#author`,
      name: 'Budi',
      url,
    });
  });

  it('builds an Organization without jobTitle, which schema.org does not define for it', () => {
    const node = buildAuthorNode({
      type: 'organization',
      name: 'Redaksi',
      jobTitle: 'Tim',
      image: 'https://sabba.id/logo.png',
    });
    expect(node).to.deep.equal({
      '@context': 'https://schema.org',
      '@type': 'Organization',
      name: 'Redaksi',
      image: 'https://sabba.id/logo.png',
    });
  });

  it('emits nothing without a name', () => {
    expect(buildAuthorNode({ type: 'person', name: '  ', url })).to.equal(undefined);
  });

  it('uses a given @id instead of its own', () => {
    expect(
      buildAuthorNode({ type: 'person', name: 'Budi', url }, 'https://sabba.id/#/schema/person/1')?.['@id'],
    ).to.equal('https://sabba.id/#/schema/person/1');
  });

  it('finds the same author by url, by @id, inside @graph and nested properties', () => {
    const yoast = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebPage', url },
        { '@type': 'Organization', '@id': 'https://sabba.id/#org', url },
      ],
    };
    expect(findExistingAuthor([yoast], 'organization', url)).to.deep.equal({ id: 'https://sabba.id/#org' });
    const rankMath = { '@type': 'NewsArticle', author: { '@type': ['Thing', 'Person'], '@id': url, name: 'Budi' } };
    expect(findExistingAuthor([rankMath], 'person', url)).to.deep.equal({ id: url });
    const own = [{ '@type': 'Person', '@id': `${url}#author` }];
    expect(findExistingAuthor(own, 'person', url)).to.deep.equal({ id: `${url}#author` });
    const newsMedia = [
      {
        '@type': 'NewsMediaOrganization',
        '@id': 'https://sabba.id/#news',
        url: 'https://sabba.id/author/redaksi' + '/',
      },
    ];
    expect(findExistingAuthor(newsMedia, 'organization', url)).to.deep.equal({ id: 'https://sabba.id/#news' });
  });

  it('ignores other authors, other node kinds and nodes without @id', () => {
    const blocks = [
      { '@type': 'ProfilePage', '@id': url, url },
      { '@type': 'Person', '@id': 'https://sabba.id/#other', url: 'https://sabba.id/author/other/' },
      { '@type': 'Person', url },
      'not an object',
      null,
    ];
    expect(findExistingAuthor(blocks, 'person', url)).to.deep.equal({});
    expect(findExistingAuthor(blocks, 'person', undefined)).to.deep.equal({});
  });

  it('reports a node of the other kind for the same author instead of reusing it', () => {
    const blocks = [{ '@type': 'Person', '@id': 'https://sabba.id/#p', url }];
    expect(findExistingAuthor(blocks, 'organization', url)).to.deep.equal({ conflictingType: '"Person"' });
  });

  it('stops walking absurdly deep JSON', () => {
    let deep: unknown = { '@type': 'Person', '@id': 'https://sabba.id/#deep', url };
    for (let index = 0; index < 50; index += 1) deep = { child: deep };
    expect(findExistingAuthor([deep], 'person', url)).to.deep.equal({});
  });

  it('serialises to JSON that no HTML parser can break out of', () => {
    const node = { name: 'a</script><script>alert(1)</script><!-- "quoted" \u2028 émoji 🦊' };
    const text = serializeJsonLd(node);
    expect(text).not.to.include('<');
    expect(JSON.parse(text)).to.deep.equal(node);
  });

  it('parses the page blocks, skipping malformed ones', () => {
    expect(parseJsonLdBlocks(['{"a":1}', '{broken', '[]'])).to.deep.equal([{ a: 1 }, []]);
  });
});
