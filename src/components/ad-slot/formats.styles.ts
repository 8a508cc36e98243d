import { css } from 'lit';

/**
 * Out-of-page formats and the sticky slot. GPT draws interstitials and anchors in containers of
 * its own, so those slots show nothing in the flow: an interstitial or top anchor takes no space,
 * and a bottom anchor is only its band (the reserved height, no label or frame), which is the
 * page-end room under GPT's anchor. A sticky slot's creative sticks to the top of the viewport
 * while its reserved box scrolls past, and never leaves the box.
 */
export const formatStyles = css`
  :host([format='interstitial' i]),
  :host([format='top-anchor' i]),
  :host([format='bottom-anchor' i]:is(:state(empty), :state(error))) {
    display: none;
  }

  :host([format='bottom-anchor' i]) {
    margin: 0;
    block-size: var(--_reserved-height, 50px);
  }

  :host([format='bottom-anchor' i]) .base {
    display: none;
  }

  /* The creative starts at the top of its box, so it has the rest of the box to stick through. */
  :host([sticky]) .frame {
    place-items: start center;
  }

  /* Sticky within the frame: overflow: clip (unlike hidden) makes no scroll container, so the viewport stays the scrollport. */
  :host([sticky]) ::slotted([slot='creative']) {
    position: sticky;
    inset-block-start: var(--sabba-ad-slot-sticky-offset, 0px);
  }
`;
