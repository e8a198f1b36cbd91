/**
 * Grid clustering of pins in screen pixels: points that fall in the same `cellSize` square at the
 * current zoom become one cluster at their mean position. Deterministic, linear time; enough for
 * thousands of pins (the map redraws clusters on every zoom).
 *
 * @example gridCluster([{ x: 1, y: 1, item: 'a' }, { x: 5, y: 3, item: 'b' }], 60) // one cluster of 2
 */
export interface ClusterInput<T> {
  x: number;
  y: number;
  item: T;
}

export interface Cluster<T> {
  x: number;
  y: number;
  items: T[];
}

export function gridCluster<T>(points: ClusterInput<T>[], cellSize: number): Cluster<T>[] {
  const cells = new Map<string, { sx: number; sy: number; items: T[] }>();
  for (const p of points) {
    const key = `${Math.floor(p.x / cellSize)}:${Math.floor(p.y / cellSize)}`;
    let cell = cells.get(key);
    if (!cell) cells.set(key, (cell = { sx: 0, sy: 0, items: [] }));
    cell.sx += p.x;
    cell.sy += p.y;
    cell.items.push(p.item);
  }
  return [...cells.values()].map((c) => ({ x: c.sx / c.items.length, y: c.sy / c.items.length, items: c.items }));
}
