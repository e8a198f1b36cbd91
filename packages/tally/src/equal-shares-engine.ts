import type { Election } from './election.js';
import { IntervalEqualShares } from './interval-equal-shares.js';
import { Rational } from './rational.js';
import type { MesExplanation, Tie, TieMode, Utility } from './tally-result.js';
import { compareForTie, tieKey, type TieFacts } from './tie-break.js';

/** Options of one Method of Equal Shares run. */
export interface EqualSharesRunOptions {
  /**
   * Also compute `nextStep`: how far every voter's starting money can rise before any
   * comparison the run made could come out differently.
   */
  track?: boolean;
  /**
   * Fill `explanations`. Candidates that cannot beat the best one are still skipped, but each
   * round checks that their supporters can pay (a loser's explanation needs the round it ran out).
   */
  explain?: boolean;
}

/** The outcome of one run at a fixed endowment. */
export interface EqualSharesRun {
  /** Project indices in selection order. */
  winners: number[];
  ties: Tie[];
  /**
   * With `track`: the smallest whole raise k ≥ 1 of the endowment at which the outcome may
   * differ. Every comparison of the run keeps its sign for endowments in [e, e + Δ) for some
   * Δ > 0 (Δ = 0 when a comparison is an exact tie that a raise would break), so the outcome is
   * the same at e + 1, …, e + k − 1; k = max(1, ⌈Δ⌉). `undefined`: the outcome never changes.
   */
  nextStep: bigint | undefined;
  explanations: MesExplanation[] | undefined;
}

/** A non-negative fraction n/d (d > 0), never reduced: comparisons cross-multiply. */
interface Frac {
  n: bigint;
  d: bigint;
}

const lessThan = (a: Frac, b: Frac): boolean => a.n * b.d < b.n * a.d;
const cmpFrac = (a: Frac, b: Frac): number => {
  const x = a.n * b.d;
  const y = b.n * a.d;
  return x < y ? -1 : x > y ? 1 : 0;
};

/**
 * Floating-point filter: a float comparison decides only when the two values differ by far more
 * than the rounding error of the conversions (relative 1e-12 against an error below 1e-15);
 * otherwise the exact integers decide. So decisions stay exact.
 */
const MARGIN = 1e-12;
/** A bound on the relative error of one float conversion or operation here (2⁻⁵¹). */
const EPS = 2 ** -51;

/** n/d as a float (relative error below 1e-15). */
function toFloat(n: bigint, d: bigint): number {
  let dn = Number(d);
  while (!(dn < 1e290)) {
    n >>= 512n;
    d >>= 512n;
    dn = Number(d);
  }
  return Number(n) / dn;
}

/** n ↦ n/d as a float (relative error below 1e-15), with the work on d done once. */
function floatOver(d: bigint): (n: bigint) => number {
  let shift = 0n;
  let dn = Number(d);
  while (!(dn < 1e290)) {
    shift += 512n;
    dn = Number(d >> shift);
  }
  if (shift === 0n) return (n) => Number(n) / dn;
  return (n) => {
    const m = n >> shift;
    // Too few bits left after the shift: convert exactly.
    return m > 1n << 64n ? Number(m) / dn : toFloat(n, d);
  };
}

