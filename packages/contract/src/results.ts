import type { CountingRule } from './budget.js';

/** Why a proposal won or lost under greedy counting. */
export interface GreedyReason {
  kind: 'greedy';
  /** 1 = most votes; 0 when not ranked (no votes). */
  rank: number;
  /** Money left in the budget when the proposal's turn came. */
  remainingEur: number;
  outcome: 'selected' | 'did-not-fit' | 'no-votes';
}

/** Why a proposal won or lost under the Method of Equal Shares. */
export interface EqualSharesReason {
  kind: 'mes';
  supporters: number;
  outcome: 'selected' | 'supporters-ran-out' | 'no-supporters';
  round?: number;
  /** Selected: how many supporters paid, and the largest share one of them paid. */
  payers?: number;
  maxShareEur?: number;
  /** Lost: all its supporters' money together when it could no longer be afforded. */
  moneyLeftEur?: number;
}

export interface ProposalResult {
  proposalId: string;
  title: string;
  areaId: string | null;
  costEur: number;
  votes: number;
  selected: boolean;
  reason: GreedyReason | EqualSharesReason;
  /** A tie decided its fate (ties are broken by votes, then lower cost, then id). */
  tie: boolean;
}

export interface BudgetResult {
  budgetId: string;
  areaId: string | null;
  amountEur: number;
  countingRule: CountingRule;
  ballots: number;
  /** Selected proposal ids in selection order. */
  selected: string[];
  costEur: number;
  /** Each voter's starting share under the Method of Equal Shares (euros, rounded to cents). */
  shareEur?: number;
  /** Ordered by votes, most first. */
  proposals: ProposalResult[];
  computedAt: string;
}

/** Turnout of one budget; `population` is the area's (city-wide: the sum of all areas'). */
export interface Turnout {
  budgetId: string;
  areaId: string | null;
  ballots: number;
  population: number | null;
}

/** `GET /processes/{process}/results`: only after voting has closed (else 409 `results-not-available`). */
export interface ProcessResults {
  processId: string;
  voters: number;
  computedAt: string;
  budgets: BudgetResult[];
  turnout: Turnout[];
}
