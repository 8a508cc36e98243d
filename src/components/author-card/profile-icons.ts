/**
 * Small line icons for profile links and the avatar fallback, drawn on a 24 × 24 grid with
 * `currentColor` strokes so they follow the page's colours (dark mode included). They are
 * simplified outlines, not the networks' trademarked logos, and always decorative: the link
 * around them carries the accessible name.
 */
import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { ProfileNetwork } from './profile-links.js';

const PATHS: Record<ProfileNetwork | 'person' | 'organization', SVGTemplateResult> = {
  instagram: svg`<rect x="3" y="3" width="18" height="18" rx="5"></rect><circle cx="12" cy="12" r="4"></circle><circle cx="17.5" cy="6.5" r="0.6" fill="currentColor"></circle>`,
  facebook: svg`<path d="M17 3h-2.5A4.5 4.5 0 0 0 10 7.5V10H7v4h3v7h4v-7h3l1-4h-4V7.8c0-.5.4-.8.8-.8H17z"></path>`,
  x: svg`<path d="M4 4h4.5L20 20h-4.5z"></path><path d="M20 4l-6.6 7.3M4 20l6.6-7.3"></path>`,
  youtube: svg`<rect x="2" y="5" width="20" height="14" rx="4"></rect><path d="M10 9v6l5-3z" fill="currentColor"></path>`,
  tiktok: svg`<path d="M14 3v12a4 4 0 1 1-4-4"></path><path d="M14 3c.4 2.6 2.4 4.6 5 5"></path>`,
  linkedin: svg`<rect x="3" y="3" width="18" height="18" rx="3"></rect><path d="M8 11v6M8 7.5v.01M12 17v-6M12 13.5a2.5 2.5 0 0 1 5 0V17"></path>`,
  whatsapp: svg`<path d="M4 20l1.3-3.9A8.5 8.5 0 1 1 8 19z"></path><path d="M9 8.5c0 3.5 3 6.5 6.5 6.5l1-1.8-2-1-1 1a4 4 0 0 1-2.7-2.7l1-1-1-2z"></path>`,
  telegram: svg`<path d="M21 4L3 11l6 2.5L11 20l3-4.5 5 3.5z"></path><path d="M9 13.5L21 4"></path>`,
  website: svg`<path d="M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1"></path><path d="M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1"></path>`,
  person: svg`<circle cx="12" cy="8" r="4"></circle><path d="M4 21a8 8 0 0 1 16 0"></path>`,
  organization: svg`<path d="M4 21V5l8-2v18M12 8h8v13M3 21h18M7 8h2M7 12h2M7 16h2M15 12h2M15 16h2"></path>`,
};

/** The decorative icon for a profile network, or for an author with neither photo nor name. */
export function profileIcon(name: ProfileNetwork | 'person' | 'organization'): TemplateResult {
  // The outer <svg> goes in an `html` template (Lit's rule); the shapes are `svg` fragments.
  return html`<svg part="icon" viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor"
    stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">${PATHS[name]}</svg>`;
}
