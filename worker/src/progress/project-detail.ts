/**
 * Everything a project's detail view shows, from its record: milestones, updates (newest first),
 * places left for taking part, the evaluation aggregate, its events and the ideas it came from.
 */
import type { Project } from '@osallistu/contract';
import { listMilestones, toSummary, type ProjectRecord } from '../db/projects.js';
import { listProjectUpdates } from '../db/project-updates.js';
import { takenPlaces } from '../db/project-signups.js';
import { evaluationSummary } from '../db/project-evaluations.js';
import { listProjectEvents } from '../db/project-events.js';

export async function projectDetail(db: D1Database, p: ProjectRecord): Promise<Project> {
  const [milestones, updates, taken, evaluation, events, ideas] = await Promise.all([
    listMilestones(db, p.id),
    listProjectUpdates(db, p.id),
    p.participation ? takenPlaces(db, p.id) : Promise.resolve(0),
    evaluationSummary(db, p.id),
    listProjectEvents(db, [p.id]),
    ideaTitles(db, p.tenantId, p.ideaIds),
  ]);
  const { lastAt: _lastAt, ...aggregate } = evaluation;
  // the summary's fields, with updatedAt kept after createdAt as the detail has always listed it
  const { updatedAt, ...summary } = toSummary(p);
  return {
    ...summary,
    location: p.location, // optional in a summary, always present in the detail (same place in the JSON)
    proposalId: p.proposalId,
    ideas,
    milestones,
    updates,
    participation: p.participation ? { ...p.participation, taken, spotsLeft: Math.max(0, p.participation.capacity - taken) } : null,
    evaluation: aggregate,
    events,
    createdAt: p.createdAt,
    updatedAt,
    completedAt: p.completedAt,
  };
}

/** Titles of public (not pending) ideas, in the given order; unknown or pending ids are left out. */
async function ideaTitles(db: D1Database, tenantId: string, ids: string[]): Promise<{ id: string; title: string }[]> {
  if (ids.length === 0) return [];
  const { results } = await db
    .prepare(`SELECT id, title FROM ideas WHERE tenant_id = ?1 AND status != 'pending' AND id IN (SELECT value FROM json_each(?2))`)
    .bind(tenantId, JSON.stringify(ids))
    .all<{ id: string; title: string }>();
  const byId = new Map(results.map((r) => [r.id, r.title]));
  return ids.flatMap((id) => (byId.has(id) ? [{ id, title: byId.get(id) ?? '' }] : []));
}
