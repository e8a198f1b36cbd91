/**
 * A domain error that becomes an RFC 9457 problem+json response in `app.onError`.
 *
 * @example throw new ProblemError(404, 'idea-not-found');
 */
import type { FieldError, ProblemCode } from '@osallistu/contract';

export interface ProblemOptions {
  detail?: string;
  errors?: FieldError[];
  retryAfter?: number;
  headers?: Record<string, string>;
}

export class ProblemError extends Error {
  readonly status: number;
  readonly code: ProblemCode;
  readonly options: ProblemOptions;

  constructor(status: number, code: ProblemCode, options: ProblemOptions = {}) {
    super(options.detail ?? code);
    this.name = 'ProblemError';
    this.status = status;
    this.code = code;
    this.options = options;
  }
}

/** A 422 with one or more field errors. */
export function fieldProblem(errors: FieldError[], detail?: string): ProblemError {
  return new ProblemError(422, 'validation-failed', { errors, ...(detail ? { detail } : {}) });
}
