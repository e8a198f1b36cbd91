/**
 * Staff comment moderation (`/v1/{tenant}/admin/comments`), admin and moderator only:
 * pending → published | rejected; published → rejected (the idea's comment_count follows).
 */
import { Hono } from 'hono';
import { AdminCommentListQuerySchema, RejectInputSchema, limits, type AdminComment, type Page } from '@osallistu/contract';
import type { Context } from 'hono';
import type { AppEnv } from '../env.js';
import { getComment, listAdminComments, publishComment, rejectComment } from '../db/comments.js';
import { requireRole } from '../middleware/admin-auth.js';
import { validate } from '../middleware/validate.js';
import { ProblemError } from '../lib/problem-error.js';
import { nowIso } from '../lib/now.js';

async function requireComment(c: Context<AppEnv>, id: string): Promise<AdminComment> {
  const comment = await getComment(c.env.DB, c.var.tenant.id, id);
  if (!comment) throw new ProblemError(404, 'comment-not-found');
  return comment;
}

const refuse = (comment: AdminComment, action: string) =>
  new ProblemError(409, 'invalid-transition', { detail: `Cannot ${action} a ${comment.status} comment` });

export const adminComments = new Hono<AppEnv>()
  .use(requireRole('admin', 'moderator'))
  .get('/', validate('query', AdminCommentListQuerySchema), async (c) => {
    const { status, cursor, limit } = c.req.valid('query');
    const { items, nextCursor } = await listAdminComments(c.env.DB, c.var.tenant.id, status, cursor, limit ?? limits.pageSize.default);
    const page: Page<AdminComment> = { items, nextCursor };
    return c.json(page);
  })
  .post('/:id/publish', async (c) => {
    const comment = await requireComment(c, c.req.param('id'));
    if (comment.status !== 'pending' || !(await publishComment(c.env.DB, comment.id, nowIso()))) throw refuse(comment, 'publish');
    return c.json(await requireComment(c, comment.id));
  })
  .post('/:id/reject', validate('json', RejectInputSchema), async (c) => {
    const comment = await requireComment(c, c.req.param('id'));
    if (comment.status === 'rejected') throw refuse(comment, 'reject');
    const ok = await rejectComment(c.env.DB, comment.id, c.req.valid('json').reason, nowIso(), comment.status === 'published');
    if (!ok) throw refuse(comment, 'reject');
    return c.json(await requireComment(c, comment.id));
  });
