import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { electionFromPb } from '../src/election-from-pb.js';
import { parsePb } from '../src/parse-pb.js';
import { PbError } from '../src/pb-file.js';
import { writePb } from '../src/write-pb.js';

const fixtures = new URL('./fixtures/', import.meta.url);
const files = readdirSync(fixtures).filter((f) => f.endsWith('.pb'));

const SMALL = [
  'META',
  'key;value',
  'budget;100',
  'vote_type;approval',
  'PROJECTS',
  'project_id;cost;votes;name;selected',
  'p1;60;2;"Park; with ""bench""";1',
  'p2;50;1;Library;0',
  'VOTES',
  'voter_id;vote',
  'v1;p1,p2',
  'v2;p1',
  '',
].join('\r\n');

describe('pabulib files', () => {
  test('reads sections, quoted fields and CRLF line ends', () => {
    const pb = parsePb(SMALL);
    expect(pb.meta).toEqual([
      ['budget', '100'],
      ['vote_type', 'approval'],
    ]);
    expect(pb.projectColumns).toEqual(['project_id', 'cost', 'votes', 'name', 'selected']);
    expect(pb.projects[0]!['name']).toBe('Park; with "bench"');
    expect(pb.votes.map((v) => v['vote'])).toEqual(['p1,p2', 'p1']);
  });

  test('turns a file into an election with exact costs', () => {
    const e = electionFromPb(parsePb(SMALL));
    expect(e.budget.toString()).toBe('100');
    expect(e.projects.map((p) => [p.id, p.cost.toString()])).toEqual([
      ['p1', '60'],
      ['p2', '50'],
    ]);
    expect(e.ballots.map((b) => b.projects)).toEqual([[0, 1], [0]]);
  });

  test.each(files)('%s survives parse → write → parse unchanged', (file) => {
    const pb = parsePb(readFileSync(new URL(file, fixtures), 'utf8'));
    const text = writePb(pb);
    expect(parsePb(text)).toEqual(pb);
    expect(writePb(parsePb(text))).toBe(text);
    expect(() => electionFromPb(pb)).not.toThrow();
  });

  test('the counted votes agree with the votes column of every real file', () => {
    for (const file of files) {
      const pb = parsePb(readFileSync(new URL(file, fixtures), 'utf8'));
      const e = electionFromPb(pb);
      const counted = new Array<number>(e.projects.length).fill(0);
      for (const b of e.ballots) for (const p of b.projects) counted[p]!++;
      expect(pb.projects.map((p) => Number(p['votes'])), file).toEqual(counted);
    }
  });

  test('ordinal ballots without points get Borda points from max_length', () => {
    const e = electionFromPb(
      parsePb('META\nkey;value\nbudget;10\nvote_type;ordinal\nmax_length;3\nPROJECTS\nproject_id;cost\na;1\nb;1\nc;1\nVOTES\nvoter_id;vote\n1;c,a\n'),
    );
    expect(e.ballots[0]!.points).toEqual([3n, 2n]);
  });

  test('Kraków ordinal ballots carry the points 3/2/1 of the file', () => {
    const pb = parsePb(readFileSync(new URL('Poland_Krakow_2021_Bienczyce.pb', fixtures), 'utf8'));
    const e = electionFromPb(pb);
    expect(e.voteType).toBe('ordinal');
    expect(e.ballots[0]!.points).toEqual([3n, 2n, 1n]);
    // The score column of the file is the sum of points.
    const score = new Array<bigint>(e.projects.length).fill(0n);
    for (const b of e.ballots) b.projects.forEach((p, i) => (score[p]! += b.points![i]!));
    expect(pb.projects.map((p) => BigInt(p['score']!))).toEqual(score);
  });

  test.each([
    ['no sections', 'hello', /expected META/],
    ['missing VOTES', 'META\nkey;value\nbudget;1\nPROJECTS\nproject_id;cost\na;1\n', /missing section VOTES/],
    ['unknown project', 'META\nkey;value\nbudget;1\nPROJECTS\nproject_id;cost\na;1\nVOTES\nvoter_id;vote\n1;b\n', /unknown project b/],
    ['bad cost', 'META\nkey;value\nbudget;1\nPROJECTS\nproject_id;cost\na;x\nVOTES\nvoter_id;vote\n', /no valid cost/],
    ['no budget', 'META\nkey;value\nPROJECTS\nproject_id;cost\na;1\nVOTES\nvoter_id;vote\n', /no budget/],
    ['ragged row', 'META\nkey;value\nbudget;1\nPROJECTS\nproject_id;cost\na;1;2\nVOTES\nvoter_id;vote\n', /3 fields/],
    ['cumulative without points', 'META\nkey;value\nbudget;1\nvote_type;cumulative\nPROJECTS\nproject_id;cost\na;1\nVOTES\nvoter_id;vote\n1;a\n', /points column/],
  ])('refuses a file with %s', (_name, text, message) => {
    expect(() => electionFromPb(parsePb(text))).toThrow(PbError);
    expect(() => electionFromPb(parsePb(text))).toThrow(message);
  });
});
