/**
 * Public area-map routes: map settings (tiles, boundary), which area a point is in, per-area
 * indicators and the need index.
 *
 * @example GET /v1/kuopio/areas/lookup?lon=27.685&lat=62.885  →  { "areaId": "70100", "insideBoundary": true }
 */
import { Hono } from 'hono';
import { AreaLookupQuerySchema } from '@osallistu/contract';
import type { AppEnv } from '../env.js';
import { getMapSettings } from '../db/map-settings.js';
import { lookupArea } from '../db/area-lookup.js';
import { getNeedIndexComponents, listIndicators, valuesByIndicator } from '../db/indicators.js';
import { listAreas } from '../db/areas.js';
import { needIndex } from '../needs/need-index.js';
import { validate } from '../middleware/validate.js';

export const areaMap = new Hono<AppEnv>()
  .get('/map', async (c) => {
    c.header('Cache-Control', 'public, max-age=300');
    return c.json(await getMapSettings(c.env.DB, c.var.tenant.id));
  })
  .get('/areas/lookup', validate('query', AreaLookupQuerySchema), async (c) => {
    const { lon, lat } = c.req.valid('query');
    return c.json(await lookupArea(c.env.DB, c.var.tenant.id, lon, lat));
  })
  .get('/indicators', async (c) => {
    c.header('Cache-Control', 'public, max-age=300');
    return c.json(await listIndicators(c.env.DB, c.var.tenant.id));
  })
  .get('/need-index', async (c) => {
    const db = c.env.DB;
    const tenantId = c.var.tenant.id;
    const [components, indicators, areas] = await Promise.all([getNeedIndexComponents(db, tenantId), listIndicators(db, tenantId), listAreas(db, tenantId, false)]);
    c.header('Cache-Control', 'public, max-age=300');
    if (components.length === 0) return c.json({ components, areas: [] });
    return c.json(needIndex(components, valuesByIndicator(indicators), areas.map((a) => a.id)));
  });
