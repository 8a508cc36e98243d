import { css } from 'lit';

/**
 * The comment form inherits the article's font and colours; borders and fills are mixed from
 * `currentColor`, so the form looks right on light and dark pages without a theme.
 */
export const styles = css`
  :host {
    --_accent: var(--sabba-comment-form-accent, var(--sabba-accent, #b4232a));
    --_accent-contrast: var(--sabba-comment-form-accent-contrast, var(--sabba-accent-contrast, #fff));
    --_radius: var(--sabba-comment-form-radius, var(--sabba-radius, 6px));
    --_border: var(--sabba-comment-form-border, color-mix(in srgb, currentColor 35%, transparent));
    --_error: var(--sabba-comment-form-error, color-mix(in srgb, #c5221f 70%, currentColor));
    --_gap: var(--sabba-comment-form-gap, 1rem);
    line-height: 1.5;
  }

  .title {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.75rem;
    margin-block: 0 0.5rem;
    font-size: 1.25em;
    font-weight: bold;
    line-height: 1.3;
  }

  form {
    display: grid;
    gap: var(--_gap);
  }

  p {
    margin: 0;
  }

  .field {
    display: grid;
    gap: 0.25rem;
  }

  label {
    font-weight: 600;
  }

  .required {
    color: var(--_error);
  }

  textarea,
  input[type='text'],
  input[type='email'],
  input[type='url'] {
    inline-size: 100%;
    min-block-size: 44px;
    padding: 0.5rem 0.75rem;
    font: inherit;
    color: inherit;
    background: color-mix(in srgb, currentColor 4%, transparent);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  textarea {
    resize: vertical;
    min-block-size: 8rem;
  }

  [aria-invalid='true'] {
    border-color: var(--_error);
    box-shadow: inset 0 0 0 1px var(--_error);
  }

  .field-error {
    color: var(--_error);
    font-weight: 600;
  }

  .field-error::before {
    content: '⚠ ';
  }

  .counter {
    font-size: 0.875em;
    opacity: 0.85;
  }

  .counter.over {
    color: var(--_error);
    opacity: 1;
    font-weight: 600;
  }

  .checkbox {
    display: grid;
    grid-template-columns: auto 1fr;
    align-items: start;
    gap: 0.25rem 0.5rem;
  }

  .checkbox label {
    font-weight: normal;
    padding-block: 0.6rem;
  }

  .checkbox .field-error {
    grid-column: 1 / -1;
  }

  input[type='checkbox'] {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0.7rem 0.25rem;
    accent-color: var(--_accent);
  }

  a {
    color: inherit;
  }

  .honeypot {
    position: absolute;
    inset-inline-start: -10000px;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
  }

  .status:empty {
    display: none;
  }

  .status {
    padding: 0.75rem 1rem;
    border-radius: var(--_radius);
    border-inline-start: 4px solid var(--_border);
    background: color-mix(in srgb, currentColor 6%, transparent);
  }

  .status.error {
    border-inline-start-color: var(--_error);
  }

  .status:is(.approved, .unconfirmed) {
    border-inline-start-color: var(--sabba-comment-form-success, color-mix(in srgb, #1e7e34 70%, currentColor));
  }

  /* The held comment's preview already carries WordPress's moderation notice; the live region
     still announces it, but is not shown twice. */
  .status.hold {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  .status:focus-visible {
    outline-offset: 0;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
  }

  button[type='submit'] {
    min-block-size: 44px;
    min-inline-size: 44px;
    padding: 0.5rem 1.5rem;
    font: inherit;
    font-weight: 700;
    color: var(--_accent-contrast);
    background: var(--_accent);
    border: 0;
    border-radius: var(--_radius);
    cursor: pointer;
  }

  button[type='submit']:hover:not(:disabled) {
    background: color-mix(in srgb, var(--_accent) 85%, black);
  }

  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }

  .link-button {
    min-block-size: 44px;
    padding: 0 0.25rem;
    font: inherit;
    font-size: 0.8em;
    font-weight: normal;
    color: inherit;
    text-decoration: underline;
    background: none;
    border: 0;
    cursor: pointer;
  }

  .preview {
    margin-block-end: var(--_gap);
    padding: 0.75rem 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .preview.hold {
    border-style: dashed;
  }

  .preview-author {
    font-weight: 700;
  }

  .preview-text {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }

  .preview-notice {
    margin-block-start: 0.5rem;
    opacity: 0.85;
  }

  @media (prefers-reduced-motion: no-preference) {
    button,
    textarea,
    input {
      transition: background-color 0.15s ease, border-color 0.15s ease;
    }
  }
`;
