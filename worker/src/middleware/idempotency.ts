/**
 * Idempotency-Key on POSTs (docs/api.md): the first successful (2xx) response is stored; a retry
 * with the same key and body gets it again with `Idempotent-Replayed: true` and creates nothing;
 * the same key with another body or path is 422 `idempotency-key-reused`; while the first is still
 * running, 409 `idempotency-key-in-flight`. A failed first attempt (4xx/5xx) frees the key, so a
 * corrected retry may use it.
 */
import { createMiddleware } from 'hono/factory';
import { limits } from '@osallistu/contract';
import type { AppEnv } from '../env.js';
import { completeIdempotencyKey, releaseIdempotencyKey, reserveIdempotencyKey } from '../db/idempotency.js';
import { fieldProblem, ProblemError } from '../lib/problem-error.js';

export const idempotency = createMiddleware<AppEnv>(async (c, next) => {
  const key = c.req.header('idempotency-key');
  if (c.req.method !== 'POST' || key === undefined) {
    await next();
    return;
  }
  if (key.length < limits.idempotencyKey.min || key.length > limits.idempotencyKey.max || !/^[\x21-\x7e]+$/.test(key)) {
    const code = key.length < limits.idempotencyKey.min ? 'too-short' : key.length > limits.idempotencyKey.max ? 'too-long' : 'invalid-value';
    const limit = code === 'too-short' ? limits.idempotencyKey.min : code === 'too-long' ? limits.idempotencyKey.max : undefined;
    throw fieldProblem([limit === undefined ? { path: 'Idempotency-Key', code } : { path: 'Idempotency-Key', code, limit }]);
  }
  const db = c.env.DB;
  const tenantId = c.var.tenant.id;
  const methodPath = `${c.req.method} ${new URL(c.req.url).pathname}`;
  const existing = await reserveIdempotencyKey(db, tenantId, key, methodPath, c.var.bodyHash ?? '', new Date());
  if (existing) {
    if (existing.method_path !== methodPath || existing.body_hash !== (c.var.bodyHash ?? '')) {
      throw new ProblemError(422, 'idempotency-key-reused');
    }
    if (existing.status === null) throw new ProblemError(409, 'idempotency-key-in-flight');
    return new Response(existing.response_body, {
      status: existing.status,
      headers: { 'content-type': 'application/json; charset=utf-8', 'idempotent-replayed': 'true' },
    });
  }
  try {
    await next();
  } catch (error) {
    await releaseIdempotencyKey(db, tenantId, key);
    throw error;
  }
  if (c.res.status >= 200 && c.res.status < 300) {
    await completeIdempotencyKey(db, tenantId, key, c.res.status, await c.res.clone().text());
  } else {
    await releaseIdempotencyKey(db, tenantId, key);
  }
});
