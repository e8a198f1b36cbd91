/**
 * Areas of a tenant: GeoJSON polygons with names in fi/sv/en, population and a label point.
 */
import type { Area, AreaGeometry, AreaInput, LocalizedText } from '@osallistu/contract';

interface Row {
  id: string;
  name_fi: string;
  name_sv: string | null;
  name_en: string | null;
  population: number | null;
  label_lon: number | null;
  label_lat: number | null;
  geometry?: string;
}

function toArea(row: Row): Area {
  const name: LocalizedText = { fi: row.name_fi };
  if (row.name_sv) name.sv = row.name_sv;
  if (row.name_en) name.en = row.name_en;
  const area: Area = {
    id: row.id,
    name,
    population: row.population,
    labelPoint: row.label_lon === null || row.label_lat === null ? null : { type: 'Point', coordinates: [row.label_lon, row.label_lat] },
  };
  if (row.geometry !== undefined) area.geometry = JSON.parse(row.geometry) as AreaGeometry;
  return area;
}

export async function listAreas(db: D1Database, tenantId: string, withGeometry: boolean): Promise<Area[]> {
  const columns = 'id, name_fi, name_sv, name_en, population, label_lon, label_lat' + (withGeometry ? ', geometry' : '');
  const { results } = await db
    .prepare(`SELECT ${columns} FROM areas WHERE tenant_id = ?1 ORDER BY name_fi, id`)
    .bind(tenantId)
    .all<Row>();
  return results.map(toArea);
}

export async function areaExists(db: D1Database, tenantId: string, id: string): Promise<boolean> {
  const row = await db.prepare('SELECT 1 AS ok FROM areas WHERE tenant_id = ?1 AND id = ?2').bind(tenantId, id).first();
  return row !== null;
}

/** Creates or replaces an area; returns whether it was created. */
export async function putArea(db: D1Database, tenantId: string, input: AreaInput): Promise<boolean> {
  const existed = await areaExists(db, tenantId, input.id);
  await db
    .prepare(
      `INSERT INTO areas (tenant_id, id, name_fi, name_sv, name_en, population, geometry, label_lon, label_lat)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
       ON CONFLICT (tenant_id, id) DO UPDATE SET name_fi = excluded.name_fi, name_sv = excluded.name_sv,
         name_en = excluded.name_en, population = excluded.population, geometry = excluded.geometry,
         label_lon = excluded.label_lon, label_lat = excluded.label_lat`,
    )
    .bind(
      tenantId,
      input.id,
      input.name.fi,
      input.name.sv || null,
      input.name.en || null,
      input.population,
      JSON.stringify(input.geometry),
      input.labelPoint?.coordinates[0] ?? null,
      input.labelPoint?.coordinates[1] ?? null,
    )
    .run();
  return !existed;
}

export async function getArea(db: D1Database, tenantId: string, id: string): Promise<Area | null> {
  const row = await db
    .prepare('SELECT id, name_fi, name_sv, name_en, population, label_lon, label_lat, geometry FROM areas WHERE tenant_id = ?1 AND id = ?2')
    .bind(tenantId, id)
    .first<Row>();
  return row ? toArea(row) : null;
}
