/**
 * Published results of a process: only once voting has ended by the server's clock. If the
 * scheduled handler has not counted since the end yet, the first reader's request counts.
 */
import type { BudgetResult, Process, ProcessResults, Turnout } from '@osallistu/contract';
import { listBudgetResults, resultsComputedAt } from '../db/budget-results.js';
import { countVoters } from '../db/ballots.js';
import { listAreas } from '../db/areas.js';
import { ProblemError } from '../lib/problem-error.js';
import { computeResults } from './compute-results.js';
import { votingEnded, votingPhase } from './voting-window.js';

/** Results as stored, counted again first when they predate the end of voting. */
export async function currentResults(db: D1Database, tenantId: string, process: Process, now: Date): Promise<BudgetResult[]> {
  const end = votingPhase(process)?.endsAt ?? '';
  const computed = await resultsComputedAt(db, tenantId, process.id);
  if (computed === null || computed < end) return computeResults(db, tenantId, process.id, now);
  return listBudgetResults(db, tenantId, process.id);
}

export async function publishedResults(db: D1Database, tenantId: string, process: Process, now = new Date()): Promise<ProcessResults> {
  if (!votingEnded(process, now)) throw new ProblemError(409, 'results-not-available');
  const budgets = await currentResults(db, tenantId, process, now);
  const areas = await listAreas(db, tenantId, false);
  const population = new Map(areas.map((a) => [a.id, a.population]));
  const total = areas.every((a) => a.population !== null) && areas.length > 0 ? areas.reduce((sum, a) => sum + (a.population ?? 0), 0) : null;
  const turnout: Turnout[] = budgets.map((b) => ({
    budgetId: b.budgetId,
    areaId: b.areaId,
    ballots: b.ballots,
    population: b.areaId === null ? total : (population.get(b.areaId) ?? null),
  }));
  return {
    processId: process.id,
    voters: await countVoters(db, tenantId, process.id),
    computedAt: budgets[0]?.computedAt ?? now.toISOString(),
    budgets,
    turnout,
  };
}
