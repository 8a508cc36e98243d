/**
 * Which script a built-in provider loads. The slot's `script-src` is markup, so it may only name
 * the page's own origin or the provider's Google host (`internal/script-origin.ts` refuses any
 * other with a warning); otherwise the page-wide URL set from script (`SabbaAdSlot.gptSrc`,
 * `adsenseSrc`, with GPT's limited-ads URL under `gptLimitedAds`) is used.
 */
import { markupScriptUrl } from '../../internal/script-origin.js';
import { ADSENSE_SRC } from './providers/adsense-provider.js';
import { GPT_SRC, gptScriptUrl } from './providers/gpt-provider.js';

/** The page-wide script settings: `SabbaAdSlot`'s statics. */
export interface ScriptDefaults {
  readonly gptSrc: string;
  readonly adsenseSrc: string;
  readonly gptLimitedAds: boolean;
}

/**
 * The script URL for provider `name`: `scriptSrc` when it is on an allowed origin, else the
 * default of a built-in provider (`undefined` for the others).
 */
export function providerScriptUrl(name: string, scriptSrc: string, defaults: ScriptDefaults): string | undefined {
  if (scriptSrc !== '') {
    const known = name === 'gpt' ? [GPT_SRC] : name === 'adsense' ? [ADSENSE_SRC] : [];
    const url = markupScriptUrl(
      scriptSrc,
      known,
      '<sabba-ad-slot> script-src',
      'Set SabbaAdSlot.gptSrc / adsenseSrc from script.',
    );
    if (url !== undefined) return url;
  }
  if (name === 'gpt') return gptScriptUrl(defaults.gptSrc, defaults.gptLimitedAds);
  if (name === 'adsense') return defaults.adsenseSrc;
  return undefined;
}
