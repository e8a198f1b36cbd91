/**
 * Tenants (municipalities). Created by an operator (seed or SQL), not through the public API.
 */
import type { Language } from '@osallistu/contract';

export interface TenantRow {
  id: string;
  name: string;
  languages: Language[];
  allowedOrigins: string[];
  signingSecret: string | null;
}

interface Row {
  id: string;
  name: string;
  languages: string;
  allowed_origins: string;
  signing_secret: string | null;
}

export async function getTenant(db: D1Database, id: string): Promise<TenantRow | null> {
  const row = await db
    .prepare('SELECT id, name, languages, allowed_origins, signing_secret FROM tenants WHERE id = ?1')
    .bind(id)
    .first<Row>();
  if (!row) return null;
  return {
    id: row.id,
    name: row.name,
    languages: JSON.parse(row.languages) as Language[],
    allowedOrigins: JSON.parse(row.allowed_origins) as string[],
    signingSecret: row.signing_secret,
  };
}

export async function insertTenant(
  db: D1Database,
  tenant: { id: string; name: string; allowedOrigins: string[]; signingSecret?: string | null },
): Promise<void> {
  await db
    .prepare('INSERT INTO tenants (id, name, allowed_origins, signing_secret, created_at) VALUES (?1, ?2, ?3, ?4, ?5)')
    .bind(tenant.id, tenant.name, JSON.stringify(tenant.allowedOrigins), tenant.signingSecret ?? null, new Date().toISOString())
    .run();
}
