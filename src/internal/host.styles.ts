import { css } from 'lit';

/**
 * Styles every Sabba element starts from. Typography and colour inherit from the article, so a
 * widget looks native on a page that loads nothing but the script.
 *
 * Shared design tokens (each element also has its own `--sabba-<element>-*` properties, which fall
 * back to these, which fall back to the values written here):
 * - `--sabba-accent`: accent colour for buttons and links (default `#b4232a`, the Sabba red).
 * - `--sabba-accent-contrast`: text on the accent colour (default `#fff`).
 * - `--sabba-radius`: corner radius (default `6px`).
 * - `--sabba-focus-ring`: colour of the focus ring every element draws (default: the element's accent).
 *
 * The focus ring (3 px outline, 2 px offset, on `:focus-visible`) and `.visually-hidden` are
 * defined here once, for every element.
 */
export const hostStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font: inherit;
    color: inherit;
    -webkit-tap-highlight-color: transparent;
  }

  :host([hidden]) {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  [hidden] {
    display: none !important;
  }

  /* Under :host, so it outranks an element's own all: unset on a control. */
  :host :focus-visible {
    outline: 3px solid var(--sabba-focus-ring, var(--_accent, #b4232a));
    outline-offset: 2px;
  }

  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;
