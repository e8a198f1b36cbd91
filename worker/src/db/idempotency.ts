/**
 * Stored first responses of POSTs with an Idempotency-Key, per tenant and caller, for 24 hours.
 * `caller` is the scope the middleware derives from the request's credential (see
 * middleware/idempotency.ts), so one caller never sees another's stored response.
 */
export interface IdempotencyRow {
  method_path: string;
  body_hash: string;
  status: number | null;
  response_body: string | null;
  location: string | null;
  created_at: string;
}

/** Which key of which caller at which tenant. */
export interface IdempotencyScope {
  tenantId: string;
  caller: string;
  key: string;
}

export const idempotencyTtlMs = 24 * 60 * 60 * 1000;
/**
 * A reservation still without an answer after this long belongs to a request that died (the client
 * went away and the runtime cancelled it, or the isolate was evicted): the key is free again, so a
 * voter retrying with it is not refused as "in flight" for a day. No request of ours runs this long.
 */
export const idempotencyAbandonedMs = 60 * 1000;

/**
 * Reserves the key for this request. Returns null when reserved, or the existing live row.
 * Rows older than 24 h, and reservations abandoned for a minute, are replaced.
 */
export async function reserveIdempotencyKey(
  db: D1Database,
  { tenantId, caller, key }: IdempotencyScope,
  methodPath: string,
  bodyHash: string,
  now: Date,
): Promise<IdempotencyRow | null> {
  const expired = new Date(now.getTime() - idempotencyTtlMs).toISOString();
  const abandoned = new Date(now.getTime() - idempotencyAbandonedMs).toISOString();
  const [, inserted, existing] = await db.batch([
    db
      .prepare(
        `DELETE FROM idempotency_keys WHERE tenant_id = ?1 AND caller = ?2 AND key = ?3
         AND (created_at < ?4 OR (status IS NULL AND created_at < ?5))`,
      )
      .bind(tenantId, caller, key, expired, abandoned),
    db
      .prepare(
        `INSERT INTO idempotency_keys (tenant_id, caller, key, method_path, body_hash, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (tenant_id, caller, key) DO NOTHING`,
      )
      .bind(tenantId, caller, key, methodPath, bodyHash, now.toISOString()),
    db
      .prepare('SELECT method_path, body_hash, status, response_body, location, created_at FROM idempotency_keys WHERE tenant_id = ?1 AND caller = ?2 AND key = ?3')
      .bind(tenantId, caller, key),
  ]);
  if ((inserted?.meta.changes ?? 0) === 1) return null;
  return (existing?.results[0] as IdempotencyRow | undefined) ?? null;
}

export async function completeIdempotencyKey(
  db: D1Database,
  { tenantId, caller, key }: IdempotencyScope,
  status: number,
  body: string,
  location: string | null,
): Promise<void> {
  await db
    .prepare('UPDATE idempotency_keys SET status = ?4, response_body = ?5, location = ?6 WHERE tenant_id = ?1 AND caller = ?2 AND key = ?3')
    .bind(tenantId, caller, key, status, body, location)
    .run();
}

export async function releaseIdempotencyKey(db: D1Database, { tenantId, caller, key }: IdempotencyScope): Promise<void> {
  await db
    .prepare('DELETE FROM idempotency_keys WHERE tenant_id = ?1 AND caller = ?2 AND key = ?3 AND status IS NULL')
    .bind(tenantId, caller, key)
    .run();
}
