import type { Election } from './election.js';
import { Rational } from './rational.js';
import type { MesExplanation, PaymentGroup, Tie, TieMode, Utility } from './tally-result.js';
import { compareForTie, tieKey, type TieFacts } from './tie-break.js';

/** Options of one Method of Equal Shares run. */
export interface EqualSharesRunOptions {
  /**
   * Also compute `nextChange`: how far every voter's starting money can rise before any
   * comparison the run made could come out differently.
   */
  track?: boolean;
  /** Fill `explanations` (and do not skip candidates that cannot beat the best one). */
  explain?: boolean;
}

/** The outcome of one run at a fixed endowment. */
export interface EqualSharesRun {
  /** Project indices in selection order. */
  winners: number[];
  ties: Tie[];
  /**
   * With `track`: the smallest raise Δ > 0 of the endowment at which some comparison of this run
   * changes sign (0 when a comparison is an exact tie that a raise would break); the outcome is
   * the same for every endowment in [e, e + Δ). `undefined` means it never changes; tracking
   * stops once Δ ≤ 1 is known.
   */
  nextChange: Rational | undefined;
  explanations: MesExplanation[] | undefined;
}

/**
 * The Method of Equal Shares for approval ballots, with exact arithmetic.
 *
 * Every voter starts with the same money (the endowment). Round by round, among the projects
 * whose supporters still have money enough, the one that costs its supporters the least per unit
 * of utility (ρ) is selected; its supporters pay equal shares, those with less money pay all they
 * have. Utility `cost`: a supporter gets the project's cost (ρ is per currency unit of the cost);
 * `approval`: a supporter gets 1 (ρ is the share itself).
 *
 * Voters who have paid for the same projects have the same money, so voters are kept in classes
 * and a project's supporters are counted per class. Every quantity is an affine function of the
 * endowment (value and slope are kept), so a run can also tell how far the endowment can be
 * raised before the outcome could change; `mes-add1` uses that to skip raises that change nothing.
 *
 * Ballots with points are counted as approvals of the listed projects. Projects with cost 0 or no
 * supporters are never selected.
 */
export class EqualSharesEngine {
  readonly election: Election;
  readonly utility: Utility;
  readonly tie: TieMode;
  readonly voters: number;
  /** Projects that can take part: eligible, cost > 0, at least one supporter. */
  readonly active: boolean[];
  private readonly supporters: Int32Array[];
  private readonly ballots: Int32Array[];
  private readonly facts: TieFacts[];
  private readonly utilityOf: Rational[];
  private readonly baseExplanations: MesExplanation[];

  constructor(election: Election, utility: Utility, tie: TieMode, eligible?: readonly boolean[]) {
    this.election = election;
    this.utility = utility;
    this.tie = tie;
    const m = election.projects.length;
    this.voters = election.ballots.length;
    const lists: number[][] = Array.from({ length: m }, () => []);
    election.ballots.forEach((b, v) => {
      for (const p of b.projects) lists[p]!.push(v);
    });
    this.active = election.projects.map(
      (p, i) => (!eligible || eligible[i] === true) && p.cost.sign() > 0 && lists[i]!.length > 0,
    );
    this.supporters = lists.map((l) => Int32Array.from(l));
    this.ballots = election.ballots.map((b) => Int32Array.from(b.projects.filter((p) => this.active[p])));
    this.facts = election.projects.map((p, i) => ({ id: p.id, votes: lists[i]!.length, cost: p.cost }));
    this.utilityOf = election.projects.map((p) => (utility === 'cost' ? p.cost : Rational.ONE));
    this.baseExplanations = election.projects.map((p, i) => ({
      kind: 'mes',
      project: p.id,
      supporters: lists[i]!.length,
      outcome:
        eligible && !eligible[i]
          ? 'ineligible'
          : lists[i]!.length === 0
            ? 'no-supporters'
            : p.cost.sign() <= 0
              ? 'zero-cost'
              : 'supporters-ran-out',
    }));
  }

