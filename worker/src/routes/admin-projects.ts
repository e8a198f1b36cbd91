/**
 * Staff project routes (`/v1/{tenant}/admin/projects`, roles admin and reviewer): create a project
 * from a winning proposal or for area-based development, edit it (fields, progress, budget,
 * milestones, participation), move its status, post dated updates, and read its sign-ups.
 * Every change is a `project_events` row in the same batch (created, status, progress, budget,
 * milestone, update, edited: which other public fields changed). Status machine (409
 * `invalid-transition` otherwise): planned → designing | in-progress | cancelled;
 * designing → in-progress | cancelled; in-progress → completed | cancelled; completed and
 * cancelled are final; cancelling needs a `reason` (422). A status change emails the followers.
 */
import { Hono } from 'hono';
import type { Context } from 'hono';
import {
  canTransition,
  ProjectEditInputSchema,
  ProjectInputSchema,
  ProjectStatusInputSchema,
  ProjectUpdateInputSchema,
  type FieldError,
  type MilestoneInput,
} from '@osallistu/contract';
import type { AppEnv } from '../env.js';
import {
  createProject,
  eventStatement,
  getProjectRecord,
  listMilestones,
  milestoneStatements,
  updateStatement,
} from '../db/projects.js';
import { getProposal } from '../db/proposals.js';
import { listBudgetResults } from '../db/budget-results.js';
import { areaExists } from '../db/areas.js';
import { listSignups } from '../db/project-signups.js';
import { updateInsertStatement } from '../db/project-updates.js';
import { requireRole } from '../middleware/admin-auth.js';
import { validate } from '../middleware/validate.js';
import { fieldProblem, ProblemError } from '../lib/problem-error.js';
import { nowIso } from '../lib/now.js';
import { randomId } from '../lib/crypto.js';
import { projectDetail } from '../progress/project-detail.js';
import { notifyProjectStatus } from '../progress/notify-followers.js';
import { requireProject } from './projects.js';

const staff = requireRole('admin', 'reviewer');

async function respond(c: Context<AppEnv>, id: string, status: 200 | 201 = 200) {
  const project = await getProjectRecord(c.env.DB, c.var.tenant.id, id);
  if (!project) throw new ProblemError(404, 'project-not-found');
  return c.json(await projectDetail(c.env.DB, project), status);
}

/** Field errors for references: the area, the ideas (of this tenant, not pending), milestone ids. */
async function checkReferences(
  c: Context<AppEnv>,
  input: { areaId?: string | null | undefined; ideaIds?: string[] | undefined; milestones?: MilestoneInput[] | undefined; imageUrl?: string; imageAlt?: string },
): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  const db = c.env.DB;
  if (input.areaId && !(await areaExists(db, c.var.tenant.id, input.areaId))) errors.push({ path: 'areaId', code: 'unknown-area' });
  if (input.ideaIds && input.ideaIds.length > 0) {
    const row = await db
      .prepare(`SELECT COUNT(*) AS n FROM ideas WHERE tenant_id = ?1 AND status != 'pending' AND id IN (SELECT value FROM json_each(?2))`)
      .bind(c.var.tenant.id, JSON.stringify([...new Set(input.ideaIds)]))
      .first<{ n: number }>();
    if ((row?.n ?? 0) !== new Set(input.ideaIds).size) errors.push({ path: 'ideaIds', code: 'unknown-idea' });
  }
  if (input.milestones && new Set(input.milestones.map((m) => m.id)).size !== input.milestones.length) {
    errors.push({ path: 'milestones', code: 'invalid-value', detail: 'milestone ids must be unique' });
  }
  return errors;
}

/** Fields (other than progress and budget, which have events of their own) whose value changes. */
function editedFields(project: object, changes: Record<string, unknown>): string[] {
  const own = new Set(['progressPercent', 'budgetAllocatedEur', 'budgetSpentEur']);
  // key order must not make equal values differ
  const canonical = (value: unknown): string =>
    JSON.stringify(value ?? null, (_key, v: unknown) =>
      v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
    );
  const before = project as Record<string, unknown>;
  return Object.entries(changes)
    .filter(([field, value]) => value !== undefined && !own.has(field) && canonical(value) !== canonical(before[field]))
    .map(([field]) => field)
    .sort();
}

