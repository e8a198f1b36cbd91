/**
 * Project events (created, status, progress, update, milestone), oldest first: a project's
 * timeline, and across a process the status changes its feeds publish.
 */
import type { ProjectEvent, ProjectEventKind } from '@osallistu/contract';

interface Row {
  id: number;
  project_id: string;
  kind: ProjectEventKind;
  at: string;
  data: string;
}

const toEvent = (r: Row): ProjectEvent => ({ id: r.id, projectId: r.project_id, kind: r.kind, at: r.at, data: JSON.parse(r.data) as ProjectEvent['data'] });

export async function listProjectEvents(db: D1Database, projectIds: string[]): Promise<ProjectEvent[]> {
  if (projectIds.length === 0) return [];
  const { results } = await db
    .prepare('SELECT id, project_id, kind, at, data FROM project_events WHERE project_id IN (SELECT value FROM json_each(?1)) ORDER BY id')
    .bind(JSON.stringify(projectIds))
    .all<Row>();
  return results.map(toEvent);
}

/** The newest `limit` creations and status changes of a process's projects, newest first. */
export async function listStatusEvents(db: D1Database, tenantId: string, processId: string, limit = 50): Promise<ProjectEvent[]> {
  const { results } = await db
    .prepare(
      `SELECT id, project_id, kind, at, data FROM project_events
       WHERE tenant_id = ?1 AND process_id = ?2 AND kind IN ('created', 'status') ORDER BY id DESC LIMIT ?3`,
    )
    .bind(tenantId, processId, limit)
    .all<Row>();
  return results.map(toEvent);
}
