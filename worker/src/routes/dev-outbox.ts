/**
 * The dev outbox (local mode only; 404 otherwise): what would have been emailed, newest first.
 * `GET /v1/{tenant}/admin/dev-outbox` for staff tools and tests; `GET /v1/{tenant}/dev/outbox`
 * without a key for the demo page's panel, which shows itself only when this answers.
 */
import { Hono } from 'hono';
import type { AppEnv } from '../env.js';
import { listOutbox } from '../db/dev-outbox.js';
import { ProblemError } from '../lib/problem-error.js';

export const devOutbox = new Hono<AppEnv>().get('/', async (c) => {
  if (c.env.MODE !== 'local') throw new ProblemError(404, 'not-found');
  c.header('Cache-Control', 'no-store');
  return c.json(await listOutbox(c.env.DB, c.var.tenant.id));
});
