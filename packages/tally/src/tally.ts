import type { Election } from './election.js';
import { equalSharesAdd1 } from './equal-shares-add1.js';
import { greedy } from './greedy.js';
import { methodOfEqualShares } from './method-of-equal-shares.js';
import { PbError } from './pb-file.js';
import { Rational } from './rational.js';
import type { Rule, TallyResult, TieMode, Utility } from './tally-result.js';

export interface TallyOptions {
  rule: Rule;
  /** MES utility; default `cost`. */
  utility?: Utility;
  /** Tie-breaking; default `default` (votes, cost, id). */
  tie?: TieMode;
  /**
   * `greedy-threshold`: the smallest score a project needs. Default: META
   * `min_project_score_threshold`.
   */
  minScore?: bigint;
  /**
   * Eligibility pre-filter: a project takes part only if the share of voters supporting it is at
   * least this factor times its share of the budget (votes/voters ≥ f · cost/budget). Świecie
   * 2023 used f = 1/3.
   */
  minSupportShare?: Rational;
  /**
   * `mes-add1` only: afterwards compare with the greedy outcome (equalshares.net's comparison
   * step, Wieliczka's `add1-comparison`); the greedy outcome wins if more voters prefer it.
   * `satisfaction`: a voter prefers the outcome with more projects they voted for;
   * `exclusion`: a voter prefers the outcome that has at least one of their projects when the
   * other has none. Default `none`.
   */
  comparison?: 'none' | 'satisfaction' | 'exclusion';
  /** `mes-add1`: also stop raising once the outcome is exhaustive (pabutools; default false). */
  add1ExhaustiveStop?: boolean;
  /** `mes-add1`: start at budget/voters (`exact`, default) or that rounded down (`integral`). */
  add1Start?: 'exact' | 'integral';
}

/** Counts an election with one rule. */
export function tally(election: Election, options: TallyOptions): TallyResult {
  const tie = options.tie ?? 'default';
  const eligible = options.minSupportShare ? supportFilter(election, options.minSupportShare) : undefined;
  const base = { tie, ...(eligible ? { eligible } : {}) };
  switch (options.rule) {
    case 'greedy':
      return greedy(election, base);
    case 'greedy-threshold': {
      let minScore = options.minScore;
      if (minScore === undefined) {
        const text = election.meta['min_project_score_threshold'];
        if (text === undefined || !/^\d+$/.test(text.trim())) {
          throw new PbError('greedy-threshold needs min_project_score_threshold in META (or a minimum score)');
        }
        minScore = BigInt(text.trim());
      }
      return greedy(election, { ...base, minScore, rule: 'greedy-threshold' });
    }
    case 'mes':
      return methodOfEqualShares(election, { ...base, utility: options.utility ?? 'cost' });
    case 'mes-add1': {
      const result = equalSharesAdd1(election, {
        ...base,
        utility: options.utility ?? 'cost',
        start: options.add1Start ?? 'exact',
        exhaustiveStop: options.add1ExhaustiveStop ?? false,
      });
      const mode = options.comparison ?? 'none';
      return mode === 'none' ? result : compareWithGreedy(election, result, mode, base);
    }
  }
}

function supportFilter(election: Election, factor: Rational): boolean[] {
  const votes = new Array<number>(election.projects.length).fill(0);
  for (const b of election.ballots) for (const p of b.projects) votes[p]!++;
  const voters = BigInt(election.ballots.length);
  // votes/voters ≥ f·cost/budget  ⇔  votes·budget ≥ f·cost·voters
  return election.projects.map((p, i) =>
    Rational.int(votes[i]!).mul(election.budget).ge(factor.mul(p.cost).mulInt(voters)),
  );
}

function compareWithGreedy(
  election: Election,
  mes: TallyResult,
  mode: 'satisfaction' | 'exclusion',
  base: { tie: TieMode; eligible?: boolean[] },
): TallyResult {
  const other = greedy(election, base);
  const index = new Map(election.projects.map((p, i) => [p.id, i]));
  const inMes = new Set(mes.selected.map((id) => index.get(id)!));
  const inGreedy = new Set(other.selected.map((id) => index.get(id)!));
  let prefersMes = 0;
  let prefersGreedy = 0;
  for (const ballot of election.ballots) {
    let a = 0;
    let b = 0;
    for (const p of ballot.projects) {
      if (inMes.has(p)) a++;
      if (inGreedy.has(p)) b++;
    }
    if (mode === 'exclusion') {
      a = a > 0 ? 1 : 0;
      b = b > 0 ? 1 : 0;
    }
    if (a > b) prefersMes++;
    else if (b > a) prefersGreedy++;
  }
  const used = prefersGreedy > prefersMes ? 'greedy' : 'mes';
  const details = { ...mes.mes!, comparison: { mode, prefersMes, prefersGreedy, used } as const };
  if (used === 'mes') return { ...mes, mes: details };
  return { ...other, rule: 'mes-add1', mes: details };
}
