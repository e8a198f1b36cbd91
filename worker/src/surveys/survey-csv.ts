/**
 * CSV export of one survey version for staff: UTF-8 with a BOM (Excel), one row per response, one
 * column per answer field — multiple choice one 0/1 column per option, ranking one position column
 * per option, budget one column per item, map points lon and lat, "other, what?" its own column.
 * Comma-separated by default, or `;` with decimal commas for Excel with Finnish settings (lib/csv).
 */
import type { SurveyDefinition } from '@osallistu/contract';
import type { StoredResponse } from '../db/surveys.js';
import { formatCsv, type CsvSeparator, type CsvValue } from '../lib/csv.js';

type Column = { name: string; value: (a: unknown) => string | number | null };

function columnsOf(definition: SurveyDefinition): Column[] {
  const columns: Column[] = [];
  for (const page of definition.pages) {
    for (const q of page.questions) {
      switch (q.type) {
        case 'info':
          break;
        case 'single-choice':
          columns.push({ name: q.id, value: (a) => (typeof a === 'string' ? a : a === undefined ? null : 'other') });
          if (q.allowOther) columns.push({ name: `${q.id}.other`, value: (a) => (a && typeof a === 'object' ? (a as { other: string }).other : null) });
          break;
        case 'multiple-choice':
          for (const o of q.options) columns.push({ name: `${q.id}.${o.id}`, value: (a) => (Array.isArray(a) ? (a.includes(o.id) ? 1 : 0) : null) });
          break;
        case 'ranking':
          for (const o of q.options) columns.push({ name: `${q.id}.${o.id}`, value: (a) => (Array.isArray(a) ? a.indexOf(o.id) + 1 : null) });
          break;
        case 'budget':
          for (const item of q.items) columns.push({ name: `${q.id}.${item.id}`, value: (a) => (a && typeof a === 'object' ? ((a as Record<string, number>)[item.id] ?? 0) : null) });
          break;
        case 'map':
          if (q.mode === 'area') columns.push({ name: q.id, value: (a) => (typeof a === 'string' ? a : null) });
          else {
            const coord = (i: number) => (a: unknown) => (a && typeof a === 'object' ? (a as { coordinates: number[] }).coordinates[i] ?? null : null);
            columns.push({ name: `${q.id}.lon`, value: coord(0) }, { name: `${q.id}.lat`, value: coord(1) });
          }
          break;
        default:
          columns.push({ name: q.id, value: (a) => (a === undefined ? null : (a as string | number)) });
      }
    }
  }
  return columns;
}

export function surveyCsv(definition: SurveyDefinition, responses: StoredResponse[], separator: CsvSeparator = ','): string {
  const columns = columnsOf(definition);
  const rows: CsvValue[][] = [['response', 'createdAt', ...columns.map((c) => c.name)]];
  for (const r of responses) rows.push([r.id, r.createdAt, ...columns.map((c) => c.value(r.answers[c.name.split('.')[0]!]))]);
  return formatCsv(rows, { separator });
}
