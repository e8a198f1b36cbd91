import { css } from 'lit';
import { chartStyles } from '@osallistu/core';

/** Results layout: question sections, bar charts and their tables (shared parts in core). */
export const surveyResultsStyles = [
  chartStyles,
  css`
    .heading {
      margin: 0 0 var(--_o-space-2);
      font-weight: 700;
    }
    .heading.h1 {
      font-size: 1.25em;
    }
    .heading.h2 {
      font-size: 1.1em;
    }
    .question {
      margin-top: var(--_o-space-3);
      padding-top: var(--_o-space-2);
      border-top: 1px solid var(--_o-border);
    }
    .meta,
    .hint {
      color: var(--_o-muted);
      margin: 0 0 var(--_o-space-1);
    }
    .summary {
      font-weight: 600;
    }
    .chart {
      display: block;
    }
    .chart .label,
    .chart .value {
      font-size: 13px;
    }
    .chart rect {
      fill: var(--_o-primary);
    }
    table {
      max-width: 40rem;
    }
    th[scope='row'] {
      font-weight: 400;
    }
    @media (forced-colors: active) {
      .chart rect {
        fill: CanvasText;
      }
    }
  `,
];
