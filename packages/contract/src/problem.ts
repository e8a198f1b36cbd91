/**
 * Stable machine-readable codes of API problems. Widgets translate these; `title` and `detail`
 * are English for developers and logs.
 */
export const problemCodes = [
  'validation-failed',
  'malformed-json',
  'unsupported-media-type',
  'payload-too-large',
  'not-found',
  'tenant-not-found',
  'process-not-found',
  'idea-not-found',
  'comment-not-found',
  'origin-not-allowed',
  'unauthorized',
  'forbidden',
  'rate-limited',
  'already-supported',
  'phase-closed',
  'invalid-transition',
  'idempotency-key-reused',
  'idempotency-key-in-flight',
  'method-not-allowed',
  'internal',
  // participatory budgeting (issue 3)
  'budget-not-found',
  'voting-closed',
  'ballot-rejected',
  'voter-token-invalid',
  'voter-token-wrong-process',
  'code-invalid',
  'code-expired',
  'code-locked',
  'not-eligible',
  'results-not-available',
  // progress tracker (issue 6)
  'project-not-found',
  'signup-full',
  'signup-closed',
  'already-evaluated',
  'evaluation-closed',
  // surveys (issue 5)
  'survey-not-found',
  'survey-closed',
  'already-answered',
  'version-outdated',
  'survey-verification-required',
  'survey-token-wrong-survey',
  // mail (follows, voting and survey codes)
  'mail-unavailable',
] as const;
export type ProblemCode = (typeof problemCodes)[number];

/** Codes of field-level validation errors, each translated by the widgets. */
export const fieldErrorCodes = [
  'required',
  'too-short',
  'too-long',
  'invalid-type',
  'invalid-email',
  'invalid-value',
  'unknown-field',
  'consent-required',
  'control-characters',
  'out-of-range',
  'unknown-theme',
  'unknown-area',
  'unknown-idea',
  // participatory budgeting (issue 3): ballot rules and the eligibility declaration
  'unknown-proposal',
  'duplicate-proposal',
  'too-few-proposals',
  'too-many-proposals',
  'over-budget',
  'below-minimum-share',
  'age-below-minimum',
  'wrong-municipality',
  'infeasible-idea',
  'unknown-budget',
  // surveys (issue 5)
  'unknown-question',
  'condition-not-met',
  'budget-not-spent',
] as const;
export type FieldErrorCode = (typeof fieldErrorCodes)[number];

export interface FieldError {
  /** Dotted path of the field, e.g. `title` or `location.coordinates.0`. */
  path: string;
  code: FieldErrorCode;
  /** Limit that was broken, for messages such as "at most 120 characters". */
  limit?: number;
  /** English explanation for staff and logs (e.g. import errors: "ring 0 crosses itself"). */
  detail?: string;
}

/** RFC 9457 problem details as the API sends them (`application/problem+json`). */
export interface Problem {
  type: string;
  title: string;
  status: number;
  code: ProblemCode;
  detail?: string;
  errors?: FieldError[];
  /** Seconds to wait, on `rate-limited`. */
  retryAfter?: number;
}
