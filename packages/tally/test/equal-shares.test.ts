import { describe, expect, test } from 'vitest';
import { equalSharesAdd1 } from '../src/equal-shares-add1.js';
import { EqualSharesEngine } from '../src/equal-shares-engine.js';
import { methodOfEqualShares } from '../src/method-of-equal-shares.js';
import { Rational } from '../src/rational.js';
import { tally } from '../src/tally.js';
import type { MesExplanation } from '../src/tally-result.js';
import { makeElection } from './make-election.js';

// Four voters with 10 each. a (20) by v1–v3, b (10) by v4, c (12) by v1 and v4.
const small = makeElection(
  40,
  [
    ['a', 20],
    ['b', 10],
    ['c', 12],
  ],
  [['a', 'c'], ['a'], ['a'], ['b', 'c']],
);

const q = (text: string): string => Rational.parse(text)!.toString();

describe('Method of Equal Shares', () => {
  test('cost utility: a for 1/3 per unit, then c, and b runs out', () => {
    const r = methodOfEqualShares(small);
    expect(r.selected).toEqual(['a', 'c']);
    expect(r.cost.toString()).toBe('32');
    expect(r.mes!.endowment.toString()).toBe('10');
    const [a, b, c] = r.explanations as MesExplanation[];
    expect(a).toMatchObject({ outcome: 'selected', round: 1, fullPayers: 3, partialPayers: 0 });
    expect(a!.ratio!.toString()).toBe('1/3');
    expect(a!.share!.toString()).toBe('20/3');
    // v1 has 10/3 left and pays it all; v4 pays the rest, 26/3.
    expect(c).toMatchObject({ outcome: 'selected', round: 2, fullPayers: 1, partialPayers: 1 });
    expect(c!.ratio!.toString()).toBe('13/18');
    expect(c!.share!.toString()).toBe('26/3');
    expect(c!.partialTotal!.toString()).toBe('10/3');
    expect(c!.payers).toBe(2);
    expect(c!.payments!.map((p) => [p.amount.toString(), p.voters])).toEqual([
      ['26/3', 1],
      ['10/3', 1],
    ]);
    expect(b).toMatchObject({ outcome: 'supporters-ran-out', supporters: 1 });
    expect(b!.moneyLeft!.toString()).toBe(q('4/3'));
    expect(b!.ratio!.toString()).toBe('1');
  });

  test('approval utility: the cheapest share first (c, then a)', () => {
    const r = methodOfEqualShares(small, { utility: 'approval' });
    expect(r.selected).toEqual(['c', 'a']);
    const a = r.explanations[0] as MesExplanation;
    expect(a.ratio!.toString()).toBe('8');
    expect([a.share!.toString(), a.fullPayers, a.partialPayers, a.partialTotal!.toString()]).toEqual(['8', 2, 1, '4']);
  });

  test('projects without supporters or cost are explained, never selected', () => {
    const e = makeElection(10, [['a', 5], ['free', 0], ['lonely', 1]], [['a', 'free']]);
    const r = methodOfEqualShares(e);
    expect(r.selected).toEqual(['a']);
    expect((r.explanations as MesExplanation[]).map((x) => x.outcome)).toEqual(['selected', 'zero-cost', 'no-supporters']);
  });

  describe('ties', () => {
    // Approval utility: x costs 10 for 2 voters, y 20 for 4 voters: both 5 a voter.
    const tied = makeElection(20, [['x', 10], ['y', 20]], [['x', 'y'], ['x', 'y'], ['y'], ['y']]);

    test('default: more votes wins the tie, and it is reported', () => {
      const r = methodOfEqualShares(tied, { utility: 'approval' });
      expect(r.selected).toEqual(['y']);
      expect(r.ties).toEqual([{ step: 1, tied: ['y', 'x'], chosen: ['y'], decidedBy: 'votes' }]);
    });

    test('--tie id: the smaller id wins', () => {
      const r = methodOfEqualShares(tied, { utility: 'approval', tie: 'id' });
      expect(r.selected).toEqual(['x']);
      expect(r.ties).toEqual([{ step: 1, tied: ['x', 'y'], chosen: ['x'], decidedBy: 'id' }]);
    });

    test('ids compare as strings (b10 before b9)', () => {
      const e = makeElection(10, [['b9', 10], ['b10', 10]], [['b9', 'b10'], ['b9', 'b10']]);
      expect(methodOfEqualShares(e, { tie: 'id' }).selected).toEqual(['b10']);
      expect(methodOfEqualShares(e).ties[0]!.decidedBy).toBe('id');
    });
  });
});

