import type { Rational } from './rational.js';

/** What `IntervalEqualShares` needs of the prepared election (see `EqualSharesEngine`). */
export interface IntervalEqualSharesInput {
  /** Per project, the voter groups that support it. */
  supporters: readonly Int32Array[];
  /** Voters in each group. */
  weight: Int32Array;
  /** Projects that can take part. */
  active: readonly boolean[];
  /** Costs as integers (costs times `scale`). */
  cost: readonly bigint[];
  /** Every cost is an integer times this. */
  scale: bigint;
  utility: 'cost' | 'approval';
  /** The tie-break order of projects (negative: `a` goes first). */
  tieOrder: (a: number, b: number) => number;
}

/**
 * Relative widening of one rounded float operation. Round-to-nearest is off by at most 2⁻⁵³
 * relative; widening by 2⁻⁵⁰ covers that eight times over.
 */
const U = 2 ** -50;
/** The largest integer that is sure to be exact as a float. */
const EXACT = 2 ** 53;

/** A float no larger than the exact value that `x`, one rounded operation, stands for. */
const down = (x: number): number => x - Math.abs(x) * U - Number.MIN_VALUE;
/** A float no smaller than the exact value that `x`, one rounded operation, stands for. */
const up = (x: number): number => x + Math.abs(x) * U + Number.MIN_VALUE;
/**
 * Bounds of a float sum of `terms` non-negative products (weight × money): each product and each
 * addition rounds by at most 2⁻⁵³ relative, so the sum is off by less than (terms + 1)·2⁻⁵³ of
 * itself; (terms + 2)·2⁻⁵¹ is four times that and more.
 */
const sumUp = (s: number, terms: number): number => up(s + s * (terms + 2) * 2 ** -51);
const sumDown = (s: number, terms: number): number => down(s - s * (terms + 2) * 2 ** -51);

/**
 * A fixed-endowment run of the Method of Equal Shares on float intervals, as a fast path that
 * never decides on a rounding error: every voter group's money is an interval [lo, hi] of floats
 * that surely contains the exact money, every share an interval [tLo, tHi] that surely contains
 * the exact share, and a comparison counts only when the intervals are apart. When any decision
 * of the run (who wins a round, whether a project is affordable) is not certain — an exact tie
 * of ρ, a sum that equals a cost — the run gives up (`undefined`) and the caller counts exactly.
 * A run that does not give up selects exactly what the exact engine selects.
 *
 * Why the bounds hold, with f(t) = Σ over supporters of weight · min(money, t), which rises with
 * t and with money, and the share t* of a project the solution of f(t) = cost:
 * - for any set L of supporters (the "low" ones), f(t) ≤ Σ_L w·money + (W − w(L))·t, so
 *   t* ≥ (cost − Σ_L w·hi) / (W − w(L)): a lower bound for every L, best for L = {hi < t};
 * - any t' with Σ w·min(lo, t') ≥ cost is ≥ t*: an upper bound, checked once found;
 * - after paying, money is max(0, money − t*), which falls with t* and rises with money, so
 *   [max(0, lo − tHi), max(0, hi − tLo)] holds it;
 * - within a run ρ of a project only rises (its supporters only lose money), so a lower bound
 *   from an earlier round stays one; that lets most projects be skipped in most rounds.
 * Every float operation is widened outwards by more than its rounding error (`down`, `up`).
 */
export class IntervalEqualShares {
  /** Per project, where its supporter groups sit in `money` (3 × group). */
  private readonly at: Int32Array[];
  /** Per group: lo, hi (its money, scaled currency units), weight (its voters). */
  private readonly money: Float64Array;
  private readonly groups: number;
  private readonly costF: Float64Array;
  /** Divisor turning a share into ρ: the cost (cost utility) or 1 (approval). */
  private readonly perUtility: Float64Array;
  private readonly candidates: Int32Array;
  private readonly scale: bigint;
  private readonly bound: Float64Array;
  private readonly rhoLo: Float64Array;
  private readonly tLo: Float64Array;
  private readonly tHi: Float64Array;
  /**
   * When every supporter of c who has money can pay C/k (k of them) and the others surely have
   * none, the share is exactly C/k: k, else 0. Such ρ compare exactly, ties included.
   */
  private readonly equalPayers: Float64Array;
  private readonly costUtility: boolean;
  /**
   * Per project and round, its share when last computed in that round (by an earlier run):
   * a guess of where the low/high split lies. Only for up to 1 000 projects.
   */
  private readonly guess: Float64Array | undefined;
  private readonly guessRounds: number;
  private readonly tieOrder: (a: number, b: number) => number;
  /** Voters supporting each project. */
  private readonly total: Float64Array;

