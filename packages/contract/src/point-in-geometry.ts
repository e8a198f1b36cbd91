/**
 * Point-in-polygon for area geometries (even-odd ray casting; holes count), with a bounding box
 * for a cheap first test. Coordinates are WGS84 `[longitude, latitude]`, treated as planar, which
 * is exact enough at the scale of a city's areas. One implementation for the API (which decides an
 * idea's area) and the widgets (the area map's hover, the survey results' per-area counts), so
 * they agree; no valibot here, so a widget importing it pulls in nothing else.
 *
 * @example pointInGeometry(27.678, 62.892, area.geometry) // true for 70100 Kuopio
 */
import type { AreaGeometry } from './geo.js';

export type BBox = [minLon: number, minLat: number, maxLon: number, maxLat: number];

function polygonsOf(geometry: AreaGeometry): number[][][][] {
  return (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) as number[][][][];
}

export function bboxOf(geometry: AreaGeometry): BBox {
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const polygon of polygonsOf(geometry)) {
    for (const [x, y] of polygon[0] ?? []) {
      box[0] = Math.min(box[0], x!);
      box[1] = Math.min(box[1], y!);
      box[2] = Math.max(box[2], x!);
      box[3] = Math.max(box[3], y!);
    }
  }
  return box;
}

function inRing(x: number, y: number, ring: number[][]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export function pointInGeometry(lon: number, lat: number, geometry: AreaGeometry, box: BBox = bboxOf(geometry)): boolean {
  if (lon < box[0] || lon > box[2] || lat < box[1] || lat > box[3]) return false;
  for (const polygon of polygonsOf(geometry)) {
    const [outer, ...holes] = polygon;
    if (outer && inRing(lon, lat, outer) && !holes.some((hole) => inRing(lon, lat, hole))) return true;
  }
  return false;
}
