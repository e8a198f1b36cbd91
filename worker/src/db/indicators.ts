/**
 * Per-area indicators (needs assessment): definitions and values, and the need index components.
 */
import type { Indicator, IndicatorInput, LocalizedText, NeedIndexComponent } from '@osallistu/contract';
import type { IndicatorValues } from '../needs/need-index.js';

export async function putIndicator(db: D1Database, tenantId: string, input: IndicatorInput): Promise<boolean> {
  const existed = await db.prepare('SELECT 1 AS ok FROM area_indicators WHERE tenant_id = ?1 AND id = ?2').bind(tenantId, input.id).first();
  await db
    .prepare(
      `INSERT INTO area_indicators (tenant_id, id, name, unit) VALUES (?1, ?2, ?3, ?4)
       ON CONFLICT (tenant_id, id) DO UPDATE SET name = excluded.name, unit = excluded.unit`,
    )
    .bind(tenantId, input.id, JSON.stringify(input.name), input.unit)
    .run();
  return existed === null;
}

export async function listIndicatorIds(db: D1Database, tenantId: string): Promise<string[]> {
  const { results } = await db.prepare('SELECT id FROM area_indicators WHERE tenant_id = ?1').bind(tenantId).all<{ id: string }>();
  return results.map((r) => r.id);
}

export async function listIndicators(db: D1Database, tenantId: string): Promise<Indicator[]> {
  const [defs, values] = await db.batch<Record<string, unknown>>([
    db.prepare('SELECT id, name, unit FROM area_indicators WHERE tenant_id = ?1 ORDER BY id').bind(tenantId),
    db.prepare('SELECT indicator_id, area_id, value FROM area_indicator_values WHERE tenant_id = ?1 ORDER BY area_id').bind(tenantId),
  ]);
  const byId = new Map<string, Indicator>();
  for (const row of defs!.results as { id: string; name: string; unit: string }[]) {
    byId.set(row.id, { id: row.id, name: JSON.parse(row.name) as LocalizedText, unit: row.unit, values: {} });
  }
  for (const row of values!.results as { indicator_id: string; area_id: string; value: number }[]) {
    const indicator = byId.get(row.indicator_id);
    if (indicator) indicator.values[row.area_id] = row.value;
  }
  return [...byId.values()];
}

/** Replaces the given values (area × indicator) in one batch: all or nothing. */
export async function putIndicatorValues(db: D1Database, tenantId: string, values: { indicator: string; area: string; value: number | null }[]): Promise<void> {
  if (values.length === 0) return;
  const upsert = db.prepare(
    `INSERT INTO area_indicator_values (tenant_id, indicator_id, area_id, value) VALUES (?1, ?2, ?3, ?4)
     ON CONFLICT (tenant_id, indicator_id, area_id) DO UPDATE SET value = excluded.value`,
  );
  const remove = db.prepare('DELETE FROM area_indicator_values WHERE tenant_id = ?1 AND indicator_id = ?2 AND area_id = ?3');
  await db.batch(values.map((v) => (v.value === null ? remove.bind(tenantId, v.indicator, v.area) : upsert.bind(tenantId, v.indicator, v.area, v.value))));
}

export function valuesByIndicator(indicators: Indicator[]): IndicatorValues {
  return Object.fromEntries(indicators.map((i) => [i.id, i.values]));
}

export async function getNeedIndexComponents(db: D1Database, tenantId: string): Promise<NeedIndexComponent[]> {
  const { results } = await db
    .prepare('SELECT indicator_id, weight, direction FROM need_index_components WHERE tenant_id = ?1 ORDER BY position')
    .bind(tenantId)
    .all<{ indicator_id: string; weight: number; direction: NeedIndexComponent['direction'] }>();
  return results.map((r) => ({ indicator: r.indicator_id, weight: r.weight, direction: r.direction }));
}

export async function putNeedIndexComponents(db: D1Database, tenantId: string, components: NeedIndexComponent[]): Promise<void> {
  const insert = db.prepare('INSERT INTO need_index_components (tenant_id, indicator_id, weight, direction, position) VALUES (?1, ?2, ?3, ?4, ?5)');
  await db.batch([
    db.prepare('DELETE FROM need_index_components WHERE tenant_id = ?1').bind(tenantId),
    ...components.map((c, i) => insert.bind(tenantId, c.indicator, c.weight, c.direction, i + 1)),
  ]);
}
