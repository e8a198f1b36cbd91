/**
 * Verifies a signed server-to-server call (the WordPress plugin's admin proxy), see docs/api.md
 * "Signed server-to-server calls". The caller holds the tenant's shared secret and sends
 *
 *   X-Osallistu-Timestamp  unix seconds, within ±300 s of the server clock
 *   X-Osallistu-Nonce      16–64 characters [A-Za-z0-9_-], never used before
 *   X-Osallistu-Role       admin | moderator | reviewer
 *   X-Osallistu-Signature  hex HMAC-SHA256(secret,
 *                            METHOD \n PATH_WITH_QUERY \n SHA256HEX(body) \n TIMESTAMP \n NONCE \n ROLE)
 *
 * Anything missing, malformed, stale, replayed or wrongly signed is 401 `unauthorized`.
 * The HMAC is checked with `crypto.subtle.verify` (constant time) before the nonce is recorded,
 * so unsigned requests cannot fill the nonce table.
 *
 * @example
 * const { role } = await verifySignedRequest(c, c.var.tenant.id);
 */
import type { Context } from 'hono';
import { roles, type Role } from '@osallistu/contract';
import type { AppEnv } from '../env.js';
import { sha256Hex } from '../lib/crypto.js';
import { ProblemError } from '../lib/problem-error.js';

/** How far a signature's timestamp may be from the server clock, in seconds. */
export const signatureMaxSkewSeconds = 300;
/** Nonces are kept for longer than any timestamp could still be accepted. */
const nonceRetentionSeconds = 2 * signatureMaxSkewSeconds + 60;

const encoder = new TextEncoder();

/** The text that is signed; the PHP plugin builds the same one (wp-plugin/includes/signer.php). */
export function signingText(method: string, pathWithQuery: string, bodyHash: string, timestamp: string, nonce: string, role: string): string {
  return [method.toUpperCase(), pathWithQuery, bodyHash, timestamp, nonce, role].join('\n');
}

function refuse(detail: string): ProblemError {
  return new ProblemError(401, 'unauthorized', { detail });
}

function hexToBytes(hex: string): Uint8Array {
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}

export async function verifySignedRequest(c: Context<AppEnv>, tenantId: string): Promise<{ role: Role }> {
  const secret = c.var.tenant.signingSecret;
  if (!secret) throw refuse('Signed calls are not enabled for this tenant');

  const timestamp = c.req.header('x-osallistu-timestamp') ?? '';
  const nonce = c.req.header('x-osallistu-nonce') ?? '';
  const role = c.req.header('x-osallistu-role') ?? '';
  const signature = (c.req.header('x-osallistu-signature') ?? '').toLowerCase();
  if (!/^\d{1,12}$/.test(timestamp) || !/^[A-Za-z0-9_-]{16,64}$/.test(nonce) || !isRole(role) || !/^[0-9a-f]{64}$/.test(signature)) {
    throw refuse('Malformed signature headers');
  }

  const now = Math.floor(Date.now() / 1000);
  if (Math.abs(now - Number(timestamp)) > signatureMaxSkewSeconds) throw refuse('Stale signature timestamp');

  const url = new URL(c.req.url);
  // The body middleware hashes the raw bytes of POST/PUT/PATCH/DELETE; other methods have no body.
  const bodyHash = c.var.bodyHash ?? (await sha256Hex(''));
  const text = signingText(c.req.method, url.pathname + url.search, bodyHash, timestamp, nonce, role);
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['verify']);
  const valid = await crypto.subtle.verify('HMAC', key, hexToBytes(signature), encoder.encode(text));
  if (!valid) throw refuse('Wrong signature');

  const [inserted] = await c.env.DB.batch([
    c.env.DB.prepare('INSERT INTO request_nonces (nonce, seen_at) VALUES (?1, ?2) ON CONFLICT (nonce) DO NOTHING').bind(
      `${tenantId}:${nonce}`,
      now,
    ),
    c.env.DB.prepare('DELETE FROM request_nonces WHERE seen_at < ?1').bind(now - nonceRetentionSeconds),
  ]);
  if (!inserted || inserted.meta.changes !== 1) throw refuse('Replayed nonce');

  return { role };
}
