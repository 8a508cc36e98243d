import { css } from 'lit';

/**
 * The slot: a small label, then the reserved frame. The frame's size comes from the size map
 * (custom properties set by a generated stylesheet, per breakpoint), and is fixed: the creative is
 * centred inside it and clipped to it, so nothing after the slot ever moves.
 */
export const styles = css`
  :host {
    display: var(--_shown, block);
    margin-block: var(--sabba-ad-slot-margin-block, 1.5em);
    text-align: center;
  }

  :host(:state(collapsed)) {
    display: none;
  }

  .base {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: var(--sabba-ad-slot-gap, 0.25rem);
  }

  .label {
    margin: 0;
    /* A fixed line box: the label's height never depends on font loading. */
    block-size: 1rem;
    line-height: 1rem;
    font-size: var(--sabba-ad-slot-label-size, 0.6875rem);
    letter-spacing: 0.08em;
    text-transform: uppercase;
    color: var(--sabba-ad-slot-label-color, color-mix(in srgb, currentColor 65%, transparent));
  }

  .frame {
    position: relative;
    display: grid;
    place-items: center;
    inline-size: min(100%, var(--_reserved-width, 300px));
    /* A refresh locks the height it started from (height-lock.ts): a smaller ad shrinks nothing. */
    block-size: max(var(--_reserved-height, 250px), var(--_locked-height, 0px));
    overflow: clip;
    border-radius: var(--sabba-ad-slot-radius, var(--sabba-radius, 6px));
    background: var(--sabba-ad-slot-background, color-mix(in srgb, currentColor 6%, transparent));
    outline: 1px dashed var(--sabba-ad-slot-border-color, color-mix(in srgb, currentColor 15%, transparent));
    outline-offset: -1px;
  }

  :host(:state(filled)) .frame {
    background: transparent;
    outline: none;
  }

  .placeholder {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    padding: 0.5rem;
    font-size: var(--sabba-ad-slot-placeholder-size, 0.875rem);
    /* 70 %: at 55 % the text fell below 4.5:1 on the frame's tint over a white page. */
    color: var(--sabba-ad-slot-placeholder-color, color-mix(in srgb, currentColor 70%, transparent));
  }

  ::slotted([slot='creative']) {
    position: relative;
    display: flex;
    align-items: center;
    justify-content: center;
    max-inline-size: 100%;
    max-block-size: 100%;
  }
`;
