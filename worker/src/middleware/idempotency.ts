/**
 * Idempotency-Key on POSTs (docs/api.md): the first successful (2xx) response is stored; a retry
 * with the same key and body by the same caller gets it again (with its `Location`) and
 * `Idempotent-Replayed: true`, and creates nothing; the same key with another body or path is 422
 * `idempotency-key-reused`; while the first is still running, 409 `idempotency-key-in-flight`.
 * A failed first attempt (4xx/5xx) frees the key, so a corrected retry may use it.
 *
 * Keys are scoped to the caller's credential: another caller sending the same key and body is a
 * request of its own (it runs, with its own credential) and never sees the first caller's stored
 * answer — a voter's receipt code must not leak to someone who learned the key.
 */
import { createMiddleware } from 'hono/factory';
import type { Context } from 'hono';
import { limits } from '@osallistu/contract';
import type { AppEnv } from '../env.js';
import { completeIdempotencyKey, releaseIdempotencyKey, reserveIdempotencyKey, type IdempotencyScope } from '../db/idempotency.js';
import { sha256Hex } from '../lib/crypto.js';
import { fieldProblem, ProblemError } from '../lib/problem-error.js';

/**
 * The caller a stored response belongs to: a verified signed server call by its role (its
 * signature changes with every request; the tenant's signing secret is the credential), else the
 * hash of the Authorization header (voter token `vt_…` or API key `osk_…`; an invalid one only
 * ever stores its own refusals, which are not kept), else `anonymous`.
 */
export async function idempotencyCaller(c: Context<AppEnv>): Promise<string> {
  const actor = c.get('actor') as string | undefined;
  if (actor?.startsWith('signed:') && c.req.header('x-osallistu-signature') !== undefined) return actor;
  const authorization = c.req.header('authorization')?.trim();
  if (authorization) return `auth:${await sha256Hex(authorization)}`;
  return 'anonymous';
}

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
  const scope: IdempotencyScope = { tenantId: c.var.tenant.id, caller: await idempotencyCaller(c), key };
  const methodPath = `${c.req.method} ${new URL(c.req.url).pathname}`;
  const existing = await reserveIdempotencyKey(db, scope, methodPath, c.var.bodyHash ?? '', new Date());
  if (existing) {
    if (existing.method_path !== methodPath || existing.body_hash !== (c.var.bodyHash ?? '')) {
      throw new ProblemError(422, 'idempotency-key-reused');
    }
    if (existing.status === null) throw new ProblemError(409, 'idempotency-key-in-flight');
    const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8', 'idempotent-replayed': 'true' };
    if (existing.location !== null) headers.location = existing.location;
    return new Response(existing.response_body, { status: existing.status, headers });
  }
  try {
    await next();
  } catch (error) {
    await releaseIdempotencyKey(db, scope);
    throw error;
  }
  if (c.res.status >= 200 && c.res.status < 300) {
    await completeIdempotencyKey(db, scope, c.res.status, await c.res.clone().text(), c.res.headers.get('location'));
  } else {
    await releaseIdempotencyKey(db, scope);
  }
});
