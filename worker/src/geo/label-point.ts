/**
 * A point inside an area for its label and its default pin: the area-weighted centroid of the
 * largest polygon when that lies inside, else the middle of the widest inside stretch of the
 * horizontal line through the polygon's middle.
 */
import type { AreaGeometry, Point } from '@osallistu/contract';
import { pointInGeometry } from '@osallistu/contract/point-in-geometry.js';

function ringArea(ring: number[][]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += ring[j]![0]! * ring[i]![1]! - ring[i]![0]! * ring[j]![1]!;
  return sum / 2;
}

export function labelPoint(geometry: AreaGeometry): Point {
  const polygons = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) as number[][][][];
  const largest = polygons.reduce((best, p) => (Math.abs(ringArea(p[0]!)) > Math.abs(ringArea(best[0]!)) ? p : best));
  const outer = largest[0]!;
  const a = ringArea(outer);
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = outer.length - 1; i < outer.length; j = i++) {
    const f = outer[j]![0]! * outer[i]![1]! - outer[i]![0]! * outer[j]![1]!;
    cx += (outer[j]![0]! + outer[i]![0]!) * f;
    cy += (outer[j]![1]! + outer[i]![1]!) * f;
  }
  if (a !== 0) {
    cx /= 6 * a;
    cy /= 6 * a;
    if (pointInGeometry(cx, cy, geometry)) return { type: 'Point', coordinates: [round(cx), round(cy)] };
  }
  const ys = outer.map((p) => p[1]!);
  const y = (Math.min(...ys) + Math.max(...ys)) / 2;
  const xs: number[] = [];
  for (let i = 0, j = outer.length - 1; i < outer.length; j = i++) {
    const [xi, yi] = outer[i] as [number, number];
    const [xj, yj] = outer[j] as [number, number];
    if (yi > y !== yj > y) xs.push(((xj - xi) * (y - yi)) / (yj - yi) + xi);
  }
  xs.sort((p, q) => p - q);
  let best: [number, number] = [outer[0]![0]!, outer[0]![1]!];
  let width = -1;
  for (let i = 0; i + 1 < xs.length; i += 2) {
    if (xs[i + 1]! - xs[i]! > width) {
      width = xs[i + 1]! - xs[i]!;
      best = [(xs[i]! + xs[i + 1]!) / 2, y];
    }
  }
  return { type: 'Point', coordinates: [round(best[0]), round(best[1])] };
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;
