import { css } from 'lit';

/** Colours of the status badges; text colours keep 4.5:1 on their backgrounds. */
export const statusBadgeStyles = css`
  .badge {
    display: inline-block;
    padding: 0.1rem var(--_o-space-2);
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.85em;
    font-weight: 600;
    background: var(--_o-surface);
    color: var(--_o-muted);
  }
  .badge.published {
    color: var(--osallistu-badge-published-color, var(--_o-primary));
  }
  .badge.feasible {
    color: var(--osallistu-badge-feasible-color, var(--_o-success));
  }
  .badge.notFeasible,
  .badge.rejected {
    color: var(--osallistu-badge-negative-color, var(--_o-danger));
  }
  .badge.merged,
  .badge.pending {
    color: var(--osallistu-badge-neutral-color, var(--_o-warning));
  }
`;
