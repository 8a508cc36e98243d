import type { Language } from '../../i18n/index.js';

/**
 * A comment's date as WordPress themes print it (`get_comment_date()` + `get_comment_time()` with
 * the locale's default formats): `14 Maret 2022 pukul 10.12` (id_ID: `j F Y`, `H.i`) and
 * `March 14, 2022 at 10:12 am` (en_US: `F j, Y`, `g:i a`). The site-local time WordPress sends in
 * `date` is shown as it is, as the site shows it, in every reader's time zone.
 */

const MONTHS: Record<Language, readonly string[]> = {
  id: [
    'Januari',
    'Februari',
    'Maret',
    'April',
    'Mei',
    'Juni',
    'Juli',
    'Agustus',
    'September',
    'Oktober',
    'November',
    'Desember',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/** The date and time in `language`, or `''` when `local` is not `YYYY-MM-DDTHH:MM[:SS]`. */
export function formatCommentDate(local: string, language: Language): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(local);
  if (!m) return '';
  const [, year, month, day, hour, minute] = m.map(Number) as [number, number, number, number, number, number];
  const name = MONTHS[language][month - 1];
  if (name === undefined || day < 1 || day > 31 || hour > 23 || minute > 59) return '';
  const mm = String(minute).padStart(2, '0');
  if (language === 'id') return `${day} ${name} ${year} pukul ${String(hour).padStart(2, '0')}.${mm}`;
  return `${name} ${day}, ${year} at ${hour % 12 || 12}:${mm} ${hour < 12 ? 'am' : 'pm'}`;
}

/** `date_gmt` as an ISO instant for `<time datetime>` (WordPress omits the zone). */
export function isoInstant(gmt: string): string | undefined {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(gmt) ? `${gmt}Z` : undefined;
}
