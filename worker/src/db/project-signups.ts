/**
 * Sign-ups for taking part in a project, within its capacity. The capacity check and the insert
 * are one statement, so two residents can never take the last place both.
 */
import type { Signup } from '@osallistu/contract';

export async function takenPlaces(db: D1Database, projectId: string): Promise<number> {
  const row = await db.prepare('SELECT COALESCE(SUM(participants), 0) AS n FROM project_signups WHERE project_id = ?1').bind(projectId).first<{ n: number }>();
  return row?.n ?? 0;
}

/** Adds the sign-up if `participants` still fit in `capacity`; returns whether it did. */
export async function addSignup(
  db: D1Database,
  projectId: string,
  s: { name: string; email: string; participants: number },
  capacity: number,
  at: string,
): Promise<boolean> {
  const result = await db
    .prepare(
      `INSERT INTO project_signups (project_id, name, email, participants, created_at)
       SELECT ?1, ?2, ?3, ?4, ?5
       WHERE (SELECT COALESCE(SUM(participants), 0) FROM project_signups WHERE project_id = ?1) + ?4 <= ?6`,
    )
    .bind(projectId, s.name, s.email, s.participants, at, capacity)
    .run();
  return result.meta.changes > 0;
}

export async function listSignups(db: D1Database, projectId: string): Promise<Signup[]> {
  const { results } = await db
    .prepare('SELECT id, name, email, participants, created_at FROM project_signups WHERE project_id = ?1 ORDER BY id')
    .bind(projectId)
    .all<{ id: number; name: string; email: string; participants: number; created_at: string }>();
  return results.map((r) => ({ id: r.id, name: r.name, email: r.email, participants: r.participants, createdAt: r.created_at }));
}
