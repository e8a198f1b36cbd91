import { css } from 'lit';
import { filterStyles } from '@osallistu/core';

/**
 * Styles the progress widgets share: cards, the progress bar (its number is text beside it),
 * status badges, the timeline list and small forms. Use after `tokens` and `baseStyles`.
 */
export const progressStyles = css`
  ${filterStyles}
  .heading {
    margin: 0 0 var(--_o-space-2);
    font-size: 1.25em;
    font-weight: 700;
  }
  .back {
    margin-bottom: var(--_o-space-3);
  }
  @container (min-width: 40rem) {
    .filters {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  .cards {
    list-style: none;
    margin: 0 0 var(--_o-space-3);
    padding: 0;
    display: grid;
    gap: var(--_o-space-3);
  }
  .card {
    padding: var(--_o-space-3);
    border: 1px solid var(--osallistu-card-border-color, var(--_o-border));
    border-radius: var(--_o-radius);
    background: var(--osallistu-card-background, var(--_o-surface));
    overflow-wrap: anywhere;
  }
  .card h3 {
    font-size: 1.15em;
  }
  .meta {
    color: var(--_o-muted);
  }
  .badge {
    display: inline-block;
    padding: 0 var(--_o-space-1);
    border: 1px solid currentColor;
    border-radius: var(--_o-radius);
    font-size: 0.9em;
    font-weight: 600;
  }
  .badge.completed {
    color: var(--_o-success);
  }
  .badge.cancelled {
    color: var(--_o-danger);
  }
  .badge.in-progress {
    color: var(--_o-primary);
  }
  .badge.designing,
  .badge.planned {
    color: var(--_o-warning);
  }
  .progress {
    display: grid;
    gap: var(--_o-space-1);
    margin: var(--_o-space-2) 0;
  }
  .bar {
    display: block;
    width: 100%;
    height: 0.75rem;
    appearance: none;
    border: 1px solid var(--_o-border);
    border-radius: 999px;
    background: var(--_o-surface-alt);
    color: var(--osallistu-progress-color, var(--_o-primary));
    overflow: hidden;
  }
  .bar::-webkit-progress-bar {
    background: var(--_o-surface-alt);
  }
  .bar::-webkit-progress-value {
    background: var(--osallistu-progress-color, var(--_o-primary));
  }
  .bar::-moz-progress-bar {
    background: var(--osallistu-progress-color, var(--_o-primary));
  }
  .timeline {
    list-style: none;
    margin: 0 0 var(--_o-space-3);
    padding: 0 0 0 var(--_o-space-3);
    border-left: 3px solid var(--_o-border);
  }
  .timeline li {
    position: relative;
    margin-bottom: var(--_o-space-3);
  }
  .timeline li::before {
    content: '';
    position: absolute;
    left: calc(var(--_o-space-3) * -1 - 0.55rem);
    top: 0.35rem;
    width: 0.8rem;
    height: 0.8rem;
    border-radius: 50%;
    background: var(--_o-primary);
  }
  .timeline time {
    display: block;
    color: var(--_o-muted);
    font-size: 0.9em;
  }
  .link-button {
    padding: 0;
    border: 0;
    background: none;
    color: var(--osallistu-link-color, var(--_o-primary));
    text-decoration: underline;
    cursor: pointer;
    text-align: start;
  }
  fieldset {
    margin: 0 0 var(--_o-space-3);
    padding: var(--_o-space-2) var(--_o-space-3);
    border: 1px solid var(--_o-border);
    border-radius: var(--_o-radius);
  }
  legend {
    font-weight: 600;
  }
  .choice {
    display: flex;
    gap: var(--_o-space-2);
    align-items: flex-start;
    min-height: 2.75rem;
  }
  .choice input[type='radio'] {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0.15rem 0 0;
    flex: none;
  }
  section + section {
    margin-top: var(--_o-space-4, 2rem);
  }
  img {
    max-width: 100%;
    height: auto;
  }
  @media (forced-colors: active) {
    .bar::-webkit-progress-value {
      background: Highlight;
    }
    .bar::-moz-progress-bar {
      background: Highlight;
    }
  }
`;
