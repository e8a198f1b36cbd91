/**
 * Checks an area geometry before it is stored: GeoJSON Polygon or MultiPolygon in WGS84
 * (longitude −180…180, latitude −90…90, so projected metres such as EPSG:3067 are refused), closed
 * rings of at least four positions, and no ring that crosses or touches itself or another ring of
 * the same polygon. Returns English messages, empty when the geometry is fine.
 *
 * @example geometryProblems({ type: 'Polygon', coordinates: [[[0,0],[1,1],[1,0],[0,1],[0,0]]] })
 *   // ['polygon 0: rings cross at segment 0 of ring 0 and segment 2 of ring 0 (self-intersection)']
 */
import type { AreaGeometry } from '@osallistu/contract';

type Position = [number, number];

interface Segment {
  ring: number;
  index: number;
  count: number;
  a: Position;
  b: Position;
  minX: number;
  maxX: number;
}

const isPosition = (value: unknown): value is Position =>
  Array.isArray(value) && value.length >= 2 && typeof value[0] === 'number' && typeof value[1] === 'number' && Number.isFinite(value[0]) && Number.isFinite(value[1]);

function orientation(p: Position, q: Position, r: Position): number {
  const value = (q[1] - p[1]) * (r[0] - q[0]) - (q[0] - p[0]) * (r[1] - q[1]);
  return Math.abs(value) < 1e-15 ? 0 : value > 0 ? 1 : 2;
}

function onSegment(p: Position, q: Position, r: Position): boolean {
  return q[0] <= Math.max(p[0], r[0]) && q[0] >= Math.min(p[0], r[0]) && q[1] <= Math.max(p[1], r[1]) && q[1] >= Math.min(p[1], r[1]);
}

/** Whether segments p1q1 and p2q2 share any point (crossing, touching or overlapping). */
export function segmentsIntersect(p1: Position, q1: Position, p2: Position, q2: Position): boolean {
  const o1 = orientation(p1, q1, p2);
  const o2 = orientation(p1, q1, q2);
  const o3 = orientation(p2, q2, p1);
  const o4 = orientation(p2, q2, q1);
  if (o1 !== o2 && o3 !== o4) return true;
  if (o1 === 0 && onSegment(p1, p2, q1)) return true;
  if (o2 === 0 && onSegment(p1, q2, q1)) return true;
  if (o3 === 0 && onSegment(p2, p1, q2)) return true;
  if (o4 === 0 && onSegment(p2, q1, q2)) return true;
  return false;
}

/** Consecutive duplicate positions removed (they make zero-length segments). */
function dedupe(ring: Position[]): Position[] {
  return ring.filter((p, i) => i === 0 || p[0] !== ring[i - 1]![0] || p[1] !== ring[i - 1]![1]);
}

/** The first pair of non-adjacent segments of the polygon's rings that meet, or null. */
function firstIntersection(rings: Position[][]): [Segment, Segment] | null {
  const segments: Segment[] = [];
  rings.forEach((raw, ring) => {
    const points = dedupe(raw);
    const count = points.length - 1;
    for (let index = 0; index < count; index++) {
      const a = points[index]!;
      const b = points[index + 1]!;
      segments.push({ ring, index, count, a, b, minX: Math.min(a[0], b[0]), maxX: Math.max(a[0], b[0]) });
    }
  });
  // Sweep along x: only segments whose x-ranges overlap can meet.
  segments.sort((s, t) => s.minX - t.minX);
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i]!;
    for (let j = i + 1; j < segments.length && segments[j]!.minX <= s.maxX; j++) {
      const t = segments[j]!;
      if (s.ring === t.ring) {
        const gap = Math.abs(s.index - t.index);
        if (gap === 1 || gap === s.count - 1) continue; // neighbours share an end point
      }
      if (Math.max(s.a[1], s.b[1]) < Math.min(t.a[1], t.b[1]) || Math.max(t.a[1], t.b[1]) < Math.min(s.a[1], s.b[1])) continue;
      if (segmentsIntersect(s.a, s.b, t.a, t.b)) return s.ring < t.ring || (s.ring === t.ring && s.index < t.index) ? [s, t] : [t, s];
    }
  }
  return null;
}

function polygonProblems(polygon: unknown, label: string): string[] {
  if (!Array.isArray(polygon) || polygon.length === 0) return [`${label}: a polygon needs at least one ring`];
  const problems: string[] = [];
  polygon.forEach((ring: unknown, r) => {
    if (!Array.isArray(ring) || ring.length < 4) {
      problems.push(`${label}, ring ${r}: a ring needs at least 4 positions`);
      return;
    }
    const bad = ring.findIndex((p) => !isPosition(p));
    if (bad >= 0) {
      problems.push(`${label}, ring ${r}, position ${bad}: not a [longitude, latitude] pair of numbers`);
      return;
    }
    const outside = (ring as Position[]).findIndex(([x, y]) => x < -180 || x > 180 || y < -90 || y > 90);
    if (outside >= 0) {
      problems.push(`${label}, ring ${r}, position ${outside}: outside WGS84 longitude/latitude (is the file projected?)`);
      return;
    }
    const first = ring[0] as Position;
    const last = ring[ring.length - 1] as Position;
    if (first[0] !== last[0] || first[1] !== last[1]) problems.push(`${label}, ring ${r}: not closed (first and last positions differ)`);
    else if (dedupe(ring as Position[]).length < 4) problems.push(`${label}, ring ${r}: fewer than 3 distinct corners`);
  });
  if (problems.length > 0) return problems;
  const hit = firstIntersection(polygon as Position[][]);
  if (hit) {
    const [s, t] = hit;
    problems.push(`${label}: self-intersection between ring ${s.ring} segment ${s.index} and ring ${t.ring} segment ${t.index}`);
  }
  return problems;
}

export function geometryProblems(geometry: unknown): string[] {
  if (typeof geometry !== 'object' || geometry === null) return ['geometry is missing'];
  const { type, coordinates } = geometry as { type?: unknown; coordinates?: unknown };
  if (type === 'Polygon') return polygonProblems(coordinates, 'polygon');
  if (type === 'MultiPolygon') {
    if (!Array.isArray(coordinates) || coordinates.length === 0) return ['multipolygon: needs at least one polygon'];
    return coordinates.flatMap((polygon: unknown, i) => polygonProblems(polygon, `polygon ${i}`));
  }
  return [`geometry type must be Polygon or MultiPolygon, not ${JSON.stringify(type ?? null)}`];
}

/** Narrowing helper for code that has just checked `geometryProblems(g).length === 0`. */
export function asAreaGeometry(geometry: unknown): AreaGeometry {
  const { type, coordinates } = geometry as AreaGeometry;
  return { type, coordinates } as AreaGeometry;
}
