// @ts-check
// The demo's CMP: a real TCF v2.2 CMP API (the IAB's @iabtechlabtcf/cmpapi) answering with real TC
// strings (tc-string.js, encoded by @iabtechlabtcf/core against a small offline vendor list). The
// reader's choice is kept in localStorage as its TC string; consent-banner.js asks for it when
// there is none.
import { CmpApi } from '@iabtechlabtcf/cmpapi';
import { CMP_ID, encodeTcString } from './tc-string.js';

const STORAGE_KEY = 'sabba-demo-consent';
/** Every TCF v2.2 purpose: what "Setuju" consents to. */
const PURPOSES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];

/** @typedef {'accept' | 'refuse'} Choice */

const cmp = new CmpApi(CMP_ID, 1, true);

/** The stored choice, or undefined when the reader has not chosen yet. */
function stored() {
  try {
    const value = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');
    return typeof value?.tcString === 'string'
      ? /** @type {{ choice: Choice, tcString: string }} */ (value)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Starts the CMP: `tcloaded` with the stored choice, or `cmpuishown` (the ad slots wait) and
 * `false` so the page shows the banner.
 */
export function startCmp() {
  const choice = stored();
  cmp.update(choice?.tcString ?? '', choice === undefined);
  return choice !== undefined;
}

/**
 * Records the reader's choice and tells every listener (`useractioncomplete`).
 * @param {Choice} choice
 */
export async function choose(choice) {
  const tcString = await encodeTcString(
    choice === 'accept' ? PURPOSES : [],
    document.documentElement.lang.slice(0, 2) || 'ID',
  );
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ choice, tcString }));
  } catch {
    // Private mode without storage: the choice holds for this page view.
  }
  cmp.update(tcString, false);
}

/** Forgets the choice (the footer's "ad settings"), so the next page view asks again. */
export function forget() {
  try {
    localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Nothing stored.
  }
}
