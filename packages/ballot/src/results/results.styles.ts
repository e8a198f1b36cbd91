import { css } from 'lit';
import { chartStyles } from '@osallistu/core';

/** Results layout per budget: winners, the bar chart and its table (shared parts in core). */
export const resultsStyles = [
  chartStyles,
  css`
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
    .chart .label,
    .chart .value {
      font-size: 12px;
    }
    .chart rect.won {
      fill: var(--_o-primary);
    }
    .chart rect.lost {
      fill: var(--osallistu-results-bar-color, var(--_o-muted));
    }
    table {
      min-width: 30rem;
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
  `,
];
