import { decodeEntities } from '../../../internal/html-entities.js';
import { trustedHtml } from '../../../internal/trusted-html.js';

/**
 * Parses WordPress's HTML (an error message, a `wp_die()` page) into an inert document: DOMParser
 * documents run no script and load nothing.
 *
 * Under `require-trusted-types-for 'script'`, `DOMParser.parseFromString` only takes TrustedHTML.
 * The `sabba-comment-form` policy passes the markup through, which is honest because the result is
 * only read as text. A site whose CSP does not list the policy name gets `undefined`, and callers
 * fall back to reading the markup as text without a parser.
 */

/** The parsed document, or `undefined` when the page's Trusted Types policy forbids parsing. */
export function parseInertHtml(markup: string): Document | undefined {
  const input = trustedHtml('sabba-comment-form', markup);
  if (input === undefined) return undefined;
  try {
    return new DOMParser().parseFromString(input as string, 'text/html');
  } catch {
    return undefined;
  }
}

/**
 * Text of markup without a parser, for pages that refuse the policy: drops tags, scripts and
 * styles, and decodes numeric and the common named entities WordPress writes.
 */
export function markupToText(markup: string): string {
  const withoutTags = markup.replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ').replace(/<[^>]*>/g, ' ');
  return decodeEntities(withoutTags).replace(/\s+/g, ' ').trim();
}
