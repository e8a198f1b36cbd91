/**
 * Public process routes: the list, one process with its current phase, and its themes.
 */
import { Hono } from 'hono';
import type { AppEnv } from '../env.js';
import { listProcesses } from '../db/processes.js';
import { listThemes } from '../db/themes.js';
import { requireProcess } from './load.js';

export const processes = new Hono<AppEnv>()
  .get('/', async (c) => c.json(await listProcesses(c.env.DB, c.var.tenant.id)))
  .get('/:process', async (c) => c.json(await requireProcess(c, c.req.param('process'))))
  .get('/:process/themes', async (c) => {
    const process = await requireProcess(c, c.req.param('process'));
    return c.json(await listThemes(c.env.DB, c.var.tenant.id, process.id));
  });
