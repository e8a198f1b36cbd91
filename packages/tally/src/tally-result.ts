import type { Rational } from './rational.js';

/** Counting rules. `greedy-threshold` is greedy among projects with at least `minScore`. */
export type Rule = 'greedy' | 'greedy-threshold' | 'mes' | 'mes-add1';

/** What a voter gets from a project under the Method of Equal Shares. */
export type Utility = 'cost' | 'approval';

/**
 * How ties are broken.
 * - `default`: more votes first (voters listing the project), then lower cost, then project id
 *   as a string, smallest first.
 * - `id`: project id as a string, smallest first (the convention of pabutools).
 */
export type TieMode = 'default' | 'id';

/** What separated two tied projects. */
export type TieKey = 'votes' | 'cost' | 'id';

/** A tie that decided something. */
export interface Tie {
  /** Greedy: rank of the first tied project. MES: the round (1-based). */
  step: number;
  /** The tied projects, in the order the tie-break put them. */
  tied: string[];
  /** Greedy: the tied projects that were selected. MES: the one selected in this round. */
  chosen: string[];
  /** The first criterion that told the first two tied projects apart. */
  decidedBy: TieKey;
}

/** Why a project was or was not selected by greedy. */
export interface GreedyExplanation {
  kind: 'greedy';
  project: string;
  /** Position in the ranking (1 = most votes/points); 0 when the project was not ranked. */
  rank: number;
  /** Votes, or points when ballots carry points. */
  score: bigint;
  /** Money left when the project was considered. */
  remaining: Rational;
  outcome: 'selected' | 'did-not-fit' | 'below-threshold' | 'ineligible' | 'no-votes';
}

/** Voters who paid the same amount for a project. */
export interface PaymentGroup {
  amount: Rational;
  voters: number;
}

/** Why a project was or was not selected by the Method of Equal Shares. */
export interface MesExplanation {
  kind: 'mes';
  project: string;
  supporters: number;
  outcome: 'selected' | 'supporters-ran-out' | 'no-supporters' | 'zero-cost' | 'ineligible';
  /** Round in which it was selected (1-based). */
  round?: number;
  /** Selected: what each supporter who could afford it paid (their equal share). */
  share?: Rational;
  /** Selected: supporters who paid the full share. */
  fullPayers?: number;
  /** Selected: supporters who had less than the share and paid all they had left. */
  partialPayers?: number;
  /** Selected: what the partial payers paid together. */
  partialTotal?: Rational;
  /** Selected: everyone who paid (full and partial payers). */
  payers?: number;
  /** Selected: who paid what, largest amount first (the full share, then each partial amount). */
  payments?: PaymentGroup[];
  /**
   * Money paid per unit of utility (ρ): per currency unit of the project's cost with cost
   * utility, per supporter with approval utility. Selected: the ratio it won with. Lost: the
   * best ratio it ever had, when it could still be afforded.
   */
  ratio?: Rational;
  /** Lost: its supporters' money, all together, when it could no longer be afforded. */
  moneyLeft?: Rational;
}

export type ProjectExplanation = GreedyExplanation | MesExplanation;

/** Extra numbers about a Method of Equal Shares run. */
export interface MesDetails {
  utility: Utility;
  /** Each voter's starting money in the run that gave the outcome. */
  endowment: Rational;
  /** mes-add1: how many fixed-budget runs were computed (skipping ahead where nothing changes). */
  runs?: number;
  /**
   * mes-add1: how many of those runs were counted on the integers (tracked runs, and runs whose
   * float-interval count could not decide something); the others ran on float intervals.
   */
  exactRuns?: number;
  /** mes-add1: how many one-unit raises the final endowment is above the start. */
  raises?: bigint;
  /** mes-add1 with a comparison: voters preferring each outcome. */
  comparison?: { mode: 'satisfaction' | 'exclusion'; prefersMes: number; prefersGreedy: number; used: 'mes' | 'greedy' };
}

/** The outcome of a count. */
export interface TallyResult {
  rule: Rule;
  /** Project ids in selection order. */
  selected: string[];
  /** Total cost of the selected projects. */
  cost: Rational;
  ties: Tie[];
  /** One per project, in the election's project order. */
  explanations: ProjectExplanation[];
  mes?: MesDetails;
}
