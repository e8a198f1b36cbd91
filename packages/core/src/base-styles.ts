import { css } from 'lit';

/**
 * What every widget shares: box model, visible focus, buttons, fields, messages, and the
 * forced-colors and reduced-motion adjustments. Use after `tokens`.
 */
export const baseStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    color: var(--_o-text);
    font-family: var(--_o-font);
    line-height: 1.5;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: var(--_o-focus-ring);
    outline-offset: 2px;
  }
  a {
    color: var(--osallistu-link-color, var(--_o-primary));
  }
  h2,
  h3,
  h4,
  p {
    margin: 0 0 var(--_o-space-2);
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_o-space-1);
    min-height: 2.75rem;
    padding: var(--_o-space-1) var(--_o-space-3);
    border: 2px solid var(--osallistu-button-background, var(--_o-primary));
    border-radius: var(--osallistu-button-radius, var(--_o-radius));
    background: var(--osallistu-button-background, var(--_o-primary));
    color: var(--osallistu-button-color, var(--_o-on-primary));
    font-weight: 600;
    cursor: pointer;
    text-decoration: none;
  }
  .button.secondary {
    background: var(--_o-surface);
    color: var(--osallistu-button-background, var(--_o-primary));
  }
  .button[aria-disabled='true'],
  .button:disabled {
    opacity: 0.7;
    cursor: progress;
  }
  .field {
    display: grid;
    gap: var(--_o-space-1);
    margin-bottom: var(--_o-space-3);
  }
  .field label,
  .label {
    font-weight: 600;
  }
  .hint {
    color: var(--_o-muted);
    font-size: 0.9em;
  }
  input:not([type='checkbox']),
  select,
  textarea {
    width: 100%;
    min-height: 2.75rem;
    padding: var(--_o-space-1) var(--_o-space-2);
    border: 1px solid var(--osallistu-input-border-color, var(--_o-border));
    border-radius: var(--_o-radius);
    background: var(--osallistu-input-background, var(--_o-surface));
  }
  input[type='checkbox'] {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0.15rem 0 0;
    flex: none;
  }
  [aria-invalid='true'] {
    border-color: var(--_o-danger);
    box-shadow: 0 0 0 1px var(--_o-danger);
  }
  .error {
    color: var(--_o-danger);
    font-weight: 600;
  }
  .notice {
    padding: var(--_o-space-2) var(--_o-space-3);
    border-left: 4px solid var(--_o-primary);
    border-radius: var(--_o-radius);
    background: var(--_o-surface-alt);
  }
  .notice.danger {
    border-left-color: var(--_o-danger);
  }
  .notice.success {
    border-left-color: var(--_o-success);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
    .button[aria-pressed='true'] {
      background: Highlight;
      color: HighlightText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
    .notice,
    .badge {
      border: 1px solid CanvasText;
    }
  }
`;
