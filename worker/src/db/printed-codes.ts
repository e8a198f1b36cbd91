/**
 * Printed single-use voting codes, made in batches that staff print or export.
 */
import type { PrintedCodeBatch } from '@osallistu/contract';

export interface BatchRow {
  id: string;
  process_id: string;
  label: string;
  count: number;
  created_at: string;
}

export function toBatch(row: BatchRow, exportBase: string): PrintedCodeBatch {
  return {
    id: row.id,
    processId: row.process_id,
    label: row.label,
    count: row.count,
    createdAt: row.created_at,
    csv: `${exportBase}/${row.id}.csv`,
    html: `${exportBase}/${row.id}.html`,
  };
}

/** Inserts a batch and its codes (normalised: uppercase, no dashes). */
export async function createPrintedCodes(
  db: D1Database,
  batch: { id: string; tenantId: string; processId: string; label: string; codes: string[]; now: string },
): Promise<void> {
  const statements = [
    db
      .prepare('INSERT INTO printed_code_batches (id, tenant_id, process_id, label, count, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)')
      .bind(batch.id, batch.tenantId, batch.processId, batch.label, batch.codes.length, batch.now),
  ];
  // Many rows per statement keep a 5 000-code batch to a few dozen statements.
  const perStatement = 30; // D1 binds at most 100 parameters per statement
  for (let i = 0; i < batch.codes.length; i += perStatement) {
    const chunk = batch.codes.slice(i, i + perStatement);
    const values = chunk.map((_, j) => `(?${j * 2 + 1}, ?${chunk.length * 2 + 1}, ?${chunk.length * 2 + 2}, ?${chunk.length * 2 + 3}, ?${j * 2 + 2})`);
    const params: (string | number)[] = [];
    chunk.forEach((code, j) => params.push(code, i + j + 1));
    statements.push(
      db
        .prepare(`INSERT INTO printed_codes (code, tenant_id, process_id, batch_id, position) VALUES ${values.join(', ')}`)
        .bind(...params, batch.tenantId, batch.processId, batch.id),
    );
  }
  await db.batch(statements);
}

export async function getBatch(db: D1Database, tenantId: string, processId: string, id: string): Promise<BatchRow | null> {
  return db
    .prepare('SELECT id, process_id, label, count, created_at FROM printed_code_batches WHERE tenant_id = ?1 AND process_id = ?2 AND id = ?3')
    .bind(tenantId, processId, id)
    .first<BatchRow>();
}

export async function listBatchCodes(db: D1Database, batchId: string): Promise<{ code: string; position: number; used_at: string | null }[]> {
  const { results } = await db
    .prepare('SELECT code, position, used_at FROM printed_codes WHERE batch_id = ?1 ORDER BY position')
    .bind(batchId)
    .all<{ code: string; position: number; used_at: string | null }>();
  return results;
}

/** Marks an unused code of the process used; returns false when unknown or already used. */
export async function usePrintedCode(db: D1Database, tenantId: string, processId: string, code: string, now: string): Promise<boolean> {
  const result = await db
    .prepare('UPDATE printed_codes SET used_at = ?4 WHERE code = ?3 AND tenant_id = ?1 AND process_id = ?2 AND used_at IS NULL')
    .bind(tenantId, processId, code, now)
    .run();
  return (result.meta.changes ?? 0) === 1;
}
