/**
 * The pieces of the card's template (photo or initials, name, profile links) as plain functions of
 * what they show, so the element class keeps its state and lifecycle and `render()` reads as the
 * card's outline.
 */
import { html, type TemplateResult } from 'lit';
import { safeLink } from '../../internal/safe-url.js';
import type { AuthorCardTexts } from './author-card.texts.js';
import { cssProperties } from './css-properties.js';
import { colourFor, initialsFor } from './initials.js';
import { profileIcon } from './profile-icons.js';
import type { ProfileLink } from './profile-links.js';
import type { AuthorType } from './structured-data.js';

/**
 * The photo at a fixed size, or initials on a colour derived from `name` (an icon when the name
 * yields no initials) when there is no working photo.
 */
export function renderAvatar(
  src: string | undefined,
  name: string,
  type: AuthorType,
  onError: () => void,
): TemplateResult {
  if (src !== undefined) {
    // alt="": the name is right next to the photo, so announcing it twice would only add noise.
    return html`<img part="avatar" class="avatar" src=${src} alt="" width="64" height="64" loading="lazy" decoding="async" @error=${onError} />`;
  }
  const initials = initialsFor(name);
  const colour = colourFor(name);
  const style = cssProperties({ '--_initials-bg': colour.background, '--_initials-fg': colour.foreground });
  return html`<span part="avatar initials" class="avatar initials" style=${style} aria-hidden="true">${initials === '' ? profileIcon(type) : initials}</span>`;
}

/** The name, linked to the author's page when `href` is a usable URL. */
export function renderName(name: string, href: string): TemplateResult {
  const link = safeLink(href);
  const text = name.trim();
  if (link === undefined) return html`<p class="name"><span part="name">${text}</span></p>`;
  return html`<p class="name"><a part="name" href=${link} rel="author">${text}</a></p>`;
}

/** The profile links as icons, each named for screen readers ("Budi di Instagram"). */
export function renderProfiles(links: readonly ProfileLink[], name: string, texts: AuthorCardTexts): TemplateResult {
  const owner = name.trim();
  // No white space between tags: the bundles keep templates as written.
  return html`<ul part="profiles" class="profiles">${links.map(
    (link) =>
      html`<li><a part="profile-link" class="profile-link" href=${link.href} rel="me noopener" data-network=${link.network}>${profileIcon(link.network)}<span class="visually-hidden">${owner === '' ? link.label : texts.profileOn(owner, link.label)}</span></a></li>`,
  )}</ul>`;
}
