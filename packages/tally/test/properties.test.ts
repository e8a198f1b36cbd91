import { describe, expect, test } from 'vitest';
import type { Election } from '../src/election.js';
import { equalSharesAdd1 } from '../src/equal-shares-add1.js';
import { EqualSharesEngine } from '../src/equal-shares-engine.js';
import { greedy } from '../src/greedy.js';
import { methodOfEqualShares } from '../src/method-of-equal-shares.js';
import { Rational } from '../src/rational.js';
import type { GreedyExplanation, MesExplanation, TieMode, Utility } from '../src/tally-result.js';
import { makeElection } from './make-election.js';
import { referenceMesAdd1, referenceMesRun } from './reference-mes.js';
import { randomInt, seededRandom } from './seeded-random.js';

/** A small random election; some costs are decimals, some projects share cost and support. */
function randomElection(seed: number): Election {
  const random = seededRandom(seed);
  const m = randomInt(random, 1, 7);
  const n = randomInt(random, 1, 12);
  const projects: Array<[string, string]> = [];
  for (let i = 0; i < m; i++) {
    const cost = random() < 0.2 ? `${randomInt(random, 1, 40)}.5` : String(randomInt(random, 1, 40));
    projects.push([`p${i}`, cost]);
  }
  const ballots: string[][] = [];
  for (let v = 0; v < n; v++) {
    ballots.push(projects.filter(() => random() < 0.45).map(([id]) => id));
  }
  const budget = randomInt(random, 5, 80);
  return makeElection(budget, projects, ballots);
}

const SEEDS = Array.from({ length: 150 }, (_, i) => i + 1);
const sum = (xs: Rational[]): Rational => xs.reduce((s, x) => s.add(x), Rational.ZERO);

