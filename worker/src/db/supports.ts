/**
 * Supports: one per browser and idea (unique (idea_id, supporter_hash)); the idea's
 * support_count changes in the same batch.
 */
export type SupportOutcome = { ok: true; supportCount: number } | { ok: false };

export async function addSupport(db: D1Database, ideaId: string, supporterHash: string, now: string): Promise<SupportOutcome> {
  const results = await db.batch([
    db.prepare('INSERT INTO supports (idea_id, supporter_hash, created_at) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING').bind(ideaId, supporterHash, now),
    db.prepare('UPDATE ideas SET support_count = support_count + 1 WHERE id = ?1 AND changes() = 1').bind(ideaId),
    db.prepare('SELECT support_count FROM ideas WHERE id = ?1').bind(ideaId),
  ]);
  if ((results[0]?.meta.changes ?? 0) !== 1) return { ok: false };
  const row = results[2]?.results[0] as { support_count: number } | undefined;
  return { ok: true, supportCount: row?.support_count ?? 0 };
}
