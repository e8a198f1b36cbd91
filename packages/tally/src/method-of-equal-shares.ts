import type { Election } from './election.js';
import { EqualSharesEngine } from './equal-shares-engine.js';
import { Rational } from './rational.js';
import type { TallyResult, TieMode, Utility } from './tally-result.js';

export interface EqualSharesOptions {
  utility?: Utility;
  tie?: TieMode;
  /** Projects marked false are left out (an eligibility pre-filter). */
  eligible?: readonly boolean[];
}

/**
 * The Method of Equal Shares (`mes`): every voter starts with budget / number of voters; see
 * `EqualSharesEngine` for the rounds. The outcome usually leaves money unspent; `mes-add1`
 * completes it.
 */
export function methodOfEqualShares(election: Election, options: EqualSharesOptions = {}): TallyResult {
  const utility = options.utility ?? 'cost';
  const engine = new EqualSharesEngine(election, utility, options.tie ?? 'default', options.eligible);
  const voters = BigInt(Math.max(1, engine.voters));
  const endowment = election.budget.divInt(voters);
  const run = engine.run(endowment, { explain: true });
  return {
    rule: 'mes',
    selected: run.winners.map((i) => election.projects[i]!.id),
    cost: run.winners.reduce((s, i) => s.add(election.projects[i]!.cost), Rational.ZERO),
    ties: run.ties,
    explanations: run.explanations!,
    mes: { utility, endowment },
  };
}
