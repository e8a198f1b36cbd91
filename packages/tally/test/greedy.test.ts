import { describe, expect, test } from 'vitest';
import { greedy } from '../src/greedy.js';
import { tally } from '../src/tally.js';
import type { GreedyExplanation } from '../src/tally-result.js';
import { makeElection } from './make-election.js';

const repeat = <T>(n: number, x: T): T[] => Array.from({ length: n }, () => x);

describe('greedy', () => {
  const election = makeElection(
    10,
    [
      ['a', 6],
      ['b', 5],
      ['c', 4],
      ['d', 1],
    ],
    [...repeat(4, ['a']), ...repeat(3, ['b']), ...repeat(2, ['c']), ['d']],
  );

  test('takes projects by votes and skips those that no longer fit', () => {
    const r = greedy(election);
    expect(r.selected).toEqual(['a', 'c']);
    expect(r.cost.toString()).toBe('10');
    expect(r.ties).toEqual([]);
  });

  test('explains rank, money left when considered and the outcome', () => {
    const e = greedy(election).explanations as GreedyExplanation[];
    expect(e.map((x) => [x.project, x.rank, x.remaining.toString(), x.outcome])).toEqual([
      ['a', 1, '10', 'selected'],
      ['b', 2, '4', 'did-not-fit'],
      ['c', 3, '4', 'selected'],
      ['d', 4, '0', 'did-not-fit'],
    ]);
  });

  test('counts points on cumulative ballots', () => {
    const e = makeElection(
      10,
      [
        ['a', 5],
        ['b', 5],
        ['c', 5],
      ],
      [
        [
          ['a', 3],
          ['b', 7],
        ],
        [
          ['b', 2],
          ['c', 8],
        ],
      ],
      'cumulative',
    );
    const r = greedy(e);
    expect(r.selected).toEqual(['b', 'c']);
    expect((r.explanations as GreedyExplanation[]).map((x) => x.score)).toEqual([3n, 9n, 8n]);
  });

  test('never selects a project nobody voted for', () => {
    const e = makeElection(100, [['a', 1], ['b', 1]], [['a']]);
    expect(greedy(e).selected).toEqual(['a']);
    expect((greedy(e).explanations[1] as GreedyExplanation).outcome).toBe('no-votes');
  });

  test('greedy-threshold leaves out projects under the META threshold', () => {
    const e = makeElection(100, [['a', 1], ['b', 1]], [['a', 'b'], ['a']], 'approval', {
      min_project_score_threshold: '2',
    });
    const r = tally(e, { rule: 'greedy-threshold' });
    expect(r.selected).toEqual(['a']);
    expect((r.explanations[1] as GreedyExplanation).outcome).toBe('below-threshold');
    expect(tally(e, { rule: 'greedy-threshold', minScore: 1n }).selected).toEqual(['a', 'b']);
    expect(() => tally(makeElection(1, [['a', 1]], []), { rule: 'greedy-threshold' })).toThrow(/min_project_score_threshold/);
  });

  describe('ties', () => {
    // x and y have the same votes; only one of them fits.
    const tied = makeElection(10, [['y', 5], ['x', 6]], [['x'], ['y']]);

    test('default: lower cost first, and the tie is reported', () => {
      const r = greedy(tied);
      expect(r.selected).toEqual(['y']);
      expect(r.ties).toEqual([{ step: 1, tied: ['y', 'x'], chosen: ['y'], decidedBy: 'cost' }]);
    });

    test('--tie id: smaller id first, compared as strings', () => {
      const r = greedy(tied, { tie: 'id' });
      expect(r.selected).toEqual(['x']);
      expect(r.ties).toEqual([{ step: 1, tied: ['x', 'y'], chosen: ['x'], decidedBy: 'id' }]);
      const ids = makeElection(10, [['c2', 6], ['c10', 6]], [['c2'], ['c10']]);
      expect(greedy(ids, { tie: 'id' }).selected).toEqual(['c10']);
    });

    test('default falls back to the id when votes and cost are equal', () => {
      const same = makeElection(10, [['q', 6], ['p', 6]], [['q'], ['p']]);
      expect(greedy(same).ties).toEqual([{ step: 1, tied: ['p', 'q'], chosen: ['p'], decidedBy: 'id' }]);
    });

    test('a tie whose order changes nothing is not reported', () => {
      const both = makeElection(20, [['y', 5], ['x', 6]], [['x'], ['y']]);
      const r = greedy(both);
      expect(r.selected).toEqual(['y', 'x']);
      expect(r.ties).toEqual([]);
    });
  });
});
