import { css } from 'lit';

/**
 * What the results widgets' bar charts (an SVG with `.label` and `.value` texts) and their data
 * tables (in a `.scroll` box, numbers in `.num` cells) share. Each widget adds its own bar colours,
 * label size and table width after these.
 */
export const chartStyles = css`
  .chart {
    width: 100%;
    max-width: 40rem;
    height: auto;
    margin: var(--_o-space-2) 0;
  }
  .chart .label,
  .chart .value {
    fill: currentColor;
  }
  .scroll {
    overflow-x: auto;
    max-width: 100%;
  }
  table {
    border-collapse: collapse;
    width: 100%;
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
`;
