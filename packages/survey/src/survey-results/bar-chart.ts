import { svg, type TemplateResult } from 'lit';

/** One bar: its label, its length (any unit ≥ 0) and the text printed after it. */
export interface Bar {
  label: string;
  value: number;
  text: string;
}

const rowHeight = 24;
const labelWidth = 230;
const barSpace = 270;

/**
 * Horizontal SVG bars. The chart is one image (`role="img"`, labelled by the caller); the same
 * numbers are always in a table beside it, so nothing is only in the picture.
 */
export function barChart(bars: Bar[], label: string): TemplateResult {
  const max = Math.max(0, ...bars.map((b) => b.value));
  const height = bars.length * rowHeight + 4;
  return svg`<svg part="chart" class="chart" viewBox="0 0 600 ${height}" role="img" aria-label=${label} preserveAspectRatio="xMinYMin meet">
    ${bars.map((b, i) => {
      const y = i * rowHeight + 2;
      const width = max > 0 ? Math.max(b.value > 0 ? 2 : 0, (b.value / max) * barSpace) : 0;
      const name = b.label.length > 32 ? `${b.label.slice(0, 31)}…` : b.label;
      return svg`<g>
        <text x="0" y=${y + 16} class="label">${name}</text>
        <rect x=${labelWidth} y=${y + 4} width=${width} height="15"></rect>
        <text x=${labelWidth + width + 6} y=${y + 16} class="value">${b.text}</text>
      </g>`;
    })}
  </svg>`;
}
