import { css } from 'lit';

/**
 * The filter panel of the list widgets (idea board, progress tracker): a grid of `.field`s on a
 * tinted box. Each widget sets its own columns per container width after these.
 *
 * @cssprop --osallistu-filters-background - The filter panel's background.
 */
export const filterStyles = css`
  .filters {
    display: grid;
    gap: var(--_o-space-2) var(--_o-space-3);
    margin-bottom: var(--_o-space-3);
    padding: var(--_o-space-3);
    border-radius: var(--_o-radius);
    background: var(--osallistu-filters-background, var(--_o-surface-alt));
  }
  .filters .field {
    margin: 0;
  }
`;
