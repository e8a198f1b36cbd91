/**
 * Result exports per budget: CSV (one row per proposal), JSON (the `BudgetResult`), and pabulib
 * `.pb` with the ballots anonymised and shuffled so anyone can recount. A ballot in the `.pb`
 * carries a sequential id and its proposal ids in id order: nothing links it to a voter, a
 * receipt or a time.
 */
import type { Budget, BudgetResult, Proposal } from '@osallistu/contract';
import { writePb } from '@osallistu/tally';
import { formatCsv, type CsvSeparator, type CsvValue } from '../lib/csv.js';

/**
 * One row per proposal. Comma-separated with LF line ends and no BOM, as open-data readers have
 * had it; `;` (Excel with Finnish settings) comes with a BOM and CRLF, the dialect Excel opens as is.
 */
export function resultsCsv(result: BudgetResult, separator: CsvSeparator = ','): string {
  const rows: CsvValue[][] = [['proposal_id', 'title', 'area_id', 'cost_eur', 'votes', 'selected', 'rank', 'outcome', 'tie']];
  for (const p of result.proposals) {
    const rank = p.reason.kind === 'greedy' ? p.reason.rank : (p.reason.round ?? null);
    rows.push([p.proposalId, p.title, p.areaId, p.costEur, p.votes, p.selected ? 1 : 0, rank, p.reason.outcome, p.tie ? 1 : 0]);
  }
  return separator === ';' ? formatCsv(rows, { separator }) : formatCsv(rows, { bom: false, newline: '\n' });
}

/** Fisher–Yates with the platform's CSPRNG. */
function shuffle<T>(items: T[]): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = crypto.getRandomValues(new Uint32Array(1))[0]! % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export interface PbExportContext {
  tenantName: string;
  processId: string;
  budget: Budget;
  budgetName: string;
  proposals: Proposal[];
  choices: string[][];
  result: BudgetResult;
  votingStartsAt: string | null;
  votingEndsAt: string | null;
}

export function resultsPb(x: PbExportContext): string {
  const selected = new Set(x.result.selected);
  const votes = new Map(x.result.proposals.map((p) => [p.proposalId, p.votes]));
  const rule = x.budget.ballotRule;
  const meta: [string, string][] = [
    ['description', `${x.tenantName} ${x.processId}: ${x.budgetName}`],
    ['country', 'Finland'],
    ['unit', x.tenantName],
    ['instance', `${x.processId}/${x.budget.id}`],
    ['num_projects', String(x.proposals.length)],
    ['num_votes', String(x.choices.length)],
    ['budget', String(x.budget.amountEur)],
    ['vote_type', 'approval'],
    ['rule', x.budget.countingRule === 'greedy' ? 'greedy' : 'equalshares/add1'],
  ];
  if (x.votingStartsAt) meta.push(['date_begin', x.votingStartsAt.slice(0, 10)]);
  if (x.votingEndsAt) meta.push(['date_end', x.votingEndsAt.slice(0, 10)]);
  meta.push(['min_length', String(rule.minProposals)]);
  if (rule.maxProposals !== null) meta.push(['max_length', String(rule.maxProposals)]);
  if (rule.kind === 'knapsack') meta.push(['max_sum_cost', String(x.budget.amountEur)]);
  return writePb({
    meta,
    projectColumns: ['project_id', 'cost', 'votes', 'name', 'selected'],
    projects: x.proposals.map((p) => ({
      project_id: p.id,
      cost: String(p.costEur),
      votes: String(votes.get(p.id) ?? 0),
      name: p.title,
      selected: selected.has(p.id) ? '1' : '0',
    })),
    voteColumns: ['voter_id', 'vote'],
    votes: shuffle(x.choices).map((ids, n) => ({ voter_id: String(n + 1), vote: [...ids].sort().join(',') })),
  });
}
