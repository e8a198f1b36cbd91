/**
 * Tokens of verified strict-survey respondents. They live in the voter tokens' table
 * (`voter_sessions`, SHA-256 of the token) with the scope `survey:{id}` in `process_id`, so one
 * lookup tells a survey token from a voting one, and the scheduled purge of expired tokens covers
 * both. Unlike a voter, a respondent adds no row to `voters` (turnout is a voting number).
 */
export async function openSurveySession(
  db: D1Database,
  s: { tokenHash: string; tenantId: string; scope: string; respondentKey: string; expiresAt: string },
): Promise<void> {
  await db
    .prepare(`INSERT INTO voter_sessions (token_hash, tenant_id, process_id, voter_key, method, expires_at) VALUES (?1, ?2, ?3, ?4, 'email', ?5)`)
    .bind(s.tokenHash, s.tenantId, s.scope, s.respondentKey, s.expiresAt)
    .run();
}
