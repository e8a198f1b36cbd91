/**
 * Staff routes for participatory budgeting under `/v1/{tenant}/admin/processes/{process}`:
 * voting settings, budgets, proposals from feasible ideas, printed voting codes (CSV and a
 * printable sheet), counting the results again, and closing the vote now.
 *
 * @example POST /v1/kuopio/admin/processes/pb-2026/printed-codes {"count":200,"label":"Kirjasto"}
 */
import { Hono } from 'hono';
import {
  BudgetInputSchema,
  localize,
  PrintedCodeBatchInputSchema,
  ProposalInputSchema,
  VotingSettingsInputSchema,
  type FieldError,
  type Proposal,
} from '@osallistu/contract';
import type { AppEnv } from '../env.js';
import { getBudget, getVotingSettings, putBudget, putVotingSettings } from '../db/budgets.js';
import { createProposal, getProposal } from '../db/proposals.js';
import { getIdea } from '../db/ideas.js';
import { areaExists } from '../db/areas.js';
import { putProcess } from '../db/processes.js';
import { createPrintedCodes, getBatch, listBatchCodes, toBatch } from '../db/printed-codes.js';
import { requireRole } from '../middleware/admin-auth.js';
import { validate } from '../middleware/validate.js';
import { randomId } from '../lib/crypto.js';
import { CsvQuerySchema, csvSeparator, formatCsv } from '../lib/csv.js';
import { fieldProblem, ProblemError } from '../lib/problem-error.js';
import { computeResults } from '../pb/compute-results.js';
import { publishedResults } from '../pb/process-results.js';
import { formatCode, newPrintedCode } from '../pb/voter-identity.js';
import { printedCodeSheet } from '../pb/printed-code-sheet.js';
import { requireProcess } from './load.js';

const admins = requireRole('admin');