/** Events for milestones that have just been reached. */
function reachedMilestones(before: { id: string; actualDate: string | null }[], after: MilestoneInput[]) {
  const was = new Map(before.map((m) => [m.id, m.actualDate]));
  return after.filter((m) => m.actualDate && !was.get(m.id));
}

export const adminProjects = new Hono<AppEnv>()
  .post('/', staff, validate('json', ProjectInputSchema), async (c) => {
    const db = c.env.DB;
    const tenantId = c.var.tenant.id;
    const input = c.req.valid('json');
    const errors = await checkReferences(c, input);
    const process = await db.prepare('SELECT 1 FROM processes WHERE tenant_id = ?1 AND id = ?2').bind(tenantId, input.processId).first();
    if (!process) errors.push({ path: 'processId', code: 'invalid-value', detail: 'unknown process' });
    let proposal = null;
    if (input.proposalId !== undefined && process) {
      proposal = await getProposal(db, input.proposalId);
      const results = proposal ? await listBudgetResults(db, tenantId, input.processId) : [];
      if (!proposal || proposal.processId !== input.processId) {
        errors.push({ path: 'proposalId', code: 'unknown-proposal' });
      } else if (!results.some((r) => r.selected.includes(proposal!.id))) {
        errors.push({ path: 'proposalId', code: 'invalid-value', detail: 'not a winning proposal (no counted result selects it)' });
      }
    }
    if (!input.proposalId) {
      if (!input.title) errors.push({ path: 'title', code: 'required' });
      if (!input.description) errors.push({ path: 'description', code: 'required' });
      if (!input.responsibleUnit) errors.push({ path: 'responsibleUnit', code: 'required' });
    }
    if (errors.length > 0) throw fieldProblem(errors);

    const id = input.id ?? randomId(12);
    const ok = await createProject(
      db,
      {
        id,
        tenantId,
        processId: input.processId,
        title: input.title ?? { fi: proposal?.title ?? '' },
        description: input.description ?? { fi: proposal?.summary ?? '' },
        areaId: input.areaId !== undefined ? input.areaId : (proposal?.areaId ?? null),
        location: input.location ?? null,
        proposalId: proposal?.id ?? null,
        ideaIds: input.ideaIds ?? proposal?.originIdeas.map((i) => i.id) ?? [],
        responsibleUnit: input.responsibleUnit ?? '',
        budgetAllocatedEur: input.budgetAllocatedEur ?? proposal?.costEur ?? 0,
        budgetSpentEur: input.budgetSpentEur ?? 0,
        status: input.status ?? 'planned',
        progressPercent: input.progressPercent ?? 0,
        participation: input.participation ?? null,
        milestones: input.milestones ?? [],
      },
      nowIso(),
      c.var.actor,
    );
    if (!ok) throw fieldProblem([{ path: 'id', code: 'invalid-value', detail: 'a project with this id exists' }]);
    return respond(c, id, 201);
  })
  .get('/:id', async (c) => c.json(await projectDetail(c.env.DB, await requireProject(c, c.req.param('id')))))
  .patch('/:id', staff, validate('json', ProjectEditInputSchema), async (c) => {
    const db = c.env.DB;
    const project = await requireProject(c, c.req.param('id'));
    const input = c.req.valid('json');
    const errors = await checkReferences(c, input);
    if (errors.length > 0) throw fieldProblem(errors);
    const at = nowIso();
    const { milestones, ...changes } = input;
    const statements = [updateStatement(db, project, changes, at)];
    if (input.progressPercent !== undefined && input.progressPercent !== project.progressPercent) {
      statements.push(eventStatement(db, project, 'progress', { from: project.progressPercent, to: input.progressPercent }, at, c.var.actor, true));
    }
    const allocated = input.budgetAllocatedEur ?? project.budgetAllocatedEur;
    const spent = input.budgetSpentEur ?? project.budgetSpentEur;
    if (allocated !== project.budgetAllocatedEur || spent !== project.budgetSpentEur) {
      const data = { allocatedFrom: project.budgetAllocatedEur, allocatedTo: allocated, spentFrom: project.budgetSpentEur, spentTo: spent };
      statements.push(eventStatement(db, project, 'budget', data, at, c.var.actor, true));
    }
    const edited = editedFields(project, changes);
    if (edited.length > 0) statements.push(eventStatement(db, project, 'edited', { fields: edited.join(',') }, at, c.var.actor, true));
    if (milestones) {
      for (const m of reachedMilestones(await listMilestones(db, project.id), milestones)) {
        statements.push(eventStatement(db, project, 'milestone', { id: m.id, title: m.title.fi, actualDate: m.actualDate ?? null }, at, c.var.actor, true));
      }
      statements.push(...milestoneStatements(db, project.id, milestones));
    }
    const results = await db.batch(statements);
    if ((results[0]?.meta.changes ?? 0) === 0) throw new ProblemError(409, 'invalid-transition', { detail: 'The project changed meanwhile; reload it' });
    return respond(c, project.id);
  })
  .post('/:id/status', staff, validate('json', ProjectStatusInputSchema), async (c) => {
    const db = c.env.DB;
    const project = await requireProject(c, c.req.param('id'));
    const { status, reason } = c.req.valid('json');
    if (!canTransition(project.status, status)) {
      throw new ProblemError(409, 'invalid-transition', { detail: `Cannot move a ${project.status} project to ${status}` });
    }
    if (status === 'cancelled' && !reason) throw fieldProblem([{ path: 'reason', code: 'required' }]);
    const at = nowIso();
    const final = status === 'completed' || status === 'cancelled';
    const results = await db.batch([
      db
        .prepare(
          `UPDATE projects SET status = ?3, cancel_reason = ?4, updated_at = ?5,
             completed_at = CASE WHEN ?3 = 'completed' THEN ?5 ELSE completed_at END,
             progress_percent = CASE WHEN ?3 = 'completed' THEN 100 ELSE progress_percent END
           WHERE id = ?1 AND status = ?2`,
        )
        .bind(project.id, project.status, status, status === 'cancelled' ? reason : null, at),
      eventStatement(db, project, 'status', { from: project.status, to: status, reason: reason ?? null }, at, c.var.actor, true),
      // Sign-ups were for carrying the project out: their names and emails go when it ends.
      ...(final ? [db.prepare('DELETE FROM project_signups WHERE project_id = ?1').bind(project.id)] : []),
    ]);
    if ((results[0]?.meta.changes ?? 0) === 0) throw new ProblemError(409, 'invalid-transition', { detail: 'The project changed meanwhile; reload it' });
    await notifyProjectStatus(c.env, project, status, status === 'cancelled' ? (reason ?? null) : null);
    return respond(c, project.id);
  })
  .post('/:id/updates', staff, validate('json', ProjectUpdateInputSchema), async (c) => {
    const db = c.env.DB;
    const project = await requireProject(c, c.req.param('id'));
    const input = c.req.valid('json');
    if (input.imageUrl && !input.imageAlt) throw fieldProblem([{ path: 'imageAlt', code: 'required' }]);
    const at = nowIso();
    await db.batch([
      updateInsertStatement(db, project.id, { text: input.text, imageUrl: input.imageUrl ?? null, imageAlt: input.imageUrl ? (input.imageAlt ?? null) : null }, at, c.var.actor),
      db
        .prepare(
          `INSERT INTO project_events (project_id, tenant_id, process_id, kind, at, data, actor)
           SELECT ?1, ?2, ?3, 'update', ?4, json_object('updateId', last_insert_rowid()), ?5`,
        )
        .bind(project.id, project.tenantId, project.processId, at, c.var.actor),
      db.prepare('UPDATE projects SET updated_at = ?2 WHERE id = ?1').bind(project.id, at),
    ]);
    return respond(c, project.id, 201);
  })
  .get('/:id/signups', staff, async (c) => {
    const project = await requireProject(c, c.req.param('id'));
    c.header('Cache-Control', 'no-store');
    return c.json(await listSignups(c.env.DB, project.id));
  });