  private constructor(input: IntervalEqualSharesInput) {
    const m = input.cost.length;
    this.at = input.supporters.map((sg) => sg.map((g) => 3 * g));
    this.groups = input.weight.length;
    this.money = new Float64Array(3 * this.groups);
    for (let g = 0; g < this.groups; g++) this.money[3 * g + 2] = input.weight[g]!;
    this.scale = input.scale;
    this.costF = Float64Array.from(input.cost, (c) => Number(c));
    this.perUtility = input.utility === 'cost' ? this.costF : new Float64Array(m).fill(1);
    const list: number[] = [];
    for (let c = 0; c < m; c++) if (input.active[c]) list.push(c);
    this.candidates = Int32Array.from(list);
    this.bound = new Float64Array(m);
    this.rhoLo = new Float64Array(m);
    this.tLo = new Float64Array(m);
    this.tHi = new Float64Array(m);
    this.equalPayers = new Float64Array(m);
    this.costUtility = input.utility === 'cost';
    this.guessRounds = list.length;
    this.guess = m <= 1000 ? new Float64Array(m * list.length) : undefined;
    this.tieOrder = input.tieOrder;
    this.total = new Float64Array(m);
    for (const c of list) for (const g of input.supporters[c]!) this.total[c]! += input.weight[g]!;
  }

  /**
   * The fast path for these inputs, or undefined when floats cannot hold them exactly (a cost
   * above 2⁵³, or more voters than a sum can count exactly).
   */
  static for(input: IntervalEqualSharesInput): IntervalEqualShares | undefined {
    let voters = 0;
    for (const w of input.weight) voters += w;
    if (voters >= EXACT) return undefined;
    for (let c = 0; c < input.cost.length; c++) {
      if (input.active[c] && !(input.cost[c]! > 0n && input.cost[c]! < BigInt(EXACT))) return undefined;
    }
    return new IntervalEqualShares(input);
  }

