/**
 * Validation at the route with a valibot schema from packages/contract: the body (already parsed
 * by the `body` middleware) or the query string. Failures are 422 `validation-failed` with field
 * errors; the handler reads `c.req.valid('json' | 'query')`.
 *
 * @example ideas.post('/', validate('json', IdeaInputSchema), (c) => c.json(c.req.valid('json')))
 */
import { createMiddleware } from 'hono/factory';
import * as v from 'valibot';
import { toFieldErrors } from '@osallistu/contract';
import type { AppEnv } from '../env.js';
import { fieldProblem } from '../lib/problem-error.js';

type Target = 'json' | 'query';

export function validate<T extends Target, S extends v.GenericSchema>(target: T, schema: S) {
  return createMiddleware<
    AppEnv,
    string,
    { in: { [K in T]: v.InferInput<S> }; out: { [K in T]: v.InferOutput<S> } }
  >(async (c, next) => {
    const input = target === 'json' ? (c.var.body ?? {}) : c.req.query();
    const result = v.safeParse(schema, input);
    if (!result.success) throw fieldProblem(toFieldErrors(result.issues));
    c.req.addValidatedData(target, result.output as never);
    await next();
  });
}
