/**
 * The notice's public inputs, checked: a script may assign any value to a property and an
 * attribute gives `NaN` for a non-number, so each falls back to its default with a warning.
 */
import { markupScriptUrl } from '../../internal/script-origin.js';
import { describeValue, warnOnce } from '../../internal/warn.js';
import { ADSENSE_URL, GPT_URL } from './detection/script-signal.js';

/** How the notice presents itself. */
export type AdblockNoticeMode = 'banner' | 'dialog' | 'silent';

const MODES: readonly AdblockNoticeMode[] = ['banner', 'dialog', 'silent'];

/** `mode`, or `banner` (with a warning) for anything else. */
export function noticeMode(mode: unknown): AdblockNoticeMode {
  if (MODES.includes(mode as AdblockNoticeMode)) return mode as AdblockNoticeMode;
  warnOnce(`<sabba-adblock-notice> mode ${describeValue(mode)} is not banner, dialog or silent; banner is used.`);
  return 'banner';
}

/** `remember-days` when it is a number ≥ 0, else 7 (with a warning). */
export function rememberDays(days: unknown): number {
  if (typeof days === 'number' && Number.isFinite(days) && days >= 0) return days;
  warnOnce(`<sabba-adblock-notice> remember-days ${describeValue(days)} is not a number ≥ 0; 7 is used.`);
  return 7;
}

/**
 * The ad script to probe: `probe-url` when it is on an allowed origin (else `false`: no probe),
 * or the page-level `probeSrc` set from script when the attribute is empty.
 */
export function probeUrl(attribute: string, probeSrc: string): string | false {
  if (attribute === '') return probeSrc;
  const hint = 'The ad script probe was skipped; set SabbaAdblockNotice.probeSrc from script for another host.';
  return markupScriptUrl(attribute, [ADSENSE_URL, GPT_URL], '<sabba-adblock-notice> probe-url', hint) ?? false;
}
