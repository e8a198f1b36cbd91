/**
 * Admin API keys: stored as SHA-256 hashes, scoped to one tenant with one role.
 */
import type { ApiKeyCreated, Role } from '@osallistu/contract';
import { newApiKey, randomId, sha256Hex } from '../lib/crypto.js';

export interface ApiKeyRow {
  id: string;
  role: Role;
  label: string;
}

/** Finds the live key of `tenantId` whose hash matches `key`. */
export async function findApiKey(db: D1Database, tenantId: string, key: string): Promise<ApiKeyRow | null> {
  const hash = await sha256Hex(key);
  return db
    .prepare('SELECT id, role, label FROM api_keys WHERE key_hash = ?1 AND tenant_id = ?2 AND revoked_at IS NULL')
    .bind(hash, tenantId)
    .first<ApiKeyRow>();
}

/** Creates a key and returns it once in clear text. */
export async function createApiKey(db: D1Database, tenantId: string, role: Role, label: string): Promise<ApiKeyCreated> {
  const key = newApiKey();
  const id = randomId(12);
  await db
    .prepare('INSERT INTO api_keys (id, tenant_id, role, label, key_hash, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)')
    .bind(id, tenantId, role, label, await sha256Hex(key), new Date().toISOString())
    .run();
  return { id, key, role, label };
}
