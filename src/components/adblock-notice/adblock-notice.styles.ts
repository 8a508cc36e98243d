import { css } from 'lit';

export const styles = css`
  :host {
    --_accent: var(--sabba-adblock-notice-accent, var(--sabba-accent, #b4232a));
    --_accent-contrast: var(--sabba-adblock-notice-accent-contrast, var(--sabba-accent-contrast, #fff));
    --_radius: var(--sabba-adblock-notice-radius, var(--sabba-radius, 6px));
    /*
     * The bar and the dialog float over the article, so they paint their own surface, and the text
     * colour must come from the same place as the background: an inherited light text on a
     * \`Canvas\` that stays white (a dark page without \`color-scheme: dark\`) would be unreadable.
     * \`Canvas\`/\`CanvasText\` follow the page's \`color-scheme\`; a site overrides both together.
     */
    --_surface: var(--sabba-adblock-notice-background, Canvas);
    --_text: var(--sabba-adblock-notice-color, CanvasText);
    --_border: var(--sabba-adblock-notice-border-color, color-mix(in srgb, currentColor 15%, transparent));
  }

  /* Gives the page room to scroll its last lines above the fixed bar, so the bar covers nothing. */
  .spacer {
    block-size: var(--_sabba-adblock-notice-size, 0px);
  }

  .banner {
    position: fixed;
    inset-inline: 0;
    /* Above a bottom anchor ad, whose band the shared floating-inset stack puts beneath the bar. */
    inset-block-end: var(--_sabba-floating-below, 0px);
    z-index: var(--sabba-adblock-notice-z-index, 1000);
    max-block-size: 60vh;
    overflow: auto;
    display: flex;
    align-items: flex-start;
    gap: 0.5rem;
    padding-block: 0.75rem;
    padding-inline: max(1rem, env(safe-area-inset-left)) max(0.5rem, env(safe-area-inset-right));
    padding-block-end: max(0.75rem, env(safe-area-inset-bottom));
    color: var(--_text);
    background: var(--_surface);
    border-block-start: 3px solid var(--_accent);
    box-shadow: 0 -4px 16px color-mix(in srgb, currentColor 15%, transparent);
  }

  dialog {
    inline-size: min(32rem, calc(100vw - 2rem));
    max-block-size: calc(100dvh - 2rem);
    padding: 1.25rem;
    color: var(--_text);
    font: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-block-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
  }

  dialog[open] {
    display: flex;
    align-items: flex-start;
    gap: 0.5rem;
  }

  dialog::backdrop {
    background: var(--sabba-adblock-notice-backdrop, rgb(0 0 0 / 45%));
  }

  .body {
    flex: 1;
    min-inline-size: 0;
    max-inline-size: 72rem;
    margin-inline: auto;
    overflow-wrap: anywhere;
  }

  .heading {
    margin: 0;
    font-size: 1.125em;
    font-weight: bold;
    line-height: 1.3;
  }

  .message {
    margin: 0.125rem 0 0;
    font-weight: 600;
  }

  .explanation,
  .how-to {
    margin-block: 0.25rem 0;
    font-size: 0.9375em;
    line-height: 1.5;
  }

  .status:empty {
    display: none;
  }

  .status {
    margin-block: 0.5rem 0;
    font-size: 0.9375em;
    padding: 0.5rem 0.75rem;
    border-inline-start: 3px solid var(--_accent);
    background: color-mix(in srgb, currentColor 6%, transparent);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin-block-start: 0.75rem;
  }

  button {
    font: inherit;
    min-block-size: 44px;
    border-radius: var(--_radius);
    cursor: pointer;
  }

  .recheck {
    padding-inline: 1rem;
    color: var(--_accent-contrast);
    background: var(--_accent);
    border: 1px solid var(--_accent);
    font-weight: 600;
  }

  .recheck[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.75;
  }

  .dismiss {
    flex: none;
    display: inline-grid;
    place-items: center;
    inline-size: 44px;
    padding: 0;
    color: inherit;
    background: transparent;
    border: 1px solid transparent;
  }

  .dismiss:hover {
    background: color-mix(in srgb, currentColor 10%, transparent);
  }

  .dismiss svg {
    inline-size: 1.25rem;
    block-size: 1.25rem;
  }

  @media (prefers-reduced-motion: no-preference) {
    .banner {
      animation: sabba-adblock-notice-rise 200ms ease-out;
    }

    @keyframes sabba-adblock-notice-rise {
      from {
        transform: translateY(100%);
      }
    }
  }

  @media (forced-colors: active) {
    .banner,
    dialog {
      border: 1px solid CanvasText;
    }

    .recheck {
      border: 1px solid ButtonText;
    }
  }
`;
