import { css } from 'lit';

export const resultsStyles = css`
  .budget {
    margin-bottom: var(--_o-space-4);
    padding-bottom: var(--_o-space-3);
    border-bottom: 1px solid var(--_o-border);
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_o-space-1) var(--_o-space-3);
    color: var(--_o-muted);
  }
  .winners {
    padding-left: 1.5rem;
  }
  .chart {
    width: 100%;
    max-width: 40rem;
    height: auto;
    margin: var(--_o-space-2) 0;
  }
  .chart .label,
  .chart .value {
    font-size: 12px;
    fill: currentColor;
  }
  .chart rect.won {
    fill: var(--_o-primary);
  }
  .chart rect.lost {
    fill: var(--osallistu-results-bar-color, var(--_o-muted));
  }
  .scroll {
    overflow-x: auto;
    max-width: 100%;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    min-width: 30rem;
    font-size: 0.95rem;
  }
  caption {
    text-align: left;
    font-weight: 600;
    padding: var(--_o-space-1) 0;
  }
  th,
  td {
    text-align: left;
    vertical-align: top;
    padding: var(--_o-space-1) var(--_o-space-2);
    border-bottom: 1px solid var(--_o-border);
  }
  .num {
    text-align: right;
    white-space: nowrap;
  }
  tr.won th {
    font-weight: 700;
  }
  .hint {
    color: var(--_o-muted);
  }
  @media (forced-colors: active) {
    .chart rect.won {
      fill: Highlight;
    }
    .chart rect.lost {
      fill: CanvasText;
    }
  }
`;
