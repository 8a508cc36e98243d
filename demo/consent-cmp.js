// @ts-check
// The demo's CMP: a real TCF v2.2 CMP API (the IAB's @iabtechlabtcf/cmpapi) answering with real TC
// strings (@iabtechlabtcf/core), encoded against the small Global Vendor List below (the demo is
// offline, so no vendor-list.json is fetched). The reader's choice is kept in localStorage as its
// TC string; consent-banner.js asks for it when there is none.
import { CmpApi } from '@iabtechlabtcf/cmpapi';
import { GVL, TCModel, TCString } from '@iabtechlabtcf/core';

const CMP_ID = 10;
const STORAGE_KEY = 'sabba-demo-consent';
const PURPOSES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];

/** @param {number} count */
const declared = (count) =>
  Object.fromEntries(
    Array.from({ length: count }, (_, i) => [
      String(i + 1),
      { id: i + 1, name: `${i + 1}`, description: '', illustrations: [] },
    ]),
  );

/** TCF v2.2's purposes and one vendor (Google, id 755, whose tags read this CMP). */
const VENDOR_LIST = {
  gvlSpecificationVersion: 3,
  vendorListVersion: 1,
  tcfPolicyVersion: 5,
  lastUpdated: '2026-01-01T00:00:00Z',
  purposes: declared(11),
  specialPurposes: declared(3),
  features: declared(3),
  specialFeatures: declared(2),
  stacks: {},
  dataCategories: {},
  vendors: {
    755: {
      id: 755,
      name: 'Google Advertising Products',
      purposes: [1, 2, 3, 4, 7, 9, 10],
      legIntPurposes: [],
      flexiblePurposes: [],
      specialPurposes: [1, 2],
      features: [1, 2],
      specialFeatures: [],
      usesCookies: true,
      cookieMaxAgeSeconds: 34_190_000,
      cookieRefresh: false,
      usesNonCookieAccess: true,
      urls: [{ langId: 'en', privacy: 'https://policies.google.com/privacy' }],
      dataRetention: { stdRetention: 548, purposes: {}, specialPurposes: {} },
      dataDeclaration: [1, 2, 3],
    },
  },
};

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
 * A real TC string for `choice`: every purpose and the vendor consented, or none.
 * @param {Choice} choice
 */
async function encode(choice) {
  const gvl = new GVL(/** @type {any} */ (VENDOR_LIST));
  await gvl.readyPromise;
  const model = new TCModel(gvl);
  model.cmpId = CMP_ID;
  model.cmpVersion = 1;
  model.consentScreen = 1;
  model.publisherCountryCode = 'ID';
  model.consentLanguage = document.documentElement.lang.toUpperCase() || 'ID';
  if (choice === 'accept') {
    model.purposeConsents.set(PURPOSES);
    model.vendorConsents.set(755);
  }
  return TCString.encode(model);
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
  const tcString = await encode(choice);
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
