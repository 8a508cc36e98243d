/**
 * Initials and a deterministic colour for an author without a (working) photo.
 *
 * Pure functions, no DOM: the same name always gives the same initials and the same colour, on
 * every page and in every browser, so a reader learns to recognise a byline at a glance.
 */

/** A background and the text colour that is readable on it. */
export interface AvatarColour {
  /** CSS background colour. */
  readonly background: string;
  /** CSS text colour with a contrast of at least 4.5:1 on `background` (WCAG AA, normal text). */
  readonly foreground: string;
}

/**
 * Dark, saturated backgrounds that all reach at least 4.5:1 against white text (checked in the
 * tests), spread around the colour wheel so neighbouring bylines rarely look alike. The first one
 * is the Sabba red.
 */
export const AVATAR_PALETTE: readonly string[] = [
  '#b4232a',
  '#1d4ed8',
  '#047857',
  '#7c3aed',
  '#b45309',
  '#0e7490',
  '#be185d',
  '#4d7c0f',
  '#475569',
  '#9a3412',
];

/** A word, number or letter with its combining marks (so "É" written as E + accent stays whole). */
const LETTER = /[\p{L}\p{N}]\p{M}*/u;

/**
 * Normalises a name for hashing and splitting: Unicode NFC (so a precomposed and a decomposed
 * accent give the same colour), collapsed whitespace, no surrounding space.
 */
function normalise(name: string): string {
  return name.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** The first user-perceived character (grapheme) of `text`, so an emoji with modifiers stays whole. */
function firstGrapheme(text: string): string {
  if (typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
    const first = new Intl.Segmenter().segment(text)[Symbol.iterator]().next();
    return first.done === true ? '' : first.value.segment;
  }
  return Array.from(text)[0] ?? '';
}

/**
 * Up to two initials for `name`: the first letters of the first and last words.
 *
 * - Academic degrees after a comma ("Budi Santoso, S.Kom., M.T.") and abbreviated honorifics
 *   ("Dr.", "H.", "Hj.", "Prof.") are skipped when other words remain, as Indonesian bylines often
 *   carry them: "Dr. H. Ahmad Syafii" gives "AS", not "DS".
 * - A single name, common in Indonesia ("Sukarno") and for newsrooms ("Redaksi"), gives one letter.
 * - A name with no letter or digit (only emoji or punctuation) gives its first grapheme.
 * - An empty name gives an empty string; the caller shows a generic icon instead.
 */
export function initialsFor(name: string | null | undefined): string {
  const clean = normalise(name ?? '');
  if (clean === '') return '';
  const head = (clean.split(',')[0] ?? '').trim();
  const beforeDegrees = head === '' ? clean : head;
  const words = beforeDegrees.split(' ').filter((word) => LETTER.test(word));
  const named = words.filter((word) => !word.endsWith('.'));
  const chosen = named.length > 0 ? named : words;
  if (chosen.length === 0) return firstGrapheme(clean);
  const letters = [chosen[0], chosen.length > 1 ? chosen[chosen.length - 1] : undefined]
    .map((word) => (word === undefined ? '' : (LETTER.exec(word)?.[0] ?? '')))
    .join('');
  return letters.toLocaleUpperCase('id');
}

/** FNV-1a, 32 bits: tiny, fast and well spread for short strings; not for security. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 0x01000193);
  }
  return value >>> 0;
}

/**
 * The avatar colour for `name`: picked from {@link AVATAR_PALETTE} by a hash of the normalised,
 * lower-cased name, so "Redaksi" and " redaksi " share a colour and the choice never changes
 * between page loads.
 */
export function colourFor(name: string | null | undefined): AvatarColour {
  const key = normalise(name ?? '').toLocaleLowerCase('id');
  const background = AVATAR_PALETTE[hash(key) % AVATAR_PALETTE.length] ?? '#475569';
  return { background, foreground: '#ffffff' };
}
