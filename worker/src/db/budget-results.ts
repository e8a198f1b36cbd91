/**
 * Computed results per budget (JSON `BudgetResult`).
 */
import type { BudgetResult } from '@osallistu/contract';

export async function saveBudgetResults(db: D1Database, tenantId: string, processId: string, results: BudgetResult[]): Promise<void> {
  if (results.length === 0) return;
  await db.batch(
    results.map((r) =>
      db
        .prepare(
          `INSERT INTO budget_results (tenant_id, process_id, budget_id, result, computed_at) VALUES (?1, ?2, ?3, ?4, ?5)
           ON CONFLICT (tenant_id, process_id, budget_id) DO UPDATE SET result = excluded.result, computed_at = excluded.computed_at`,
        )
        .bind(tenantId, processId, r.budgetId, JSON.stringify(r), r.computedAt),
    ),
  );
}

export async function listBudgetResults(db: D1Database, tenantId: string, processId: string): Promise<BudgetResult[]> {
  const { results } = await db
    .prepare('SELECT result FROM budget_results WHERE tenant_id = ?1 AND process_id = ?2')
    .bind(tenantId, processId)
    .all<{ result: string }>();
  return results.map((r) => JSON.parse(r.result) as BudgetResult);
}

/** When the results of a process were last computed (null: never). */
export async function resultsComputedAt(db: D1Database, tenantId: string, processId: string): Promise<string | null> {
  const row = await db
    .prepare('SELECT MIN(computed_at) AS at FROM budget_results WHERE tenant_id = ?1 AND process_id = ?2')
    .bind(tenantId, processId)
    .first<{ at: string | null }>();
  return row?.at ?? null;
}
