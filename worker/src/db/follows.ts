/**
 * Email follows of projects and ideas. An address is stored only while it follows something.
 */
import type { FollowTarget, Language } from '@osallistu/contract';

export interface FollowRow {
  id: string;
  tenant_id: string;
  target: FollowTarget;
  target_id: string;
  email: string;
  lang: Language;
  link_base: string;
  created_at: string;
  confirmed_at: string | null;
  last_event_id: number;
}

/** The follow of this address and target, if any (confirmed or not). */
export async function findFollow(db: D1Database, tenantId: string, target: FollowTarget, targetId: string, email: string): Promise<FollowRow | null> {
  return db
    .prepare('SELECT * FROM follows WHERE tenant_id = ?1 AND target = ?2 AND target_id = ?3 AND email = ?4')
    .bind(tenantId, target, targetId, email)
    .first<FollowRow>();
}

export async function getFollow(db: D1Database, id: string): Promise<FollowRow | null> {
  return db.prepare('SELECT * FROM follows WHERE id = ?1').bind(id).first<FollowRow>();
}

export async function createFollow(
  db: D1Database,
  f: { id: string; tenantId: string; target: FollowTarget; targetId: string; email: string; lang: Language; linkBase: string; lastEventId: number },
  at: string,
): Promise<void> {
  await db
    .prepare(
      `INSERT INTO follows (id, tenant_id, target, target_id, email, lang, link_base, created_at, last_event_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?9, ?7, ?8)
       ON CONFLICT (tenant_id, target, target_id, email) DO UPDATE SET lang = excluded.lang, link_base = excluded.link_base`,
    )
    .bind(f.id, f.tenantId, f.target, f.targetId, f.email, f.lang, at, f.lastEventId, f.linkBase)
    .run();
}

export async function confirmFollow(db: D1Database, id: string, at: string): Promise<void> {
  await db.prepare('UPDATE follows SET confirmed_at = COALESCE(confirmed_at, ?2) WHERE id = ?1').bind(id, at).run();
}

export async function deleteFollow(db: D1Database, id: string): Promise<void> {
  await db.prepare('DELETE FROM follows WHERE id = ?1').bind(id).run();
}

/** Confirmed followers of one target. */
export async function listFollowers(db: D1Database, tenantId: string, target: FollowTarget, targetIds: string[]): Promise<FollowRow[]> {
  if (targetIds.length === 0) return [];
  const { results } = await db
    .prepare(
      `SELECT * FROM follows WHERE tenant_id = ?1 AND target = ?2 AND target_id IN (SELECT value FROM json_each(?3))
       AND confirmed_at IS NOT NULL ORDER BY id`,
    )
    .bind(tenantId, target, JSON.stringify(targetIds))
    .all<FollowRow>();
  return results;
}

export function deleteFollowersStatement(db: D1Database, tenantId: string, target: FollowTarget, targetId: string): D1PreparedStatement {
  return db.prepare('DELETE FROM follows WHERE tenant_id = ?1 AND target = ?2 AND target_id = ?3').bind(tenantId, target, targetId);
}
