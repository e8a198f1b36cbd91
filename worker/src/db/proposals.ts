/**
 * Proposals on a budget's ballot, grown from ideas reviewed as feasible.
 */
import type { Proposal } from '@osallistu/contract';

interface Row {
  id: string;
  process_id: string;
  budget_id: string;
  title: string;
  summary: string;
  theme_id: string;
  area_id: string | null;
  cost_eur: number;
  origin_idea_ids: string;
  origin_titles: string | null;
}

function toProposal(row: Row): Proposal {
  const ids = JSON.parse(row.origin_idea_ids) as string[];
  const titles = new Map((JSON.parse(row.origin_titles ?? '[]') as [string, string][]).map(([id, title]) => [id, title]));
  return {
    id: row.id,
    processId: row.process_id,
    budgetId: row.budget_id,
    title: row.title,
    summary: row.summary,
    themeId: row.theme_id,
    areaId: row.area_id,
    costEur: row.cost_eur,
    originIdeas: ids.map((id) => ({ id, title: titles.get(id) ?? '' })),
  };
}

const select = `SELECT p.id, p.process_id, p.budget_id, p.title, p.summary, p.theme_id, p.area_id, p.cost_eur, p.origin_idea_ids,
  (SELECT json_group_array(json_array(i.id, i.title)) FROM ideas AS i WHERE i.id IN (SELECT value FROM json_each(p.origin_idea_ids))) AS origin_titles
  FROM proposals AS p`;

/** Every proposal of a process (or of one budget), by budget and title. */
export async function listProposals(db: D1Database, tenantId: string, processId: string, budgetId?: string): Promise<Proposal[]> {
  const where = budgetId === undefined ? '' : ' AND p.budget_id = ?3';
  const statement = db.prepare(`${select} WHERE p.tenant_id = ?1 AND p.process_id = ?2${where} ORDER BY p.budget_id, p.title, p.id`);
  const { results } = await (budgetId === undefined ? statement.bind(tenantId, processId) : statement.bind(tenantId, processId, budgetId)).all<Row>();
  return results.map(toProposal);
}

export async function getProposal(db: D1Database, id: string): Promise<Proposal | null> {
  const row = await db.prepare(`${select} WHERE p.id = ?1`).bind(id).first<Row>();
  return row ? toProposal(row) : null;
}

/** Cost of each proposal of a budget (what a ballot may choose from). */
export async function proposalCosts(db: D1Database, tenantId: string, processId: string, budgetId: string): Promise<Map<string, number>> {
  const { results } = await db
    .prepare('SELECT id, cost_eur FROM proposals WHERE tenant_id = ?1 AND process_id = ?2 AND budget_id = ?3')
    .bind(tenantId, processId, budgetId)
    .all<{ id: string; cost_eur: number }>();
  return new Map(results.map((r) => [r.id, r.cost_eur]));
}

export interface NewProposal {
  id: string;
  tenantId: string;
  processId: string;
  budgetId: string;
  title: string;
  summary: string;
  themeId: string;
  areaId: string | null;
  costEur: number;
  originIdeaIds: string[];
}

export async function createProposal(db: D1Database, p: NewProposal, now: string): Promise<void> {
  await db
    .prepare(
      `INSERT INTO proposals (id, tenant_id, process_id, budget_id, title, summary, theme_id, area_id, cost_eur, origin_idea_ids, created_at)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)`,
    )
    .bind(p.id, p.tenantId, p.processId, p.budgetId, p.title, p.summary, p.themeId, p.areaId, p.costEur, JSON.stringify(p.originIdeaIds), now)
    .run();
}
