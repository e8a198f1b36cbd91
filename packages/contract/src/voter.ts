import * as v from 'valibot';
import { limits } from './limits.js';
import { languages } from './localized-text.js';
import type { VoterBallot } from './ballot.js';

const Email = v.pipe(v.string(), v.trim(), v.maxLength(limits.email.max), v.email('invalid-email'));

/** Asks for a one-time code by email. The answer never tells whether the address is known. */
export const EmailCodeRequestSchema = v.strictObject({
  email: Email,
  lang: v.optional(v.picklist(languages)),
});
export type EmailCodeRequest = v.InferInput<typeof EmailCodeRequestSchema>;

export interface EmailCodeSent {
  /** When the code stops working. */
  expiresAt: string;
}

/** The voter's own word on eligibility; stronger checks (OpenID Connect) come later. */
export const DeclarationSchema = v.strictObject({
  /** The voter is at least the process's minimum age (13 by default). */
  ageConfirmed: v.literal(true, 'age-below-minimum'),
  /** Home municipality, compared with the process's without case or surrounding spaces. */
  municipality: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(80)),
});
export type Declaration = v.InferInput<typeof DeclarationSchema>;

/** Verifies a voter with an email code or a printed voting code, and the declaration. */
export const VerifyInputSchema = v.variant('method', [
  v.strictObject({
    method: v.literal('email'),
    email: Email,
    code: v.pipe(v.string(), v.trim(), v.regex(/^\d{6}$/, 'invalid-value')),
    declaration: DeclarationSchema,
  }),
  v.strictObject({
    method: v.literal('printed'),
    code: v.pipe(v.string(), v.trim(), v.maxLength(40), v.regex(/^[A-Za-z0-9 -]{8,40}$/, 'invalid-value')),
    declaration: DeclarationSchema,
  }),
]);
export type VerifyInput = v.InferInput<typeof VerifyInputSchema>;

/** A short-lived voter token for one process (`Authorization: Bearer vt_…`). */
export interface VoterSession {
  token: string;
  processId: string;
  method: 'email' | 'printed';
  expiresAt: string;
  ballots: VoterBallot[];
}

/** `GET /processes/{process}/voter`: the token's process, expiry and live ballots. */
export type VoterStatus = Omit<VoterSession, 'token'>;

/** Staff order a batch of printed single-use voting codes. */
export const PrintedCodeBatchInputSchema = v.strictObject({
  count: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5000)),
  label: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(80))),
});
export type PrintedCodeBatchInput = v.InferInput<typeof PrintedCodeBatchInputSchema>;

export interface PrintedCodeBatch {
  id: string;
  processId: string;
  label: string;
  count: number;
  createdAt: string;
  /** Links to the exports (admin key needed). */
  csv: string;
  html: string;
}

/** A message in the local-mode dev outbox (instead of sending email). */
export interface OutboxMessage {
  id: number;
  to: string;
  subject: string;
  text: string;
  createdAt: string;
  /** Extra header fields the message carries (e.g. `List-Unsubscribe`); `{}` when none. */
  headers: Record<string, string>;
}
