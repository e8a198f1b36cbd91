/**
 * The local-mode dev outbox: what would have been emailed, newest first.
 */
import type { OutboxMessage } from '@osallistu/contract';

export async function addOutboxMessage(
  db: D1Database,
  tenantId: string,
  m: { to: string; subject: string; text: string; headers?: Record<string, string> },
  now: string,
): Promise<void> {
  await db
    .prepare('INSERT INTO dev_outbox (tenant_id, to_address, subject, body, created_at, headers) VALUES (?1, ?2, ?3, ?4, ?5, ?6)')
    .bind(tenantId, m.to, m.subject, m.text, now, JSON.stringify(m.headers ?? {}))
    .run();
}

export async function listOutbox(db: D1Database, tenantId: string, limit = 20): Promise<OutboxMessage[]> {
  const { results } = await db
    .prepare('SELECT id, to_address, subject, body, created_at, headers FROM dev_outbox WHERE tenant_id = ?1 ORDER BY id DESC LIMIT ?2')
    .bind(tenantId, limit)
    .all<{ id: number; to_address: string; subject: string; body: string; created_at: string; headers: string }>();
  return results.map((r) => ({
    id: r.id,
    to: r.to_address,
    subject: r.subject,
    text: r.body,
    createdAt: r.created_at,
    headers: JSON.parse(r.headers) as Record<string, string>,
  }));
}
