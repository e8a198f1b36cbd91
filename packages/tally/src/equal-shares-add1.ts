import type { Election } from './election.js';
import { EqualSharesEngine } from './equal-shares-engine.js';
import { gcd } from './gcd.js';
import { Rational } from './rational.js';
import type { TallyResult, TieMode, Utility } from './tally-result.js';

export interface EqualSharesAdd1Options {
  utility?: Utility;
  tie?: TieMode;
  /** Projects marked false are left out (an eligibility pre-filter). */
  eligible?: readonly boolean[];
  /**
   * Where the raises start: `exact` = budget / voters (pabutools), `integral` = that rounded
   * down to a whole currency unit (an option of equalshares.net). Default `exact`.
   */
  start?: 'exact' | 'integral';
  /**
   * Stop raising as soon as the outcome is exhaustive (no unselected project fits the money
   * left), as pabutools and equalshares.net's `add1e` do. Default false: raises go on while the
   * outcome fits the budget (equalshares.net's plain `add1`, which reproduces Wieliczka 2023).
   */
  exhaustiveStop?: boolean;
  /** Safety limit on fixed-budget runs. */
  maxRuns?: number;
}

/**
 * The Method of Equal Shares with the add-one completion (`mes-add1`), as on equalshares.net
 * and in pabutools: while the outcome is not exhaustive (some unselected project would still fit
 * the real budget), raise every voter's starting money by one currency unit (the total by the
 * number of voters) and recount; keep the raised outcome while its cost fits the real budget,
 * and stop at the first raise whose outcome does not fit.
 *
 * Exactly that sequence of outcomes is followed, but not raise by raise: each run reports how far
 * the starting money can rise before any of its comparisons could turn (see
 * `EqualSharesEngine.run`), and raises in between, which give the same outcome, are skipped.
 */
export function equalSharesAdd1(election: Election, options: EqualSharesAdd1Options = {}): TallyResult {
  const utility = options.utility ?? 'cost';
  const engine = new EqualSharesEngine(election, utility, options.tie ?? 'default', options.eligible);
  const { projects, budget } = election;
  const voters = BigInt(Math.max(1, engine.voters));
  let start = budget.divInt(voters);
  if (options.start === 'integral') start = Rational.int(start.floor());
  const maxRuns = options.maxRuns ?? 100_000;
  const exhaustiveStop = options.exhaustiveStop ?? false;
  // Costs and the budget as integers over one denominator, so that a run's cost is a plain sum.
  let unit = budget.d;
  for (const p of projects) unit = (unit / gcd(unit, p.cost.d)) * p.cost.d;
  const scaledCost = projects.map((p) => p.cost.n * (unit / p.cost.d));
  const scaledBudget = budget.n * (unit / budget.d);
  const costOf = (winners: number[]): bigint => winners.reduce((s, i) => s + scaledCost[i]!, 0n);
  const isExhaustive = (winners: number[], cost: bigint): boolean => {
    const chosen = new Set(winners);
    const left = scaledBudget - cost;
    return scaledCost.every((c, i) => chosen.has(i) || c > left);
  };

  // A tracked run (exact, with how far the endowment can rise unchanged) costs many untracked
  // ones, which mostly run on float intervals (`EqualSharesEngine.winnersAt`). When tracking
  // finds that the very next raise may change the outcome, runs go untracked (next raise: +1,
  // always safe) and tracking is retried after `retry` runs, eight times as many after each miss
  // (on large elections some share changes at nearly every raise, and tracking rarely pays).
  // This changes only the speed, never the outcome.
  const RETRY = 4;
  const RETRY_MAX = 1024;
  let raises = 0n;
  let current: { winners: number[]; nextStep: bigint | undefined } = engine.run(start, { track: true });
  let tracked = true;
  let currentCost = costOf(current.winners);
  let runs = 1;
  let retry = RETRY;
  let untracked = 0;
  let useTracking = current.nextStep === undefined || current.nextStep > 1n;
  if (!useTracking) retry *= 8;
  while (!(exhaustiveStop && isExhaustive(current.winners, currentCost)) && runs < maxRuns) {
    if (tracked && current.nextStep === undefined) break; // no raise changes anything any more
    const step = tracked ? current.nextStep! : 1n;
    const track = useTracking || untracked >= retry;
    const endowment = start.add(Rational.int(raises + step));
    const next = track ? engine.run(endowment, { track: true }) : { winners: engine.winnersAt(endowment), nextStep: undefined };
    runs++;
    const nextCost = costOf(next.winners);
    if (nextCost > scaledBudget) {
      // Raises below this one gave the current outcome: the naive loop stops at the last of them.
      raises += step - 1n;
      break;
    }
    raises += step;
    current = next;
    currentCost = nextCost;
    tracked = track;
    if (track) {
      useTracking = next.nextStep === undefined || next.nextStep > 1n;
      retry = useTracking ? RETRY : Math.min(retry * 8, RETRY_MAX);
      untracked = 0;
    } else untracked++;
  }
  const endowment = start.add(Rational.int(raises));
  const final = engine.run(endowment, { explain: true });
  return {
    rule: 'mes-add1',
    selected: final.winners.map((i) => projects[i]!.id),
    cost: Rational.of(costOf(final.winners), unit),
    ties: final.ties,
    explanations: final.explanations!,
    mes: { utility, endowment, runs, raises, exactRuns: runs - engine.stats.winnersAt + engine.stats.exact },
  };
}
