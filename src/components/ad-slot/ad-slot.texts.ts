import { defineTexts } from '../../i18n/index.js';

/** Indonesian, the default language; the seed article's own words where it has them. */
const id = {
  /** The visible label above every slot (Dewan Pers: paid content must say so). */
  label: 'Iklan',
  /** Shown in the reserved space until a creative fills it. */
  placeholder: 'Ruang Iklan',
  /** The accessible name of a creative's iframe. */
  frameTitle: 'Iklan',
};

/** The texts of the ad slot, one per key; a page can replace any of them through `strings`. */
export type AdSlotTexts = typeof id;

/** The ad slot's texts in Indonesian and English. */
export const adSlotTexts = defineTexts('adSlot', id, {
  label: 'Advertisement',
  placeholder: 'Advertisement Space',
  frameTitle: 'Advertisement',
});
