import { css } from 'lit';

/**
 * The button sits in a fixed corner of the viewport. Private values use `--_` names; public
 * custom properties (documented on the class) fall back to the values written here, so a page
 * that loads only the script still gets a sensible button.
 */
export const styles = css`
  :host {
    --_size: var(--sabba-back-to-top-size, 3rem);
    --_offset-inline: var(--sabba-back-to-top-offset-inline, 1rem);
    --_offset-block: var(--sabba-back-to-top-offset-block, 1rem);
    --_accent: var(--sabba-back-to-top-accent, var(--sabba-accent, #b4232a));
    --_safe-inline-end: env(safe-area-inset-right, 0px);
    --_safe-inline-start: env(safe-area-inset-left, 0px);

    position: fixed;
    inset-block-end: calc(var(--_offset-block) + env(safe-area-inset-bottom, 0px));
    inset-inline-end: calc(var(--_offset-inline) + var(--_safe-inline-end));
    /* Lifted above the bars fixed to the viewport's bottom (the floating-inset stack: an anchor
       ad, the adblock banner) by a transform, not by its inset: a transform moves no layout, so a
       bar opening under the shown button is no layout shift (CLS). */
    translate: 0 calc(-1 * var(--sabba-floating-inset-block-end, 0px));
    z-index: var(--sabba-back-to-top-z-index, 900);
    display: block;
    /* The host box paints nothing: hidden, its moves are no layout shift while the button is
       hidden too. The wrapper sets its own visibility in both states. */
    visibility: hidden;
    /* The host box must never catch clicks meant for the page, shown or hidden. */
    pointer-events: none;
  }

  :host(:dir(rtl)) {
    --_safe-inline-end: env(safe-area-inset-left, 0px);
    --_safe-inline-start: env(safe-area-inset-right, 0px);
  }

  :host(:state(start)) {
    inset-inline-end: auto;
    inset-inline-start: calc(var(--_offset-inline) + var(--_safe-inline-start));
  }

  .wrapper {
    position: relative;
    inline-size: max(var(--_size), 44px);
    block-size: max(var(--_size), 44px);
    /* Hidden: invisible, out of the tab order and out of the accessibility tree (visibility),
       and inert on top of that; the visibility change waits for the fade so it can be seen. */
    visibility: hidden;
    opacity: 0;
    translate: 0 0.5rem;
  }

  :host(:state(shown)) .wrapper {
    visibility: visible;
    opacity: 1;
    translate: 0 0;
  }

  .button {
    all: unset;
    box-sizing: border-box;
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    border-radius: 50%;
    cursor: pointer;
    pointer-events: auto;
    color: var(--sabba-back-to-top-color, var(--sabba-accent-contrast, #fff));
    background: var(--_accent);
    box-shadow: 0 0.125rem 0.5rem color-mix(in srgb, #000 25%, transparent);
    -webkit-tap-highlight-color: transparent;
  }

  .button:hover {
    background: color-mix(in srgb, var(--_accent) 85%, #000);
  }

  .button:focus-visible {
    /* A gap ring inside the shared focus ring, so it shows on light and dark pages alike. */
    box-shadow: 0 0 0 3px var(--sabba-back-to-top-ring-gap, Canvas);
  }

  .icon {
    inline-size: 50%;
    block-size: 50%;
  }

  /* Reading progress: a ring just inside the button's edge. */
  .progress {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    pointer-events: none;
    rotate: -90deg;
  }

  .progress-track,
  .progress-bar {
    fill: none;
    stroke-width: 3;
  }

  .progress-track {
    stroke: color-mix(in srgb, currentColor 30%, transparent);
  }

  .progress-bar {
    stroke: var(--sabba-back-to-top-progress-color, currentColor);
    stroke-linecap: round;
    stroke-dasharray: 100px 100px;
    /* Fallback path: the element sets --_progress (0 to 1) from an IntersectionObserver. */
    stroke-dashoffset: calc((1 - var(--_progress, 0)) * 100px);
  }

  /* Scroll-driven path: the browser fills the ring from the scroll position, with no script. */
  @supports (animation-timeline: scroll()) {
    :host(:state(timeline)) .progress-bar {
      animation: sabba-back-to-top-fill linear both;
      animation-timeline: scroll(root block);
    }
  }

  @keyframes sabba-back-to-top-fill {
    from {
      stroke-dashoffset: 100px;
    }
    to {
      stroke-dashoffset: 0px;
    }
  }

  @media (prefers-reduced-motion: no-preference) {
    :host {
      transition: translate 200ms ease-out;
    }

    .wrapper {
      transition:
        opacity 150ms ease-out,
        translate 150ms ease-out,
        visibility 0s linear 150ms;
    }

    :host(:state(shown)) .wrapper {
      transition:
        opacity 150ms ease-out,
        translate 150ms ease-out,
        visibility 0s;
    }
  }

  @media (forced-colors: active) {
    .button {
      border: 2px solid ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
  }

  @media print {
    :host {
      display: none !important;
    }
  }
`;
