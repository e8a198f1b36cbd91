/**
 * Stored first responses of POSTs with an Idempotency-Key, per tenant, for 24 hours.
 */
export interface IdempotencyRow {
  method_path: string;
  body_hash: string;
  status: number | null;
  response_body: string | null;
  created_at: string;
}

export const idempotencyTtlMs = 24 * 60 * 60 * 1000;

/**
 * Reserves `key` for this request. Returns null when reserved, or the existing live row.
 * Rows older than 24 h are replaced.
 */
export async function reserveIdempotencyKey(
  db: D1Database,
  tenantId: string,
  key: string,
  methodPath: string,
  bodyHash: string,
  now: Date,
): Promise<IdempotencyRow | null> {
  const expired = new Date(now.getTime() - idempotencyTtlMs).toISOString();
  const [, inserted, existing] = await db.batch([
    db.prepare('DELETE FROM idempotency_keys WHERE tenant_id = ?1 AND key = ?2 AND created_at < ?3').bind(tenantId, key, expired),
    db
      .prepare(
        `INSERT INTO idempotency_keys (tenant_id, key, method_path, body_hash, created_at) VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (tenant_id, key) DO NOTHING`,
      )
      .bind(tenantId, key, methodPath, bodyHash, now.toISOString()),
    db
      .prepare('SELECT method_path, body_hash, status, response_body, created_at FROM idempotency_keys WHERE tenant_id = ?1 AND key = ?2')
      .bind(tenantId, key),
  ]);
  if ((inserted?.meta.changes ?? 0) === 1) return null;
  return (existing?.results[0] as IdempotencyRow | undefined) ?? null;
}

export async function completeIdempotencyKey(db: D1Database, tenantId: string, key: string, status: number, body: string): Promise<void> {
  await db
    .prepare('UPDATE idempotency_keys SET status = ?3, response_body = ?4 WHERE tenant_id = ?1 AND key = ?2')
    .bind(tenantId, key, status, body)
    .run();
}

export async function releaseIdempotencyKey(db: D1Database, tenantId: string, key: string): Promise<void> {
  await db.prepare('DELETE FROM idempotency_keys WHERE tenant_id = ?1 AND key = ?2 AND status IS NULL').bind(tenantId, key).run();
}
