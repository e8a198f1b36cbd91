import type { FieldError, Problem, ProblemCode } from '@osallistu/contract';

/** Problem codes a widget can meet: the API's own, plus `network` when no answer came at all. */
export type ClientProblemCode = ProblemCode | 'network';

/**
 * An API call that did not succeed: either the API answered with `application/problem+json`
 * (`problem` holds it as sent) or the request never got an answer (`code: 'network'`, status 0).
 *
 * @example
 * try { await client.createIdea('pb-2027', input, { idempotencyKey }); }
 * catch (e) { if (e instanceof ApiProblem && e.code === 'phase-closed') … }
 */
export class ApiProblem extends Error {
  override readonly name = 'ApiProblem';
  readonly code: ClientProblemCode;
  readonly status: number;
  /** The problem document the API sent; `null` for network failures. */
  readonly problem: Problem | null;

  constructor(code: ClientProblemCode, status: number, problem: Problem | null, options?: { cause?: unknown }) {
    super(problem?.title ?? code, options);
    this.code = code;
    this.status = status;
    this.problem = problem;
  }

  /** Field-level errors of a `validation-failed` answer (empty otherwise). */
  get fieldErrors(): FieldError[] {
    return this.problem?.errors ?? [];
  }

  /** A request that never got an answer (offline, DNS, CORS refusal, connection reset). */
  static network(cause: unknown): ApiProblem {
    return new ApiProblem('network', 0, null, { cause });
  }
}
