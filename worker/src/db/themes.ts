/**
 * Themes of a process (what an idea is about), named in fi/sv/en.
 */
import type { LocalizedText, Theme, ThemeInput } from '@osallistu/contract';

export async function listThemes(db: D1Database, tenantId: string, processId: string): Promise<Theme[]> {
  const { results } = await db
    .prepare('SELECT id, name FROM themes WHERE tenant_id = ?1 AND process_id = ?2 ORDER BY position, id')
    .bind(tenantId, processId)
    .all<{ id: string; name: string }>();
  return results.map((r) => ({ id: r.id, name: JSON.parse(r.name) as LocalizedText }));
}

export async function themeExists(db: D1Database, tenantId: string, processId: string, id: string): Promise<boolean> {
  const row = await db
    .prepare('SELECT 1 AS ok FROM themes WHERE tenant_id = ?1 AND process_id = ?2 AND id = ?3')
    .bind(tenantId, processId, id)
    .first();
  return row !== null;
}

/** Creates or renames a theme; returns whether it was created. */
export async function putTheme(db: D1Database, tenantId: string, processId: string, input: ThemeInput): Promise<boolean> {
  const existed = await themeExists(db, tenantId, processId, input.id);
  await db
    .prepare(
      `INSERT INTO themes (tenant_id, process_id, id, name, position)
       VALUES (?1, ?2, ?3, ?4, (SELECT COALESCE(MAX(position), 0) + 1 FROM themes WHERE tenant_id = ?1 AND process_id = ?2))
       ON CONFLICT (tenant_id, process_id, id) DO UPDATE SET name = excluded.name`,
    )
    .bind(tenantId, processId, input.id, JSON.stringify(input.name))
    .run();
  return !existed;
}
