/**
 * Staff idea routes (`/v1/{tenant}/admin/ideas`): lists with every status, moderation (publish,
 * reject, edit, merge) and review. Each change is one batch with its `idea_events` row; a change
 * the status machine refuses is 409 `invalid-transition`:
 * pending → published | rejected | merged; published → rejected | merged; published ideas may be
 * reviewed (again); pending and published ideas may be edited; rejected and merged are final.
 */
import { Hono } from 'hono';
import {
  AdminIdeaListQuerySchema,
  EditIdeaInputSchema,
  MergeInputSchema,
  RejectInputSchema,
  ReviewInputSchema,
  limits,
  type AdminIdea,
  type FieldError,
  type IdeaStatus,
  type Page,
} from '@osallistu/contract';
import type { Context } from 'hono';
import type { AppEnv } from '../env.js';
import { editIdea, getIdea, listAdminIdeas, mergeIdea, publishIdea, rejectIdea, reviewIdea, type IdeaRecord } from '../db/ideas.js';
import { themeExists } from '../db/themes.js';
import { areaExists } from '../db/areas.js';
import { requireRole } from '../middleware/admin-auth.js';
import { validate } from '../middleware/validate.js';
import { fieldProblem, ProblemError } from '../lib/problem-error.js';
import { nowIso } from '../lib/now.js';
import { requireIdea, staffIdea } from './load.js';

function refuse(idea: IdeaRecord, action: string): never {
  throw new ProblemError(409, 'invalid-transition', { detail: `Cannot ${action} a ${idea.status} idea` });
}

function assertFrom(idea: IdeaRecord, allowed: IdeaStatus[], action: string): void {
  if (!allowed.includes(idea.status)) refuse(idea, action);
}

async function respond(c: Context<AppEnv>, id: string) {
  const idea = await getIdea(c.env.DB, c.var.tenant.id, id, true);
  if (!idea) throw new ProblemError(404, 'idea-not-found');
  return c.json(staffIdea(idea));
}

const moderators = requireRole('admin', 'moderator');

export const adminIdeas = new Hono<AppEnv>()
  .get('/', validate('query', AdminIdeaListQuerySchema), async (c) => {
    const { status, process, cursor, limit } = c.req.valid('query');
    const { items, nextCursor } = await listAdminIdeas(
      c.env.DB,
      c.var.tenant.id,
      { ...(status ? { status } : {}), ...(process ? { process } : {}), ...(cursor ? { cursor } : {}) },
      limit ?? limits.pageSize.default,
    );
    const page: Page<AdminIdea> = { items, nextCursor };
    return c.json(page);
  })
  .get('/:id', async (c) => c.json(staffIdea(await requireIdea(c, c.req.param('id'), false))))
  .post('/:id/publish', moderators, async (c) => {
    const idea = await requireIdea(c, c.req.param('id'), false);
    assertFrom(idea, ['pending'], 'publish');
    if (!(await publishIdea(c.env.DB, idea.id, nowIso(), c.var.actor))) refuse(idea, 'publish');
    return respond(c, idea.id);
  })
  .post('/:id/reject', moderators, validate('json', RejectInputSchema), async (c) => {
    const idea = await requireIdea(c, c.req.param('id'), false);
    assertFrom(idea, ['pending', 'published'], 'reject');
    if (!(await rejectIdea(c.env.DB, idea.id, c.req.valid('json').reason, nowIso(), c.var.actor))) refuse(idea, 'reject');
    return respond(c, idea.id);
  })
  .patch('/:id', moderators, validate('json', EditIdeaInputSchema), async (c) => {
    const db = c.env.DB;
    const idea = await requireIdea(c, c.req.param('id'), false);
    assertFrom(idea, ['pending', 'published'], 'edit');
    const input = c.req.valid('json');
    const errors: FieldError[] = [];
    if (input.themeId !== undefined && !(await themeExists(db, c.var.tenant.id, idea.processId, input.themeId))) {
      errors.push({ path: 'themeId', code: 'unknown-theme' });
    }
    if (input.areaId && !(await areaExists(db, c.var.tenant.id, input.areaId))) errors.push({ path: 'areaId', code: 'unknown-area' });
    if (errors.length > 0) throw fieldProblem(errors);
    if (!(await editIdea(db, idea.id, input, nowIso(), c.var.actor))) refuse(idea, 'edit');
    return respond(c, idea.id);
  })
  .post('/:id/merge', moderators, validate('json', MergeInputSchema), async (c) => {
    const idea = await requireIdea(c, c.req.param('id'), false);
    const { into, note } = c.req.valid('json');
    const target = into === idea.id ? null : await getIdea(c.env.DB, c.var.tenant.id, into);
    if (!target || target.processId !== idea.processId) throw fieldProblem([{ path: 'into', code: 'unknown-idea' }]);
    assertFrom(idea, ['pending', 'published'], 'merge');
    if (target.status !== 'published') {
      throw new ProblemError(409, 'invalid-transition', { detail: `Cannot merge into a ${target.status} idea` });
    }
    const ok = await mergeIdea(c.env.DB, idea.id, { id: target.id, title: target.title }, { title: idea.title }, note ? note : null, nowIso(), c.var.actor);
    if (!ok) refuse(idea, 'merge');
    return respond(c, idea.id);
  })
  .post('/:id/review', requireRole('admin', 'reviewer'), validate('json', ReviewInputSchema), async (c) => {
    const idea = await requireIdea(c, c.req.param('id'), false);
    assertFrom(idea, ['published'], 'review');
    const input = c.req.valid('json');
    const review = {
      feasibility: input.feasibility,
      reason: input.reason ? input.reason : null,
      costEur: input.costEur ?? null,
      responsibleUnit: input.responsibleUnit,
    };
    if (!(await reviewIdea(c.env.DB, idea.id, review, nowIso(), c.var.actor))) refuse(idea, 'review');
    return respond(c, idea.id);
  });
