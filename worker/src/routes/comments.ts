/**
 * Public comment routes: published comments of an idea (oldest first) and writing a comment,
 * which waits for moderation. Only published ideas take comments.
 */
import { Hono } from 'hono';
import { CommentInputSchema, CommentListQuerySchema, limits, type Comment, type Page } from '@osallistu/contract';
import type { AppEnv } from '../env.js';
import { createComment, listPublishedComments } from '../db/comments.js';
import { validate } from '../middleware/validate.js';
import { rateLimit } from '../middleware/rate-limit.js';
import { ProblemError } from '../lib/problem-error.js';
import { nowIso } from '../lib/now.js';
import { requireIdea } from './load.js';

export const comments = new Hono<AppEnv>()
  .get('/:id/comments', validate('query', CommentListQuerySchema), async (c) => {
    const idea = await requireIdea(c, c.req.param('id'), true);
    const { cursor, limit } = c.req.valid('query');
    const { items, nextCursor } = await listPublishedComments(c.env.DB, idea.id, cursor, limit ?? limits.pageSize.default);
    const page: Page<Comment> = { items, nextCursor };
    return c.json(page);
  })
  .post('/:id/comments', validate('json', CommentInputSchema), rateLimit('comments'), async (c) => {
    const idea = await requireIdea(c, c.req.param('id'), true);
    if (idea.status !== 'published') {
      throw new ProblemError(409, 'invalid-transition', { detail: `A ${idea.status} idea takes no comments` });
    }
    const input = c.req.valid('json');
    const comment = await createComment(
      c.env.DB,
      { tenantId: c.var.tenant.id, ideaId: idea.id, body: input.body, authorName: input.authorName ? input.authorName : null },
      nowIso(),
    );
    return c.json(comment, 201);
  });
