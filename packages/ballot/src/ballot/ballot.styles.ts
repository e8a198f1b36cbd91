import { css } from 'lit';

export const ballotStyles = css`
  ul.budgets,
  ul.proposals,
  ul.review {
    list-style: none;
    margin: 0 0 var(--_o-space-3);
    padding: 0;
    display: grid;
    gap: var(--_o-space-2);
  }
  .budget,
  .proposal {
    border: 1px solid var(--_o-border);
    border-radius: var(--_o-radius);
    padding: var(--_o-space-2) var(--_o-space-3);
    background: var(--_o-surface);
  }
  .budget {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_o-space-2);
    justify-content: space-between;
    align-items: center;
  }
  /* 300 proposals: the browser skips layout and paint of the ones off screen */
  .proposal {
    content-visibility: auto;
    contain-intrinsic-size: auto 9rem;
  }
  .proposal.picked {
    border-color: var(--_o-primary);
    box-shadow: inset 4px 0 0 var(--_o-primary);
  }
  h3:focus,
  h3:focus-visible {
    outline-offset: 4px;
  }
  h4 {
    margin: 0 0 var(--_o-space-1);
    font-size: 1.05rem;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_o-space-1) var(--_o-space-3);
    color: var(--_o-muted);
  }
  .meta strong {
    color: var(--_o-text);
  }
  .voted {
    color: var(--_o-success);
    font-weight: 600;
    margin: 0;
  }
  details {
    margin-bottom: var(--_o-space-2);
  }
  summary {
    cursor: pointer;
    color: var(--osallistu-link-color, var(--_o-primary));
    min-height: 2rem;
  }
  .pick,
  .check {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_o-space-2);
  }
  .pick input,
  .check input {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
  }
  .pick label {
    font-weight: 600;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_o-space-3);
  }
  .filters .field {
    flex: 1 1 12rem;
  }
  .bar {
    position: sticky;
    bottom: 0;
    z-index: 1;
    padding: var(--_o-space-2) var(--_o-space-3);
    border: 1px solid var(--_o-border);
    border-radius: var(--_o-radius);
    background: var(--osallistu-ballot-bar-background, var(--_o-surface-alt));
    margin-bottom: var(--_o-space-2);
  }
  .bar-text {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: var(--_o-space-1) var(--_o-space-3);
  }
  .track {
    height: 0.6rem;
    border-radius: 0.3rem;
    background: var(--_o-border);
    overflow: hidden;
  }
  .fill {
    height: 100%;
    background: var(--_o-primary);
    transition: width 0.2s;
  }
  .fill.over {
    background: var(--_o-danger);
  }
  .review li {
    display: flex;
    justify-content: space-between;
    gap: var(--_o-space-2);
    border-bottom: 1px solid var(--_o-border);
    padding: var(--_o-space-1) 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_o-space-2);
  }
  fieldset {
    border: 0;
    padding: 0;
    margin: 0 0 var(--_o-space-3);
  }
  legend {
    font-weight: 600;
    margin-bottom: var(--_o-space-1);
  }
  fieldset label {
    display: flex;
    gap: var(--_o-space-2);
    align-items: center;
    min-height: 2.75rem;
  }
  .link {
    background: none;
    border: 0;
    padding: var(--_o-space-1) 0;
    color: var(--osallistu-link-color, var(--_o-primary));
    text-decoration: underline;
    cursor: pointer;
    min-height: 2.75rem;
  }
  #map-box {
    display: grid;
    gap: var(--_o-space-2);
  }
  #map-box[hidden] {
    display: none;
  }
  .receipt-code {
    font-family: ui-monospace, monospace;
    font-size: 1.2rem;
    letter-spacing: 0.05em;
  }
  @media (prefers-reduced-motion: reduce) {
    .fill {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .fill {
      background: Highlight;
    }
    .proposal.picked {
      border-width: 3px;
    }
  }
`;
