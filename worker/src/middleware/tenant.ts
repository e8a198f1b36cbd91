/**
 * Loads the tenant named in the path (`/v1/{tenant}/…`) into `c.var.tenant`; 404 if unknown.
 */
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env.js';
import { getTenant } from '../db/tenants.js';
import { ProblemError } from '../lib/problem-error.js';

export const tenant = createMiddleware<AppEnv>(async (c, next) => {
  const id = c.req.param('tenant') ?? '';
  const row = /^[a-z0-9][a-z0-9-]{0,62}$/.test(id) ? await getTenant(c.env.DB, id) : null;
  if (!row) throw new ProblemError(404, 'tenant-not-found');
  c.set('tenant', row);
  await next();
});