describe('Method of Equal Shares with add-one completion', () => {
  test('raises the endowment while the outcome fits, and keeps the last that fits', () => {
    // At 16 a voter, b becomes affordable too and the outcome (42) exceeds 40: stop at 15.
    const r = equalSharesAdd1(small);
    expect(r.selected).toEqual(['a', 'c']);
    expect(r.mes!.endowment.toString()).toBe('15');
    expect(r.mes!.raises).toBe(5n);
  });

  test('with the exhaustive stop, an exhaustive outcome is kept at once', () => {
    const r = equalSharesAdd1(small, { exhaustiveStop: true });
    expect(r.selected).toEqual(['a', 'c']);
    expect(r.mes!.raises).toBe(0n);
  });

  test('fills the budget when more money lets the last project in', () => {
    const roomy = makeElection(42, [['a', 20], ['b', 10], ['c', 12]], [['a', 'c'], ['a'], ['a'], ['b', 'c']]);
    expect(methodOfEqualShares(roomy).selected).toEqual(['a', 'c']);
    const r = tally(roomy, { rule: 'mes-add1' });
    expect(r.selected).toEqual(['a', 'c', 'b']);
    expect(r.cost.toString()).toBe('42');
  });

  test('a run says how far the endowment can rise without changing anything', () => {
    const engine = new EqualSharesEngine(small, 'cost', 'default');
    const run = engine.run(Rational.int(10), { track: true });
    // From 16 on, b is affordable and taken: the outcome may change at a raise of 6 at the latest.
    expect(run.nextStep).toBeDefined();
    expect(run.nextStep! >= 1n && run.nextStep! <= 6n).toBe(true);
    for (let k = 1n; k < run.nextStep!; k++) {
      expect(engine.run(Rational.int(10 + Number(k))).winners).toEqual(run.winners);
    }
    expect(engine.run(Rational.int(16)).winners).not.toEqual(run.winners);
  });

  test('the comparison step keeps MES when more voters prefer it and says so', () => {
    const r = tally(small, { rule: 'mes-add1', comparison: 'satisfaction' });
    expect(r.mes!.comparison).toMatchObject({ mode: 'satisfaction', used: 'mes' });
  });

  test('the comparison step switches to greedy when more voters prefer greedy', () => {
    // Three voters want g (90); two want h1 and h2 (50 each). Greedy: g. MES: h1 and h2.
    const e = makeElection(100, [['g', 90], ['h1', 50], ['h2', 50]], [['g'], ['g'], ['g'], ['h1', 'h2'], ['h1', 'h2']]);
    const mes = tally(e, { rule: 'mes-add1' });
    const compared = tally(e, { rule: 'mes-add1', comparison: 'satisfaction' });
    expect(mes.selected).not.toEqual(compared.selected);
    expect(compared.mes!.comparison).toEqual({ mode: 'satisfaction', prefersMes: 2, prefersGreedy: 3, used: 'greedy' });
    expect(compared.selected).toEqual(['g']);
  });

  test('the eligibility pre-filter leaves out projects with too little support for their cost', () => {
    // e: 1 voter in 4 for 60 of 100: 1/4 ≥ (1/3)·0.6 = 0.2, eligible.
    // f: 1 voter in 4 for 90 of 100: 1/4 < (1/3)·0.9 = 0.3, not eligible.
    const e = makeElection(100, [['e', 60], ['f', 90], ['g', 10]], [['e'], ['f'], ['g'], ['g']]);
    const r = tally(e, { rule: 'mes', minSupportShare: Rational.of(1n, 3n) });
    const outcomes = (r.explanations as MesExplanation[]).map((x) => x.outcome);
    expect(outcomes[1]).toBe('ineligible');
    expect(outcomes[0]).not.toBe('ineligible');
  });
});
