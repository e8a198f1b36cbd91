/**
 * Public project routes (`/v1/{tenant}/projects`): the list (by process, area, status), a
 * project's detail, sign-ups for taking part (within capacity) and evaluations of completed
 * projects (once per browser).
 *
 * @example GET /v1/kuopio/projects?process=pb-2025&status=in-progress
 */
import { Hono } from 'hono';
import type { Context } from 'hono';
import { EvaluationInputSchema, ProjectListQuerySchema, SignupInputSchema, type EvaluationSummary, type SignupResult } from '@osallistu/contract';
import type { AppEnv } from '../env.js';
import { getProjectRecord, listProjects, toSummary, type ProjectRecord } from '../db/projects.js';
import { addSignup, takenPlaces } from '../db/project-signups.js';
import { addEvaluation, evaluationSummary } from '../db/project-evaluations.js';
import { validate } from '../middleware/validate.js';
import { rateLimit } from '../middleware/rate-limit.js';
import { hmacHex } from '../lib/crypto.js';
import { ProblemError } from '../lib/problem-error.js';
import { nowIso } from '../lib/now.js';
import { projectDetail } from '../progress/project-detail.js';

export async function requireProject(c: Context<AppEnv>, id: string): Promise<ProjectRecord> {
  const project = /^[A-Za-z0-9_-]{1,64}$/.test(id) ? await getProjectRecord(c.env.DB, c.var.tenant.id, id) : null;
  if (!project) throw new ProblemError(404, 'project-not-found');
  return project;
}

export const projects = new Hono<AppEnv>()
  .get('/', validate('query', ProjectListQuerySchema), async (c) => {
    const { process, area, status } = c.req.valid('query');
    const list = await listProjects(c.env.DB, c.var.tenant.id, { ...(process ? { process } : {}), ...(area ? { area } : {}), ...(status ? { status } : {}) });
    return c.json(list.map(toSummary));
  })
  .get('/:id', async (c) => c.json(await projectDetail(c.env.DB, await requireProject(c, c.req.param('id')))))
  .post('/:id/signups', validate('json', SignupInputSchema), rateLimit('comments'), async (c) => {
    const project = await requireProject(c, c.req.param('id'));
    const participation = project.participation;
    if (!participation || project.status === 'completed' || project.status === 'cancelled') throw new ProblemError(409, 'signup-closed');
    const input = c.req.valid('json');
    const ok = await addSignup(c.env.DB, project.id, { name: input.name, email: input.email, participants: input.participants }, participation.capacity, nowIso());
    if (!ok) throw new ProblemError(409, 'signup-full');
    const body: SignupResult = { participants: input.participants, spotsLeft: Math.max(0, participation.capacity - (await takenPlaces(c.env.DB, project.id))) };
    return c.json(body, 201);
  })
  .post('/:id/evaluations', validate('json', EvaluationInputSchema), rateLimit('supports'), async (c) => {
    const project = await requireProject(c, c.req.param('id'));
    if (project.status !== 'completed') throw new ProblemError(409, 'evaluation-closed');
    const input = c.req.valid('json');
    const ok = await addEvaluation(
      c.env.DB,
      {
        projectId: project.id,
        tenantId: project.tenantId,
        evaluatorHash: await hmacHex(c.env.HASH_SECRET, `evaluator:${input.evaluatorId}`),
        rating: input.rating,
        comment: input.comment ? input.comment : null,
      },
      nowIso(),
    );
    if (!ok) throw new ProblemError(409, 'already-evaluated');
    const { lastAt: _lastAt, ...summary } = await evaluationSummary(c.env.DB, project.id);
    const body: EvaluationSummary = summary;
    return c.json(body, 201);
  });
