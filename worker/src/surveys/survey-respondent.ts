/**
 * Who answers a strict survey (`respondents: "verified"`): the bearer token a verified email code
 * gave for exactly this survey. Missing, unknown or expired → 401 `survey-verification-required`;
 * a token of another survey or of a voting process → 403 `survey-token-wrong-survey`. The
 * respondent key is HMAC(tenant, `survey:{id}`, normalised address): the same person gets the
 * same key in this survey only, so survey answers cannot be joined with votes.
 */
import type { Context } from 'hono';
import type { AppEnv } from '../env.js';
import type { VoterSessionRow } from '../db/voter-sessions.js';
import { bearerSession } from '../pb/voter-auth.js';
import { ProblemError } from '../lib/problem-error.js';

/** The email-code and token scope of a survey (process ids have no colon, so no collision). */
export function surveyScope(surveyId: string): string {
  return `survey:${surveyId}`;
}

export async function requireSurveyRespondent(c: Context<AppEnv>, surveyId: string): Promise<VoterSessionRow> {
  const session = await bearerSession(c);
  if (!session) throw new ProblemError(401, 'survey-verification-required', { headers: { 'WWW-Authenticate': 'Bearer realm="osallistu-survey"' } });
  if (session.process_id !== surveyScope(surveyId)) throw new ProblemError(403, 'survey-token-wrong-survey');
  return session;
}
