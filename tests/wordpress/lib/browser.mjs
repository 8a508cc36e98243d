// @ts-check
/** Debian's Chromium driven by playwright-core, with a fresh profile per run. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../scripts/lib/chromium.mjs';

export async function launchBrowser() {
  const profile = await mkdtemp(join(tmpdir(), 'sabba-wp-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 900, height: 1000 },
    locale: 'id-ID',
  });
  return {
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
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
