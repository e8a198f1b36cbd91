/**
 * `GET /v1/{tenant}/ideas/{id}/timeline`: an idea's fate in order (see progress/idea-timeline.ts).
 * Pending ideas answer with only "submitted", so the link a resident gets after proposing works.
 */
import { Hono } from 'hono';
import type { AppEnv } from '../env.js';
import { ideaTimeline } from '../progress/idea-timeline.js';
import { requireIdea } from './load.js';

export const ideaTimelines = new Hono<AppEnv>().get('/:id/timeline', async (c) => {
  const idea = await requireIdea(c, c.req.param('id'), false);
  return c.json(await ideaTimeline(c.env.DB, c.var.tenant.id, idea));
});
