/**
 * A pabulib `.pb` file as text fields, section by section, in file order. Nothing is
 * interpreted here, so a file read and written again keeps every column (names, coordinates,
 * voter age …). `electionFromPb` turns it into numbers for counting.
 */
export interface PbFile {
  /** META rows in file order (`key;value`). */
  meta: Array<[key: string, value: string]>;
  /** PROJECTS header; the first column is `project_id`. */
  projectColumns: string[];
  /** PROJECTS rows, one object per project, keyed by column. */
  projects: Array<Record<string, string>>;
  /** VOTES header; the first column is `voter_id`. */
  voteColumns: string[];
  /** VOTES rows, one object per ballot, keyed by column. */
  votes: Array<Record<string, string>>;
}

/** A problem with the contents of a `.pb` file or of an election; `line` is 1-based when known. */
export class PbError extends Error {
  readonly line: number | undefined;
  constructor(message: string, line?: number) {
    super(line === undefined ? message : `line ${line}: ${message}`);
    this.name = 'PbError';
    this.line = line;
  }
}
