import * as v from 'valibot';
import { LocalizedTextSchema, type LocalizedText } from './localized-text.js';
import { Slug } from './process.js';

/**
 * How a ballot may be filled in.
 * - `approval`: pick between `minProposals` and `maxProposals` proposals; their costs need not fit.
 * - `knapsack`: any set whose total cost fits the budget (and the count limits, if set).
 * Either kind may ask for a minimum share of the budget to be spent (`minSharePercent`).
 */
export const ballotRuleKinds = ['approval', 'knapsack'] as const;
export type BallotRuleKind = (typeof ballotRuleKinds)[number];

/** How a budget's winners are counted (packages/tally). */
export const countingRules = ['greedy', 'mes-add1'] as const;
export type CountingRule = (typeof countingRules)[number];

/**
 * Who may vote in a budget: `all` — every verified voter of the process; `one-area` — a voter
 * votes in at most one of the process's `one-area` budgets (Helsinki's rule: city-wide plus one
 * area of choice). Voting in another `one-area` budget moves the voter's area ballot there.
 */
export const eligibilityRules = ['all', 'one-area'] as const;
export type EligibilityRule = (typeof eligibilityRules)[number];

const Count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1000));

export const BallotRuleSchema = v.pipe(
  v.strictObject({
    kind: v.picklist(ballotRuleKinds),
    minProposals: v.optional(Count, 1),
    /** null: no upper limit. */
    maxProposals: v.optional(v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1000))), null),
    /** Share of the budget the ballot must spend at least, in whole percent (0 = none). */
    minSharePercent: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100)), 0),
  }),
  v.forward(
    v.partialCheck([['minProposals'], ['maxProposals']], (r) => r.maxProposals === null || r.maxProposals >= r.minProposals, 'out-of-range'),
    ['maxProposals'],
  ),
);
export type BallotRule = v.InferOutput<typeof BallotRuleSchema>;

const AreaId = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,40}$/, 'invalid-value'));

/** What staff send to create or replace a budget of a process. */
export const BudgetInputSchema = v.strictObject({
  id: Slug,
  name: LocalizedTextSchema,
  /** null: the city-wide budget. */
  areaId: v.optional(v.nullable(AreaId), null),
  amountEur: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1_000_000_000)),
  ballotRule: v.optional(BallotRuleSchema, { kind: 'knapsack', minProposals: 1, maxProposals: null, minSharePercent: 0 }),
  countingRule: v.optional(v.picklist(countingRules), 'greedy'),
  /** Default: `all` for a city-wide budget, `one-area` for an area budget. */
  eligibility: v.optional(v.picklist(eligibilityRules)),
  position: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10000)), 0),
});
export type BudgetInput = v.InferInput<typeof BudgetInputSchema>;

/** A budget as the API returns it. */
export interface Budget {
  id: string;
  processId: string;
  name: LocalizedText;
  areaId: string | null;
  amountEur: number;
  ballotRule: BallotRule;
  countingRule: CountingRule;
  eligibility: EligibilityRule;
  position: number;
  proposalCount: number;
}

/** Who may vote in a process: declared age and municipality (checked by the voter's word). */
export const VotingSettingsInputSchema = v.strictObject({
  minAge: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(120)), 13),
  municipality: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(80)),
  /** Voter verification methods offered. */
  emailCodes: v.optional(v.boolean(), true),
  printedCodes: v.optional(v.boolean(), true),
});
export type VotingSettingsInput = v.InferInput<typeof VotingSettingsInputSchema>;
export type VotingSettings = v.InferOutput<typeof VotingSettingsInputSchema>;

/** `GET /processes/{process}/budgets`: the voting settings, the budgets and the voting window. */
export interface BudgetList {
  processId: string;
  settings: VotingSettings;
  /** The voting phase by the server's clock, or null when the process has none. */
  votingStartsAt: string | null;
  votingEndsAt: string | null;
  votingOpen: boolean;
  budgets: Budget[];
}
