import { css } from 'lit';
import { filterStyles } from '@osallistu/core';

export const ideaBoardStyles = css`
  .view-switch {
    display: flex;
    gap: var(--_o-space-2);
    margin-bottom: var(--_o-space-3);
  }
  ${filterStyles}
  .search {
    display: flex;
    gap: var(--_o-space-2);
  }
  .search input {
    flex: 1;
    min-width: 0;
  }
  .list {
    list-style: none;
    margin: 0 0 var(--_o-space-3);
    padding: 0;
    display: grid;
    gap: var(--_o-space-3);
  }
  .list[aria-busy='true'] {
    opacity: 0.6;
  }
  .count {
    color: var(--_o-muted);
  }
  @container (min-width: 40rem) {
    .filters {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    .filters .search-field {
      grid-column: 1 / -1;
    }
  }
  @container (min-width: 64rem) {
    .filters {
      grid-template-columns: repeat(4, minmax(0, 1fr));
    }
  }
`;
