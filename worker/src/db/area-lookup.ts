/**
 * Which area a point is in (point-in-polygon over the tenant's area geometries) and whether it is
 * inside the tenant's boundary (true when no boundary is set).
 */
import type { AreaGeometry, AreaLookup } from '@osallistu/contract';
import { pointInGeometry } from '@osallistu/contract/point-in-geometry.js';
import { getMapSettings } from './map-settings.js';

export async function lookupArea(db: D1Database, tenantId: string, lon: number, lat: number): Promise<AreaLookup> {
  const [{ results }, settings] = await Promise.all([
    db.prepare('SELECT id, geometry FROM areas WHERE tenant_id = ?1 ORDER BY id').bind(tenantId).all<{ id: string; geometry: string }>(),
    getMapSettings(db, tenantId),
  ]);
  const hit = results.find((row) => pointInGeometry(lon, lat, JSON.parse(row.geometry) as AreaGeometry));
  const insideBoundary = settings.boundary ? pointInGeometry(lon, lat, settings.boundary) : true;
  return { areaId: hit?.id ?? null, insideBoundary };
}
