/**
 * `GET /v1/_bench/one-row` (local mode only): a bare endpoint that reads one row from D1, the
 * baseline the benchmark compares the idea list with. 404 in production.
 */
import { Hono } from 'hono';
import type { AppEnv } from '../env.js';
import { problemResponse } from '../lib/problem-response.js';

export const bench = new Hono<AppEnv>().get('/one-row', async (c) => {
  if (c.env.MODE !== 'local') return problemResponse(404, 'not-found');
  const { results, meta } = await c.env.DB.prepare('SELECT id, name FROM tenants LIMIT 1').all<{ id: string; name: string }>();
  c.header('X-D1-Rows-Read', String(meta.rows_read ?? 0));
  return c.json(results[0] ?? null);
});
