/**
 * The tenant's map settings: tile layer (OpenStreetMap unless set; null = none) and boundary.
 */
import type { AreaGeometry, MapSettings, MapSettingsInput } from '@osallistu/contract';

export const defaultTiles = {
  url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
  attribution: '© OpenStreetMap contributors',
  maxZoom: 19,
} as const;

interface Row {
  tiles: string | null;
  boundary: string | null;
  data_attribution: string;
}

export async function getMapSettings(db: D1Database, tenantId: string): Promise<MapSettings> {
  const row = await db.prepare('SELECT tiles, boundary, data_attribution FROM area_map_settings WHERE tenant_id = ?1').bind(tenantId).first<Row>();
  if (!row) return { tiles: { ...defaultTiles }, boundary: null, dataAttribution: '' };
  return {
    tiles: row.tiles === null ? null : (JSON.parse(row.tiles) as MapSettings['tiles']),
    boundary: row.boundary === null ? null : (JSON.parse(row.boundary) as AreaGeometry),
    dataAttribution: row.data_attribution,
  };
}

export async function putMapSettings(db: D1Database, tenantId: string, input: MapSettingsInput & { dataAttribution?: string }, at: string): Promise<void> {
  await db
    .prepare(
      `INSERT INTO area_map_settings (tenant_id, tiles, boundary, data_attribution, updated_at) VALUES (?1, ?2, ?3, ?4, ?5)
       ON CONFLICT (tenant_id) DO UPDATE SET tiles = excluded.tiles, boundary = excluded.boundary,
         data_attribution = excluded.data_attribution, updated_at = excluded.updated_at`,
    )
    .bind(tenantId, input.tiles ? JSON.stringify(input.tiles) : null, input.boundary ? JSON.stringify(input.boundary) : null, input.dataAttribution ?? '', at)
    .run();
}
