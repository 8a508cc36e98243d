/**
 * Parsing of the `same-as` attribute: space-separated profile URLs become links with a network
 * (for the icon) and a label (for the accessible name). Pure: no DOM, testable in isolation.
 */
import { safeAbsoluteUrl } from '../../internal/safe-url.js';
import { describeValue, warnOnce } from '../../internal/warn.js';

/** The networks with their own icon; everything else is a `website`. */
export type ProfileNetwork =
  'instagram' | 'facebook' | 'x' | 'youtube' | 'tiktok' | 'linkedin' | 'whatsapp' | 'telegram' | 'website';

/** One profile link, ready to render. */
export interface ProfileLink {
  /** The absolute, checked `http(s)` URL. */
  readonly href: string;
  /** Which icon to show. */
  readonly network: ProfileNetwork;
  /** The network's name ("Instagram", "X"), or the host name for a website ("sabba.id"). */
  readonly label: string;
}

/** More links than this is a pasted list, not a profile; the rest are dropped with a warning. */
export const MAX_PROFILE_LINKS = 12;

/** Host names (and their subdomains) per network, with the name readers know the network by. */
const NETWORKS: readonly (readonly [ProfileNetwork, string, readonly string[]])[] = [
  ['instagram', 'Instagram', ['instagram.com', 'instagr.am']],
  ['facebook', 'Facebook', ['facebook.com', 'fb.com', 'fb.me']],
  ['x', 'X', ['x.com', 'twitter.com']],
  ['youtube', 'YouTube', ['youtube.com', 'youtu.be']],
  ['tiktok', 'TikTok', ['tiktok.com']],
  ['linkedin', 'LinkedIn', ['linkedin.com', 'lnkd.in']],
  ['whatsapp', 'WhatsApp', ['wa.me', 'whatsapp.com']],
  ['telegram', 'Telegram', ['t.me', 'telegram.me', 'telegram.org']],
];

/** True when `host` is `domain` or one of its subdomains (`m.facebook.com`), never `evilfacebook.com`. */
function isHostOf(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/** The network and label for an absolute, already checked URL. */
export function classifyProfile(href: string): Pick<ProfileLink, 'network' | 'label'> {
  const host = new URL(href).hostname.toLowerCase().replace(/\.$/, '');
  for (const [network, label, domains] of NETWORKS) {
    if (domains.some((domain) => isHostOf(host, domain))) return { network, label };
  }
  return { network: 'website', label: host.replace(/^www\./, '') };
}

/**
 * Turns a `same-as` value into profile links. Only absolute `http(s)` URLs are kept (through
 * {@link safeAbsoluteUrl}); `javascript:`, `data:`, relative and malformed entries are dropped with
 * a warning naming them. Duplicates are removed; order is kept.
 */
export function parseProfileLinks(value: string | null | undefined): ProfileLink[] {
  const links: ProfileLink[] = [];
  const seen = new Set<string>();
  for (const entry of (value ?? '').split(/\s+/u)) {
    if (entry === '') continue;
    const href = safeAbsoluteUrl(entry);
    if (href === undefined) {
      warnOnce(`<sabba-author-card> same-as: ${describeValue(entry)} is not an absolute http(s) URL and was dropped.`);
      continue;
    }
    if (seen.has(href)) continue;
    if (links.length === MAX_PROFILE_LINKS) {
      warnOnce(`<sabba-author-card> same-as: only the first ${MAX_PROFILE_LINKS} profile links are shown.`);
      break;
    }
    seen.add(href);
    links.push({ href, ...classifyProfile(href) });
  }
  return links;
}
