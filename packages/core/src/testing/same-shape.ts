/**
 * Lists what differs in shape between two dictionaries: keys missing on either side, values of a
 * different type, and strings or string-returning functions that are empty.
 */
export function shapeDifferences(a: unknown, b: unknown, path = ''): string[] {
  const problems: string[] = [];
  if (typeof a !== typeof b) return [`${path}: ${typeof a} vs ${typeof b}`];
  if (typeof a === 'string') return a.trim() && (b as string).trim() ? [] : [`${path}: empty`];
  if (typeof a === 'function') {
    for (const n of [0, 1, 2, 120]) {
      const x = (a as (n: number, m: boolean) => unknown)(n, true);
      const y = (b as (n: number, m: boolean) => unknown)(n, true);
      if (typeof x !== 'string' || typeof y !== 'string' || !x.trim() || !y.trim()) problems.push(`${path}(${n}): not a text`);
    }
    return problems;
  }
  if (a && typeof a === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b as object)]);
    for (const key of keys) {
      const next = path ? `${path}.${key}` : key;
      if (!(key in (a as object))) problems.push(`${next}: missing on the left`);
      else if (!(key in (b as object))) problems.push(`${next}: missing on the right`);
      else problems.push(...shapeDifferences((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], next));
    }
  }
  return problems;
}
