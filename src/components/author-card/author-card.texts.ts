import { defineTexts } from '../../i18n/index.js';

/** Indonesian, the default language; the seed article's own words where it has them. */
const id = {
  showMore: 'Selengkapnya',
  showLess: 'Sembunyikan',
  organization: 'Tim redaksi',
  profileOn: (name: string, network: string) => `${name} di ${network}`,
};

/** The texts of the author box, one per key; a page can replace any of them through `strings`. */
export type AuthorCardTexts = typeof id;

/** The author box's texts in Indonesian and English. */
export const authorCardTexts = defineTexts('authorCard', id, {
  showMore: 'Show more',
  showLess: 'Show less',
  organization: 'Newsroom',
  profileOn: (name: string, network: string) => `${name} on ${network}`,
});
