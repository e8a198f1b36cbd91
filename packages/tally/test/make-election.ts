import type { Election, VoteType } from '../src/election.js';
import { Rational } from '../src/rational.js';

/**
 * A hand-made election: projects as [id, cost], ballots as lists of project ids (or
 * [id, points] pairs for ballots with points).
 */
export function makeElection(
  budget: number | string,
  projects: Array<[string, number | string]>,
  ballots: Array<Array<string | [string, number]>>,
  voteType: VoteType = 'approval',
  meta: Record<string, string> = {},
): Election {
  const index = new Map(projects.map(([id], i) => [id, i]));
  return {
    budget: Rational.parse(String(budget))!,
    voteType,
    meta,
    projects: projects.map(([id, cost]) => ({ id, cost: Rational.parse(String(cost))!, name: id })),
    ballots: ballots.map((b, v) => {
      const withPoints = b.some((x) => Array.isArray(x));
      return {
        voterId: String(v + 1),
        projects: b.map((x) => index.get(Array.isArray(x) ? x[0] : x)!),
        points: withPoints ? b.map((x) => BigInt(Array.isArray(x) ? x[1] : 1)) : undefined,
      };
    }),
  };
}
