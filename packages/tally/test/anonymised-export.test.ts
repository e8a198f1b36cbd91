import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { electionFromPb } from '../src/election-from-pb.js';
import { parsePb } from '../src/parse-pb.js';
import type { PbFile } from '../src/pb-file.js';
import { tally, type TallyOptions } from '../src/tally.js';
import type { TallyResult } from '../src/tally-result.js';
import { writePb } from '../src/write-pb.js';
import { seededRandom } from './seeded-random.js';

/**
 * What a results export publishes (as the worker's `.pb` export does): the ballots in a random
 * order, numbered 1…n, with nothing but the vote (and its points) — no voter id, age, sex or
 * voting method.
 */
function anonymised(pb: PbFile, random: () => number): PbFile {
  const keep = pb.voteColumns.filter((c) => c === 'vote' || c === 'points');
  const votes = pb.votes.slice();
  for (let i = votes.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [votes[i], votes[j]] = [votes[j]!, votes[i]!];
  }
  return {
    ...pb,
    voteColumns: ['voter_id', ...keep],
    votes: votes.map((row, n) => ({ voter_id: String(n + 1), ...Object.fromEntries(keep.map((c) => [c, row[c]!])) })),
  };
}

const fixture = (file: string): string => readFileSync(new URL(`./fixtures/${file}`, import.meta.url), 'utf8');
const essence = (r: TallyResult) => ({ selected: r.selected, cost: r.cost.toString(), ties: r.ties });

describe('a recount from an anonymised, shuffled .pb export gives the same outcome', () => {
  test.each<[string, TallyOptions[]]>([
    ['Netherlands_Assen_2024.pb', [{ rule: 'mes-add1' }, { rule: 'mes-add1', tie: 'id' }, { rule: 'mes', utility: 'approval' }]],
    ['Poland_Lodz_2024_Katedralna.pb', [{ rule: 'greedy-threshold' }, { rule: 'greedy-threshold', tie: 'id' }, { rule: 'mes' }]],
    ['Poland_Czestochowa_2024_Czestochowka_-_Parkitka.pb', [{ rule: 'greedy' }, { rule: 'mes-add1' }]],
    ['Poland_Krakow_2021_Bienczyce.pb', [{ rule: 'greedy' }]],
    ['Poland_Swiecie_2023.pb', [{ rule: 'mes-add1' }]],
    ['Poland_Warszawa_2025_Wilanow.pb', [{ rule: 'greedy' }, { rule: 'mes-add1', utility: 'approval' }]],
  ])('%s: selection order, cost and reported ties', (file, rules) => {
    const original = parsePb(fixture(file));
    const text = writePb(anonymised(original, seededRandom(file.length)));
    const exported = parsePb(text);
    // Nothing but the ballots themselves is left.
    expect(exported.voteColumns.every((c) => ['voter_id', 'vote', 'points'].includes(c))).toBe(true);
    expect(exported.votes.map((v) => v['voter_id'])).toEqual(exported.votes.map((_, i) => String(i + 1)));
    expect(exported.votes.map((v) => v['vote'])).not.toEqual(original.votes.map((v) => v['vote']));
    const before = electionFromPb(original);
    const after = electionFromPb(exported);
    for (const options of rules) {
      expect(essence(tally(after, options)), JSON.stringify(options)).toEqual(essence(tally(before, options)));
    }
  });

  test('the ties reported before and after include the ones that decided something (Łódź, Assen)', () => {
    const lodz = electionFromPb(parsePb(writePb(anonymised(parsePb(fixture('Poland_Lodz_2024_Katedralna.pb')), seededRandom(7)))));
    expect(tally(lodz, { rule: 'greedy-threshold', tie: 'id' }).ties).toEqual([
      { step: 8, tied: ['S004KA', 'S039KA'], chosen: ['S004KA'], decidedBy: 'id' },
    ]);
    const assen = electionFromPb(parsePb(writePb(anonymised(parsePb(fixture('Netherlands_Assen_2024.pb')), seededRandom(7)))));
    expect(tally(assen, { rule: 'mes-add1' }).ties).toEqual([{ step: 3, tied: ['2', '11'], chosen: ['2'], decidedBy: 'cost' }]);
  });
});
