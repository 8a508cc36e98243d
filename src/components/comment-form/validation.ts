import { byteLength, MAX_BYTES, type LimitedField } from './byte-limits.js';

/**
 * Client-side checks that agree with WordPress's server-side ones, so that what the form accepts
 * the server accepts, and what it refuses is refused with a message next to the right field.
 * Pure functions: no DOM, no i18n (the element turns `reason`s into texts).
 */

/** The reader's input as the form holds it. */
export interface CommentFields {
  comment: string;
  author: string;
  email: string;
  url: string;
  /** Whether the terms box is ticked (only checked when the site asks for it). */
  terms: boolean;
}

/** A field the form can point an error at. */
export type FieldName = LimitedField | 'terms';

/** Why a field was refused. */
export type FieldProblem =
  | { field: FieldName; reason: 'required' }
  | { field: 'email'; reason: 'email' }
  | { field: 'url'; reason: 'url' }
  | { field: LimitedField; reason: 'too-long'; over: number };

/** What the site requires of a comment. */
export interface ValidationRules {
  /** WordPress's `require_name_email` option (on by default). */
  requireNameEmail: boolean;
  /** Whether the terms box must be ticked. */
  requireTerms: boolean;
}

/**
 * PHP's `trim()`: only ASCII whitespace and NUL by default (or the given `chars`). JavaScript's `trim()` also strips no-break and
 * other Unicode spaces, which WordPress keeps (and counts towards the byte limit).
 */
export function phpTrim(text: string, chars = ' \t\n\r\0\v'): string {
  let start = 0;
  let end = text.length;
  while (start < end && chars.includes(text.charAt(start))) start++;
  while (end > start && chars.includes(text.charAt(end - 1))) end--;
  return text.slice(start, end);
}

/**
 * WordPress's `is_email()`: deliberately simpler than RFC 5322, and ASCII only. `budi@contoh.id`
 * passes; `budi@localhost`, `budi@contóh.id` and `budi @contoh.id` fail.
 *
 * The WordPress stand-in (`scripts/test/wordpress-stand-in/wp-text.mjs`) has the same port line for line: it runs in
 * Node without a build step, where this TypeScript cannot be imported. `tests/node/wp-ports.test.mjs`
 * holds the two to the same answers.
 */
export function isWordPressEmail(email: string): boolean {
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
 * Turns what a reader typed as a website into the URL WordPress would store, or `undefined` when
 * WordPress would store nothing (`esc_url_raw()` drops `javascript:` and other schemes). A bare
 * host gets `http://`, as WordPress adds it. Only http(s) are accepted: a commenter's website is a
 * link shown to other readers.
 */
export function normalizeWebsite(input: string): string | undefined {
  const value = phpTrim(input);
  if (value === '') return '';
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `http://${value.replace(/^\/+/, '')}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return undefined;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname.includes('.')) return undefined;
  // Keep what the reader typed (WordPress stores it as typed) but with the scheme it would add.
  return withScheme;
}

/** All problems of `fields`, in the order of the form's controls (the first one gets focus). */
export function validateComment(fields: CommentFields, rules: ValidationRules): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const comment = phpTrim(fields.comment);
  const author = phpTrim(fields.author);
  const email = phpTrim(fields.email);
  const url = phpTrim(fields.url);
  const tooLong = (field: LimitedField, value: string): void => {
    const over = byteLength(value) - MAX_BYTES[field];
    if (over > 0) problems.push({ field, reason: 'too-long', over });
  };

  if (comment === '') problems.push({ field: 'comment', reason: 'required' });
  else tooLong('comment', comment);

  if (author === '' && rules.requireNameEmail) problems.push({ field: 'author', reason: 'required' });
  else tooLong('author', author);

  if (email === '') {
    if (rules.requireNameEmail) problems.push({ field: 'email', reason: 'required' });
  } else if (byteLength(email) > MAX_BYTES.email) {
    tooLong('email', email);
  } else if (!isWordPressEmail(email)) {
    problems.push({ field: 'email', reason: 'email' });
  }

  if (url !== '') {
    const normalized = normalizeWebsite(url);
    if (normalized === undefined) problems.push({ field: 'url', reason: 'url' });
    else tooLong('url', normalized);
  }

  if (rules.requireTerms && !fields.terms) problems.push({ field: 'terms', reason: 'required' });
  return problems;
}
