/**
 * `GET /v1/{tenant}`: the tenant's name and languages.
 */
import { Hono } from 'hono';
import type { Tenant } from '@osallistu/contract';
import type { AppEnv } from '../env.js';

export const tenants = new Hono<AppEnv>().get('/', (c) => {
  const { id, name, languages } = c.var.tenant;
  const body: Tenant = { id, name, languages };
  return c.json(body);
});