describe('properties on seeded random elections', () => {
  test('greedy fits the budget, and every skipped project did not fit when considered', () => {
    for (const seed of SEEDS) {
      const e = randomElection(seed);
      const r = greedy(e);
      expect(r.cost.le(e.budget), `seed ${seed}`).toBe(true);
      const ex = (r.explanations as GreedyExplanation[]).filter((x) => x.rank > 0).sort((a, b) => a.rank - b.rank);
      let left = e.budget;
      for (const x of ex) {
        const cost = e.projects.find((p) => p.id === x.project)!.cost;
        expect(x.remaining.equals(left), `seed ${seed}`).toBe(true);
        if (x.outcome === 'selected') left = left.sub(cost);
        else expect(cost.gt(x.remaining), `seed ${seed} ${x.project}`).toBe(true);
      }
      // Ranked by score, highest first.
      for (let i = 1; i < ex.length; i++) expect(ex[i - 1]!.score >= ex[i]!.score).toBe(true);
    }
  });

  test.each<[Utility, TieMode]>([
    ['cost', 'default'],
    ['cost', 'id'],
    ['approval', 'default'],
    ['approval', 'id'],
  ])('MES (%s utility, %s ties) equals the plain reference; no voter overspends; costs are fully paid', (utility, tie) => {
    for (const seed of SEEDS) {
      const e = randomElection(seed);
      const r = methodOfEqualShares(e, { utility, tie });
      const endowment = e.budget.divInt(BigInt(Math.max(1, e.ballots.length)));
      const ref = referenceMesRun(e, endowment, utility, tie);
      expect(r.selected, `seed ${seed}`).toEqual(ref.winners.map((i) => e.projects[i]!.id));
      expect(r.cost.le(e.budget), `seed ${seed}`).toBe(true);
      for (const money of ref.money) expect(money.sign() >= 0, `seed ${seed}`).toBe(true);
      const spent = sum(ref.money.map((money) => endowment.sub(money)));
      expect(spent.equals(r.cost), `seed ${seed}`).toBe(true);
      // The explanation's payments add up to each selected project's cost, nobody pays more
      // than they started with, and partial payers paid less than the share.
      for (const x of r.explanations as MesExplanation[]) {
        if (x.outcome !== 'selected') continue;
        const paid = x.share!.mulInt(BigInt(x.fullPayers!)).add(x.partialTotal!);
        expect(paid.equals(e.projects.find((p) => p.id === x.project)!.cost), `seed ${seed}`).toBe(true);
        expect(x.share!.le(endowment)).toBe(true);
        expect(x.partialTotal!.lt(x.share!.mulInt(BigInt(x.partialPayers!))) || x.partialPayers === 0).toBe(true);
        expect(x.fullPayers! + x.partialPayers!).toBeLessThanOrEqual(x.supporters);
        expect(x.payers).toBe(x.fullPayers! + x.partialPayers!);
        expect(sum(x.payments!.map((p) => p.amount.mulInt(BigInt(p.voters)))).equals(paid)).toBe(true);
      }
    }
  });

  test.each<Utility>(['cost', 'approval'])(
    'MES (%s utility) explains every loser as the plain reference does: its last ρ while affordable, and the money left when it was not',
    (utility) => {
      let withRatio = 0;
      for (const seed of SEEDS) {
        const e = randomElection(seed);
        const r = methodOfEqualShares(e, { utility });
        const endowment = e.budget.divInt(BigInt(Math.max(1, e.ballots.length)));
        const ref = referenceMesRun(e, endowment, utility, 'default');
        (r.explanations as MesExplanation[]).forEach((x, i) => {
          if (x.outcome !== 'supporters-ran-out') return;
          expect(x.ratio?.toString(), `seed ${seed} ${x.project} ratio`).toBe(ref.lastRatio[i]?.toString());
          expect(x.moneyLeft?.toString(), `seed ${seed} ${x.project} money`).toBe(ref.moneyLeft[i]?.toString());
          if (x.ratio !== undefined) withRatio++;
        });
      }
      expect(withRatio).toBeGreaterThan(50);
    },
  );

  test.each<[Utility, TieMode]>([
    ['cost', 'default'],
    ['approval', 'id'],
  ])('mes-add1 (%s, %s) skipping ahead gives exactly the raise-by-raise outcome', (utility, tie) => {
    for (const seed of SEEDS) {
      const e = randomElection(seed);
      const fast = equalSharesAdd1(e, { utility, tie });
      const slow = referenceMesAdd1(e, utility, tie);
      expect(fast.selected, `seed ${seed}`).toEqual(slow.winners.map((i) => e.projects[i]!.id));
      expect(fast.cost.le(e.budget), `seed ${seed}`).toBe(true);
    }
  });

  test('mes-add1 with the exhaustive stop also equals the reference', () => {
    for (const seed of SEEDS) {
      const e = randomElection(seed);
      const fast = equalSharesAdd1(e, { exhaustiveStop: true });
      const slow = referenceMesAdd1(e, 'cost', 'default', undefined, true);
      expect(fast.selected, `seed ${seed}`).toEqual(slow.winners.map((i) => e.projects[i]!.id));
      // The reference gives up after 2 000 raises when nothing would ever change.
      if (slow.raises <= 2_000) expect(fast.mes!.raises, `seed ${seed}`).toBe(BigInt(slow.raises));
    }
  });

  test.each<[Utility, TieMode]>([
    ['cost', 'default'],
    ['cost', 'id'],
    ['approval', 'default'],
  ])('untracked runs (float-filtered rounds, %s, %s) equal the reference at many endowments', (utility, tie) => {
    for (const seed of SEEDS) {
      const e = randomElection(seed);
      const engine = new EqualSharesEngine(e, utility, tie);
      const start = e.budget.divInt(BigInt(Math.max(1, e.ballots.length)));
      for (const raise of [0, 1, 3, 7]) {
        const b = start.add(Rational.int(raise));
        expect(engine.run(b).winners, `seed ${seed} +${raise}`).toEqual(referenceMesRun(e, b, utility, tie).winners);
      }
    }
  });

  test('a run predicts correctly how far the endowment can rise with the same outcome', () => {
    for (const seed of SEEDS.slice(0, 60)) {
      const e = randomElection(seed);
      const engine = new EqualSharesEngine(e, 'cost', 'default');
      const start = e.budget.divInt(BigInt(Math.max(1, e.ballots.length)));
      const run = engine.run(start, { track: true });
      if (run.nextStep === undefined) continue;
      for (let k = 1n; k < run.nextStep && k < 200n; k++) {
        expect(engine.run(start.add(Rational.int(k))).winners, `seed ${seed} +${k}`).toEqual(run.winners);
      }
    }
  });
});
