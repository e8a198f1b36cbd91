import { css } from 'lit';

/**
 * System tokens. A page sets `--osallistu-*` on any ancestor (or `:root`); each widget reads them
 * through private `--_o-*` copies with accessible defaults, so nothing here overrides the page.
 * Per-component hooks (`--osallistu-button-background`, `--osallistu-card-background` …) default
 * to these.
 *
 * @cssprop --osallistu-color-primary - Buttons, links, focus accents (default #0b5394).
 * @cssprop --osallistu-color-on-primary - Text on primary (default #fff).
 * @cssprop --osallistu-color-text - Body text (default #1f1f1f).
 * @cssprop --osallistu-color-muted - Secondary text (default #555).
 * @cssprop --osallistu-color-surface - Background of cards and fields (default #fff).
 * @cssprop --osallistu-color-surface-alt - Subtle background (default #f3f5f7).
 * @cssprop --osallistu-color-border - Borders of fields and cards (default #767676).
 * @cssprop --osallistu-color-danger - Errors (default #b00020).
 * @cssprop --osallistu-color-success - Success (default #1b6e35).
 * @cssprop --osallistu-color-warning - Warnings (default #8a4b00).
 * @cssprop --osallistu-focus-ring - Focus outline (default 3px solid #0b5394 with offset).
 * @cssprop --osallistu-radius - Corner radius (default 6px).
 * @cssprop --osallistu-space - Base spacing unit (default 0.5rem); the scale is 0.5×, 1×, 2×, 3×, 4×.
 * @cssprop --osallistu-font - Font family (default: inherited from the page).
 */
export const tokens = css`
  :host {
    --_o-primary: var(--osallistu-color-primary, #0b5394);
    --_o-on-primary: var(--osallistu-color-on-primary, #fff);
    --_o-text: var(--osallistu-color-text, #1f1f1f);
    --_o-muted: var(--osallistu-color-muted, #555);
    --_o-surface: var(--osallistu-color-surface, #fff);
    --_o-surface-alt: var(--osallistu-color-surface-alt, #f3f5f7);
    --_o-border: var(--osallistu-color-border, #767676);
    --_o-danger: var(--osallistu-color-danger, #b00020);
    --_o-success: var(--osallistu-color-success, #1b6e35);
    --_o-warning: var(--osallistu-color-warning, #8a4b00);
    --_o-focus-color: var(--osallistu-color-focus, #0b5394);
    --_o-focus-ring: var(--osallistu-focus-ring, 3px solid var(--_o-focus-color));
    --_o-radius: var(--osallistu-radius, 6px);
    --_o-space: var(--osallistu-space, 0.5rem);
    --_o-space-1: calc(var(--_o-space) * 0.5);
    --_o-space-2: var(--_o-space);
    --_o-space-3: calc(var(--_o-space) * 2);
    --_o-space-4: calc(var(--_o-space) * 3);
    --_o-space-5: calc(var(--_o-space) * 4);
    --_o-font: var(--osallistu-font, inherit);
  }
`;
