// @ts-check
/** Debian's Chromium (scripts/lib/browsers.mjs) with a fresh profile per run, as an Indonesian reader. */
import { launchChromium } from '../../../scripts/lib/browsers.mjs';

export function launchBrowser() {
  return launchChromium({ viewport: { width: 900, height: 1000 }, locale: 'id-ID' });
}

/**
 * Replaces one field of a form or JSON request body, whatever encoding the element chose.
 * @param {string} body @param {string} contentType @param {string[]} names field names to replace
 * @param {string} value
 */
export function rewriteField(body, contentType, names, value) {
  if (/json/i.test(contentType)) {
    const data = JSON.parse(body);
    for (const name of names) if (name in data) data[name] = value;
    return JSON.stringify(data);
  }
  if (/multipart\/form-data/i.test(contentType)) {
    let out = body;
    for (const name of names) {
      out = out.replace(new RegExp(`(name="${name}"\\r\\n\\r\\n)[\\s\\S]*?(\\r\\n--)`), `$1${value}$2`);
    }
    return out;
  }
  const form = new URLSearchParams(body);
  for (const name of names) if (form.has(name)) form.set(name, value);
  return form.toString();
}