export const adminPb = new Hono<AppEnv>()
  .put('/voting', admins, validate('json', VotingSettingsInputSchema), async (c) => {
    const process = await requireProcess(c, c.req.param('process') ?? '');
    await putVotingSettings(c.env.DB, c.var.tenant.id, process.id, c.req.valid('json'));
    return c.json(await getVotingSettings(c.env.DB, c.var.tenant.id, process.id, c.var.tenant.name));
  })
  .put('/budgets/:budget', admins, validate('json', BudgetInputSchema), async (c) => {
    const process = await requireProcess(c, c.req.param('process') ?? '');
    const input = c.req.valid('json');
    if (input.id !== c.req.param('budget')) throw fieldProblem([{ path: 'id', code: 'invalid-value' }], 'The id in the body must match the path');
    if (input.areaId && !(await areaExists(c.env.DB, c.var.tenant.id, input.areaId))) throw fieldProblem([{ path: 'areaId', code: 'unknown-area' }]);
    const created = await putBudget(c.env.DB, c.var.tenant.id, process.id, input);
    return c.json(await getBudget(c.env.DB, c.var.tenant.id, process.id, input.id), created ? 201 : 200);
  })
  .post('/proposals', admins, validate('json', ProposalInputSchema), async (c) => {
    const db = c.env.DB;
    const tenantId = c.var.tenant.id;
    const process = await requireProcess(c, c.req.param('process') ?? '');
    const input = c.req.valid('json');
    const budget = await getBudget(db, tenantId, process.id, input.budgetId);
    const errors: FieldError[] = [];
    if (!budget) errors.push({ path: 'budgetId', code: 'unknown-budget' });
    const ideas = [];
    for (const [i, id] of input.ideaIds.entries()) {
      const idea = await getIdea(db, tenantId, id);
      if (!idea) errors.push({ path: `ideaIds.${i}`, code: 'unknown-idea' });
      else if (idea.status !== 'published' || idea.review?.feasibility !== 'feasible' || idea.review.costEur === null) {
        errors.push({ path: `ideaIds.${i}`, code: 'infeasible-idea' });
      } else ideas.push(idea);
    }
    if (errors.length > 0 || !budget) throw fieldProblem(errors);
    const first = ideas[0]!;
    const id = randomId(12);
    await createProposal(
      db,
      {
        id,
        tenantId,
        processId: process.id,
        budgetId: budget.id,
        title: input.title ?? first.title,
        summary: input.summary ?? first.description,
        themeId: input.themeId ?? first.themeId,
        areaId: input.areaId !== undefined ? input.areaId : (budget.areaId ?? first.areaId),
        costEur: input.costEur ?? ideas.reduce((sum, idea) => sum + (idea.review?.costEur ?? 0), 0),
        originIdeaIds: ideas.map((idea) => idea.id),
      },
      new Date().toISOString(),
    );
    return c.json((await getProposal(db, id)) as Proposal, 201);
  })
  .post('/printed-codes', admins, validate('json', PrintedCodeBatchInputSchema), async (c) => {
    const process = await requireProcess(c, c.req.param('process') ?? '');
    const { count, label } = c.req.valid('json');
    const codes = new Set<string>();
    while (codes.size < count) codes.add(newPrintedCode());
    const id = randomId(12);
    const now = new Date().toISOString();
    await createPrintedCodes(c.env.DB, { id, tenantId: c.var.tenant.id, processId: process.id, label: label ?? '', codes: [...codes], now });
    const base = new URL(c.req.url);
    const exportBase = `${base.origin}/v1/${c.var.tenant.id}/admin/processes/${process.id}/printed-codes`;
    return c.json(toBatch({ id, process_id: process.id, label: label ?? '', count, created_at: now }, exportBase), 201);
  })
  .get('/printed-codes/:file{[a-z0-9]{4,20}\\.(?:csv|html)}', admins, validate('query', CsvQuerySchema), async (c) => {
    const process = await requireProcess(c, c.req.param('process') ?? '');
    const [batchId, format] = c.req.param('file').split('.') as [string, string];
    const batch = await getBatch(c.env.DB, c.var.tenant.id, process.id, batchId);
    if (!batch) throw new ProblemError(404, 'not-found');
    const codes = await listBatchCodes(c.env.DB, batch.id);
    c.header('Cache-Control', 'no-store');
    if (format === 'csv') {
      const rows = [['number', 'code', 'used'], ...codes.map((r) => [r.position, formatCode(r.code), r.used_at ? 1 : 0])];
      c.header('Content-Disposition', `attachment; filename="voting-codes-${process.id}-${batch.id}.csv"`);
      const csv = formatCsv(rows, { separator: csvSeparator(c.req.valid('query').separator) });
      return c.body(csv, 200, { 'content-type': 'text/csv; charset=utf-8' });
    }
    const settings = await getVotingSettings(c.env.DB, c.var.tenant.id, process.id, c.var.tenant.name);
    return c.html(
      printedCodeSheet({
        title: localize(process.title, 'fi'),
        tenantName: c.var.tenant.name,
        minAge: settings.minAge,
        votingEndsAt: process.phases.find((p) => p.kind === 'voting')?.endsAt ?? null,
        codes: codes.filter((r) => !r.used_at).map((r) => ({ number: r.position, code: formatCode(r.code) })),
      }),
    );
  })
  .post('/results', admins, async (c) => {
    const process = await requireProcess(c, c.req.param('process') ?? '');
    const budgets = await computeResults(c.env.DB, c.var.tenant.id, process.id, new Date());
    return c.json({ processId: process.id, budgets });
  })
  .post('/voting/close', admins, async (c) => {
    const process = await requireProcess(c, c.req.param('process') ?? '');
    const now = new Date();
    const at = now.toISOString();
    const phases = process.phases.map((p) =>
      p.kind === 'voting' && Date.parse(p.endsAt) > now.getTime()
        ? { ...p, startsAt: Date.parse(p.startsAt) < now.getTime() ? p.startsAt : new Date(now.getTime() - 1000).toISOString(), endsAt: at }
        : p,
    );
    if (!phases.some((p) => p.kind === 'voting')) throw new ProblemError(409, 'invalid-transition', { detail: 'The process has no voting phase' });
    const { currentPhase: _current, ...input } = process;
    await putProcess(c.env.DB, c.var.tenant.id, { ...input, phases });
    const closed = await requireProcess(c, process.id);
    await computeResults(c.env.DB, c.var.tenant.id, process.id, new Date(now.getTime() + 1));
    return c.json(await publishedResults(c.env.DB, c.var.tenant.id, closed, new Date(now.getTime() + 1)));
  });
