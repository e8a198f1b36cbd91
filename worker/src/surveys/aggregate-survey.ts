/**
 * Per-question aggregates of the responses to one survey version (pure; the route loads rows).
 * Numbers are rounded to two decimals, percentages to one.
 */
import type { SurveyDefinition, SurveyQuestionResult, SurveyResults } from '@osallistu/contract';
import type { StoredResponse } from '../db/surveys.js';

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

function mean(values: number[]): number | null {
  return values.length === 0 ? null : round(values.reduce((a, b) => a + b, 0) / values.length, 2);
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return round(s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2, 2);
}

function counts(ids: string[], hits: Map<string, number>, answered: number) {
  return ids.map((id) => {
    const count = hits.get(id) ?? 0;
    return { id, count, percent: answered === 0 ? 0 : round((count * 100) / answered, 1) };
  });
}

export function aggregateSurvey(
  surveyId: string,
  version: number,
  definition: SurveyDefinition,
  responses: StoredResponse[],
  options: { staff: boolean; areaIds?: string[] },
): SurveyResults {
  const questions: SurveyQuestionResult[] = [];
  for (const page of definition.pages) {
    for (const q of page.questions) {
      if (q.type === 'info') continue;
      const given = responses.filter((r) => r.answers[q.id] !== undefined).map((r) => ({ id: r.id, a: r.answers[q.id] as unknown }));
      const answered = given.length;
      const result: SurveyQuestionResult = { id: q.id, type: q.type, answered };
      const hits = new Map<string, number>();
      const hit = (id: string) => hits.set(id, (hits.get(id) ?? 0) + 1);
      switch (q.type) {
        case 'short-text':
        case 'long-text':
        case 'date':
          if (options.staff) result.texts = given.map((g) => String(g.a));
          break;
        case 'single-choice': {
          const others: string[] = [];
          for (const g of given) {
            if (typeof g.a === 'string') hit(g.a);
            else {
              hit('other');
              others.push((g.a as { other: string }).other);
            }
          }
          result.counts = counts([...q.options.map((o) => o.id), ...(q.allowOther ? ['other'] : [])], hits, answered);
          if (options.staff && q.allowOther) result.texts = others;
          break;
        }
        case 'multiple-choice':
          for (const g of given) for (const id of g.a as string[]) hit(id);
          result.counts = counts(q.options.map((o) => o.id), hits, answered);
          break;
        case 'scale': {
          const values = given.map((g) => g.a as number);
          for (const value of values) hit(String(value));
          const [min, max] = q.scale === '1-5' ? [1, 5] : [0, 10];
          result.counts = counts(Array.from({ length: max - min + 1 }, (_, i) => String(min + i)), hits, answered);
          result.mean = mean(values);
          result.median = median(values);
          break;
        }
        case 'number': {
          const values = given.map((g) => g.a as number);
          result.mean = mean(values);
          result.median = median(values);
          break;
        }
        case 'ranking': {
          const n = q.options.length;
          result.scores = q.options
            .map((o) => {
              const positions = given.map((g) => (g.a as string[]).indexOf(o.id)).filter((i) => i >= 0);
              return { id: o.id, score: positions.reduce((s, i) => s + (n - i), 0), meanPosition: positions.length ? round(positions.reduce((s, i) => s + i + 1, 0) / positions.length, 2) : 0 };
            })
            .sort((a, b) => b.score - a.score);
          break;
        }
        case 'budget':
          result.averages = q.items.map((item) => ({
            id: item.id,
            average: answered === 0 ? 0 : round(given.reduce((s, g) => s + ((g.a as Record<string, number>)[item.id] ?? 0), 0) / answered, 2),
          }));
          break;
        case 'map':
          if (q.mode === 'area') {
            for (const g of given) hit(g.a as string);
            const ids = options.areaIds ?? [...hits.keys()].sort();
            result.counts = counts(ids, hits, answered);
          } else {
            result.geojson = {
              type: 'FeatureCollection',
              features: given.map((g) => ({
                type: 'Feature',
                geometry: { type: 'Point', coordinates: (g.a as { coordinates: [number, number] }).coordinates },
                properties: { responseId: g.id },
              })),
            };
          }
          break;
      }
      questions.push(result);
    }
  }
  return { surveyId, version, responses: responses.length, questions };
}
