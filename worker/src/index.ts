/**
 * Worker entry: the Hono app for HTTP and a scheduled handler for housekeeping.
 */
import { app } from './app.js';
import type { Env } from './env.js';
import { housekeeping } from './housekeeping.js';
import { pbHousekeeping } from './pb/pb-housekeeping.js';
import { progressHousekeeping } from './progress/progress-housekeeping.js';

export default {
  fetch: app.fetch,
  async scheduled(_controller: ScheduledController, env: Env, ctx: ExecutionContext): Promise<void> {
    ctx.waitUntil(housekeeping(env.DB, new Date()));
    ctx.waitUntil(pbHousekeeping(env.DB, new Date()));
    ctx.waitUntil(progressHousekeeping(env, new Date()));
  },
} satisfies ExportedHandler<Env>;