  /**
   * The projects selected, in order, when every voter starts with `endowment` (in currency
   * units); undefined when some decision was too close to call in floats.
   */
  winners(endowment: Rational): number[] | undefined {
    const n = endowment.n * this.scale;
    const d = endowment.d;
    if (n <= 0n || n >= 1n << 1000n || d >= 1n << 1000n) return undefined;
    // Three roundings (two conversions and the division): within 2⁻⁵¹ relative; widen by 2⁻⁴⁸.
    const e = Number(n) / Number(d);
    const eLo = e - e * 2 ** -48;
    const eHi = e + e * 2 ** -48;
    const { money, at, costF, perUtility, bound, rhoLo, tLo, tHi, total, equalPayers, guess, guessRounds } = this;
    for (let x = 0; x < 3 * this.groups; x += 3) {
      money[x] = eLo;
      money[x + 1] = eHi;
    }
    const remaining: number[] = [];
    for (const c of this.candidates) {
      // With everyone paying an equal share, t = cost / supporters; nobody can pay less.
      tLo[c] = down(costF[c]! / total[c]!);
      bound[c] = down(tLo[c]! / perUtility[c]!);
      remaining.push(c);
    }
    const winners: number[] = [];
    const evaluated: number[] = [];
    const unaffordable: number[] = [];

    /**
     * Bounds the share of c from below (tLo, and ρ: rhoLo) and, when a step allows it, from above
     * (tHi; else Infinity); returns false when c is surely unaffordable. The bounds hold if c is
     * affordable; a finite upper bound also proves that it is. Stops refining once ρ is surely
     * above `cut`.
     *
     * Newton's method from below on Σ w·min(hi, t) = C, from the last lower bound: every step is
     * a lower bound (see the class comment). Each pass also tries the same low/high split on the
     * lower ends: t' = (C − Σ_low w·lo) / k rounded up is an upper bound when no high group's lo
     * is below t' (then Σ w·min(lo, t') = Σ_low w·lo + k·t' ≥ C).
     */
    const evaluate = (c: number, cut: number): boolean => {
      const C = costF[c]!;
      const u = perUtility[c]!;
      if (winners.length === 0) {
        // Nobody has paid yet: everyone has [eLo, eHi].
        const W = total[c]!;
        if (up(W * eHi) < C) return false;
        const equal = up(C / W);
        if (eLo >= equal) {
          // Everyone can pay the equal share: t = C / W (tLo already holds its lower end).
          tHi[c] = equal;
          equalPayers[c] = W;
          rhoLo[c] = bound[c]!;
          return true;
        }
      }
      const sg = at[c]!;
      const round = winners.length;
      let lower = tLo[c]!;
      let upper = Infinity;
      equalPayers[c] = 0;
      // First try the split at this project's share in the same round of the previous run:
      // consecutive endowments mostly give the same split, and then one pass bounds the share
      // closely from both sides. Otherwise (and after that) Newton's method from below.
      const g = guess !== undefined && round < guessRounds ? guess[c * guessRounds + round]! : 0;
      let newton = !(g > lower && g < Infinity);
      let split = newton ? lower : g;
      for (let step = 0; step < 64; step++) {
        // Groups without money count as low and add nothing.
        let s = 0;
        let sl = 0;
        let k = 0;
        let low = 0;
        let minHigh = Infinity;
        let maxLow = 0;
        for (let j = 0; j < sg.length; j++) {
          const x = sg[j]!;
          const h = money[x + 1]!;
          if (h < split) {
            const w = money[x + 2]!;
            const l = money[x]!;
            s += w * h;
            sl += w * l;
            if (l > maxLow) maxLow = l;
            low++;
          } else {
            k += money[x + 2]!;
            const l = money[x]!;
            if (l < minHigh) minHigh = l;
          }
        }
        if (k === 0) {
          // Everyone is low: all the money together is below the cost, or too close to tell.
          if (sumUp(s, low) < C) return false;
          if (newton) break;
          newton = true;
          split = lower;
          continue;
        }
        // No low group has money (s = 0 exactly) and every high one can pay C/k: exact.
        if (s === 0) equalPayers[c] = minHigh >= up(C / k) ? k : 0;
        const tu = up(up(C - sumDown(sl, low)) / k);
        if (maxLow <= tu && tu <= minHigh && tu < upper) upper = tu;
        const next = down(down(C - sumUp(s, low)) / k);
        if (next > lower) lower = next;
        if (upper <= lower * (1 + 2 ** -40)) break; // both ends known closely enough
        if (down(lower / u) > cut) break; // beaten already: this bound is enough
        if (newton) {
          if (!(next > split)) break; // the same split again: the lower bound is the solution
          split = next;
        } else {
          newton = true;
          split = lower;
        }
      }
      tLo[c] = lower;
      tHi[c] = upper;
      if (guess !== undefined && round < guessRounds) guess[c * guessRounds + round] = upper < Infinity ? upper : lower;
      const r = down(lower / u);
      rhoLo[c] = r;
      if (r > bound[c]!) bound[c] = r;
      return true;
    };

    /**
     * An upper bound of the share of c, or undefined: Newton's method from below on
     * Σ w·min(lo, t) = C until a step keeps the low/high split, which proves
     * Σ w·min(lo, t') = Σ_low w·lo + k·t' ≥ C at the rounded-up solution t' (and so that c is
     * affordable).
     */
    const shareUpper = (c: number): number | undefined => {
      const C = costF[c]!;
      if (winners.length === 0) {
        const t = up(C / total[c]!);
        return eLo >= t ? t : undefined;
      }
      const sg = at[c]!;
      let t = tLo[c]!;
      let s = 0;
      let k = 0;
      let low = 0;
      for (let step = 0; step < 64; step++) {
        const before = low;
        s = 0;
        k = 0;
        low = 0;
        for (let j = 0; j < sg.length; j++) {
          const x = sg[j]!;
          const l = money[x]!;
          if (l < t) {
            s += money[x + 2]! * l;
            low++;
          } else k += money[x + 2]!;
        }
        // Checked at t: the split {lo < t} of the previous step held here too.
        if (step > 0 && low === before) return t;
        if (k === 0) return undefined;
        const next = up(up(C - sumDown(s, low)) / k);
        // t' ≤ t: the split at t gives Σ w·min(lo, t) = Σ_low w·lo + k·t ≥ C already.
        if (!(next > t)) return t;
        t = next;
      }
      return undefined;
    };

    // Per round: projects whose lower bound is above the best ρ found (with a little room) are
    // skipped; the winner is checked against the first of them below.
    let best = -1;
    let cut = Infinity;
    let i = 0;
    /** Evaluates remaining[i…] in order while their bounds are ≤ limit (and ≤ cut). */
    const scan = (limit: number): void => {
      for (; i < remaining.length && bound[remaining[i]!]! <= limit; i++) {
        const c = remaining[i]!;
        if (!evaluate(c, cut)) {
          unaffordable.push(c);
          continue;
        }
        evaluated.push(c);
        if (best < 0 || rhoLo[c]! < rhoLo[best]!) {
          best = c;
          cut = rhoLo[c]! * (1 + 1e-9);
        }
        if (cut < limit) limit = cut;
      }
    };

    for (;;) {
      // Most bounds have not moved since the last round: insertion sort is nearly linear.
      for (let a = 1; a < remaining.length; a++) {
        const c = remaining[a]!;
        const key = bound[c]!;
        let b = a - 1;
        for (; b >= 0 && bound[remaining[b]!]! > key; b--) remaining[b + 1] = remaining[b]!;
        remaining[b + 1] = c;
      }
      evaluated.length = 0;
      unaffordable.length = 0;
      best = -1;
      cut = Infinity;
      i = 0;
      scan(Infinity);
      if (unaffordable.length > 0) {
        for (const c of unaffordable) remaining.splice(remaining.indexOf(c), 1);
        i -= unaffordable.length;
        unaffordable.length = 0;
      }
      if (best < 0) return winners; // nothing affordable is left
      const upper = tHi[best]! < Infinity ? tHi[best]! : shareUpper(best);
      if (upper === undefined) return undefined;
      let shareHi = upper;
      const rhoHi = up(shareHi / perUtility[best]!);
      // Projects skipped with a lower bound not above the winner's ρ: evaluate them too.
      if (i < remaining.length && bound[remaining[i]!]! <= rhoHi) {
        const first = best;
        scan(rhoHi);
        for (const c of unaffordable) remaining.splice(remaining.indexOf(c), 1);
        i -= unaffordable.length;
        if (best !== first) return undefined;
      }
      if (i < remaining.length && !(bound[remaining[i]!]! > rhoHi)) return undefined;
      // Others whose ρ may equal the winner's: only exact shares can settle that.
      let w = best;
      let tl = tLo[w]!;
      for (const c of evaluated) {
        if (c === best || rhoLo[c]! > rhoHi) continue;
        if (equalPayers[c] === 0 || equalPayers[best] === 0) return undefined;
        const order = this.compareExact(c, w);
        if (order < 0 || (order === 0 && this.tieOrder(c, w) < 0)) w = c;
      }
      if (w !== best) {
        tl = down(costF[w]! / equalPayers[w]!);
        shareHi = up(costF[w]! / equalPayers[w]!);
      }

      const sg = at[w]!;
      for (let j = 0; j < sg.length; j++) {
        const x = sg[j]!;
        const h = money[x + 1]!;
        if (h === 0) continue;
        const l = down(money[x]! - shareHi);
        money[x] = l > 0 ? l : 0;
        const hNew = up(h - tl);
        money[x + 1] = hNew > 0 ? hNew : 0;
      }
      winners.push(w);
      remaining.splice(remaining.indexOf(w), 1);
    }
  }

  /** Compares the exact ρ of a and b (both with `equalPayers`): ρ = C / (k · utility). */
  private compareExact(a: number, b: number): number {
    const ka = this.equalPayers[a]!;
    const kb = this.equalPayers[b]!;
    // Cost utility: ρ = 1/k. Approval: ρ = C/k, compared as C_a·k_b against C_b·k_a.
    if (this.costUtility) return kb - ka;
    const x = BigInt(this.costF[a]!) * BigInt(kb);
    const y = BigInt(this.costF[b]!) * BigInt(ka);
    return x < y ? -1 : x > y ? 1 : 0;
  }
}
