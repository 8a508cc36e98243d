import { describeValue, warnOnce } from '../internal/warn.js';

/** The languages the widgets speak. Indonesian is the default. */
export type Language = 'id' | 'en';

/** The default language, used when nothing on the page names a supported one. */
export const DEFAULT_LANGUAGE: Language = 'id';

/** One element's texts in every supported language, with the section's name for warnings. */
export interface SectionTexts<S> {
  /** The element's name in warnings about its `strings` (e.g. `commentForm`). */
  readonly section: string;
  /** Indonesian, the default. */
  readonly id: S;
  /** English. */
  readonly en: S;
}

/**
 * One element's texts: the Indonesian ones set the keys and types, the English ones must match.
 * Each element keeps its texts beside it (`<element>.texts.ts`) rather than in a shared
 * dictionary, so a bundle carries only the texts of the elements it contains.
 */
export function defineTexts<S>(section: string, id: S, en: NoInfer<S>): SectionTexts<S> {
  return { section, id, en };
}

/**
 * A whole number with its thousands grouped by `separator`, as `toLocaleString` writes it in
 * Indonesian (`.`: 1.234) and English (`,`: 1,234); fractions are dropped. Not Intl: its first
 * number format loads the locale's data, about 40 ms of main thread here (150-200 ms at 4x CPU),
 * and that landed in the task that showed the article's first comment count (issue 20).
 */
export function groupDigits(n: number, separator: '.' | ','): string {
  // String() already writes NaN, Infinity, a minus sign and no minus zero; only digits are grouped.
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+$)/g, separator);
}

/** A whole number as Indonesian writes it (1.234); see {@link groupDigits}. */
export const idNumber = (n: number): string => groupDigits(n, '.');

/** A whole number as English writes it (1,234); see {@link groupDigits}. */
export const enNumber = (n: number): string => groupDigits(n, ',');

/**
 * Maps a BCP 47 tag (`en-GB`, `id-ID`, the legacy `in`) to a supported language, or `undefined`
 * when the tag names another language or is empty.
 */
export function toLanguage(tag: string | null | undefined): Language | undefined {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  if (primary === 'en') return 'en';
  if (primary === 'id' || primary === 'in') return 'id';
  return undefined;
}

/** A section's texts with some of them replaced by a page (`strings` property or attributes). */
export type Overrides<S> = { [K in keyof S]?: S[K] | null | undefined };

/**
 * Returns one element's `texts` in `language`, with the page's `overrides` applied.
 * An override replaces a text only when it has the same type (a string for a string, a function
 * for a function) and, for strings, is not empty; anything else is ignored with a warning, so a
 * bad `strings` object can never blank a label or crash a render.
 */
export function localize<S extends object>(
  texts: SectionTexts<S>,
  language: Language,
  overrides: Overrides<S> = {},
): S {
  const base = texts[language];
  const section = texts.section;
  const merged: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(overrides as Record<string, unknown>)) {
    if (value === undefined || value === null) continue;
    const expected = (base as Record<string, unknown>)[key];
    if (expected === undefined) {
      warnOnce(`Unknown text "${key}" in the ${section} strings was ignored.`);
    } else if (typeof value !== typeof expected || (typeof value === 'string' && value.trim() === '')) {
      warnOnce(`The ${section} text "${key}" must be a non-empty ${typeof expected}; got ${describeValue(value)}.`);
    } else {
      merged[key] = value;
    }
  }
  return merged as unknown as S;
}
