/**
 * The need index (docs/api.md, "Need index"): for each chosen indicator i, the values of the areas
 * that have every chosen indicator are standardised, z = (x − mean) / sd (population standard
 * deviation; z = 0 when every area has the same value), given the direction's sign d (+1 when a
 * higher value means more need, −1 otherwise), and combined as the weighted mean
 *
 *     score(area) = Σ wᵢ · dᵢ · zᵢ(area) / Σ wᵢ
 *
 * Areas are ranked by score, highest (most need) first; equal scores share a rank (1, 2, 2, 4)
 * and are listed by area id. Areas missing a value are listed after the ranked ones, unranked.
 *
 * @example needIndex([{ indicator: 'u', weight: 1, direction: 'higher-is-more-need' }], { u: { a: 1, b: 3 } })
 *   // { areas: [{ areaId: 'b', score: 1, rank: 1, … }, { areaId: 'a', score: -1, rank: 2, … }] }
 */
import type { NeedIndex, NeedIndexArea, NeedIndexComponent } from '@osallistu/contract';

/** Values by indicator id, then by area id. */
export type IndicatorValues = Record<string, Record<string, number>>;

export function needIndex(components: NeedIndexComponent[], values: IndicatorValues, areaIds?: string[]): NeedIndex {
  const all = areaIds ?? [...new Set(components.flatMap((c) => Object.keys(values[c.indicator] ?? {})))];
  const complete = all.filter((area) => components.every((c) => values[c.indicator]?.[area] !== undefined));
  const stats = new Map<string, { mean: number; sd: number }>();
  for (const c of components) {
    const xs = complete.map((area) => values[c.indicator]![area]!);
    const mean = xs.reduce((s, x) => s + x, 0) / (xs.length || 1);
    const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (xs.length || 1));
    stats.set(c.indicator, { mean, sd });
  }
  const totalWeight = components.reduce((s, c) => s + c.weight, 0);
  const rows: NeedIndexArea[] = all.map((areaId) => {
    const z: Record<string, number | null> = {};
    for (const c of components) {
      const x = values[c.indicator]?.[areaId];
      const { mean, sd } = stats.get(c.indicator)!;
      const sign = c.direction === 'higher-is-more-need' ? 1 : -1;
      z[c.indicator] = x === undefined || !complete.includes(areaId) ? null : sd === 0 ? 0 : round((sign * (x - mean)) / sd);
    }
    const ok = complete.includes(areaId);
    const score = ok ? round(components.reduce((s, c) => s + c.weight * (z[c.indicator] ?? 0), 0) / totalWeight) : null;
    return { areaId, score, rank: null, z };
  });
  const ranked = rows.filter((r) => r.score !== null).sort((a, b) => b.score! - a.score! || a.areaId.localeCompare(b.areaId));
  ranked.forEach((row, i) => {
    const previous = ranked[i - 1];
    row.rank = previous && previous.score === row.score ? previous.rank : i + 1;
  });
  const unranked = rows.filter((r) => r.score === null).sort((a, b) => a.areaId.localeCompare(b.areaId));
  return { components, areas: [...ranked, ...unranked] };
}

/** Six decimals: enough for ranking, and stable in JSON. */
const round = (n: number) => Math.round(n * 1e6) / 1e6 + 0; // + 0 turns −0 into 0
