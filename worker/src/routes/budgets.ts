/**
 * Public participatory-budgeting routes under `/v1/{tenant}/processes/{process}`: budgets with
 * the voting window, proposals, receipts, and results with their exports (after voting only).
 *
 * @example GET /v1/kuopio/processes/pb-2026/budgets
 * @example GET /v1/kuopio/processes/pb-2025/budgets/koko-kaupunki/results.pb
 */
import { Hono } from 'hono';
import { localize, ReceiptCodeSchema, type BudgetList } from '@osallistu/contract';
import * as v from 'valibot';
import type { AppEnv } from '../env.js';
import { getBudget, getVotingSettings, listBudgets } from '../db/budgets.js';
import { listProposals } from '../db/proposals.js';
import { ballotChoices, getReceipt } from '../db/ballots.js';
import { ProblemError } from '../lib/problem-error.js';
import { votingOpen, votingPhase } from '../pb/voting-window.js';
import { publishedResults } from '../pb/process-results.js';
import { resultsCsv, resultsPb } from '../pb/results-export.js';
import { CsvQuerySchema, csvSeparator } from '../lib/csv.js';
import { validate } from '../middleware/validate.js';
import { requireProcess } from './load.js';

export const budgets = new Hono<AppEnv>()
  .get('/budgets', async (c) => {
    const process = await requireProcess(c, c.req.param('process') ?? '');
    const tenant = c.var.tenant;
    const phase = votingPhase(process);
    const list: BudgetList = {
      processId: process.id,
      settings: await getVotingSettings(c.env.DB, tenant.id, process.id, tenant.name),
      votingStartsAt: phase?.startsAt ?? null,
      votingEndsAt: phase?.endsAt ?? null,
      votingOpen: votingOpen(process),
      budgets: await listBudgets(c.env.DB, tenant.id, process.id),
    };
    return c.json(list);
  })
  .get('/proposals', async (c) => {
    const process = await requireProcess(c, c.req.param('process') ?? '');
    const budget = c.req.query('budget');
    if (budget !== undefined && !/^[a-z0-9][a-z0-9-]{1,62}$/.test(budget)) throw new ProblemError(404, 'budget-not-found');
    return c.json(await listProposals(c.env.DB, c.var.tenant.id, process.id, budget));
  })
  .get('/receipts/:code', async (c) => {
    const process = await requireProcess(c, c.req.param('process') ?? '');
    const parsed = v.safeParse(ReceiptCodeSchema, c.req.param('code'));
    const receipt = parsed.success ? await getReceipt(c.env.DB, c.var.tenant.id, process.id, parsed.output) : null;
    if (!receipt) throw new ProblemError(404, 'not-found', { detail: 'No ballot has this receipt code' });
    return c.json(receipt);
  })
  .get('/results', async (c) => {
    const process = await requireProcess(c, c.req.param('process') ?? '');
    return c.json(await publishedResults(c.env.DB, c.var.tenant.id, process));
  })
  .get('/budgets/:budget/:file{results\\.(?:csv|json|pb)}', validate('query', CsvQuerySchema), async (c) => {
    const process = await requireProcess(c, c.req.param('process') ?? '');
    const tenant = c.var.tenant;
    const budget = await getBudget(c.env.DB, tenant.id, process.id, c.req.param('budget'));
    if (!budget) throw new ProblemError(404, 'budget-not-found');
    const results = await publishedResults(c.env.DB, tenant.id, process);
    const result = results.budgets.find((b) => b.budgetId === budget.id);
    if (!result) throw new ProblemError(404, 'budget-not-found');
    const format = c.req.param('file').split('.')[1];
    const name = `${tenant.id}_${process.id}_${budget.id}`;
    c.header('Content-Disposition', `attachment; filename="${name}.${format}"`);
    if (format === 'json') return c.json(result);
    if (format === 'csv') return c.body(resultsCsv(result, csvSeparator(c.req.valid('query').separator)), 200, { 'content-type': 'text/csv; charset=utf-8' });
    const phase = votingPhase(process);
    const pb = resultsPb({
      tenantName: tenant.name,
      processId: process.id,
      budget,
      budgetName: localize(budget.name, 'en'),
      proposals: await listProposals(c.env.DB, tenant.id, process.id, budget.id),
      choices: await ballotChoices(c.env.DB, tenant.id, process.id, budget.id),
      result,
      votingStartsAt: phase?.startsAt ?? null,
      votingEndsAt: phase?.endsAt ?? null,
    });
    return c.body(pb, 200, { 'content-type': 'text/plain; charset=utf-8' });
  });
