/**
 * Hourly housekeeping (cron in wrangler.jsonc): drop expired idempotency keys, rate-limit windows
 * and signed-request nonces, and delete contact emails of ideas whose process has ended.
 * Phase changes need no job: the current phase is computed from the clock on every read.
 */
import { idempotencyTtlMs } from './db/idempotency.js';
import { purgeRateLimits } from './db/rate-limits.js';

export async function housekeeping(db: D1Database, now: Date): Promise<void> {
  const seconds = Math.floor(now.getTime() / 1000);
  await purgeRateLimits(db, seconds);
  await db.batch([
    db.prepare('DELETE FROM idempotency_keys WHERE created_at < ?1').bind(new Date(now.getTime() - idempotencyTtlMs).toISOString()),
    db.prepare('DELETE FROM request_nonces WHERE seen_at < ?1').bind(seconds - 3600),
    // A process has ended when its last phase has ended; emails were only for updates until then.
    db
      .prepare(
        `DELETE FROM idea_contacts WHERE idea_id IN (
           SELECT i.id FROM ideas AS i JOIN processes AS p ON p.tenant_id = i.tenant_id AND p.id = i.process_id
           WHERE (SELECT MAX(json_extract(ph.value, '$.endsAt')) FROM json_each(p.phases) AS ph) < ?1)`,
      )
      .bind(now.toISOString()),
  ]);
}
