import type { TieKey, TieMode } from './tally-result.js';
import type { Rational } from './rational.js';

/** What the tie-break looks at for one project. */
export interface TieFacts {
  id: string;
  votes: number;
  cost: Rational;
}

/**
 * Orders tied projects: negative when `a` goes first. With `default`: more votes, then lower
 * cost, then smaller id (string comparison); with `id`: smaller id only.
 */
export function compareForTie(a: TieFacts, b: TieFacts, mode: TieMode): number {
  if (mode === 'default') {
    if (a.votes !== b.votes) return b.votes - a.votes;
    const c = a.cost.cmp(b.cost);
    if (c !== 0) return c;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The first criterion that separates `a` from `b` under `mode`. */
export function tieKey(a: TieFacts, b: TieFacts, mode: TieMode): TieKey {
  if (mode === 'default') {
    if (a.votes !== b.votes) return 'votes';
    if (!a.cost.equals(b.cost)) return 'cost';
  }
  return 'id';
}
