/**
 * The voter token of a request (`Authorization: Bearer vt_…`): unknown or expired → 401
 * `voter-token-invalid`; a token of another process → 403 `voter-token-wrong-process`.
 * Strict surveys use the same tokens with the scope `survey:{id}` (surveys/survey-respondent.ts).
 */
import type { Context } from 'hono';
import type { AppEnv } from '../env.js';
import { findVoterSession, type VoterSessionRow } from '../db/voter-sessions.js';
import { sha256Hex } from '../lib/crypto.js';
import { ProblemError } from '../lib/problem-error.js';

/** The live session of the request's bearer token in this tenant (any scope), or null. */
export async function bearerSession(c: Context<AppEnv>): Promise<VoterSessionRow | null> {
  const match = /^Bearer\s+(vt_[a-z0-9]{20,60})\s*$/.exec(c.req.header('authorization') ?? '');
  if (!match?.[1]) return null;
  const session = await findVoterSession(c.env.DB, await sha256Hex(match[1]));
  if (!session || session.tenant_id !== c.var.tenant.id || session.expires_at <= new Date().toISOString()) return null;
  return session;
}

export async function requireVoter(c: Context<AppEnv>, processId: string): Promise<VoterSessionRow> {
  const session = await bearerSession(c);
  if (!session) throw new ProblemError(401, 'voter-token-invalid', { headers: { 'WWW-Authenticate': 'Bearer realm="osallistu-voter"' } });
  if (session.process_id !== processId) throw new ProblemError(403, 'voter-token-wrong-process');
  return session;
}
