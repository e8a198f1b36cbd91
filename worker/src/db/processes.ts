/**
 * Processes (a participatory-budgeting round and the like) with their dated phases.
 */
import type { LocalizedText, Phase, PhaseKind, Process, ProcessInput } from '@osallistu/contract';

interface Row {
  id: string;
  kind: ProcessInput['kind'];
  title: string;
  description: string;
  budget_eur: number;
  phases: string;
}

/** The phase whose [startsAt, endsAt) holds `now`, or null between and outside phases. */
export function currentPhase(phases: Phase[], now: Date = new Date()): PhaseKind | null {
  const t = now.getTime();
  const phase = phases.find((p) => Date.parse(p.startsAt) <= t && t < Date.parse(p.endsAt));
  return phase ? phase.kind : null;
}

function toProcess(row: Row): Process {
  const phases = JSON.parse(row.phases) as Phase[];
  return {
    id: row.id,
    kind: row.kind,
    title: JSON.parse(row.title) as LocalizedText,
    description: JSON.parse(row.description) as LocalizedText,
    budgetEur: row.budget_eur,
    phases,
    currentPhase: currentPhase(phases),
  };
}

const columns = 'id, kind, title, description, budget_eur, phases';

export async function listProcesses(db: D1Database, tenantId: string): Promise<Process[]> {
  const { results } = await db
    .prepare(`SELECT ${columns} FROM processes WHERE tenant_id = ?1 ORDER BY created_at DESC, id`)
    .bind(tenantId)
    .all<Row>();
  return results.map(toProcess);
}

export async function getProcess(db: D1Database, tenantId: string, id: string): Promise<Process | null> {
  const row = await db
    .prepare(`SELECT ${columns} FROM processes WHERE tenant_id = ?1 AND id = ?2`)
    .bind(tenantId, id)
    .first<Row>();
  return row ? toProcess(row) : null;
}

/** Creates or replaces a process; returns whether it was created. */
export async function putProcess(db: D1Database, tenantId: string, input: ProcessInput): Promise<boolean> {
  const now = new Date().toISOString();
  const existing = await db.prepare('SELECT 1 FROM processes WHERE tenant_id = ?1 AND id = ?2').bind(tenantId, input.id).first();
  await db
    .prepare(
      `INSERT INTO processes (tenant_id, id, kind, title, description, budget_eur, phases, created_at, updated_at)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)
       ON CONFLICT (tenant_id, id) DO UPDATE SET kind = excluded.kind, title = excluded.title,
         description = excluded.description, budget_eur = excluded.budget_eur, phases = excluded.phases,
         updated_at = excluded.updated_at`,
    )
    .bind(tenantId, input.id, input.kind, JSON.stringify(input.title), JSON.stringify(input.description), input.budgetEur, JSON.stringify(input.phases), now)
    .run();
  return existing === null;
}
