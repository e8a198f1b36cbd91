/**
 * Builds the `application/problem+json` response for a problem code.
 */
import type { Problem, ProblemCode } from '@osallistu/contract';
import type { ProblemOptions } from './problem-error.js';

const titles: Record<ProblemCode, string> = {
  'validation-failed': 'The request has invalid fields',
  'malformed-json': 'The request body is not valid JSON',
  'unsupported-media-type': 'The request body must be application/json',
  'payload-too-large': 'The request body is too large',
  'not-found': 'Not found',
  'tenant-not-found': 'No such tenant',
  'process-not-found': 'No such process',
  'idea-not-found': 'No such idea',
  'comment-not-found': 'No such comment',
  'origin-not-allowed': 'This origin may not call the API',
  unauthorized: 'A valid API key or signature is required',
  forbidden: 'Your role may not do this',
  'rate-limited': 'Too many requests',
  'already-supported': 'You already support this idea',
  'phase-closed': 'The process is not in a phase that allows this',
  'invalid-transition': 'The idea or comment cannot change like that',
  'idempotency-key-reused': 'The Idempotency-Key was used for a different request',
  'idempotency-key-in-flight': 'A request with this Idempotency-Key is still being processed',
  'method-not-allowed': 'Method not allowed',
  internal: 'Internal error',
  'budget-not-found': 'No such budget',
  'voting-closed': 'Voting is not open for this budget',
  'ballot-rejected': 'The ballot breaks the budget\'s rules',
  'voter-token-invalid': 'A valid voter token is required',
  'voter-token-wrong-process': 'The voter token belongs to another process',
  'code-invalid': 'The code is not valid',
  'code-expired': 'The code has expired',
  'code-locked': 'Too many wrong attempts; ask for a new code',
  'not-eligible': 'The voter is not eligible in this process',
  'results-not-available': 'Results are published when voting has closed',
  'project-not-found': 'Project not found',
  'signup-full': 'All places have been taken',
  'signup-closed': 'Signing up for this project is not possible',
  'already-evaluated': 'This browser has already evaluated the project',
  'evaluation-closed': 'Only completed projects can be evaluated',
  'survey-not-found': 'Survey not found',
  'survey-closed': 'The survey is not open',
  'already-answered': 'This browser or person has already answered the survey',
  'version-outdated': 'The survey has a newer version',
  'survey-verification-required': 'This survey needs a verified respondent token',
  'survey-token-wrong-survey': 'The token is for another survey or a voting process',
  'mail-unavailable': 'Email cannot be sent right now',
};

export const problemTypeBase = 'https://osallistu.fi/problems/';

export function problemBody(status: number, code: ProblemCode, options: ProblemOptions = {}): Problem {
  const body: Problem = { type: problemTypeBase + code, title: titles[code], status, code };
  if (options.detail) body.detail = options.detail;
  if (options.errors) body.errors = options.errors;
  if (options.retryAfter !== undefined) body.retryAfter = options.retryAfter;
  return body;
}

export function problemResponse(status: number, code: ProblemCode, options: ProblemOptions = {}): Response {
  const headers = new Headers({ 'content-type': 'application/problem+json; charset=utf-8' });
  for (const [k, v] of Object.entries(options.headers ?? {})) headers.set(k, v);
  if (options.retryAfter !== undefined) headers.set('retry-after', String(options.retryAfter));
  return new Response(JSON.stringify(problemBody(status, code, options)), { status, headers });
}
