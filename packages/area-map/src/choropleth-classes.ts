/**
 * Five quantile classes for a choropleth, light (less) to dark (more), from a colour-blind-safe
 * sequential palette (ColorBrewer PuBu). Every class shows its range in the legend as text.
 *
 * @example choroplethClasses([1, 2, 3, 4, 5]).classOf(4) // 3
 */
export const choroplethColors = ['#f1eef6', '#bdc9e1', '#74a9cf', '#2b8cbe', '#045a8d'] as const;

export interface ChoroplethClasses {
  /** [from, to] of each class (inclusive), in order; fewer than five when values are few. */
  ranges: [number, number][];
  classOf(value: number): number;
}

export function choroplethClasses(values: number[]): ChoroplethClasses {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return { ranges: [], classOf: () => 0 };
  const count = Math.min(choroplethColors.length, new Set(sorted).size);
  const breaks: number[] = [];
  for (let k = 1; k < count; k++) breaks.push(sorted[Math.floor((k * sorted.length) / count)]!);
  const uniqueBreaks = [...new Set(breaks)].filter((b) => b > sorted[0]!);
  const ranges: [number, number][] = [];
  let from = sorted[0]!;
  for (const b of uniqueBreaks) {
    const inside = sorted.filter((v) => v >= from && v < b);
    if (inside.length > 0) ranges.push([from, inside[inside.length - 1]!]);
    from = b;
  }
  ranges.push([from, sorted[sorted.length - 1]!]);
  return {
    ranges,
    classOf: (value) => {
      const index = ranges.findIndex(([, to]) => value <= to);
      return index === -1 ? ranges.length - 1 : index;
    },
  };
}
