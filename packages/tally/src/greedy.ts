import type { Election } from './election.js';
import { Rational } from './rational.js';
import type { GreedyExplanation, Rule, TallyResult, Tie, TieMode } from './tally-result.js';
import { compareForTie, tieKey, type TieFacts } from './tie-break.js';

export interface GreedyOptions {
  tie?: TieMode;
  /** Projects with a smaller score are left out (`greedy-threshold`). */
  minScore?: bigint;
  /** Projects marked false are left out (an eligibility pre-filter). */
  eligible?: readonly boolean[];
  /** Rule name written into the result. */
  rule?: Rule;
}

/**
 * Greedy counting, what most cities use: projects in order of votes (of points when the
 * ballots carry points), each selected when it still fits the remaining money, skipped
 * otherwise. A project nobody voted for is never selected.
 *
 * A tie (equal score) is reported when its order changed the outcome: some tied project was
 * skipped although it would have fitted had it come first in its group.
 */
export function greedy(election: Election, options: GreedyOptions = {}): TallyResult {
  const tie = options.tie ?? 'default';
  const { projects, ballots } = election;
  const votes = new Array<number>(projects.length).fill(0);
  const points = new Array<bigint>(projects.length).fill(0n);
  for (const ballot of ballots) {
    ballot.projects.forEach((p, i) => {
      votes[p]!++;
      points[p]! += ballot.points ? ballot.points[i]! : 1n;
    });
  }
  const facts: TieFacts[] = projects.map((p, i) => ({ id: p.id, votes: votes[i]!, cost: p.cost }));
  const explanations: GreedyExplanation[] = projects.map((p, i) => ({
    kind: 'greedy',
    project: p.id,
    rank: 0,
    score: points[i]!,
    remaining: election.budget,
    outcome: 'selected',
  }));
  const ranked: number[] = [];
  projects.forEach((_, i) => {
    const e = explanations[i]!;
    if (options.eligible && !options.eligible[i]) e.outcome = 'ineligible';
    else if (options.minScore !== undefined && points[i]! < options.minScore) e.outcome = 'below-threshold';
    else if (points[i]! <= 0n) e.outcome = 'no-votes';
    else ranked.push(i);
  });
  ranked.sort((a, b) => {
    const pa = points[a]!;
    const pb = points[b]!;
    if (pa !== pb) return pa > pb ? -1 : 1;
    return compareForTie(facts[a]!, facts[b]!, tie);
  });

  const selected: number[] = [];
  let remaining = election.budget;
  ranked.forEach((i, r) => {
    const e = explanations[i]!;
    e.rank = r + 1;
    e.remaining = remaining;
    const cost = projects[i]!.cost;
    if (cost.le(remaining)) {
      selected.push(i);
      remaining = remaining.sub(cost);
      e.outcome = 'selected';
    } else {
      e.outcome = 'did-not-fit';
    }
  });

  const ties: Tie[] = [];
  for (let start = 0; start < ranked.length; ) {
    let end = start + 1;
    while (end < ranked.length && points[ranked[end]!] === points[ranked[start]!]) end++;
    if (end - start > 1) {
      const group = ranked.slice(start, end);
      const before = explanations[group[0]!]!.remaining;
      const mattered = group.some(
        (i) => explanations[i]!.outcome === 'did-not-fit' && projects[i]!.cost.le(before),
      );
      if (mattered) {
        ties.push({
          step: start + 1,
          tied: group.map((i) => projects[i]!.id),
          chosen: group.filter((i) => explanations[i]!.outcome === 'selected').map((i) => projects[i]!.id),
          decidedBy: tieKey(facts[group[0]!]!, facts[group[1]!]!, tie),
        });
      }
    }
    start = end;
  }

  return {
    rule: options.rule ?? 'greedy',
    selected: selected.map((i) => projects[i]!.id),
    cost: selected.reduce((s, i) => s.add(projects[i]!.cost), Rational.ZERO),
    ties,
    explanations,
  };
}
