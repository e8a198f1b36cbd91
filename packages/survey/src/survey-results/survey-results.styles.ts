import { css } from 'lit';

/** Results layout: question sections, bar charts and their tables. */
export const surveyResultsStyles = css`
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
    width: 100%;
    max-width: 40rem;
    height: auto;
    margin: var(--_o-space-2) 0;
  }
  .chart .label,
  .chart .value {
    font-size: 13px;
    fill: currentColor;
  }
  .chart rect {
    fill: var(--_o-primary);
  }
  .scroll {
    overflow-x: auto;
    max-width: 100%;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    max-width: 40rem;
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
  th[scope='row'] {
    font-weight: 400;
  }
  .num {
    text-align: right;
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    .chart rect {
      fill: CanvasText;
    }
  }
`;
