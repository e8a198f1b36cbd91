/**
 * Fixed-window counters in D1. One upsert per counted request.
 */
export async function hitRateLimit(db: D1Database, bucket: string, expiresAt: number): Promise<number> {
  const row = await db
    .prepare(
      `INSERT INTO rate_limits (bucket, count, expires_at) VALUES (?1, 1, ?2)
       ON CONFLICT (bucket) DO UPDATE SET count = count + 1 RETURNING count`,
    )
    .bind(bucket, expiresAt)
    .first<{ count: number }>();
  return row?.count ?? 1;
}

export async function purgeRateLimits(db: D1Database, nowSeconds: number): Promise<void> {
  await db.prepare('DELETE FROM rate_limits WHERE expires_at < ?1').bind(nowSeconds).run();
}
