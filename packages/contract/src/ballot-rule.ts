import type { BallotRule } from './budget.js';

/** Why a ballot breaks its budget's rule; the same codes are field errors of the API. */
export const ballotViolationCodes = [
  'unknown-proposal',
  'duplicate-proposal',
  'too-few-proposals',
  'too-many-proposals',
  'over-budget',
  'below-minimum-share',
] as const;
export type BallotViolationCode = (typeof ballotViolationCodes)[number];

export interface BallotViolation {
  code: BallotViolationCode;
  /** The limit broken: a count, euros, or for `unknown-proposal`/`duplicate-proposal` nothing. */
  limit?: number;
  /** The offending proposal id, for `unknown-proposal` and `duplicate-proposal`. */
  proposalId?: string;
}

export interface BallotCheckBudget {
  amountEur: number;
  ballotRule: BallotRule;
}

/** The running numbers of a ballot and what, if anything, is wrong with it. */
export interface BallotCheck {
  count: number;
  totalEur: number;
  remainingEur: number;
  /** The least the ballot must spend (0 when there is no minimum share). */
  minimumEur: number;
  violations: BallotViolation[];
  valid: boolean;
}

/**
 * Checks a ballot against its budget's rule. Pure: the widget calls it on every pick (live
 * feedback) and the API calls it on every submission (the only authority). `costs` maps each
 * proposal that may be chosen on this budget to its cost in whole euros.
 *
 * @example checkBallot({ amountEur: 100, ballotRule }, new Map([['a', 60], ['b', 50]]), ['a', 'b'])
 *   // → { totalEur: 110, violations: [{ code: 'over-budget', limit: 100 }], … }
 */
export function checkBallot(budget: BallotCheckBudget, costs: ReadonlyMap<string, number>, picked: readonly string[]): BallotCheck {
  const rule = budget.ballotRule;
  const violations: BallotViolation[] = [];
  const seen = new Set<string>();
  let total = 0;
  for (const id of picked) {
    const cost = costs.get(id);
    if (seen.has(id)) {
      violations.push({ code: 'duplicate-proposal', proposalId: id });
      continue;
    }
    seen.add(id);
    if (cost === undefined) violations.push({ code: 'unknown-proposal', proposalId: id });
    else total += cost;
  }
  const count = seen.size;
  if (count < rule.minProposals) violations.push({ code: 'too-few-proposals', limit: rule.minProposals });
  if (rule.maxProposals !== null && count > rule.maxProposals) violations.push({ code: 'too-many-proposals', limit: rule.maxProposals });
  if (rule.kind === 'knapsack' && total > budget.amountEur) violations.push({ code: 'over-budget', limit: budget.amountEur });
  // Integer maths: total/amount ≥ p/100 ⇔ 100·total ≥ p·amount.
  const minimumEur = Math.ceil((budget.amountEur * rule.minSharePercent) / 100);
  if (rule.minSharePercent > 0 && 100 * total < rule.minSharePercent * budget.amountEur) {
    violations.push({ code: 'below-minimum-share', limit: minimumEur });
  }
  return { count, totalEur: total, remainingEur: budget.amountEur - total, minimumEur, violations, valid: violations.length === 0 };
}

/**
 * Whether adding `cost` to a ballot now totalling `totalEur` would still be allowed by the
 * budget's cost and count limits (the widget disables picks that cannot fit).
 */
export function canAdd(budget: BallotCheckBudget, count: number, totalEur: number, cost: number): boolean {
  const rule = budget.ballotRule;
  if (rule.maxProposals !== null && count + 1 > rule.maxProposals) return false;
  return rule.kind !== 'knapsack' || totalEur + cost <= budget.amountEur;
}
