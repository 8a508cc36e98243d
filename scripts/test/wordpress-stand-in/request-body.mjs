// @ts-check
import { isJsonMediaType } from './responses.mjs';

/**
 * Turns a raw request body into parameters the way PHP and WordPress read it: JSON only when the
 * Content-Type says JSON (WP_REST_Request::parse_json_params), form fields from url-encoded and
 * multipart bodies (PHP's $_POST; a browser's `new FormData(form)` sends multipart).
 * @param {string | undefined} contentType
 * @param {string} body
 * @returns {{ json: boolean, params: Record<string, unknown> } | { jsonError: string }}
 */
export function parseBody(contentType, body) {
  if (isJsonMediaType(contentType)) {
    if (body === '') return { json: true, params: {} };
    let value;
    try {
      value = JSON.parse(body);
    } catch {
      return { jsonError: 'Syntax error' };
    }
    // A JSON scalar or array carries no named parameters; WordPress ignores it the same way.
    const isObject = value !== null && typeof value === 'object' && !Array.isArray(value);
    return { json: true, params: isObject ? value : {} };
  }
  const type = (contentType ?? '').toLowerCase();
  if (type.startsWith('application/x-www-form-urlencoded')) {
    return { json: false, params: Object.fromEntries(new URLSearchParams(body)) };
  }
  const boundary = /^multipart\/form-data;.*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType ?? '');
  if (boundary) return { json: false, params: parseMultipart(body, boundary[1] ?? boundary[2] ?? '') };
  return { json: false, params: {} };
}

/**
 * Text fields of a multipart/form-data body; file parts are skipped (a comment has none).
 * @param {string} body @param {string} boundary
 */
function parseMultipart(body, boundary) {
  /** @type {Record<string, string>} */
  const params = {};
  for (const part of body.split(`--${boundary}`)) {
    const split = part.indexOf('\r\n\r\n');
    if (split === -1) continue;
    const head = part.slice(0, split);
    const name = /content-disposition:[^\r\n]*;\s*name="([^"]*)"/i.exec(head);
    if (!name?.[1] || /;\s*filename=/i.test(head)) continue;
    params[name[1]] = part.slice(split + 4).replace(/\r\n$/, '');
  }
  return params;
}
