import type { Ballot, Election, Project, VoteType } from './election.js';
import { PbError, type PbFile } from './pb-file.js';
import { Rational } from './rational.js';

const VOTE_TYPES: readonly VoteType[] = ['approval', 'cumulative', 'ordinal', 'scoring'];

/**
 * Interprets a parsed `.pb` file: budget and costs as exact rationals, ballots as project
 * indices with points.
 *
 * Points: cumulative and scoring ballots need a `points` column. Ordinal ballots use their
 * `points` column when the file has one (Kraków: 3/2/1); otherwise the pabulib/Borda convention
 * applies: with `max_length` = m in META (else the ballot's own length), the project ranked
 * r-th (from 1) gets m − r + 1 points.
 *
 * A file with several budgets (pabulib's `budget` with commas) is refused.
 */
export function electionFromPb(pb: PbFile): Election {
  const meta: Record<string, string> = {};
  for (const [k, v] of pb.meta) meta[k] = v;
  const budgetText = meta['budget'];
  if (budgetText === undefined) throw new PbError('META has no budget');
  const budget = Rational.parse(budgetText);
  if (!budget || budget.sign() < 0) throw new PbError(`budget is not a non-negative number: ${budgetText}`);
  const voteTypeText = (meta['vote_type'] ?? 'approval').trim();
  if (!(VOTE_TYPES as readonly string[]).includes(voteTypeText)) {
    throw new PbError(`unsupported vote_type: ${voteTypeText}`);
  }
  const voteType = voteTypeText as VoteType;

  const projects: Project[] = [];
  const indexOf = new Map<string, number>();
  for (const row of pb.projects) {
    const id = (row['project_id'] ?? '').trim();
    if (id === '') throw new PbError('a project has no project_id');
    if (indexOf.has(id)) throw new PbError(`project ${id} appears twice`);
    const cost = Rational.parse(row['cost'] ?? '');
    if (!cost || cost.sign() < 0) throw new PbError(`project ${id} has no valid cost`);
    indexOf.set(id, projects.length);
    projects.push({ id, cost, name: row['name'] ?? '' });
  }

  const hasPointsColumn = pb.voteColumns.includes('points');
  if ((voteType === 'cumulative' || voteType === 'scoring') && !hasPointsColumn) {
    throw new PbError(`${voteType} ballots need a points column`);
  }
  const maxLength = meta['max_length'] === undefined ? undefined : Number.parseInt(meta['max_length'], 10);

  const ballots: Ballot[] = pb.votes.map((row) => {
    const voterId = row['voter_id'] ?? '';
    const listed = splitList(row['vote'] ?? '');
    const seen = new Set<number>();
    const idx: number[] = [];
    for (const id of listed) {
      const i = indexOf.get(id);
      if (i === undefined) throw new PbError(`voter ${voterId} votes for unknown project ${id}`);
      if (seen.has(i)) throw new PbError(`voter ${voterId} lists project ${id} twice`);
      seen.add(i);
      idx.push(i);
    }
    let points: bigint[] | undefined;
    if (voteType !== 'approval') {
      if (hasPointsColumn) {
        const p = splitList(row['points'] ?? '');
        if (p.length !== idx.length) throw new PbError(`voter ${voterId}: ${p.length} points for ${idx.length} projects`);
        points = p.map((t) => {
          if (!/^-?\d+$/.test(t)) throw new PbError(`voter ${voterId}: points must be integers, got ${t}`);
          return BigInt(t);
        });
      } else {
        const m = maxLength !== undefined && Number.isFinite(maxLength) ? maxLength : idx.length;
        points = idx.map((_, r) => BigInt(Math.max(0, m - r)));
      }
    }
    return { voterId, projects: idx, points };
  });
  return { budget, voteType, projects, ballots, meta };
}

function splitList(text: string): string[] {
  const t = text.trim();
  return t === '' ? [] : t.split(',').map((s) => s.trim());
}
