import * as v from 'valibot';

const ProposalId = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/, 'invalid-value'));

/**
 * A ballot for one budget: the chosen proposals. Sent with the voter token
 * (`Authorization: Bearer vt_…`) and an `Idempotency-Key`.
 */
export const BallotInputSchema = v.strictObject({
  proposalIds: v.pipe(v.array(ProposalId), v.maxLength(1000)),
});
export type BallotInput = v.InferInput<typeof BallotInputSchema>;

/** What a voter gets back for a cast ballot. Keep the receipt code to check the ballot later. */
export interface BallotReceipt {
  budgetId: string;
  proposalIds: string[];
  receiptCode: string;
  castAt: string;
  /** The budget whose earlier ballot this one replaced (the same budget, or another area's). */
  replaced: string[];
}

/** One of a verified voter's live ballots (to change a vote before the deadline). */
export interface VoterBallot {
  budgetId: string;
  proposalIds: string[];
  receiptCode: string;
  castAt: string;
}

/**
 * `GET /processes/{process}/receipts/{code}`: `counted` — exactly this ballot is in the count;
 * `replaced` — the voter voted again later, and the newer ballot counts instead.
 */
export interface ReceiptCheck {
  receiptCode: string;
  processId: string;
  budgetId: string;
  proposalIds: string[];
  castAt: string;
  status: 'counted' | 'replaced';
}

/** Receipt codes look like `K7QF-2MX9-PA4D`; checks ignore case, spaces and dashes. */
export const ReceiptCodeSchema = v.pipe(v.string(), v.trim(), v.toUpperCase(), v.regex(/^[A-Z0-9-]{8,20}$/, 'invalid-value'));
