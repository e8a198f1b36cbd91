/**
 * Email one-time codes: one live code per address and scope. The plaintext address stays only
 * until the code is used, locked or expired; then the whole row goes. The scope (column
 * `process_id`) is a process id for voting or `survey:{id}` for a strict survey
 * (auth/email-code-check.ts).
 */
export interface EmailCodeRow {
  email_hash: string;
  code_hash: string;
  attempts: number;
  expires_at: string;
}

/** Replaces any earlier code of the address with a new one. */
export async function putEmailCode(
  db: D1Database,
  row: { tenantId: string; processId: string; emailHash: string; email: string; codeHash: string; expiresAt: string; now: string },
): Promise<void> {
  await db
    .prepare(
      `INSERT INTO email_codes (tenant_id, process_id, email_hash, email, code_hash, attempts, expires_at, created_at)
       VALUES (?1, ?2, ?3, ?4, ?5, 0, ?6, ?7)
       ON CONFLICT (tenant_id, process_id, email_hash) DO UPDATE SET email = excluded.email, code_hash = excluded.code_hash,
         attempts = 0, expires_at = excluded.expires_at, created_at = excluded.created_at`,
    )
    .bind(row.tenantId, row.processId, row.emailHash, row.email, row.codeHash, row.expiresAt, row.now)
    .run();
}

export async function getEmailCode(db: D1Database, tenantId: string, scope: string, emailHash: string): Promise<EmailCodeRow | null> {
  return db
    .prepare('SELECT email_hash, code_hash, attempts, expires_at FROM email_codes WHERE tenant_id = ?1 AND process_id = ?2 AND email_hash = ?3')
    .bind(tenantId, scope, emailHash)
    .first<EmailCodeRow>();
}

/** Counts a wrong attempt; returns the attempts so far (atomic, so parallel guesses all count). */
export async function countWrongAttempt(db: D1Database, tenantId: string, scope: string, emailHash: string): Promise<number> {
  const row = await db
    .prepare('UPDATE email_codes SET attempts = attempts + 1 WHERE tenant_id = ?1 AND process_id = ?2 AND email_hash = ?3 RETURNING attempts')
    .bind(tenantId, scope, emailHash)
    .first<{ attempts: number }>();
  return row?.attempts ?? Number.MAX_SAFE_INTEGER;
}

/**
 * Deletes the code (used, locked or expired), plaintext address included. Returns whether this
 * call deleted it, so of two parallel correct answers only one gets a session.
 */
export async function deleteEmailCode(db: D1Database, tenantId: string, scope: string, emailHash: string): Promise<boolean> {
  const result = await db
    .prepare('DELETE FROM email_codes WHERE tenant_id = ?1 AND process_id = ?2 AND email_hash = ?3')
    .bind(tenantId, scope, emailHash)
    .run();
  return (result.meta.changes ?? 0) > 0;
}
