/**
 * Counts every budget of a process with packages/tally and turns the outcome into the public
 * `BudgetResult`: winners in selection order, votes, and for each proposal why it won or lost.
 *
 * @example const results = await computeResults(env.DB, 'kuopio', 'pb-2025', new Date());
 */
import type { Budget, BudgetResult, EqualSharesReason, GreedyReason, Proposal, ProposalResult } from '@osallistu/contract';
import { Rational, tally, type Election, type ProjectExplanation } from '@osallistu/tally';
import { listBudgets } from '../db/budgets.js';
import { listProposals } from '../db/proposals.js';
import { ballotChoices } from '../db/ballots.js';
import { saveBudgetResults } from '../db/budget-results.js';

const euros = (r: Rational) => Math.round(r.toNumber() * 100) / 100;

function reasonOf(e: ProjectExplanation | undefined): GreedyReason | EqualSharesReason {
  if (!e) return { kind: 'greedy', rank: 0, remainingEur: 0, outcome: 'no-votes' };
  if (e.kind === 'greedy') {
    const outcome = e.outcome === 'selected' ? 'selected' : e.outcome === 'no-votes' ? 'no-votes' : 'did-not-fit';
    return { kind: 'greedy', rank: e.rank, remainingEur: euros(e.remaining), outcome };
  }
  const outcome = e.outcome === 'selected' ? 'selected' : e.outcome === 'supporters-ran-out' ? 'supporters-ran-out' : 'no-supporters';
  const reason: EqualSharesReason = { kind: 'mes', supporters: e.supporters, outcome };
  if (e.round !== undefined) reason.round = e.round;
  if (e.payers !== undefined) reason.payers = e.payers;
  if (e.payments && e.payments.length > 0) {
    reason.maxShareEur = euros(e.payments.reduce((max, g) => (g.amount.gt(max) ? g.amount : max), Rational.int(0)));
  }
  if (e.moneyLeft !== undefined) reason.moneyLeftEur = euros(e.moneyLeft);
  return reason;
}

/** Counts one budget from its proposals and the chosen proposal ids of each ballot. */
export function countBudget(budget: Budget, proposals: Proposal[], choices: string[][], computedAt: string): BudgetResult {
  const index = new Map(proposals.map((p, i) => [p.id, i]));
  const votes = new Array<number>(proposals.length).fill(0);
  const ballots = choices.map((ids, n) => {
    const projects = ids.map((id) => index.get(id)).filter((i): i is number => i !== undefined);
    for (const i of projects) votes[i]!++;
    return { voterId: String(n + 1), projects, points: undefined };
  });
  const base = {
    budgetId: budget.id,
    areaId: budget.areaId,
    amountEur: budget.amountEur,
    countingRule: budget.countingRule,
    ballots: choices.length,
    computedAt,
  };
  const row = (p: Proposal, i: number, selected: boolean, reason: GreedyReason | EqualSharesReason, tie: boolean): ProposalResult => ({
    proposalId: p.id,
    title: p.title,
    areaId: p.areaId,
    costEur: p.costEur,
    votes: votes[i]!,
    selected,
    reason,
    tie,
  });
  const byVotes = (a: ProposalResult, b: ProposalResult) => b.votes - a.votes || a.costEur - b.costEur || (a.proposalId < b.proposalId ? -1 : 1);
  if (ballots.length === 0 || proposals.length === 0) {
    const none = proposals.map((p, i) =>
      row(p, i, false, budget.countingRule === 'greedy' ? { kind: 'greedy', rank: 0, remainingEur: budget.amountEur, outcome: 'no-votes' } : { kind: 'mes', supporters: 0, outcome: 'no-supporters' }, false),
    );
    return { ...base, selected: [], costEur: 0, proposals: none.sort(byVotes) };
  }
  const election: Election = {
    budget: Rational.int(budget.amountEur),
    voteType: 'approval',
    projects: proposals.map((p) => ({ id: p.id, cost: Rational.int(p.costEur), name: p.title })),
    ballots,
    meta: {},
  };
  const result = tally(election, { rule: budget.countingRule });
  const chosen = new Set(result.selected);
  const tied = new Set(result.ties.flatMap((t) => t.tied));
  const explanations = new Map(result.explanations.map((e) => [e.project, e]));
  const rows = proposals.map((p, i) => row(p, i, chosen.has(p.id), reasonOf(explanations.get(p.id)), tied.has(p.id)));
  const out: BudgetResult = {
    ...base,
    selected: result.selected,
    costEur: euros(result.cost),
    proposals: rows.sort(byVotes),
  };
  if (result.mes) out.shareEur = euros(result.mes.endowment);
  return out;
}

/** Counts every budget of the process and stores the results; returns them. */
export async function computeResults(db: D1Database, tenantId: string, processId: string, now: Date): Promise<BudgetResult[]> {
  const budgets = await listBudgets(db, tenantId, processId);
  const proposals = await listProposals(db, tenantId, processId);
  const computedAt = now.toISOString();
  const results: BudgetResult[] = [];
  for (const budget of budgets) {
    const choices = await ballotChoices(db, tenantId, processId, budget.id);
    results.push(countBudget(budget, proposals.filter((p) => p.budgetId === budget.id), choices, computedAt));
  }
  await saveBudgetResults(db, tenantId, processId, results);
  return results;
}
