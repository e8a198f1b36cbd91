/**
 * Counts code points, not UTF-16 units, so limits match what a resident sees. A module of its own
 * (no valibot), so a widget's character counter does not pull in the schemas.
 */
export function textLength(value: string): number {
  let n = 0;
  for (const _ of value) n++;
  return n;
}
