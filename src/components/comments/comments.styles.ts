import { css } from 'lit';

/**
 * The thread reads like the article around it: inherited type and colour, lines and muted text
 * mixed from the text colour (right on light and dark pages), logical properties (RTL), and an
 * indent that shrinks on narrow screens so five levels still fit in 360 px.
 */
export const styles = css`
  :host {
    --_accent: var(--sabba-comments-accent, var(--sabba-accent, #b4232a));
    --_border: var(--sabba-comments-border, color-mix(in srgb, currentColor 20%, transparent));
    --_muted: var(--sabba-comments-muted, color-mix(in srgb, currentColor 70%, transparent));
    --_gap: var(--sabba-comments-gap, 1rem);
    --_indent: var(--sabba-comments-indent, 1.25rem);
    --_radius: var(--sabba-comments-radius, var(--sabba-radius, 6px));
  }

  h2 {
    font-size: 1.25em;
    margin-block: 0 var(--_gap);
  }

  ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  /* The page's form below the thread: the same gap as between the thread's own blocks, doubled. */
  slot:not(.server)::slotted(*) {
    margin-block-start: calc(var(--_gap) * 2);
  }

  .children {
    margin-inline-start: var(--_indent);
    padding-inline-start: calc(var(--_indent) / 2);
    border-inline-start: 2px solid var(--_border);
  }

  @media (max-width: 480px) {
    .children {
      margin-inline-start: calc(var(--_indent) / 4);
      padding-inline-start: calc(var(--_indent) / 3);
    }
  }

  .body {
    padding-block: calc(var(--_gap) / 2);
    border-block-end: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
    scroll-margin-block-start: 4rem;
  }

  .body.highlighted {
    background: var(--sabba-comments-highlight, color-mix(in srgb, var(--_accent) 12%, transparent));
    padding-inline: 0.5rem;
  }

  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    align-items: baseline;
  }

  .author a,
  .content a {
    color: inherit;
  }

  .date {
    color: var(--_muted);
    font-size: 0.875em;
  }

  .held-note {
    color: var(--_muted);
    margin: 0.25rem 0;
  }

  .content :is(p, blockquote, pre, ul, ol) {
    margin-block: 0.5em;
  }

  .content ul {
    list-style: disc;
    padding-inline-start: 1.5em;
  }

  .content ol {
    list-style: decimal;
    padding-inline-start: 1.5em;
  }

  .content blockquote {
    margin-inline: 0;
    padding-inline-start: 0.75em;
    border-inline-start: 3px solid var(--_border);
  }

  .content pre {
    overflow-x: auto;
    white-space: pre-wrap;
  }

  .button,
  .reply {
    font: inherit;
    cursor: pointer;
    min-block-size: 44px;
    border-radius: var(--_radius);
  }

  .button {
    margin-block: var(--_gap);
    padding: 0.5rem 1rem;
    border: 0;
    color: var(--sabba-comments-accent-contrast, var(--sabba-accent-contrast, #fff));
    background: var(--_accent);
  }

  .button.secondary,
  .reply {
    color: inherit;
    background: transparent;
    border: 1px solid var(--_border);
  }

  .reply {
    padding: 0.25rem 0.75rem;
  }

  .button[aria-disabled='true'] {
    opacity: 0.7;
    cursor: progress;
  }

  .message {
    margin-block: var(--_gap);
  }

  .skeleton-item {
    block-size: var(--sabba-comments-skeleton-height, 6rem);
    margin-block-end: var(--_gap);
    border-radius: var(--_radius);
    background: color-mix(in srgb, currentColor 8%, transparent);
  }

  @media (prefers-reduced-motion: no-preference) {
    .skeleton-item {
      animation: sabba-comments-pulse 1.5s ease-in-out infinite;
    }
  }

  @keyframes sabba-comments-pulse {
    50% {
      opacity: 0.5;
    }
  }

  @media (forced-colors: active) {
    .button {
      border: 2px solid ButtonText;
    }
    .body.highlighted {
      outline: 2px solid Highlight;
    }
  }
`;
