/**
 * Lookups shared by the routes that turn "not there" into the right 404 problem.
 */
import type { Context } from 'hono';
import type { Idea, Process } from '@osallistu/contract';
import type { AppEnv } from '../env.js';
import { getProcess } from '../db/processes.js';
import { getIdea, type IdeaRecord } from '../db/ideas.js';
import { ProblemError } from '../lib/problem-error.js';

export async function requireProcess(c: Context<AppEnv>, id: string): Promise<Process> {
  const process = await getProcess(c.env.DB, c.var.tenant.id, id);
  if (!process) throw new ProblemError(404, 'process-not-found');
  return process;
}

/** An idea of the tenant; `publicOnly` hides pending ideas (404 to the public). */
export async function requireIdea(c: Context<AppEnv>, id: string, publicOnly: boolean): Promise<IdeaRecord> {
  const idea = await getIdea(c.env.DB, c.var.tenant.id, id, !publicOnly);
  if (!idea || (publicOnly && idea.status === 'pending')) throw new ProblemError(404, 'idea-not-found');
  return idea;
}

/** The public shape of an idea (no staff-only fields). */
export function publicIdea(record: IdeaRecord): Idea {
  const { hasEmail: _hasEmail, tenantId: _tenantId, ...idea } = record;
  return idea;
}

export function staffIdea(record: IdeaRecord) {
  const { tenantId: _tenantId, ...idea } = record;
  return idea;
}
