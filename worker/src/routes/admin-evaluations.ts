/**
 * Moderation of evaluation comments (`/v1/{tenant}/admin/evaluations`, admin and moderator):
 * list by comment status, publish or reject a pending comment. Ratings count at once; only the
 * comment waits for moderation.
 */
import { Hono } from 'hono';
import * as v from 'valibot';
import type { AppEnv } from '../env.js';
import { listAdminEvaluations, moderateEvaluation } from '../db/project-evaluations.js';
import { requireRole } from '../middleware/admin-auth.js';
import { validate } from '../middleware/validate.js';
import { ProblemError } from '../lib/problem-error.js';

const QuerySchema = v.strictObject({ status: v.optional(v.picklist(['pending', 'published', 'rejected']), 'pending') });
const moderators = requireRole('admin', 'moderator');

function decide(to: 'published' | 'rejected') {
  return async (c: import('hono').Context<AppEnv>) => {
    const id = Number(c.req.param('id'));
    if (!Number.isSafeInteger(id) || !(await moderateEvaluation(c.env.DB, c.var.tenant.id, id, to))) {
      throw new ProblemError(409, 'invalid-transition', { detail: 'No pending evaluation comment with this id' });
    }
    return c.json({ id, commentStatus: to });
  };
}

export const adminEvaluations = new Hono<AppEnv>()
  .get('/', moderators, validate('query', QuerySchema), async (c) => c.json(await listAdminEvaluations(c.env.DB, c.var.tenant.id, c.req.valid('query').status)))
  .post('/:id/publish', moderators, decide('published'))
  .post('/:id/reject', moderators, decide('rejected'));
