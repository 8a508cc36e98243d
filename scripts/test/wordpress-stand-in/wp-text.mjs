// @ts-check
/**
 * Ports of the few WordPress string functions a comment passes through, so the stub stores and
 * rejects exactly what WordPress would. Each function names its PHP original; where the port is
 * simpler than WordPress the comment says how.
 */

/** @param {string} text @returns {number} length in UTF-8 bytes, as PHP's strlen() counts */
export function byteLength(text) {
  return Buffer.byteLength(text, 'utf8');
}

/**
 * esc_html(): escapes every character that could start markup. The stub escapes all output it
 * builds from reader input, so nothing a reader posts can come back as live markup.
 * @param {string} text
 */
export function escHtml(text) {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#039;');
}

/**
 * _wp_specialchars() with ENT_NOQUOTES, as the pre_comment_author_name filter applies it on save:
 * `Tom & Jerry` is stored and returned by REST as `Tom &amp; Jerry`. Existing entities are kept
 * (WordPress does not double-encode them).
 * @param {string} text
 */
export function wpSpecialchars(text) {
  return text
    .replace(/&(?!(?:[a-z][a-z0-9]*|#\d+|#x[0-9a-f]+);)/gi, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/**
 * sanitize_text_field(): strips tags, collapses whitespace, trims and removes percent-encoded
 * octets (`100%ab` becomes `100`). A `<` that starts no tag is kept as `&lt;` like
 * wp_pre_kses_less_than(). PHP's strip_tags() state machine is approximated by regular expressions.
 * @param {string} text
 */
export function sanitizeTextField(text) {
  let out = text.replace(/[\uD800-\uDFFF]/g, (c, i, s) => (isPairedSurrogate(s, i) ? c : '')); // wp_check_invalid_utf8
  if (out.includes('<')) {
    out = out.replace(/<[^>]*?(?=<|$)/g, (m) => escHtml(m)); // a "<" with no ">" is text, not a tag
    out = out.replace(/<(script|style)[^>]*?>[\s\S]*?<\/\1>/gi, ''); // wp_strip_all_tags drops their contents
    out = out.replace(/<[^>]*>/g, '');
  }
  out = out.replace(/[\r\n\t ]+/g, ' ').trim();
  let found = false;
  for (let m = /%[a-f0-9]{2}/i.exec(out); m; m = /%[a-f0-9]{2}/i.exec(out)) {
    out = out.split(m[0]).join('');
    found = true;
  }
  if (found) out = out.replace(/ +/g, ' ').trim();
  return out;
}

/** @param {string} s @param {number} i */
function isPairedSurrogate(s, i) {
  const code = s.charCodeAt(i);
  if (code <= 0xdbff) return i + 1 < s.length && s.charCodeAt(i + 1) >= 0xdc00 && s.charCodeAt(i + 1) <= 0xdfff;
  return i > 0 && s.charCodeAt(i - 1) >= 0xd800 && s.charCodeAt(i - 1) <= 0xdbff;
}

/**
 * is_email(): WordPress's own, deliberately simple check (not RFC 5322). ASCII only: `budi@contoh.id`
 * passes, `budi@contóh.id`, `budi@localhost` and `budi @contoh.id` fail.
 * (PHP's `$` also matches before a final newline in the local part; the port does not copy that quirk.)
 * The form has the same port in TypeScript (`isWordPressEmail` in the comment form's validation.ts),
 * which ships in the bundle; this one runs in Node without a build. tests/node/wp-ports.test.mjs holds
 * the two to the same answers.
 * @param {string} email
 */
export function isEmail(email) {
  if (byteLength(email) < 6) return false;
  const at = email.indexOf('@', 1);
  if (at === -1) return false;
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  if (!/^[a-zA-Z0-9!#$%&'*+/=?^_`{|}~.-]+$/.test(local)) return false;
  if (/\.{2,}/.test(domain)) return false;
  if (phpTrim(domain, ' \t\n\r\0\x0B.') !== domain) return false;
  const subs = domain.split('.');
  if (subs.length < 2) return false;
  return subs.every((sub) => phpTrim(sub, ' \t\n\r\0\x0B-') === sub && /^[a-z0-9-]+$/i.test(sub));
}

/**
 * PHP's trim(): only ASCII whitespace and NUL by default. JavaScript's trim() also removes no-break
 * and other Unicode spaces, which WordPress keeps (and counts).
 * @param {string} s @param {string} [chars]
 */
export function phpTrim(s, chars = ' \t\n\r\0\x0B') {
  let start = 0;
  let end = s.length;
  while (start < end && chars.includes(s.charAt(start))) start++;
  while (end > start && chars.includes(s.charAt(end - 1))) end--;
  return s.slice(start, end);
}

/** wp_allowed_protocols(): the schemes esc_url_raw() lets through. */
const ALLOWED_PROTOCOLS = new Set([
  'http',
  'https',
  'ftp',
  'ftps',
  'mailto',
  'news',
  'irc',
  'irc6',
  'ircs',
  'gopher',
  'nntp',
  'feed',
  'telnet',
  'mms',
  'rtsp',
  'sms',
  'svn',
  'tel',
  'fax',
  'xmpp',
  'webcal',
  'urn',
]);

/**
 * esc_url_raw(): drops characters that cannot be in a URL, adds `http://` to a bare host and returns
 * '' for any other scheme, so `javascript:alert(1)` is stored as no URL at all.
 * @param {string} input
 */
export function escUrlRaw(input) {
  let url = input.replace(/^\s+/, '').replace(/ /g, '%20');
  url = url.replace(/[^a-z0-9\-~+_.?#=!&;,/:%@$|*'()[\]\u0080-\uFFFF]/gi, '');
  if (url === '') return '';
  url = url.replace(/;\/\//g, '://');
  if (!url.includes(':') && !['/', '#', '?'].includes(url.charAt(0)) && !/^[a-z0-9-]+?\.php/i.test(url)) {
    url = `http://${url}`;
  }
  const scheme = /^([^/?#]*?):/.exec(url);
  if (scheme && !ALLOWED_PROTOCOLS.has((scheme[1] ?? '').toLowerCase())) return '';
  return url;
}

/**
 * What comment_text's wpautop() makes of a comment, with every character escaped: blank lines
 * separate `<p>` paragraphs, single newlines become `<br />`. WordPress would keep a few inline tags
 * (kses $allowedtags) and curl quotes (wptexturize); the stub escapes everything instead, which is
 * stricter and means it can never hand markup from a reader back to a page.
 * @param {string} text
 */
export function renderCommentText(text) {
  const normalised = text.replace(/\r\n?/g, '\n').trim();
  if (normalised === '') return '';
  return normalised
    .split(/\n\s*\n/)
    .map((para) => `<p>${para.trim().split('\n').map(escHtml).join('<br />\n')}</p>\n`)
    .join('');
}

/**
 * mysql_to_rfc3339() of a GMT timestamp, as REST's `date`/`date_gmt` (no zone suffix). The stub's
 * site runs on UTC, WordPress's default, so `date` equals `date_gmt`.
 * @param {number} ms
 */
export function restDate(ms) {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().slice(0, 19);
}
