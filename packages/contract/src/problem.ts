import type * as v from 'valibot';

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

function issuePath(issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? []).map((item) => String(item.key)).join('.');
}

/**
 * Turns valibot issues into field errors with stable codes. Checks made with `boundedText` carry
 * their code in the message (`too-long:120`); built-in valibot actions map by their type.
 */
export function toFieldErrors(issues: readonly v.BaseIssue<unknown>[]): FieldError[] {
  const errors: FieldError[] = [];
  for (const issue of issues) {
    let path = issuePath(issue);
    let code: FieldErrorCode = 'invalid-value';
    let limit: number | undefined;
    const [tag, arg] = issue.message.split(':');
    if ((fieldErrorCodes as readonly string[]).includes(tag ?? '')) {
      code = tag as FieldErrorCode;
      if (arg !== undefined) limit = Number(arg);
    } else if (issue.type === 'strict_object' && issue.kind === 'schema' && issue.input !== undefined && issue.expected === 'never') {
      code = 'unknown-field';
    } else if (issue.received === 'undefined') {
      code = 'required';
    } else if (issue.type === 'email') {
      code = 'invalid-email';
    } else if (issue.type === 'min_length' || issue.type === 'min_value') {
      code = issue.type === 'min_length' ? 'too-short' : 'out-of-range';
      limit = Number(issue.requirement);
    } else if (issue.type === 'max_length' || issue.type === 'max_value') {
      code = issue.type === 'max_length' ? 'too-long' : 'out-of-range';
      limit = Number(issue.requirement);
    } else if (issue.kind === 'schema' && issue.type !== 'picklist' && issue.type !== 'literal' && issue.type !== 'variant') {
      code = 'invalid-type';
    }
    if (code === 'unknown-field' && !path) path = String(issue.input);
    errors.push(limit === undefined ? { path, code } : { path, code, limit });
  }
  // One message per field is enough for a person; keep the first.
  const seen = new Set<string>();
  return errors.filter((e) => (seen.has(e.path) ? false : (seen.add(e.path), true)));
}
