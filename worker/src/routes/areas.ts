/**
 * `GET /v1/{tenant}/areas`: the tenant's areas; `?geometry=1` includes the GeoJSON geometry.
 */
import { Hono } from 'hono';
import * as v from 'valibot';
import type { AppEnv } from '../env.js';
import { listAreas } from '../db/areas.js';
import { validate } from '../middleware/validate.js';

const AreaListQuerySchema = v.strictObject({ geometry: v.optional(v.picklist(['0', '1', 'true', 'false'])) });

export const areas = new Hono<AppEnv>().get('/', validate('query', AreaListQuerySchema), async (c) => {
  const { geometry } = c.req.valid('query');
  const withGeometry = geometry === '1' || geometry === 'true';
  c.header('Cache-Control', 'public, max-age=300');
  return c.json(await listAreas(c.env.DB, c.var.tenant.id, withGeometry));
});
