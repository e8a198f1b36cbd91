/**
 * Ballots: one per voter per budget (primary key). Casting is one `db.batch` (a transaction):
 * mark the receipts of the ballots it replaces, drop the voter's ballot in another `one-area`
 * budget, upsert this ballot, and store its receipt.
 */
import type { ReceiptCheck, VoterBallot } from '@osallistu/contract';

export interface NewBallot {
  tenantId: string;
  processId: string;
  budgetId: string;
  voterKey: string;
  proposalIds: string[];
  receiptCode: string;
  castAt: string;
  /** Other budgets whose ballot of this voter this one replaces (the `one-area` rule). */
  replaceBudgetIds: string[];
}

/** Casts (or re-casts) a ballot atomically; returns the budgets whose earlier ballot it replaced. */
export async function castBallot(db: D1Database, b: NewBallot): Promise<string[]> {
  const scope = JSON.stringify([b.budgetId, ...b.replaceBudgetIds]);
  const others = JSON.stringify(b.replaceBudgetIds);
  const [replaced] = await db.batch([
    db
      .prepare(
        `SELECT budget_id FROM ballots WHERE tenant_id = ?1 AND process_id = ?2 AND voter_key = ?3
         AND budget_id IN (SELECT value FROM json_each(?4)) ORDER BY budget_id`,
      )
      .bind(b.tenantId, b.processId, b.voterKey, scope),
    db
      .prepare(
        `UPDATE ballot_receipts SET status = 'replaced' WHERE code IN (SELECT receipt_code FROM ballots
         WHERE tenant_id = ?1 AND process_id = ?2 AND voter_key = ?3 AND budget_id IN (SELECT value FROM json_each(?4)))`,
      )
      .bind(b.tenantId, b.processId, b.voterKey, scope),
    db
      .prepare(
        `DELETE FROM ballots WHERE tenant_id = ?1 AND process_id = ?2 AND voter_key = ?3
         AND budget_id IN (SELECT value FROM json_each(?4))`,
      )
      .bind(b.tenantId, b.processId, b.voterKey, others),
    db
      .prepare(
        `INSERT INTO ballots (tenant_id, process_id, budget_id, voter_key, proposal_ids, receipt_code, cast_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
         ON CONFLICT (tenant_id, process_id, budget_id, voter_key) DO UPDATE SET
           proposal_ids = excluded.proposal_ids, receipt_code = excluded.receipt_code, cast_at = excluded.cast_at`,
      )
      .bind(b.tenantId, b.processId, b.budgetId, b.voterKey, JSON.stringify(b.proposalIds), b.receiptCode, b.castAt),
    db
      .prepare(
        `INSERT INTO ballot_receipts (code, tenant_id, process_id, budget_id, proposal_ids, cast_at, status)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'counted')`,
      )
      .bind(b.receiptCode, b.tenantId, b.processId, b.budgetId, JSON.stringify(b.proposalIds), b.castAt),
  ]);
  return ((replaced?.results ?? []) as { budget_id: string }[]).map((r) => r.budget_id);
}

export async function listVoterBallots(db: D1Database, tenantId: string, processId: string, voterKey: string): Promise<VoterBallot[]> {
  const { results } = await db
    .prepare('SELECT budget_id, proposal_ids, receipt_code, cast_at FROM ballots WHERE tenant_id = ?1 AND process_id = ?2 AND voter_key = ?3 ORDER BY budget_id')
    .bind(tenantId, processId, voterKey)
    .all<{ budget_id: string; proposal_ids: string; receipt_code: string; cast_at: string }>();
  return results.map((r) => ({ budgetId: r.budget_id, proposalIds: JSON.parse(r.proposal_ids) as string[], receiptCode: r.receipt_code, castAt: r.cast_at }));
}

export async function getReceipt(db: D1Database, tenantId: string, processId: string, code: string): Promise<ReceiptCheck | null> {
  const row = await db
    .prepare('SELECT code, process_id, budget_id, proposal_ids, cast_at, status FROM ballot_receipts WHERE code = ?3 AND tenant_id = ?1 AND process_id = ?2')
    .bind(tenantId, processId, code)
    .first<{ code: string; process_id: string; budget_id: string; proposal_ids: string; cast_at: string; status: 'counted' | 'replaced' }>();
  if (!row) return null;
  return {
    receiptCode: row.code,
    processId: row.process_id,
    budgetId: row.budget_id,
    proposalIds: JSON.parse(row.proposal_ids) as string[],
    castAt: row.cast_at,
    status: row.status,
  };
}

/** The chosen proposal ids of every live ballot of a budget, in no meaningful order. */
export async function ballotChoices(db: D1Database, tenantId: string, processId: string, budgetId: string): Promise<string[][]> {
  const { results } = await db
    .prepare('SELECT proposal_ids FROM ballots WHERE tenant_id = ?1 AND process_id = ?2 AND budget_id = ?3')
    .bind(tenantId, processId, budgetId)
    .all<{ proposal_ids: string }>();
  return results.map((r) => JSON.parse(r.proposal_ids) as string[]);
}

export async function countVoters(db: D1Database, tenantId: string, processId: string): Promise<number> {
  const row = await db
    .prepare('SELECT COUNT(DISTINCT voter_key) AS n FROM ballots WHERE tenant_id = ?1 AND process_id = ?2')
    .bind(tenantId, processId)
    .first<{ n: number }>();
  return row?.n ?? 0;
}
