import { css } from 'lit';

export const ideaCardStyles = css`
  .card {
    padding: var(--_o-space-3);
    border: 1px solid var(--osallistu-card-border-color, var(--_o-border));
    border-radius: var(--osallistu-card-radius, var(--_o-radius));
    background: var(--osallistu-card-background, var(--_o-surface));
  }
  .card-header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: var(--_o-space-1) var(--_o-space-2);
    margin-bottom: var(--_o-space-1);
  }
  .card h3 {
    margin: 0;
    font-size: 1.15em;
    overflow-wrap: anywhere;
  }
  .meta {
    color: var(--_o-muted);
    font-size: 0.9em;
  }
  .description {
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .decision,
  .edit-note {
    padding: var(--_o-space-1) var(--_o-space-2);
    border-left: 3px solid var(--_o-border);
    background: var(--_o-surface-alt);
  }
  .unit {
    display: block;
    color: var(--_o-muted);
    font-size: 0.9em;
  }
  details {
    margin-bottom: var(--_o-space-2);
  }
  summary {
    cursor: pointer;
    color: var(--_o-primary);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_o-space-2) var(--_o-space-3);
  }
`;
