import type { CommentRefused } from '../submitter.js';
import { markupToText, parseInertHtml } from './inert-html.js';

/**
 * Faults both transports meet on the way to WordPress, as outcomes with the form's own codes.
 */

/** A refusal for an HTTP status that says the server itself failed (5xx), or `undefined`. */
export function serverFault(status: number, message?: string): CommentRefused | undefined {
  return status >= 500 ? { ok: false, code: 'http_5xx', status, message } : undefined;
}

/** The refusal for an answer that is not what WordPress sends. */
export function invalidResponse(status: number): CommentRefused {
  return { ok: false, code: 'invalid_response', status };
}

/**
 * Reads a body as text, or `undefined` when it cannot be read (connection cut mid-body). A body
 * larger than `maxChars` is cut: an error page is small, and nothing here needs more.
 */
export async function readText(response: Response, maxChars = 200_000): Promise<string | undefined> {
  try {
    const text = await response.text();
    return text.length > maxChars ? text.slice(0, maxChars) : text;
  } catch {
    return undefined;
  }
}

/** Plain text of a piece of WordPress HTML (an error message), parsed inertly: nothing runs or loads. */
export function htmlToText(html: string): string {
  const doc = parseInertHtml(`<body>${html}</body>`);
  if (doc === undefined) return markupToText(html);
  return doc.body.textContent.replace(/\s+/g, ' ').trim();
}
