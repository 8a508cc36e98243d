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
 * Reads a body as text, or `undefined` when it cannot be read (connection cut mid-body). Reading
 * stops at `maxChars`: the rest is cancelled unread, so a huge or endless answer (a broken proxy,
 * a hostile server) costs the page no more than the cap. An error page is small, and nothing here
 * needs more.
 */
export async function readText(response: Response, maxChars = 200_000): Promise<string | undefined> {
  const reader = response.body?.getReader();
  if (reader === undefined) return '';
  const decoder = new TextDecoder();
  let text = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      text += decoder.decode(value, { stream: !done });
      if (done) return text;
      if (text.length >= maxChars) {
        void reader.cancel().catch(() => undefined);
        return text.slice(0, maxChars);
      }
    }
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
