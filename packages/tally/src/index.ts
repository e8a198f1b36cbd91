export { Rational } from './rational.js';
export { parseCsvRecords, formatCsvRecord } from './csv-records.js';
export { PbError, type PbFile } from './pb-file.js';
export { parsePb } from './parse-pb.js';
export { writePb } from './write-pb.js';
export type { Ballot, Election, Project, VoteType } from './election.js';
export { electionFromPb } from './election-from-pb.js';
export { compareForTie, tieKey, type TieFacts } from './tie-break.js';
export { greedy, type GreedyOptions } from './greedy.js';
export { EqualSharesEngine, type EqualSharesRun, type EqualSharesRunOptions } from './equal-shares-engine.js';
export { methodOfEqualShares, type EqualSharesOptions } from './method-of-equal-shares.js';
export { equalSharesAdd1, type EqualSharesAdd1Options } from './equal-shares-add1.js';
export { tally, type TallyOptions } from './tally.js';
export type {
  GreedyExplanation,
  MesDetails,
  MesExplanation,
  PaymentGroup,
  ProjectExplanation,
  Rule,
  TallyResult,
  Tie,
  TieKey,
  TieMode,
  Utility,
} from './tally-result.js';
