/**
 * Voting settings and budgets of a participatory-budgeting process.
 */
import type { BallotRule, Budget, BudgetInput, CountingRule, EligibilityRule, LocalizedText, VotingSettings } from '@osallistu/contract';

interface SettingsRow {
  min_age: number;
  municipality: string;
  email_codes: number;
  printed_codes: number;
}

/** The process's settings; without a row: age 13, the tenant's name as the municipality. */
export async function getVotingSettings(db: D1Database, tenantId: string, processId: string, tenantName: string): Promise<VotingSettings> {
  const row = await db
    .prepare('SELECT min_age, municipality, email_codes, printed_codes FROM pb_settings WHERE tenant_id = ?1 AND process_id = ?2')
    .bind(tenantId, processId)
    .first<SettingsRow>();
  if (!row) return { minAge: 13, municipality: tenantName, emailCodes: true, printedCodes: true };
  return { minAge: row.min_age, municipality: row.municipality, emailCodes: row.email_codes === 1, printedCodes: row.printed_codes === 1 };
}

export async function putVotingSettings(db: D1Database, tenantId: string, processId: string, s: VotingSettings): Promise<void> {
  await db
    .prepare(
      `INSERT INTO pb_settings (tenant_id, process_id, min_age, municipality, email_codes, printed_codes) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
       ON CONFLICT (tenant_id, process_id) DO UPDATE SET min_age = excluded.min_age, municipality = excluded.municipality,
         email_codes = excluded.email_codes, printed_codes = excluded.printed_codes`,
    )
    .bind(tenantId, processId, s.minAge, s.municipality, s.emailCodes ? 1 : 0, s.printedCodes ? 1 : 0)
    .run();
}

interface BudgetRow {
  id: string;
  process_id: string;
  name: string;
  area_id: string | null;
  amount_eur: number;
  ballot_rule: string;
  counting_rule: CountingRule;
  eligibility: EligibilityRule;
  position: number;
  proposal_count: number;
}

function toBudget(row: BudgetRow): Budget {
  return {
    id: row.id,
    processId: row.process_id,
    name: JSON.parse(row.name) as LocalizedText,
    areaId: row.area_id,
    amountEur: row.amount_eur,
    ballotRule: JSON.parse(row.ballot_rule) as BallotRule,
    countingRule: row.counting_rule,
    eligibility: row.eligibility,
    position: row.position,
    proposalCount: row.proposal_count,
  };
}

const select = `SELECT b.id, b.process_id, b.name, b.area_id, b.amount_eur, b.ballot_rule, b.counting_rule, b.eligibility, b.position,
  (SELECT COUNT(*) FROM proposals AS p WHERE p.tenant_id = b.tenant_id AND p.process_id = b.process_id AND p.budget_id = b.id) AS proposal_count
  FROM budgets AS b`;

/** City-wide budgets first, then by position and name. */
export async function listBudgets(db: D1Database, tenantId: string, processId: string): Promise<Budget[]> {
  const { results } = await db
    .prepare(`${select} WHERE b.tenant_id = ?1 AND b.process_id = ?2 ORDER BY b.area_id IS NOT NULL, b.position, b.id`)
    .bind(tenantId, processId)
    .all<BudgetRow>();
  return results.map(toBudget);
}

export async function getBudget(db: D1Database, tenantId: string, processId: string, id: string): Promise<Budget | null> {
  const row = await db.prepare(`${select} WHERE b.tenant_id = ?1 AND b.process_id = ?2 AND b.id = ?3`).bind(tenantId, processId, id).first<BudgetRow>();
  return row ? toBudget(row) : null;
}

/** Creates or replaces a budget; returns whether it was created. */
export async function putBudget(db: D1Database, tenantId: string, processId: string, input: BudgetInput): Promise<boolean> {
  const existing = await getBudget(db, tenantId, processId, input.id);
  const areaId = input.areaId ?? null;
  const rule = input.ballotRule ?? { kind: 'knapsack', minProposals: 1, maxProposals: null, minSharePercent: 0 };
  await db
    .prepare(
      `INSERT INTO budgets (tenant_id, process_id, id, name, area_id, amount_eur, ballot_rule, counting_rule, eligibility, position)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
       ON CONFLICT (tenant_id, process_id, id) DO UPDATE SET name = excluded.name, area_id = excluded.area_id,
         amount_eur = excluded.amount_eur, ballot_rule = excluded.ballot_rule, counting_rule = excluded.counting_rule,
         eligibility = excluded.eligibility, position = excluded.position`,
    )
    .bind(
      tenantId,
      processId,
      input.id,
      JSON.stringify(input.name),
      areaId,
      input.amountEur,
      JSON.stringify(rule),
      input.countingRule ?? 'greedy',
      input.eligibility ?? (areaId === null ? 'all' : 'one-area'),
      input.position ?? 0,
    )
    .run();
  return existing === null;
}
