import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Election } from '../src/election.js';
import { electionFromPb } from '../src/election-from-pb.js';
import { equalSharesAdd1 } from '../src/equal-shares-add1.js';
import { methodOfEqualShares } from '../src/method-of-equal-shares.js';
import { EqualSharesEngine } from '../src/equal-shares-engine.js';
import { parsePb } from '../src/parse-pb.js';
import { Rational } from '../src/rational.js';
import type { MesExplanation, TieMode, Utility } from '../src/tally-result.js';
import { makeElection } from './make-election.js';
import { referenceMesAdd1, referenceMesRun } from './reference-mes.js';
import { randomInt, seededRandom } from './seeded-random.js';

/**
 * A random election with more voters and rounds than the property tests' smallest ones:
 * decimal costs, voters with similar tastes (so shares interact), optional exact ties (a
 * duplicated project).
 */
function randomElection(seed: number): Election {
  const random = seededRandom(seed * 7919 + 17);
  const m = randomInt(random, 2, 12);
  const n = randomInt(random, 3, 60);
  const projects: Array<[string, string]> = [];
  for (let i = 0; i < m; i++) {
    const whole = randomInt(random, 1, 300);
    const cost = random() < 0.3 ? `${whole}.${randomInt(random, 1, 99)}` : String(whole);
    projects.push([`p${i}`, cost]);
  }
  const duplicate = random() < 0.2 && m > 2;
  if (duplicate) projects[m - 1] = [`p${m - 1}`, projects[0]![1]];
  const taste = projects.map(() => random());
  const ballots: string[][] = [];
  for (let v = 0; v < n; v++) {
    const ballot = projects.filter((_, i) => random() < 0.15 + 0.6 * taste[i]!).map(([id]) => id);
    if (duplicate) {
      // p0 and the last project have the same cost and the same supporters: an exact tie.
      const has = ballot.includes('p0');
      const without = ballot.filter((id) => id !== `p${m - 1}`);
      ballots.push(has ? [...without, `p${m - 1}`] : without);
    } else ballots.push(ballot);
  }
  const budget = `${randomInt(random, 50, 2000)}.${randomInt(random, 0, 9)}`;
  return makeElection(budget, projects, ballots);
}

const SEEDS = Array.from({ length: 120 }, (_, i) => i + 1);
/** The float-interval runs alone (no fallback to the integers). */
const floatRuns = (
  e: Election,
  utility: Utility,
  tie: TieMode = 'default',
): { winners: (endowment: Rational) => number[] | undefined } => {
  const engine = new EqualSharesEngine(e, utility, tie);
  return { winners: (endowment) => engine.intervalWinners(endowment) };
};

