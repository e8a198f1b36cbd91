/**
 * CORS allow-list per tenant. Requests without `Origin` (server to server) pass; a disallowed
 * origin gets 403 `origin-not-allowed`; an allowed one gets the CORS headers, on errors too.
 * In local mode loopback origins (http://127.0.0.1:*, http://localhost:*) are admitted as well.
 */
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env.js';
import { ProblemError } from '../lib/problem-error.js';

const loopback = /^http:\/\/(127\.0\.0\.1|localhost)(:\d{1,5})?$/;

export function originAllowed(origin: string, allowed: string[], mode: string): boolean {
  if (allowed.includes(origin)) return true;
  return mode === 'local' && loopback.test(origin);
}

const allowHeaders = 'Content-Type, Authorization, Idempotency-Key, X-Osallistu-Timestamp, X-Osallistu-Nonce, X-Osallistu-Role, X-Osallistu-Signature';
const exposeHeaders = 'Idempotent-Replayed, Retry-After, Location';

export const cors = createMiddleware<AppEnv>(async (c, next) => {
  const origin = c.req.header('origin');
  if (origin === undefined) {
    await next();
    // Responses differ by Origin, so shared caches must key on it even when it was absent.
    c.res.headers.append('Vary', 'Origin');
    return;
  }
  if (!originAllowed(origin, c.var.tenant.allowedOrigins, c.env.MODE)) {
    throw new ProblemError(403, 'origin-not-allowed');
  }
  if (c.req.method === 'OPTIONS') {
    return new Response(null, {
      status: 204,
      headers: {
        'Access-Control-Allow-Origin': origin,
        'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, OPTIONS',
        'Access-Control-Allow-Headers': allowHeaders,
        'Access-Control-Max-Age': '600',
        Vary: 'Origin',
      },
    });
  }
  await next();
  c.res.headers.set('Access-Control-Allow-Origin', origin);
  c.res.headers.set('Access-Control-Expose-Headers', exposeHeaders);
  c.res.headers.append('Vary', 'Origin');
});
