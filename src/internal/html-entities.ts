/**
 * Character references in the markup WordPress writes (comment text, error pages), decoded without a
 * parser. Used where the page's Trusted Types policy forbids parsing and by the comment sanitizer,
 * which tokenises markup itself.
 */

/** The named references WordPress's texturizer and `esc_html()` write; others stay as written. */
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  hellip: '…',
  laquo: '«',
  raquo: '»',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  ndash: '–',
  mdash: '—',
  copy: '©',
  reg: '®',
  trade: '™',
  middot: '·',
  bull: '•',
};

/**
 * Decodes numeric and the common named character references. A numeric reference outside Unicode or
 * to a lone surrogate becomes U+FFFD, as the HTML parser makes it; an unknown name stays as written.
 */
export function decodeEntities(text: string): string {
  return text.replace(/&(#[xX][\da-fA-F]{1,6}|#\d{1,7}|[a-zA-Z]{2,8});?/g, (whole, code: string) => {
    if (code.startsWith('#')) {
      const point = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return point > 0 && point <= 0x10ffff && (point < 0xd800 || point > 0xdfff)
        ? String.fromCodePoint(point)
        : '\ufffd';
    }
    return NAMED[code.toLowerCase()] ?? whole;
  });
}