describe('float-interval MES runs (the fast path of mes and mes-add1)', () => {
  test.each<[Utility, TieMode]>([
    ['cost', 'default'],
    ['approval', 'default'],
    ['cost', 'id'],
  ])(
    'on seeded random elections at many endowments (%s utility, %s ties): every run that decides selects what the plain reference selects, and most runs decide',
    (utility, tie) => {
      let decided = 0;
      let runs = 0;
      for (const seed of SEEDS) {
        const e = randomElection(seed);
        const fast = floatRuns(e, utility, tie);
        const engine = new EqualSharesEngine(e, utility, tie);
        const start = e.budget.divInt(BigInt(Math.max(1, e.ballots.length)));
        for (const raise of ['0', '1', '5/2', '17', '103']) {
          const endowment = start.add(Rational.parse(raise)!);
          const reference = referenceMesRun(e, endowment, utility, tie).winners;
          const winners = fast.winners(endowment);
          runs++;
          if (winners !== undefined) {
            decided++;
            expect(winners, `seed ${seed} +${raise}`).toEqual(reference);
          }
          // Whether or not the floats decided, the engine's answer is the reference's.
          expect(engine.winnersAt(endowment), `seed ${seed} +${raise}`).toEqual(reference);
        }
      }
      expect(decided / runs).toBeGreaterThan(0.95);
    },
  );

  test('an exact tie of ρ between projects that everyone pays equally is broken by the tie rule on the floats', () => {
    // a and b cost the same and have the same supporters, who can all pay: ρ = 1/3 for both.
    const e = makeElection(90, [['a', 30], ['b', 30], ['c', 50]], [['b', 'a'], ['a', 'b', 'c'], ['c'], ['a', 'b']]);
    const endowment = Rational.of(90n, 4n);
    for (const tie of ['default', 'id'] as const) {
      const engine = new EqualSharesEngine(e, 'cost', tie);
      const reference = referenceMesRun(e, endowment, 'cost', tie).winners;
      expect(engine.intervalWinners(endowment)).toEqual(reference);
      expect(engine.winnersAt(endowment)).toEqual(reference);
      expect(engine.stats).toEqual({ winnersAt: 1, exact: 0 });
    }
    // With cost utility a project with more supporters who all pay an equal share always wins.
    const wider = makeElection(90, [['a', 30], ['b', 60]], [['a', 'b'], ['a', 'b'], ['b'], ['a']]);
    const engine = new EqualSharesEngine(wider, 'cost', 'default');
    expect(engine.intervalWinners(Rational.of(90n, 4n))).toEqual(referenceMesRun(wider, Rational.of(90n, 4n), 'cost', 'default').winners);
  });

  test('an exact tie of ρ where someone pays all they have left is left to the integers', () => {
    // Approval utility. Round 1: z (cost 3, only v1) wins with ρ = 3; v1 keeps 7. Round 2: a and
    // b (cost 27 each, v1–v3) both have ρ = 10, v1 paying 7: a tie the floats cannot prove.
    const e = makeElection(30, [['a', 27], ['b', 27], ['z', 3]], [['a', 'b', 'z'], ['a', 'b'], ['a', 'b']]);
    const endowment = Rational.int(10);
    const engine = new EqualSharesEngine(e, 'approval', 'default');
    expect(engine.intervalWinners(endowment)).toBeUndefined();
    expect(engine.winnersAt(endowment)).toEqual(referenceMesRun(e, endowment, 'approval', 'default').winners);
    expect(engine.winnersAt(endowment).map((i) => e.projects[i]!.id)).toEqual(['z', 'a']);
    expect(engine.stats).toEqual({ winnersAt: 2, exact: 2 });
  });

  test('a voter whose money equals the share exactly is handled (the floats give up or agree)', () => {
    // 3 voters with 10 each; x costs 30: everyone pays exactly all they have.
    const e = makeElection(30, [['x', 30], ['y', 5]], [['x', 'y'], ['x'], ['x']]);
    const endowment = Rational.int(10);
    const engine = new EqualSharesEngine(e, 'cost', 'default');
    expect(engine.winnersAt(endowment)).toEqual(referenceMesRun(e, endowment, 'cost', 'default').winners);
  });

  test('MES explanations of losers equal the plain reference on these larger elections too', () => {
    // The explaining run skips projects that cannot win and works out a loser's last ρ only
    // when it runs out, on the classes of the round before: check it against the plain way.
    let compared = 0;
    for (const seed of SEEDS) {
      const e = randomElection(seed);
      for (const utility of ['cost', 'approval'] as const) {
        const r = methodOfEqualShares(e, { utility });
        const ref = referenceMesRun(e, e.budget.divInt(BigInt(e.ballots.length)), utility, 'default');
        expect(r.selected, `seed ${seed}`).toEqual(ref.winners.map((i) => e.projects[i]!.id));
        (r.explanations as MesExplanation[]).forEach((x, i) => {
          if (x.outcome !== 'supporters-ran-out') return;
          expect(x.ratio?.toString(), `seed ${seed} ${x.project}`).toBe(ref.lastRatio[i]?.toString());
          expect(x.moneyLeft?.toString(), `seed ${seed} ${x.project}`).toBe(ref.moneyLeft[i]?.toString());
          compared++;
        });
      }
    }
    expect(compared).toBeGreaterThan(200);
  });

  test('mes-add1 on seeded random elections equals the plain raise-by-raise reference', () => {
    for (const seed of SEEDS.slice(0, 40)) {
      const e = randomElection(seed);
      const fast = equalSharesAdd1(e);
      const slow = referenceMesAdd1(e, 'cost', 'default');
      expect(fast.selected, `seed ${seed}`).toEqual(slow.winners.map((i) => e.projects[i]!.id));
      // The reference gives up after 2 000 raises when nothing would ever change.
      if (slow.raises <= 2_000) expect(fast.mes!.raises, `seed ${seed}`).toBe(BigInt(slow.raises));
    }
  });

  test('Praga-Południe 2020: float runs near the final endowment select what exact runs select', () => {
    const text = readFileSync(new URL('./fixtures/Poland_Warszawa_2020_Praga-Poludnie.pb', import.meta.url), 'utf8');
    const e = electionFromPb(parsePb(text));
    const engine = new EqualSharesEngine(e, 'cost', 'default');
    const fast = floatRuns(e, 'cost');
    const start = e.budget.divInt(BigInt(e.ballots.length));
    for (const raise of [0n, 100n, 176n, 177n, 178n]) {
      const endowment = start.add(Rational.int(raise));
      const winners = fast.winners(endowment);
      expect(winners, `+${raise}`).toBeDefined();
      expect(winners, `+${raise}`).toEqual(engine.run(endowment).winners);
    }
  });

  test.each([
    ['Poland_Wieliczka_2023_Green_Budget.pb', 'cost'],
    ['Poland_Wieliczka_2023_Green_Budget.pb', 'approval'],
    ['Poland_Swiecie_2023.pb', 'cost'],
    ['Netherlands_Assen_2024.pb', 'cost'],
  ] as const)('%s (%s utility): float runs at consecutive endowments select what exact runs select', (file, utility) => {
    const e = electionFromPb(parsePb(readFileSync(new URL(`./fixtures/${file}`, import.meta.url), 'utf8')));
    const engine = new EqualSharesEngine(e, utility, 'default');
    const start = e.budget.divInt(BigInt(e.ballots.length));
    let decided = 0;
    for (let raise = 0n; raise < 40n; raise += raise < 12n ? 1n : 7n) {
      const endowment = start.add(Rational.int(raise));
      const winners = engine.intervalWinners(endowment);
      if (winners !== undefined) decided++;
      if (winners !== undefined) expect(winners, `+${raise}`).toEqual(engine.run(endowment).winners);
    }
    expect(decided).toBeGreaterThan(10);
  });

  test('Praga-Południe 2020: mes-add1 keeps the outcome of the integer-only implementation', () => {
    const text = readFileSync(new URL('./fixtures/Poland_Warszawa_2020_Praga-Poludnie.pb', import.meta.url), 'utf8');
    const e = electionFromPb(parsePb(text));
    const r = equalSharesAdd1(e);
    // Computed by the integer-only engine before the float fast path existed (raise by raise
    // wherever its tracking could not skip): 177 raises, 61 projects.
    expect(r.mes!.raises).toBe(177n);
    expect(r.cost.toString()).toBe('5856418');
    expect(r.selected.join(',')).toBe(
      '287,26,49,282,1022,288,562,1540,1788,668,2140,1561,1718,41,2126,625,1816,1466,1666,28,1451,558,1782,1799,1834,1814,479,539,186,223,467,584,1728,588,1960,440,45,137,660,583,359,2132,1554,442,92,469,587,1929,358,378,920,301,1480,831,2015,1097,1190,375,502,436,1471',
    );
  });
});