  /** Runs the method with every voter starting with `endowment`. */
  run(endowment: Rational, options: EqualSharesRunOptions = {}): EqualSharesRun {
    const explain = options.explain === true;
    let tracking = options.track === true;
    let nextChange: Rational | undefined;
    const ONE = Rational.ONE;
    const ZERO = Rational.ZERO;

    /** Records the comparison of affine values a (now av, slope as) and b (bv, bs). */
    const track = (av: Rational, as: Rational, bv: Rational, bs: Rational): void => {
      const ds = as.sub(bs);
      const sSign = ds.sign();
      if (sSign === 0) return;
      const dv = av.sub(bv);
      const vSign = dv.sign();
      if (vSign === 0) {
        nextChange = ZERO;
        tracking = false;
        return;
      }
      if (vSign === sSign) return; // moving apart
      const delta = dv.div(ds).neg();
      if (nextChange === undefined || delta.lt(nextChange)) nextChange = delta;
      if (nextChange.le(ONE)) tracking = false;
    };

    const m = this.election.projects.length;
    // Voter classes: money now (value) and its slope in the endowment. Class 0: untouched.
    const money: Rational[] = [endowment];
    const slope: Rational[] = [ONE];
    const cls = new Int32Array(this.voters); // -1: no money left
    const counts: Array<Map<number, number> | undefined> = new Array(m);
    // Lower bound of each candidate's ρ (it only grows as voters spend): value and slope.
    const boundV: Rational[] = new Array(m);
    const boundS: Rational[] = new Array(m);
    const remaining: number[] = [];
    const explanations = explain ? this.baseExplanations.map((e) => ({ ...e })) : undefined;
    for (let c = 0; c < m; c++) {
      if (!this.active[c]) continue;
      const k = this.supporters[c]!.length;
      counts[c] = new Map([[0, k]]);
      const share = this.election.projects[c]!.cost.divInt(BigInt(k));
      boundV[c] = share.div(this.utilityOf[c]!);
      boundS[c] = ZERO;
      remaining.push(c);
    }

    const winners: number[] = [];
    const ties: Tie[] = [];
    let round = 0;
    for (;;) {
      round++;
      remaining.sort((a, b) => boundV[a]!.cmp(boundV[b]!));
      let best: number[] = [];
      let bestV: Rational | undefined;
      let bestT: Rational = ZERO;
      let bestTS: Rational = ZERO;
      const evaluated: number[] = [];
      const dropped: number[] = [];
      const tOf = new Map<number, [Rational, Rational]>();
      let prunedFrom = remaining.length;
      for (let r = 0; r < remaining.length; r++) {
        const c = remaining[r]!;
        if (!explain && bestV !== undefined && boundV[c]!.gt(bestV)) {
          prunedFrom = r;
          break;
        }
        const cost = this.election.projects[c]!.cost;
        const map = counts[c]!;
        // Water-filling: find t with Σ min(money, t) = cost over the supporters.
        let kH = 0;
        for (const n of map.values()) kH += n;
        const low = new Set<number>();
        let paidV = ZERO;
        let paidS = ZERO;
        let t = ZERO;
        let affordable = kH > 0;
        while (affordable) {
          t = cost.sub(paidV).divInt(BigInt(kH));
          let added = false;
          for (const [k, n] of map) {
            if (low.has(k) || !money[k]!.lt(t)) continue;
            low.add(k);
            added = true;
            paidV = paidV.add(money[k]!.mulInt(BigInt(n)));
            if (tracking || explain) paidS = paidS.add(slope[k]!.mulInt(BigInt(n)));
            kH -= n;
          }
          if (!added) break;
          if (kH === 0) affordable = false;
        }
        if (!affordable) {
          dropped.push(c);
          if (tracking || explain) {
            let totalV = ZERO;
            let totalS = ZERO;
            for (const [k, n] of map) {
              totalV = totalV.add(money[k]!.mulInt(BigInt(n)));
              totalS = totalS.add(slope[k]!.mulInt(BigInt(n)));
            }
            if (tracking) track(totalV, totalS, cost, ZERO);
            if (explanations) explanations[c]!.moneyLeft = totalV;
          }
          continue;
        }
        const tS = tracking || explain ? paidS.neg().divInt(BigInt(kH)) : ZERO;
        if (tracking) {
          for (const k of low) track(money[k]!, slope[k]!, t, tS);
        }
        const u = this.utilityOf[c]!;
        const rhoV = t.div(u);
        const rhoS = tS.div(u);
        boundV[c] = rhoV;
        boundS[c] = rhoS;
        evaluated.push(c);
        tOf.set(c, [t, tS]);
        if (explanations) explanations[c]!.ratio = rhoV;
        const cmp = bestV === undefined ? -1 : rhoV.cmp(bestV);
        if (cmp < 0) {
          best = [c];
          bestV = rhoV;
          bestT = t;
          bestTS = tS;
        } else if (cmp === 0) {
          best.push(c);
        }
      }
      for (const c of dropped) remaining.splice(remaining.indexOf(c), 1);
      if (bestV === undefined) break;

      // Tie-break among equal ratios.
      if (best.length > 1) {
        best.sort((a, b) => compareForTie(this.facts[a]!, this.facts[b]!, this.tie));
        ties.push({
          step: round,
          tied: best.map((c) => this.facts[c]!.id),
          chosen: [this.facts[best[0]!]!.id],
          decidedBy: tieKey(this.facts[best[0]!]!, this.facts[best[1]!]!, this.tie),
        });
        const [t, tS] = tOf.get(best[0]!)!;
        bestT = t;
        bestTS = tS;
      }
      const w = best[0]!;
      if (tracking) {
        const wV = boundV[w]!;
        const wS = boundS[w]!;
        for (const c of evaluated) if (c !== w) track(boundV[c]!, boundS[c]!, wV, wS);
        for (let r = prunedFrom; r < remaining.length && tracking; r++) {
          const c = remaining[r]!;
          track(boundV[c]!, boundS[c]!, wV, wS);
        }
      }

      // The supporters pay: t each, or all their money.
      const transition = new Map<number, number>();
      const lowPayments: PaymentGroup[] = [];
      let fullPayers = 0;
      let payers = 0;
      for (const [k, n] of counts[w]!) {
        payers += n;
        const c = money[k]!.cmp(bestT);
        if (c === 0 && tracking) track(money[k]!, slope[k]!, bestT, bestTS);
        if (c <= 0) {
          transition.set(k, -1);
          if (c < 0) lowPayments.push({ amount: money[k]!, voters: n });
          else fullPayers += n;
        } else {
          transition.set(k, money.length);
          money.push(money[k]!.sub(bestT));
          slope.push(tracking || explain ? slope[k]!.sub(bestTS) : ZERO);
          fullPayers += n;
        }
      }
      if (explanations) {
        const e = explanations[w]!;
        e.outcome = 'selected';
        e.round = round;
        e.payers = payers;
        lowPayments.sort((a, b) => b.amount.cmp(a.amount));
        e.payments = [{ amount: bestT, voters: fullPayers }, ...lowPayments];
        e.ratio = boundV[w]!;
        delete e.moneyLeft;
      }
      remaining.splice(remaining.indexOf(w), 1);
      counts[w] = undefined;
      winners.push(w);
      const supp = this.supporters[w]!;
      for (let j = 0; j < supp.length; j++) {
        const v = supp[j]!;
        const old = cls[v]!;
        if (old < 0) continue;
        const next = transition.get(old)!;
        cls[v] = next;
        const ballot = this.ballots[v]!;
        for (let q = 0; q < ballot.length; q++) {
          const map = counts[ballot[q]!];
          if (!map) continue;
          const left = map.get(old)! - 1;
          if (left === 0) map.delete(old);
          else map.set(old, left);
          if (next >= 0) map.set(next, (map.get(next) ?? 0) + 1);
        }
      }
      // Voters with no money left are gone from `counts`; only their -1 class remains.
      for (let c = 0; c < m; c++) {
        const map = counts[c];
        if (map && map.size === 0 && remaining.includes(c)) {
          // Every supporter is out of money: the project can no longer be afforded.
          remaining.splice(remaining.indexOf(c), 1);
          if (explanations) explanations[c]!.moneyLeft = ZERO;
          counts[c] = undefined;
        }
      }
    }
    return { winners, ties, nextChange: options.track ? nextChange : undefined, explanations };
  }
}
