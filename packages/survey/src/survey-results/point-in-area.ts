/**
 * Point-in-polygon (even-odd ray casting, holes count; `[longitude, latitude]`), to count map
 * answers per area. The same rule as the area map's; a copy, because widgets do not import widgets.
 */
import type { AreaGeometry } from '@osallistu/contract';

function inRing(x: number, y: number, ring: number[][]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export function pointInArea(lon: number, lat: number, geometry: AreaGeometry): boolean {
  const polygons = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) as number[][][][];
  return polygons.some(([outer, ...holes]) => outer !== undefined && inRing(lon, lat, outer) && !holes.some((h) => inRing(lon, lat, h)));
}
