/**
 * Dated updates of a project (text, optional image), newest first.
 */
import type { LocalizedText, ProjectUpdate } from '@osallistu/contract';

export async function listProjectUpdates(db: D1Database, projectId: string): Promise<ProjectUpdate[]> {
  const { results } = await db
    .prepare('SELECT id, at, text, image_url, image_alt FROM project_updates WHERE project_id = ?1 ORDER BY id DESC')
    .bind(projectId)
    .all<{ id: number; at: string; text: string; image_url: string | null; image_alt: string | null }>();
  return results.map((r) => ({ id: r.id, at: r.at, text: JSON.parse(r.text) as LocalizedText, imageUrl: r.image_url, imageAlt: r.image_alt }));
}

/** The insert of an update; its id is read back by the caller with `last_insert_rowid()` in the event. */
export function updateInsertStatement(
  db: D1Database,
  projectId: string,
  u: { text: LocalizedText; imageUrl: string | null; imageAlt: string | null },
  at: string,
  actor: string,
): D1PreparedStatement {
  return db
    .prepare('INSERT INTO project_updates (project_id, at, text, image_url, image_alt, actor) VALUES (?1, ?2, ?3, ?4, ?5, ?6)')
    .bind(projectId, at, JSON.stringify(u.text), u.imageUrl, u.imageAlt, actor);
}
