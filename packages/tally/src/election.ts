import type { Rational } from './rational.js';

/** How ballots are cast: the pabulib `vote_type`. */
export type VoteType = 'approval' | 'cumulative' | 'ordinal' | 'scoring';

/** A project on the ballot. Ids are strings and compared as strings (`c10` < `c2`). */
export interface Project {
  id: string;
  cost: Rational;
  name: string;
}

/** One voter's ballot: indices into `Election.projects`, in ballot order (rank order when ordinal). */
export interface Ballot {
  voterId: string;
  projects: number[];
  /** Points per listed project (same order) for cumulative, scoring and ordinal ballots. */
  points: bigint[] | undefined;
}

/** An election ready to count. Build one with `electionFromPb` or by hand. */
export interface Election {
  budget: Rational;
  voteType: VoteType;
  projects: Project[];
  ballots: Ballot[];
  /** META of the source file (or empty), e.g. `min_project_score_threshold`. */
  meta: Record<string, string>;
}
