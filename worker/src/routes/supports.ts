/**
 * `POST /v1/{tenant}/ideas/{id}/supports`: one support per browser (`supporterId`, kept only as
 * an HMAC), rate-limited per IP. Only published ideas can be supported.
 */
import { Hono } from 'hono';
import { SupportInputSchema, type SupportResult } from '@osallistu/contract';
import type { AppEnv } from '../env.js';
import { addSupport } from '../db/supports.js';
import { validate } from '../middleware/validate.js';
import { rateLimit } from '../middleware/rate-limit.js';
import { hmacHex } from '../lib/crypto.js';
import { ProblemError } from '../lib/problem-error.js';
import { nowIso } from '../lib/now.js';
import { requireIdea } from './load.js';

export const supports = new Hono<AppEnv>().post('/:id/supports', validate('json', SupportInputSchema), rateLimit('supports'), async (c) => {
  const idea = await requireIdea(c, c.req.param('id'), true);
  if (idea.status !== 'published') {
    throw new ProblemError(409, 'invalid-transition', { detail: `A ${idea.status} idea cannot be supported` });
  }
  const { supporterId } = c.req.valid('json');
  const supporterHash = await hmacHex(c.env.HASH_SECRET, `supporter:${supporterId}`);
  const outcome = await addSupport(c.env.DB, idea.id, supporterHash, nowIso());
  if (!outcome.ok) throw new ProblemError(409, 'already-supported');
  const body: SupportResult = { supportCount: outcome.supportCount };
  return c.json(body, 201);
});
