/**
 * Admin-only setup (`/v1/{tenant}/admin/…`): create or replace processes, themes and areas
 * (PUT, 201 when created, 200 when replaced) and create API keys (the key is shown once).
 */
import { Hono } from 'hono';
import { ApiKeyInputSchema, AreaInputSchema, ProcessInputSchema, ThemeInputSchema, type FieldError } from '@osallistu/contract';
import type { AppEnv } from '../env.js';
import { putProcess } from '../db/processes.js';
import { listThemes, putTheme } from '../db/themes.js';
import { getArea, putArea } from '../db/areas.js';
import { createApiKey } from '../db/api-keys.js';
import { requireRole } from '../middleware/admin-auth.js';
import { validate } from '../middleware/validate.js';
import { fieldProblem, ProblemError } from '../lib/problem-error.js';
import { requireProcess } from './load.js';

function sameId(pathId: string, bodyId: string): void {
  if (pathId !== bodyId) throw fieldProblem([{ path: 'id', code: 'invalid-value' }], 'The id in the body must match the path');
}

const admins = requireRole('admin');

export const adminSetup = new Hono<AppEnv>()
  .put('/processes/:process', admins, validate('json', ProcessInputSchema), async (c) => {
    const input = c.req.valid('json');
    sameId(c.req.param('process'), input.id);
    const errors: FieldError[] = [];
    input.phases.forEach((phase, i) => {
      if (Date.parse(phase.endsAt) <= Date.parse(phase.startsAt)) errors.push({ path: `phases.${i}.endsAt`, code: 'out-of-range' });
    });
    if (errors.length > 0) throw fieldProblem(errors);
    const created = await putProcess(c.env.DB, c.var.tenant.id, input);
    return c.json(await requireProcess(c, input.id), created ? 201 : 200);
  })
  .put('/processes/:process/themes/:theme', admins, validate('json', ThemeInputSchema), async (c) => {
    const input = c.req.valid('json');
    sameId(c.req.param('theme'), input.id);
    const process = await requireProcess(c, c.req.param('process'));
    const created = await putTheme(c.env.DB, c.var.tenant.id, process.id, input);
    const theme = (await listThemes(c.env.DB, c.var.tenant.id, process.id)).find((t) => t.id === input.id);
    return c.json(theme, created ? 201 : 200);
  })
  .put('/areas/:area', admins, validate('json', AreaInputSchema), async (c) => {
    const input = c.req.valid('json');
    sameId(c.req.param('area'), input.id);
    const created = await putArea(c.env.DB, c.var.tenant.id, input);
    const area = await getArea(c.env.DB, c.var.tenant.id, input.id);
    if (!area) throw new ProblemError(404, 'not-found');
    return c.json(area, created ? 201 : 200);
  })
  .post('/api-keys', admins, validate('json', ApiKeyInputSchema), async (c) => {
    const { role, label } = c.req.valid('json');
    return c.json(await createApiKey(c.env.DB, c.var.tenant.id, role, label), 201);
  });
