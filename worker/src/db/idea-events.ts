/**
 * An idea's public history, oldest first. The acting staff member (`actor`) is not public.
 */
import type { IdeaEvent, IdeaEventKind } from '@osallistu/contract';

export async function listIdeaEvents(db: D1Database, ideaId: string): Promise<IdeaEvent[]> {
  const { results } = await db
    .prepare('SELECT id, idea_id, kind, at, data FROM idea_events WHERE idea_id = ?1 ORDER BY id')
    .bind(ideaId)
    .all<{ id: number; idea_id: string; kind: IdeaEventKind; at: string; data: string }>();
  return results.map((r) => ({
    id: r.id,
    ideaId: r.idea_id,
    kind: r.kind,
    at: r.at,
    data: JSON.parse(r.data) as IdeaEvent['data'],
  }));
}
