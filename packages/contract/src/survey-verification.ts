import * as v from 'valibot';
import { limits } from './limits.js';
import { EmailCodeRequestSchema } from './voter.js';

/**
 * Strict surveys (`respondents: "verified"`): once per verified person. The respondent proves an
 * email address with the same one-time code check as voting (6 digits, 10 minutes, 5 guesses,
 * the same rate limits) and gets a short-lived token for this one survey:
 *
 * 1. `POST /surveys/{id}/verification/email-code` `SurveyEmailCodeRequest` → 202 `EmailCodeSent`
 * 2. `POST /surveys/{id}/verification` `SurveyVerifyInput` → 201 `SurveyVerification`
 * 3. `POST /surveys/{id}/responses` with `Authorization: Bearer <token>`
 *
 * The person is kept only as an HMAC of the normalised address scoped to the survey; the plaintext
 * address is deleted with the code when it is used, locked or expired.
 */

/** Asks for a code by email for a strict survey (the voting request's shape). */
export const SurveyEmailCodeRequestSchema = EmailCodeRequestSchema;
export type SurveyEmailCodeRequest = v.InferInput<typeof SurveyEmailCodeRequestSchema>;

/** Proves the address with the code. No eligibility declaration: a survey asks anyone. */
export const SurveyVerifyInputSchema = v.strictObject({
  email: v.pipe(v.string(), v.trim(), v.maxLength(limits.email.max), v.email('invalid-email')),
  code: v.pipe(v.string(), v.trim(), v.regex(/^\d{6}$/, 'invalid-value')),
});
export type SurveyVerifyInput = v.InferInput<typeof SurveyVerifyInputSchema>;

/**
 * A token for answering one survey (`Authorization: Bearer vt_…`), valid 30 minutes. A token of
 * another survey or of a voting process is refused (403 `survey-token-wrong-survey`).
 */
export interface SurveyVerification {
  token: string;
  surveyId: string;
  expiresAt: string;
  /** This person has already answered the survey (a new response would be 409 `already-answered`). */
  answered: boolean;
}

/** `GET /surveys/{id}/verification` with the token: is it still good, and has the person answered. */
export type SurveyVerificationStatus = Omit<SurveyVerification, 'token'>;
