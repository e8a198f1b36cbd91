import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { electionFromPb } from '../src/election-from-pb.js';
import { greedy } from '../src/greedy.js';
import { parsePb } from '../src/parse-pb.js';
import { runCli } from './run-cli.js';

const fixture = (file: string): string => fileURLToPath(new URL(`./fixtures/${file}`, import.meta.url));

/** The official outcome: the `selected` column of the file. */
function official(file: string): string[] {
  const pb = parsePb(readFileSync(fixture(file), 'utf8'));
  return pb.projects.filter((p) => p['selected'] === '1').map((p) => p['project_id']!);
}

interface Printed {
  rule: string;
  selected: string[];
  cost: number;
  ties: Array<{ tied: string[]; chosen: string[] }>;
}

function count(file: string, args: string[]): Printed {
  const r = runCli([...args, fixture(file)]);
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.out) as Printed;
}

const sorted = (xs: string[]): string[] => [...xs].sort();

describe('the CLI reproduces the official outcome of every real instance whose rule it implements', () => {
  test.each([
    ['Poland_Warszawa_2020_Praga-Poludnie.pb'],
    ['Poland_Warszawa_2025_Rembertow.pb'],
    ['Poland_Warszawa_2025_Wilanow.pb'],
    ['Poland_Czestochowa_2024_Czestochowka_-_Parkitka.pb'],
    ['Poland_Krakow_2021_Bienczyce.pb'],
  ])('greedy: %s', (file) => {
    const r = count(file, ['--rule', 'greedy']);
    expect(r.rule).toBe('greedy');
    expect(sorted(r.selected)).toEqual(sorted(official(file)));
    expect(r.ties).toEqual([]);
  });

  test('Kraków is reproduced only because points count: by votes alone the outcome differs', () => {
    const file = 'Poland_Krakow_2021_Bienczyce.pb';
    const e = electionFromPb(parsePb(readFileSync(fixture(file), 'utf8')));
    const byVotes = greedy({ ...e, ballots: e.ballots.map((b) => ({ ...b, points: undefined })) });
    expect(sorted(byVotes.selected)).not.toEqual(sorted(official(file)));
  });

  test('Łódź (greedy-threshold): reproduced with the pabutools tie convention', () => {
    const file = 'Poland_Lodz_2024_Katedralna.pb';
    const r = count(file, ['--rule', 'greedy-threshold', '--tie', 'id']);
    expect(r.rule).toBe('greedy-threshold');
    expect(sorted(r.selected)).toEqual(sorted(official(file)));
    expect(r.ties).toEqual([{ step: 8, tied: ['S004KA', 'S039KA'], chosen: ['S004KA'], decidedBy: 'id' }]);
  });

  test('Łódź with the default ties: a different outcome, and the tie that decided it is reported', () => {
    const file = 'Poland_Lodz_2024_Katedralna.pb';
    const r = count(file, ['--rule', 'greedy-threshold']);
    expect(sorted(r.selected)).not.toEqual(sorted(official(file)));
    // S039KA and S004KA both have 206 votes; the cheaper S039KA goes first by default.
    expect(r.ties).toEqual([{ step: 8, tied: ['S039KA', 'S004KA'], chosen: ['S039KA'], decidedBy: 'cost' }]);
  });

  test('Assen: mes-add1, with either tie order (projects 2 and 11 tie in round 3)', () => {
    const file = 'Netherlands_Assen_2024.pb';
    const r = count(file, ['--rule', 'mes-add1']);
    expect(r.rule).toBe('mes-add1');
    expect(sorted(r.selected)).toEqual(sorted(official(file)));
    expect(r.ties).toEqual([{ step: 3, tied: ['2', '11'], chosen: ['2'], decidedBy: 'cost' }]);
    const byId = count(file, ['--rule', 'mes-add1', '--tie', 'id']);
    expect(sorted(byId.selected)).toEqual(sorted(official(file)));
    expect(byId.ties).toEqual([{ step: 3, tied: ['11', '2'], chosen: ['11'], decidedBy: 'id' }]);
  });

  test('Świecie: mes-add1 with the eligibility pre-filter votes/voters ≥ cost/(3·budget)', () => {
    const file = 'Poland_Swiecie_2023.pb';
    const r = count(file, ['--rule', 'mes-add1', '--min-support-share', '1/3']);
    expect(sorted(r.selected)).toEqual(sorted(official(file)));
  });

  test('Wieliczka: mes-add1 with the comparison step (add1-comparison)', () => {
    const file = 'Poland_Wieliczka_2023_Green_Budget.pb';
    const r = runCli(['--rule', 'mes-add1', '--comparison', 'satisfaction', '--explain', fixture(file)]);
    expect(r.code).toBe(0);
    const printed = JSON.parse(r.out) as Printed & { mes: { comparison: { used: string } } };
    expect(sorted(printed.selected)).toEqual(sorted(official(file)));
    expect(printed.mes.comparison.used).toBe('mes');
  });

  test('Wieliczka is not reproduced when raising stops at the first exhaustive outcome (pabutools)', () => {
    const file = 'Poland_Wieliczka_2023_Green_Budget.pb';
    const r = count(file, ['--rule', 'mes-add1', '--add1-exhaustive']);
    expect(sorted(r.selected)).not.toEqual(sorted(official(file)));
  });
});
