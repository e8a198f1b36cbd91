import type { Election } from '../src/election.js';
import { Rational } from '../src/rational.js';
import { compareForTie, type TieFacts } from '../src/tie-break.js';
import type { TieMode, Utility } from '../src/tally-result.js';

/**
 * A deliberately plain Method of Equal Shares (one budget per voter, every candidate evaluated
 * in every round, the add-one completion raise by raise) to check the fast engine against.
 */
export function referenceMes(
  election: Election,
  endowment: Rational,
  utility: Utility,
  tie: TieMode,
  eligible?: readonly boolean[],
): number[] {
  return referenceMesRun(election, endowment, utility, tie, eligible).winners;
}

/** The plain run, also returning every voter's money at the end. */
export function referenceMesRun(
  election: Election,
  endowment: Rational,
  utility: Utility,
  tie: TieMode,
  eligible?: readonly boolean[],
): { winners: number[]; money: Rational[]; lastRatio: Array<Rational | undefined>; moneyLeft: Array<Rational | undefined> } {
  const n = election.ballots.length;
  const m = election.projects.length;
  const money: Rational[] = new Array(n).fill(endowment);
  const supporters: number[][] = Array.from({ length: m }, () => []);
  election.ballots.forEach((b, v) => b.projects.forEach((p) => supporters[p]!.push(v)));
  const facts: TieFacts[] = election.projects.map((p, i) => ({ id: p.id, votes: supporters[i]!.length, cost: p.cost }));
  let remaining = election.projects
    .map((_, i) => i)
    .filter((i) => (!eligible || eligible[i]) && election.projects[i]!.cost.sign() > 0 && supporters[i]!.length > 0);
  const winners: number[] = [];
  // Per project: ρ in the last round it could still be afforded, and its supporters' money in
  // the round it could not.
  const lastRatio: Array<Rational | undefined> = new Array(m);
  const moneyLeft: Array<Rational | undefined> = new Array(m);
  for (;;) {
    let best: number[] = [];
    let bestRho: Rational | undefined;
    let bestT = Rational.ZERO;
    const affordable: number[] = [];
    for (const c of remaining) {
      const cost = election.projects[c]!.cost;
      const supp = [...supporters[c]!].sort((a, b) => money[a]!.cmp(money[b]!));
      const total = supp.reduce((s, v) => s.add(money[v]!), Rational.ZERO);
      if (total.lt(cost)) {
        moneyLeft[c] = total;
        continue;
      }
      affordable.push(c);
      let paid = Rational.ZERO;
      let left = supp.length;
      let t = Rational.ZERO;
      for (const v of supp) {
        t = cost.sub(paid).divInt(BigInt(left));
        if (money[v]!.lt(t)) {
          paid = paid.add(money[v]!);
          left--;
        } else break;
      }
      const rho = utility === 'cost' ? t.div(cost) : t;
      lastRatio[c] = rho;
      const cmp = bestRho === undefined ? -1 : rho.cmp(bestRho);
      if (cmp < 0) {
        best = [c];
        bestRho = rho;
      } else if (cmp === 0) best.push(c);
    }
    remaining = affordable;
    if (bestRho === undefined) break;
    best.sort((a, b) => compareForTie(facts[a]!, facts[b]!, tie));
    const w = best[0]!;
    bestT = utility === 'cost' ? bestRho.mul(election.projects[w]!.cost) : bestRho;
    for (const v of supporters[w]!) money[v] = money[v]!.gt(bestT) ? money[v]!.sub(bestT) : Rational.ZERO;
    winners.push(w);
    remaining = remaining.filter((c) => c !== w);
  }
  return { winners, money, lastRatio, moneyLeft };
}

/** Plain add-one completion: one raise at a time. */
export function referenceMesAdd1(
  election: Election,
  utility: Utility,
  tie: TieMode,
  eligible?: readonly boolean[],
  exhaustiveStop = false,
): { winners: number[]; raises: number } {
  const n = BigInt(election.ballots.length);
  const start = election.budget.divInt(n);
  const costOf = (w: number[]) => w.reduce((s, i) => s.add(election.projects[i]!.cost), Rational.ZERO);
  let current = referenceMes(election, start, utility, tie, eligible);
  let raises = 0;
  for (;;) {
    const left = election.budget.sub(costOf(current));
    const exhaustive = election.projects.every((p, i) => current.includes(i) || p.cost.gt(left));
    if ((exhaustiveStop && exhaustive) || raises > 2_000) break;
    const next = referenceMes(election, start.add(Rational.int(raises + 1)), utility, tie, eligible);
    if (costOf(next).gt(election.budget)) break;
    raises++;
    current = next;
  }
  return { winners: current, raises };
}
