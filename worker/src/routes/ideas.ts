/**
 * Public idea routes: the list and submission under a process, one idea and its history.
 *
 * @example GET /v1/kuopio/processes/pb-2027/ideas?sort=supported&area=70100
 */
import { Hono } from 'hono';
import { IdeaInputSchema, IdeaListQuerySchema, limits } from '@osallistu/contract';
import type { FieldError, Page, Idea } from '@osallistu/contract';
import type { AppEnv } from '../env.js';
import { createIdea, getIdea, listPublicIdeas } from '../db/ideas.js';
import { listIdeaEvents } from '../db/idea-events.js';
import { currentPhase } from '../db/processes.js';
import { themeExists } from '../db/themes.js';
import { areaExists } from '../db/areas.js';
import { lookupArea } from '../db/area-lookup.js';
import { validate } from '../middleware/validate.js';
import { rateLimit } from '../middleware/rate-limit.js';
import { fieldProblem, ProblemError } from '../lib/problem-error.js';
import { nowIso } from '../lib/now.js';
import { publicIdea, requireIdea, requireProcess } from './load.js';

/** Mounted at `/v1/{tenant}/processes/{process}/ideas`. */
export const processIdeas = new Hono<AppEnv>()
  .get('/', validate('query', IdeaListQuerySchema), async (c) => {
    const process = await requireProcess(c, c.req.param('process') ?? '');
    const query = c.req.valid('query');
    const { items, nextCursor, rowsRead } = await listPublicIdeas(c.env.DB, c.var.tenant.id, process.id, query, query.limit ?? limits.pageSize.default);
    const page: Page<Idea> = { items, nextCursor };
    // D1's rows_read of the list query, for the benchmark and for watching costs.
    c.header('X-D1-Rows-Read', String(rowsRead));
    return c.json(page);
  })
  .post('/', validate('json', IdeaInputSchema), rateLimit('ideas'), async (c) => {
    const db = c.env.DB;
    const tenantId = c.var.tenant.id;
    const process = await requireProcess(c, c.req.param('process') ?? '');
    if (currentPhase(process.phases) !== 'ideation') {
      throw new ProblemError(409, 'phase-closed', { detail: 'Ideas are accepted only in the ideation phase' });
    }
    const input = c.req.valid('json');
    const errors: FieldError[] = [];
    if (!(await themeExists(db, tenantId, process.id, input.themeId))) errors.push({ path: 'themeId', code: 'unknown-theme' });
    if (input.areaId && !(await areaExists(db, tenantId, input.areaId))) errors.push({ path: 'areaId', code: 'unknown-area' });
    // A point decides the area it lies in; outside every area the given area stays, outside the
    // tenant's boundary the point is refused.
    let areaId = input.areaId ?? null;
    if (input.location) {
      const [lon, lat] = input.location.coordinates;
      const found = await lookupArea(db, tenantId, lon, lat);
      if (!found.insideBoundary) errors.push({ path: 'location', code: 'out-of-range' });
      else if (found.areaId) areaId = found.areaId;
    }
    if (errors.length > 0) throw fieldProblem(errors);
    const id = await createIdea(
      db,
      {
        tenantId,
        processId: process.id,
        title: input.title,
        description: input.description,
        themeId: input.themeId,
        areaId,
        location: input.location ?? null,
        authorName: input.authorName ? input.authorName : null,
        email: input.email ? input.email : null,
        lang: input.lang ?? 'fi',
      },
      nowIso(),
    );
    const record = await getIdea(db, tenantId, id);
    if (!record) throw new Error('idea vanished after insert');
    c.header('Location', `/v1/${tenantId}/ideas/${id}`);
    return c.json(publicIdea(record), 201);
  });

/** Mounted at `/v1/{tenant}/ideas`. */
export const ideas = new Hono<AppEnv>()
  .get('/:id', async (c) => c.json(publicIdea(await requireIdea(c, c.req.param('id'), true))))
  .get('/:id/events', async (c) => {
    const idea = await requireIdea(c, c.req.param('id'), true);
    return c.json(await listIdeaEvents(c.env.DB, idea.id));
  });
