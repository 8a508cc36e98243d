import { css } from 'lit';

/**
 * Styles of `<sabba-author-card>`. Colours are tints of the inherited text colour, so the card
 * follows light and dark article themes without configuration.
 */
export const styles = css`
  :host {
    /* The default red is mixed with the text colour so it stays readable (≥ 4.5:1) on light and
       dark articles alike; a colour the site sets is used as given. */
    --_accent: var(--sabba-author-card-accent, var(--sabba-accent, color-mix(in srgb, #b4232a 60%, currentColor)));
    --_size: var(--sabba-author-card-avatar-size, 4rem);
    --_radius: var(--sabba-author-card-avatar-radius, 50%);
    --_tint: color-mix(in srgb, currentColor 15%, transparent);
  }

  /* A byline sits inside a line of text ("Oleh <byline> · 14 Maret 2022"), so it flows inline and
     sizes to its content (a size container would collapse to zero width). The attribute selector
     covers browsers without custom states. */
  :host([compact]),
  :host(:state(compact)) {
    display: inline-block;
    container-type: normal;
    vertical-align: middle;
  }

  :host(:state(organization)) {
    --_radius: var(--sabba-author-card-avatar-radius, var(--sabba-radius, 6px));
  }

  :host {
    /* The layout follows the card's own width, not the viewport: it may sit in a narrow column. */
    container: sabba-author-card / inline-size;
  }

  /* Wide: the avatar beside everything. Narrow: the avatar beside the name, the bio below both. */
  .card {
    display: grid;
    grid-template-columns: var(--_size) minmax(0, 1fr);
    align-items: start;
    column-gap: var(--sabba-author-card-gap, 1rem);
    padding: var(--sabba-author-card-padding, 1rem);
    border: var(--sabba-author-card-border, 1px solid var(--_tint));
    border-radius: var(--sabba-author-card-radius, var(--sabba-radius, 6px));
    background: var(--sabba-author-card-background, color-mix(in srgb, currentColor 4%, transparent));
  }

  .card > :not(.avatar) {
    grid-column: 2;
  }

  .card > .avatar {
    grid-row: 1 / span 4;
  }

  @container sabba-author-card (inline-size < 26rem) {
    .card > .avatar {
      grid-row: 1;
    }

    .card > .head {
      align-self: center;
    }

    .card > :not(.avatar, .head) {
      grid-column: 1 / -1;
    }
  }

  .card.compact {
    --_size: var(--sabba-author-card-compact-avatar-size, 2rem);
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    padding: 0;
    border: 0;
    background: none;
  }

  /* A fixed box before the photo arrives: the card never shifts when it loads or fails. */
  .avatar {
    flex: none;
    display: block;
    inline-size: var(--_size);
    block-size: var(--_size);
    border-radius: var(--_radius);
    object-fit: cover;
    background: var(--_tint);
  }

  .initials {
    display: grid;
    place-items: center;
    background: var(--_initials-bg);
    color: var(--_initials-fg);
    font-weight: 700;
    font-size: calc(var(--_size) * 0.4);
    line-height: 1;
    letter-spacing: 0.02em;
    user-select: none;
  }

  .initials svg {
    inline-size: 55%;
    block-size: 55%;
  }

  .badge {
    display: inline-block;
    margin-block-end: 0.25rem;
    font-size: 0.75em;
    font-weight: 700;
    letter-spacing: 0.06em;
    text-transform: uppercase;
    color: var(--_accent);
  }

  .name {
    margin: 0;
    font-weight: 700;
    font-size: 1.125em;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }

  .compact .name {
    font-size: 1em;
  }

  a {
    color: inherit;
    text-decoration-color: color-mix(in srgb, var(--_accent) 60%, transparent);
    text-underline-offset: 0.15em;
  }

  a:hover {
    color: var(--_accent);
  }

  a:focus-visible,
  .toggle:focus-visible {
    border-radius: 2px;
  }

  .job-title {
    margin: 0.125rem 0 0;
    font-size: 0.875em;
    opacity: 0.8;
    overflow-wrap: anywhere;
  }

  .bio {
    margin-block-start: 0.75rem;
    line-height: 1.5;
    overflow-wrap: anywhere;
  }

  /* Folded: the first lines only. The rest stays in the DOM for readers who unfold and for crawlers. */
  .bio:not(.expanded) {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--_lines);
    line-clamp: var(--_lines);
    overflow: hidden;
  }

  ::slotted(p) {
    margin: 0 0 0.5em;
  }

  ::slotted(:last-child) {
    margin-block-end: 0;
  }

  /* A quoted bio, like the seed's Pramoedya quote, keeps looking like a quotation. */
  ::slotted(blockquote) {
    margin: 0;
    padding-inline-start: 0.75rem;
    border-inline-start: 3px solid var(--_accent);
    font-style: italic;
  }

  ::slotted(q) {
    font-style: italic;
  }

  .toggle {
    justify-self: start;
    display: inline-flex;
    align-items: center;
    min-block-size: 44px;
    min-inline-size: 44px;
    margin-block-start: 0.25rem;
    padding: 0 0.25rem;
    margin-inline-start: -0.25rem;
    border: 0;
    background: none;
    color: var(--_accent);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }

  .toggle:hover {
    text-decoration: underline;
  }

  .profiles {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin: 0.5rem 0 0;
    margin-inline-start: -0.75rem;
    padding: 0;
    list-style: none;
  }

  /* 44 px targets around 20 px icons. */
  .profile-link {
    display: grid;
    place-items: center;
    inline-size: 44px;
    block-size: 44px;
    border-radius: 50%;
  }

  .profile-link:hover {
    background: var(--_tint);
  }

  @media (prefers-reduced-motion: no-preference) {
    .profile-link,
    a {
      transition:
        color 0.15s ease,
        background-color 0.15s ease;
    }
  }

  @media (forced-colors: active) {
    .initials {
      border: 1px solid CanvasText;
    }
  }
`;