function smallGcd(a: number, b: number): number {
  while (b !== 0) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
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
 * How it stays exact and fast:
 * - Voters who have paid the same shares have the same money, so voters are kept in classes and a
 *   project's supporters are counted per class.
 * - All money is an integer numerator over one common denominator D (costs scaled to integers).
 *   When a project is paid, D grows by the factor the share needs; no fraction is ever reduced,
 *   and every comparison is between integers.
 * - Every quantity is an affine function of the endowment, so with `track` a run also reports how
 *   far the endowment can rise before any comparison it made could turn; `mes-add1` uses that to
 *   skip raises that cannot change the outcome.
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
  /** Voters with the same ballot form a group; per project, the groups that support it. */
  private readonly supporters: Int32Array[];
  /** Voters in each group. */
  private readonly weight: Int32Array;
  private readonly facts: TieFacts[];
  /** Costs times `scale`: integers. */
  private readonly cost: bigint[];
  /** Utility per supporter (scaled cost, or 1). */
  private readonly util: bigint[];
  private readonly costF: number[];
  private readonly utilF: number[];
  /** Makes every cost an integer. */
  private readonly scale: bigint;
  private readonly baseExplanations: MesExplanation[];
  /** The float-interval fast path (built on first use; undefined when floats cannot hold it). */
  private fast: IntervalEqualShares | undefined | null = null;
  /** `winnersAt` calls so far, and how many of them needed the exact engine. */
  readonly stats = { winnersAt: 0, exact: 0 };

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
    const groupOf = new Map<string, number>();
    const weights: number[] = [];
    const groupLists: number[][] = Array.from({ length: m }, () => []);
    for (const b of election.ballots) {
      const listed = b.projects.filter((p) => this.active[p]).sort((x, y) => x - y);
      if (listed.length === 0) continue;
      const key = listed.join(',');
      let g = groupOf.get(key);
      if (g === undefined) {
        g = weights.length;
        groupOf.set(key, g);
        weights.push(0);
        for (const p of listed) groupLists[p]!.push(g);
      }
      weights[g]!++;
    }
    this.weight = Int32Array.from(weights);
    this.supporters = groupLists.map((l) => Int32Array.from(l));
    this.facts = election.projects.map((p, i) => ({ id: p.id, votes: lists[i]!.length, cost: p.cost }));
    let scale = 1n;
    for (const p of election.projects) {
      const g = gcdBig(scale, p.cost.d);
      scale = (scale / g) * p.cost.d;
    }
    this.scale = scale;
    this.cost = election.projects.map((p) => (p.cost.n * scale) / p.cost.d);
    this.util = this.cost.map((c) => (utility === 'cost' ? c : 1n));
    this.costF = this.cost.map((c) => Number(c));
    this.utilF = this.util.map((u) => Number(u));
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

  /**
   * The winners with every voter starting with `endowment`: always `run(endowment).winners`,
   * but first tried on float intervals (`IntervalEqualShares`), which is many times faster and
   * gives up whenever a decision is too close to call; only then do the integers count.
   */
  winnersAt(endowment: Rational): number[] {
    this.stats.winnersAt++;
    const winners = this.intervalWinners(endowment);
    if (winners !== undefined) return winners;
    this.stats.exact++;
    return this.run(endowment).winners;
  }

  /** The float-interval run alone: the winners, or undefined when it could not decide. */
  intervalWinners(endowment: Rational): number[] | undefined {
    if (this.fast === null) {
      this.fast = IntervalEqualShares.for({
        supporters: this.supporters,
        weight: this.weight,
        active: this.active,
        cost: this.cost,
        scale: this.scale,
        utility: this.utility,
        tieOrder: (a, b) => compareForTie(this.facts[a]!, this.facts[b]!, this.tie),
      });
    }
    return this.fast?.winners(endowment);
  }

  /** Runs the method with every voter starting with `endowment`. */
  run(endowment: Rational, options: EqualSharesRunOptions = {}): EqualSharesRun {
    const explain = options.explain === true;
    let tracking = options.track === true;
    let next: Frac | undefined;

    /**
     * Records that the gap gapN/gapD (> 0 or = 0) between two compared quantities closes at
     * speed spN/spD per unit of endowment (> 0: closing).
     */
    const closes = (gapN: bigint, gapD: bigint, spN: bigint, spD: bigint): void => {
      if (spN <= 0n) return;
      if (gapN === 0n) {
        next = { n: 0n, d: 1n };
        tracking = false;
        return;
      }
      const delta = { n: gapN * spD, d: gapD * spN };
      if (next === undefined || lessThan(delta, next)) next = delta;
      if (next.n <= next.d) tracking = false;
    };

    const m = this.election.projects.length;
    const scaled = endowment.mulInt(this.scale);
    const weight = this.weight;
    // Money of class k: numOf(k) / D; its slope (per unit of endowment): slopeOf(k) / E.
    // When D grows by a factor, numerators are brought up lazily: num[k] is over the D of
    // epoch numEpoch[k], and numFactor[e] = D / D(e). Slopes likewise over E.
    let D = scaled.d;
    let E = 1n;
    const num: bigint[] = [scaled.n];
    const numEpoch: number[] = [0];
    const numFactor: bigint[] = [1n];
    const slope: bigint[] = [this.scale];
    const slopeEpoch: number[] = [0];
    const slopeFactor: bigint[] = [1n];
    const numOf = (k: number): bigint => {
      const now = numFactor.length - 1;
      if (numEpoch[k] !== now) {
        num[k]! *= numFactor[numEpoch[k]!]!;
        numEpoch[k] = now;
      }
      return num[k]!;
    };
    const slopeOf = (k: number): bigint => {
      const now = slopeFactor.length - 1;
      if (slopeEpoch[k] !== now) {
        slope[k]! *= slopeFactor[slopeEpoch[k]!]!;
        slopeEpoch[k] = now;
      }
      return slope[k]!;
    };
    // Each class's money as a float, for the filter (a class's money never changes).
    const money: number[] = [toFloat(scaled.n, scaled.d)];
    const cls = new Int32Array(weight.length); // class of each group; -1: no money left
    const cnt: number[] = [0]; // scratch: voters per class for one project
    const classList: number[] = [];
    /** Fills classList/cnt with the classes among c's supporters who still have money. */
    const gather = (c: number): number => {
      for (const k of classList) cnt[k] = 0;
      classList.length = 0;
      let voters = 0;
      const sg = this.supporters[c]!;
      for (let j = 0; j < sg.length; j++) {
        const g = sg[j]!;
        const k = cls[g]!;
        if (k < 0) continue;
        if (cnt[k] === 0) classList.push(k);
        cnt[k]! += weight[g]!;
        voters += weight[g]!;
      }
      return voters;
    };
    // Lower bound of each candidate's ρ (it only grows as voters spend), and how fast it falls
    // as the endowment rises.
    const bound: Frac[] = new Array(m);
    const boundF: number[] = new Array(m).fill(0);
    const boundLo: number[] = new Array(m).fill(0); // a float no larger than ρ
    const boundFall: Frac[] = new Array(m);
    const remaining: number[] = [];
    const explanations = explain ? this.baseExplanations.map((e) => ({ ...e })) : undefined;
    const lastRatio: Array<Frac | undefined> = new Array(m);
    const lastRatioRound: number[] = new Array(m).fill(0);
    const lastMoney: Array<Frac | undefined> = new Array(m);
    // Explanations: the groups that paid in the last round, with their classes before it.
    let undo: number[] = [];
    // Explanations: the costs of the winners so far (integers: exact as a float below 2⁵³), and
    // per project a lower bound of its supporters' money when last checked, and `spent` then.
    let spent = 0;
    const checkedLow: number[] = new Array(m).fill(0);
    const checkedSpent: number[] = new Array(m).fill(0);
    for (let c = 0; c < m; c++) {
      if (!this.active[c]) continue;
      const k = this.supporters[c]!.reduce((sum, g) => sum + weight[g]!, 0);
      // Everyone paying an equal share: ρ = cost / (k · utility).
      bound[c] = { n: this.cost[c]!, d: BigInt(k) * this.util[c]! };
      boundF[c] = toFloat(bound[c]!.n, bound[c]!.d);
      boundLo[c] = boundF[c]! * (1 - 4 * EPS);
      boundFall[c] = { n: 0n, d: 1n };
      remaining.push(c);
    }

    // Unaffordable projects (they never come back at this endowment), with a lower bound of ρ.
    const dormant: Array<{ c: number; lb: Frac }> = [];
    /** Tracks when the money of c's supporters would reach its cost. */
    const trackMoney = (c: number): void => {
      gather(c);
      let total = 0n;
      let totalSlope = 0n;
      for (const k of classList) {
        total += numOf(k) * BigInt(cnt[k]!);
        totalSlope += slopeOf(k) * BigInt(cnt[k]!);
      }
      closes(this.cost[c]! * D - total, D, totalSlope, E);
    };

    /**
     * ρ of c from the float money of its supporters' classes, with a rigorous error bound, for
     * rounds where nothing is tracked. Call after gather(c). 'uncertain' when a class is too close
     * to the share to classify: then the integers decide.
     */
    const stamp: number[] = [];
    let stampId = 0;
    const floatShare = (c: number, lowOut?: number[]): { rho: number; err: number } | 'unaffordable' | 'uncertain' => {
      const C = this.costF[c]!;
      const id = ++stampId;
      let kH = 0;
      for (const k of classList) kH += cnt[k]!;
      let S = 0;
      let terms = 0;
      for (;;) {
        const errS = (terms + 4) * 2 * EPS * S;
        if (kH === 0) return S + errS < C * (1 - EPS) ? 'unaffordable' : 'uncertain';
        const N = C - S;
        const t = N / kH;
        const errT = 2 * ((errS + EPS * (Math.abs(N) + C)) / kH + EPS * t);
        const tLo = t - errT;
        const tHi = t + errT;
        if (!(tLo > 0)) return 'uncertain';
        // Classes surely below t pay all they have (t only rises as they are found); a class
        // too close to t to tell leaves the decision to the integers.
        let added = false;
        let near = false;
        for (const k of classList) {
          if (stamp[k] === id) continue;
          const mk = money[k]!;
          if (mk * (1 + EPS) < tLo) {
            stamp[k] = id;
            lowOut?.push(k);
            S += cnt[k]! * mk;
            kH -= cnt[k]!;
            terms++;
            added = true;
          } else if (mk * (1 - EPS) <= tHi) near = true;
        }
        if (added) continue;
        if (near) return 'uncertain';
        const u = this.utilF[c]!;
        return { rho: t / u, err: errT / u + 2 * EPS * (t / u) };
      }
    };

    /** Exact water-filling for a project known to be affordable; call after gather(c). */
    const exactShare = (c: number): { T: bigint; kH: number; lowSlope: bigint } => {
      const costD = this.cost[c]! * D;
      let kH = 0;
      for (const k of classList) kH += cnt[k]!;
      const order = classList.slice().sort((a, b) => money[a]! - money[b]!);
      let sumLow = 0n;
      let T = costD;
      for (let i = 0; i < order.length && kH > 0; ) {
        T = costD - sumLow;
        const k = order[i]!;
        if (numOf(k) * BigInt(kH) >= T) {
          // Float order may differ from the exact one only among near-equal classes: check on.
          let j = i + 1;
          let found = -1;
          const tF = toFloat(T, D) / kH;
          for (; j < order.length && money[order[j]!]! <= tF * (1 + MARGIN); j++) {
            if (numOf(order[j]!) * BigInt(kH) < T) {
              found = j;
              break;
            }
          }
          if (found < 0) break;
          const x = order[found]!;
          order[found] = order[i]!;
          order[i] = x;
          continue;
        }
        sumLow += numOf(k) * BigInt(cnt[k]!);
        kH -= cnt[k]!;
        i++;
      }
      T = costD - sumLow;
      return { T, kH, lowSlope: 0n };
    };

    const winners: number[] = [];
    const ties: Tie[] = [];
    let round = 0;

    /**
     * Explaining a project that ran out of money in this round (its supporters hold `total`/D):
     * records that money, and its ρ in the round before, when it was last affordable. A project
     * skipped in that round has its ρ computed now, on the classes its supporters had then.
     */
    const ranOut = (c: number, total: bigint): void => {
      lastMoney[c] = { n: total, d: D * this.scale };
      if (round === 1 || lastRatioRound[c] === round - 1) return;
      const now: number[] = [];
      for (let j = 0; j < undo.length; j += 2) {
        now.push(cls[undo[j]!]!);
        cls[undo[j]!] = undo[j + 1]!;
      }
      gather(c);
      const { T, kH } = exactShare(c);
      lastRatio[c] = { n: T, d: BigInt(kH) * D * this.util[c]! };
      lastRatioRound[c] = round - 1;
      for (let j = 0; j < undo.length; j += 2) cls[undo[j]!] = now[j / 2]!;
    };

    /**
     * Explaining: whether the supporters of a skipped project c can still pay for it. In a round
     * they lose at most the winner's cost, so a check that found them far enough above the cost
     * holds for a while without looking at them again.
     */
    const affordable = (c: number): boolean => {
      if (spent < 2 ** 53 && checkedLow[c]! - (spent - checkedSpent[c]!) > this.costF[c]! * (1 + 2 ** -51)) return true;
      gather(c);
      // A float sum decides when far from the cost (each money float is within 10⁻¹⁵ of its
      // value; the sum adds at most (terms + 2)·2⁻⁵² more); otherwise the integers.
      let totalF = 0;
      for (const k of classList) totalF += cnt[k]! * money[k]!;
      const err = totalF * (2e-15 + (classList.length + 2) * 2 ** -52);
      if (totalF - err > this.costF[c]! * (1 + 2 ** -51)) {
        checkedLow[c] = totalF - err;
        checkedSpent[c] = spent;
        return true;
      }
      let total = 0n;
      for (const k of classList) total += numOf(k) * BigInt(cnt[k]!);
      if (total >= this.cost[c]! * D) return true;
      ranOut(c, total);
      return false;
    };
    for (;;) {
      const fast = !tracking && !explain;
      round++;
      // Most promising first (an approximate order is enough: every skip below is checked).
      remaining.sort((a, b) => boundF[a]! - boundF[b]!);
      let best: number[] = [];
      let bestRho: Frac | undefined;
      const evaluated: number[] = [];
      const dropped: number[] = [];
      // Per evaluated project: t = T / (kH · D), and the slopes of its low classes (Σ count·slope).
      const shareOf = new Map<number, { T: bigint; kH: number; lowSlope: bigint }>();
      let bestF = 0;
      const pruned: number[] = [];
      // Fast rounds: ρ as float intervals [rho − err, rho + err]; the lowest upper end so far.
      const floatEvaluated: number[] = [];
      const rhoF: number[] = [];
      const errF: number[] = [];
      let bestHi = Infinity;
      for (let r = 0; r < remaining.length; r++) {
        const c = remaining[r]!;
        // Skip a project whose lower bound is already above the best ρ of this round.
        if (fast) {
          if (boundLo[c]! > bestHi) {
            pruned.push(c);
            continue;
          }
        } else if (
          bestRho !== undefined &&
          (boundF[c]! > bestF * (1 + MARGIN) || (boundF[c]! >= bestF * (1 - MARGIN) && lessThan(bestRho, bound[c]!)))
        ) {
          // Explaining: a skipped project may still have run out of money in this round.
          if (explain && !affordable(c)) {
            dropped.push(c);
            continue;
          }
          pruned.push(c);
          continue;
        }
        // Water-filling: t with Σ min(money, t) = cost. Low classes pay all they have.
        let kH = gather(c);
        const withMoney = kH;
        if (fast) {
          const share = floatShare(c);
          if (share === 'unaffordable') {
            dropped.push(c);
            if (withMoney > 0) dormant.push({ c, lb: { n: this.cost[c]!, d: BigInt(withMoney) * this.util[c]! } });
            continue;
          }
          if (share !== 'uncertain') {
            floatEvaluated.push(c);
            rhoF[c] = share.rho;
            errF[c] = share.err;
            boundF[c] = share.rho;
            boundLo[c] = share.rho - share.err;
            bestHi = Math.min(bestHi, share.rho + share.err);
            continue;
          }
        }
        const costD = this.cost[c]! * D;
        // Low classes (they pay all they have) are found pass by pass, without sorting: t only
        // rises as low classes are found, so a class below t stays below it; each pass takes
        // every class surely below the current t, and only classes within the float margin of t
        // are compared exactly. The low set found is {classes with money < t}, in any order.
        const low: number[] = [];
        const high = classList.slice();
        let sumLow = 0n;
        let T = costD;
        const addLow = (k: number): void => {
          low.push(k);
          sumLow += numOf(k) * BigInt(cnt[k]!);
          kH -= cnt[k]!;
        };
        while (kH > 0) {
          T = costD - sumLow;
          const kHb = BigInt(kH);
          const tF = toFloat(T, D) / kH;
          const lowF = tF * (1 - MARGIN);
          const highF = tF * (1 + MARGIN);
          let added = false;
          let kept = 0;
          for (let j = 0; j < high.length; j++) {
            const k = high[j]!;
            if (money[k]! < lowF) {
              addLow(k);
              added = true;
            } else high[kept++] = k;
          }
          high.length = kept;
          if (added) continue;
          // Close to t the integers decide; beyond t·(1 + margin) every class is high.
          kept = 0;
          for (let j = 0; j < high.length; j++) {
            const k = high[j]!;
            if (money[k]! <= highF && numOf(k) * kHb < T) {
              addLow(k);
              added = true;
            } else high[kept++] = k;
          }
          high.length = kept;
          if (!added) break;
        }
        if (kH === 0) {
          dropped.push(c);
          // With K supporters who have money, ρ ≥ cost/(K·u) whatever they have.
          if (withMoney > 0) dormant.push({ c, lb: { n: this.cost[c]!, d: BigInt(withMoney) * this.util[c]! } });
          if (explain) {
            let total = 0n;
            for (const k of classList) total += numOf(k) * BigInt(cnt[k]!);
            ranOut(c, total);
          }
          continue;
        }
        const kHb = BigInt(kH);
        let lowSlope = 0n;
        // The line through t with this low set bounds t from below at every endowment (whoever
        // turns from low to high pays less than their money, so the others pay more): for a
        // project that does not win, tracking the line is enough.
        if (tracking) for (const k of low) lowSlope += slopeOf(k) * BigInt(cnt[k]!);
        const u = this.util[c]!;
        const rho: Frac = { n: T, d: kHb * D * u };
        bound[c] = rho;
        boundF[c] = toFloat(T, kHb * D * u);
        boundFall[c] = { n: lowSlope, d: kHb * E * u };
        evaluated.push(c);
        shareOf.set(c, { T, kH, lowSlope });
        if (explain) {
          lastRatio[c] = rho;
          lastRatioRound[c] = round;
        }
        boundLo[c] = boundF[c]! * (1 - 4 * EPS);
        if (fast) {
          floatEvaluated.push(c);
          rhoF[c] = boundF[c]!;
          errF[c] = boundF[c]! * 4 * EPS;
          bestHi = Math.min(bestHi, boundF[c]! * (1 + 4 * EPS));
          continue;
        }
        const rf = boundF[c]!;
        const cmp =
          bestRho === undefined || rf < bestF * (1 - MARGIN)
            ? -1
            : rf > bestF * (1 + MARGIN)
              ? 1
              : cmpFrac(rho, bestRho);
        if (cmp < 0) {
          best = [c];
          bestRho = rho;
          bestF = boundF[c]!;
        } else if (cmp === 0) {
          best.push(c);
        }
      }
      for (const c of dropped) remaining.splice(remaining.indexOf(c), 1);
      if (fast && floatEvaluated.length > 0) {
        // The lowest float ρ wins unless another interval reaches it; those are decided exactly.
        let w0 = floatEvaluated[0]!;
        for (const c of floatEvaluated) if (rhoF[c]! < rhoF[w0]!) w0 = c;
        const top = rhoF[w0]! + errF[w0]!;
        for (const c of floatEvaluated) {
          if (c !== w0 && rhoF[c]! - errF[c]! > top) continue;
          if (!shareOf.has(c)) {
            gather(c);
            // The float classification was certain, so its low classes give the exact share.
            const lowList: number[] = [];
            let sh: { T: bigint; kH: number; lowSlope: bigint };
            if (typeof floatShare(c, lowList) === 'object') {
              let kH = 0;
              for (const k of classList) kH += cnt[k]!;
              let sumLow = 0n;
              for (const k of lowList) {
                sumLow += numOf(k) * BigInt(cnt[k]!);
                kH -= cnt[k]!;
              }
              sh = { T: this.cost[c]! * D - sumLow, kH, lowSlope: 0n };
            } else sh = exactShare(c);
            shareOf.set(c, sh);
            bound[c] = { n: sh.T, d: BigInt(sh.kH) * D * this.util[c]! };
          }
          const rho = bound[c]!;
          const cmp = bestRho === undefined ? -1 : cmpFrac(rho, bestRho);
          if (cmp < 0) {
            best = [c];
            bestRho = rho;
          } else if (cmp === 0) best.push(c);
        }
      }
      if (bestRho === undefined) {
        // The end: every project left must stay unaffordable.
        if (tracking) for (const d of dormant) if (tracking) trackMoney(d.c);
        break;
      }

      if (best.length > 1) {
        best.sort((a, b) => compareForTie(this.facts[a]!, this.facts[b]!, this.tie));
        ties.push({
          step: round,
          tied: best.map((c) => this.facts[c]!.id),
          chosen: [this.facts[best[0]!]!.id],
          decidedBy: tieKey(this.facts[best[0]!]!, this.facts[best[1]!]!, this.tie),
        });
      }
      const w = best[0]!;
      if (tracking) {
        // Every other candidate's ρ (or bound) stays above the winner's. ρ values fall as the
        // endowment rises; a gap closes when the other one falls faster.
        const wr = bound[w]!;
        const wf = boundFall[w]!;
        const check = (c: number): void => {
          const r = bound[c]!;
          const f = boundFall[c]!;
          const gapN = r.n * wr.d - wr.n * r.d;
          const spN = f.n * wf.d - wf.n * f.d;
          if (gapN < 0n) closes(-gapN, r.d * wr.d, -spN, f.d * wf.d);
          else closes(gapN, r.d * wr.d, spN, f.d * wf.d);
        };
        for (const c of evaluated) if (c !== w && tracking) check(c);
        for (const c of pruned) if (tracking) check(c);
        // An unaffordable project could only take this round if its lowest possible ρ is not
        // above the winner's (which falls as the endowment rises); then watch its money.
        for (const d of dormant) if (tracking && !lessThan(wr, d.lb)) trackMoney(d.c);
      }

      // The winner's supporters per class again (the scan above moved on to other projects).
      gather(w);
      const { T, kH: kHw, lowSlope } = shareOf.get(w)!;
      if (tracking) {
        // The winner's low classes pay all they have; their money (num/D, slope s/E) rises
        // towards t = T/(kH·D), which falls at lowSlope/(kH·E): gap (T − num·kH)/(kH·D),
        // speed (s·kH + lowSlope)/(kH·E).
        const kHb = BigInt(kHw);
        for (const k of classList) {
          const x = numOf(k) * kHb;
          if (x < T && tracking) closes(T - x, kHb * D, slopeOf(k) * kHb + lowSlope, kHb * E);
        }
      }

      // The supporters pay t each, or all their money. Rescale so that t = tN / D exactly.
      const g = smallGcd(Number(T % BigInt(kHw)), kHw);
      const f = BigInt(kHw / g);
      const tN = T / BigInt(g);
      if (f !== 1n) {
        D *= f;
        for (let e = 0; e < numFactor.length; e++) numFactor[e]! *= f;
        numFactor.push(1n);
      }
      // The slope of t is −lowSlope/(kH·E); bring slopes to the denominator E·kH.
      let tSlopeN = 0n;
      if (tracking && lowSlope !== 0n) {
        const kb = BigInt(kHw);
        E *= kb;
        for (let e = 0; e < slopeFactor.length; e++) slopeFactor[e]! *= kb;
        slopeFactor.push(1n);
        tSlopeN = -lowSlope;
      }
      const toMoney = floatOver(D);
      const transition = new Map<number, number>();
      let fullPayers = 0;
      let partialPayers = 0;
      let partialTotal = 0n;
      const partial: Array<{ n: bigint; voters: number }> = [];
      for (const k of classList) {
        const n = cnt[k]!;
        const diff = numOf(k) - tN;
        if (diff === 0n && tracking) closes(0n, 1n, 1n, 1n);
        if (diff <= 0n) {
          transition.set(k, -1);
          if (diff < 0n) {
            partialPayers += n;
            if (explain) {
              partialTotal += numOf(k) * BigInt(n);
              partial.push({ n: numOf(k), voters: n });
            }
          } else fullPayers += n;
        } else {
          transition.set(k, num.length);
          num.push(diff);
          numEpoch.push(numFactor.length - 1);
          money.push(toMoney(diff));
          slope.push(tracking ? slopeOf(k) - tSlopeN : 0n);
          slopeEpoch.push(slopeFactor.length - 1);
          cnt.push(0);
          fullPayers += n;
        }
      }
      if (explanations) {
        const e = explanations[w]!;
        e.outcome = 'selected';
        e.round = round;
        e.share = Rational.of(tN, D * this.scale);
        e.fullPayers = fullPayers;
        e.partialPayers = partialPayers;
        e.partialTotal = Rational.of(partialTotal, D * this.scale);
        e.payers = fullPayers + partialPayers;
        partial.sort((a, b) => (a.n > b.n ? -1 : a.n < b.n ? 1 : 0));
        e.payments = [
          ...(fullPayers > 0 ? [{ amount: e.share, voters: fullPayers }] : []),
          ...partial.map((x) => ({ amount: Rational.of(x.n, D * this.scale), voters: x.voters })),
        ];
        e.ratio = this.ratio(bound[w]!);
      }
      remaining.splice(remaining.indexOf(w), 1);
      winners.push(w);
      const sg = this.supporters[w]!;
      if (explain) {
        undo = [];
        spent += this.costF[w]!;
      }
      for (let j = 0; j < sg.length; j++) {
        const grp = sg[j]!;
        const old = cls[grp]!;
        if (old < 0) continue;
        const to = transition.get(old)!;
        cls[grp] = to;
        if (explain) undo.push(grp, old);
      }
    }
    if (explanations) {
      for (let c = 0; c < m; c++) {
        const e = explanations[c]!;
        if (e.outcome === 'selected') continue;
        const r = lastRatio[c];
        if (r) e.ratio = this.ratio(r);
        const money = lastMoney[c];
        if (money) e.moneyLeft = Rational.of(money.n, money.d);
      }
    }
    return {
      winners,
      ties,
      nextStep: options.track && next !== undefined ? ceilAtLeastOne(next) : undefined,
      explanations,
    };
  }

  /** ρ for display: per unit of cost (cost utility) or per supporter in currency (approval). */
  private ratio(rho: Frac): Rational {
    return this.utility === 'cost' ? Rational.of(rho.n, rho.d) : Rational.of(rho.n, rho.d * this.scale);
  }
}

function ceilAtLeastOne(x: Frac): bigint {
  const q = x.n / x.d;
  const c = q * x.d === x.n ? q : q + 1n;
  return c < 1n ? 1n : c;
}

function gcdBig(a: bigint, b: bigint): bigint {
  while (b !== 0n) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}
