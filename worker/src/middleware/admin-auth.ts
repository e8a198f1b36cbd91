/**
 * Admin authentication: `Authorization: Bearer osk_…` (hashed, looked up among the tenant's live
 * keys) or a signed server call (`X-Osallistu-Signature`, see auth/signed-request.ts). Sets
 * `c.var.role` and `c.var.actor`. `requireRole` refuses other roles with 403 `forbidden`.
 */
import { createMiddleware } from 'hono/factory';
import type { Role } from '@osallistu/contract';
import type { AppEnv } from '../env.js';
import { findApiKey } from '../db/api-keys.js';
import { verifySignedRequest } from '../auth/signed-request.js';
import { ProblemError } from '../lib/problem-error.js';

const unauthorized = () => new ProblemError(401, 'unauthorized', { headers: { 'WWW-Authenticate': 'Bearer realm="osallistu"' } });

export const adminAuth = createMiddleware<AppEnv>(async (c, next) => {
  const tenantId = c.var.tenant.id;
  if (c.req.header('x-osallistu-signature') !== undefined) {
    const { role } = await verifySignedRequest(c, tenantId);
    c.set('role', role);
    c.set('actor', `signed:${role}`);
  } else {
    const match = /^Bearer\s+(osk_[A-Za-z0-9]{8,100})\s*$/.exec(c.req.header('authorization') ?? '');
    if (!match?.[1]) throw unauthorized();
    const key = await findApiKey(c.env.DB, tenantId, match[1]);
    if (!key) throw unauthorized();
    c.set('role', key.role);
    c.set('actor', `key:${key.label}`);
  }
  await next();
});

export function requireRole(...roles: Role[]) {
  return createMiddleware<AppEnv>(async (c, next) => {
    if (!roles.includes(c.var.role)) throw new ProblemError(403, 'forbidden', { detail: `Needs one of: ${roles.join(', ')}` });
    await next();
  });
}
