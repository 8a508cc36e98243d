// @ts-check
// Real TC strings for the demo's CMP and the consent tests: encoded by the IAB's
// @iabtechlabtcf/core against the small Global Vendor List below, kept here because the demo and
// the tests are offline (no vendor-list.json is fetched).
import { GVL, TCModel, TCString } from '@iabtechlabtcf/core';

/** The CMP id the demo's and the tests' CMPs announce (any registered-looking id ≥ 2). */
export const CMP_ID = 10;

/** Google's vendor id: its tags read the CMP themselves. */
export const GOOGLE_VENDOR_ID = 755;

/** @param {number} count */
const declared = (count) =>
  Object.fromEntries(
    Array.from({ length: count }, (_, i) => [
      String(i + 1),
      { id: i + 1, name: `Item ${i + 1}`, description: `Item ${i + 1}`, illustrations: [] },
    ]),
  );

/**
 * A Global Vendor List in the v3 format (TCF policy version 5) with TCF v2.2's eleven purposes
 * and one vendor, Google, enough for `TCModel` to encode real strings.
 */
export const VENDOR_LIST = {
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
    [GOOGLE_VENDOR_ID]: {
      id: GOOGLE_VENDOR_ID,
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
      urls: [
        {
          langId: 'en',
          privacy: 'https://policies.google.com/privacy',
          legIntClaim: 'https://policies.google.com/privacy',
        },
      ],
      dataRetention: { stdRetention: 548, purposes: {}, specialPurposes: {} },
      dataDeclaration: [1, 2, 3],
    },
  },
};

/**
 * A real TC string with `purposes` consented (purpose 1 is "store and/or access information on a
 * device") and Google's consent when any purpose is, in the consent language `language`.
 * @param {readonly number[]} purposes
 * @param {string} [language] an ISO 639-1 code, `ID` by default
 * @returns {Promise<string>}
 */
export async function encodeTcString(purposes, language = 'ID') {
  const gvl = new GVL(/** @type {any} */ (VENDOR_LIST));
  await gvl.readyPromise;
  const model = new TCModel(gvl);
  model.cmpId = CMP_ID;
  model.cmpVersion = 1;
  model.consentScreen = 1;
  model.publisherCountryCode = 'ID';
  model.consentLanguage = language.toUpperCase();
  for (const purpose of purposes) model.purposeConsents.set(purpose);
  if (purposes.length > 0) model.vendorConsents.set(GOOGLE_VENDOR_ID);
  return TCString.encode(model);
}
