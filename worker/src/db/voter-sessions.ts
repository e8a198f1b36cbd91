/**
 * Verified voters and their short-lived tokens (stored as SHA-256; the token is shown once).
 */
export interface VoterSessionRow {
  tenant_id: string;
  process_id: string;
  voter_key: string;
  method: 'email' | 'printed';
  expires_at: string;
}

/** Records the voter (turnout) and opens a session, in one batch. */
export async function openVoterSession(
  db: D1Database,
  s: { tokenHash: string; tenantId: string; processId: string; voterKey: string; method: 'email' | 'printed'; expiresAt: string; now: string },
): Promise<void> {
  await db.batch([
    db
      .prepare(
        `INSERT INTO voters (tenant_id, process_id, voter_key, method, verified_at) VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (tenant_id, process_id, voter_key) DO NOTHING`,
      )
      .bind(s.tenantId, s.processId, s.voterKey, s.method, s.now),
    db
      .prepare('INSERT INTO voter_sessions (token_hash, tenant_id, process_id, voter_key, method, expires_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)')
      .bind(s.tokenHash, s.tenantId, s.processId, s.voterKey, s.method, s.expiresAt),
  ]);
}

export async function findVoterSession(db: D1Database, tokenHash: string): Promise<VoterSessionRow | null> {
  return db
    .prepare('SELECT tenant_id, process_id, voter_key, method, expires_at FROM voter_sessions WHERE token_hash = ?1')
    .bind(tokenHash)
    .first<VoterSessionRow>();
}
