/**
 * Projects and their milestones. Every write goes in one `db.batch` with its `project_events`
 * row(s), so the timeline and the feeds never miss a change.
 *
 * @example const project = await getProjectRecord(env.DB, 'kuopio', 'kuntoportaat');
 */
import type {
  LocalizedText,
  Milestone,
  MilestoneInput,
  ParticipationInput,
  Point,
  ProjectStatus,
  ProjectSummary,
} from '@osallistu/contract';

interface Row {
  id: string;
  tenant_id: string;
  process_id: string;
  title: string;
  description: string;
  area_id: string | null;
  location_lon: number | null;
  location_lat: number | null;
  proposal_id: string | null;
  idea_ids: string;
  responsible_unit: string;
  budget_allocated_eur: number;
  budget_spent_eur: number;
  status: ProjectStatus;
  cancel_reason: string | null;
  progress_percent: number;
  participation: string | null;
  created_at: string;
  updated_at: string;
  completed_at: string | null;
  next_milestone: string | null;
}

/** A project as stored, with what the public shapes are built from. */
export interface ProjectRecord extends ProjectSummary {
  tenantId: string;
  location: Point | null;
  proposalId: string | null;
  ideaIds: string[];
  participation: ParticipationInput | null;
  createdAt: string;
  completedAt: string | null;
}

const columns = `p.id, p.tenant_id, p.process_id, p.title, p.description, p.area_id, p.location_lon, p.location_lat, p.proposal_id,
  p.idea_ids, p.responsible_unit, p.budget_allocated_eur, p.budget_spent_eur, p.status, p.cancel_reason, p.progress_percent,
  p.participation, p.created_at, p.updated_at, p.completed_at,
  (SELECT json_object('id', m.id, 'title', json(m.title), 'plannedDate', m.planned_date, 'actualDate', m.actual_date)
     FROM project_milestones AS m WHERE m.project_id = p.id AND m.actual_date IS NULL
     ORDER BY m.planned_date, m.position LIMIT 1) AS next_milestone`;

function toRecord(r: Row): ProjectRecord {
  return {
    id: r.id,
    tenantId: r.tenant_id,
    processId: r.process_id,
    title: JSON.parse(r.title) as LocalizedText,
    description: JSON.parse(r.description) as LocalizedText,
    areaId: r.area_id,
    location: r.location_lon === null || r.location_lat === null ? null : { type: 'Point', coordinates: [r.location_lon, r.location_lat] },
    proposalId: r.proposal_id,
    ideaIds: JSON.parse(r.idea_ids) as string[],
    responsibleUnit: r.responsible_unit,
    budgetAllocatedEur: r.budget_allocated_eur,
    budgetSpentEur: r.budget_spent_eur,
    status: r.status,
    cancelReason: r.cancel_reason,
    progressPercent: r.progress_percent,
    participation: r.participation ? (JSON.parse(r.participation) as ParticipationInput) : null,
    nextMilestone: r.next_milestone ? (JSON.parse(r.next_milestone) as Milestone) : null,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    completedAt: r.completed_at,
  };
}

export function toSummary(p: ProjectRecord): ProjectSummary {
  return {
    id: p.id,
    processId: p.processId,
    title: p.title,
    description: p.description,
    areaId: p.areaId,
    location: p.location,
    status: p.status,
    cancelReason: p.cancelReason,
    progressPercent: p.progressPercent,
    budgetAllocatedEur: p.budgetAllocatedEur,
    budgetSpentEur: p.budgetSpentEur,
    responsibleUnit: p.responsibleUnit,
    nextMilestone: p.nextMilestone,
    updatedAt: p.updatedAt,
  };
}

export async function getProjectRecord(db: D1Database, tenantId: string, id: string): Promise<ProjectRecord | null> {
  const row = await db.prepare(`SELECT ${columns} FROM projects AS p WHERE p.tenant_id = ?1 AND p.id = ?2`).bind(tenantId, id).first<Row>();
  return row ? toRecord(row) : null;
}

export interface ProjectFilter {
  process?: string;
  area?: string;
  status?: ProjectStatus;
}

/** Projects of a tenant, filtered by process, area and status; active ones first, then by title. */
export async function listProjects(db: D1Database, tenantId: string, filter: ProjectFilter): Promise<ProjectRecord[]> {
  const where = ['p.tenant_id = ?1'];
  const params: string[] = [tenantId];
  if (filter.process) where.push(`p.process_id = ?${params.push(filter.process)}`);
  if (filter.area) where.push(`p.area_id = ?${params.push(filter.area)}`);
  if (filter.status) where.push(`p.status = ?${params.push(filter.status)}`);
  const order = `CASE p.status WHEN 'in-progress' THEN 0 WHEN 'designing' THEN 1 WHEN 'planned' THEN 2 WHEN 'completed' THEN 3 ELSE 4 END`;
  const { results } = await db
    .prepare(`SELECT ${columns} FROM projects AS p WHERE ${where.join(' AND ')} ORDER BY ${order}, json_extract(p.title, '$.fi'), p.id LIMIT 500`)
    .bind(...params)
    .all<Row>();
  return results.map(toRecord);
}

export async function listMilestones(db: D1Database, projectId: string): Promise<Milestone[]> {
  const { results } = await db
    .prepare('SELECT id, title, planned_date, actual_date FROM project_milestones WHERE project_id = ?1 ORDER BY position')
    .bind(projectId)
    .all<{ id: string; title: string; planned_date: string; actual_date: string | null }>();
  return results.map((m) => ({ id: m.id, title: JSON.parse(m.title) as LocalizedText, plannedDate: m.planned_date, actualDate: m.actual_date }));
}

/**
 * A project event statement, to go in the same batch as the change it records; `onlyIfChanged`
 * writes it only if the statement before it changed a row.
 */
export function eventStatement(
  db: D1Database,
  p: { id: string; tenantId: string; processId: string },
  kind: string,
  data: Record<string, unknown>,
  at: string,
  actor: string,
  onlyIfChanged = false,
): D1PreparedStatement {
  const guard = onlyIfChanged ? ' WHERE changes() = 1' : '';
  return db
    .prepare(`INSERT INTO project_events (project_id, tenant_id, process_id, kind, at, data, actor) SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7${guard}`)
    .bind(p.id, p.tenantId, p.processId, kind, at, JSON.stringify(data), actor);
}

/** Statements that replace a project's milestones. */
export function milestoneStatements(db: D1Database, projectId: string, milestones: MilestoneInput[]): D1PreparedStatement[] {
  return [
    db.prepare('DELETE FROM project_milestones WHERE project_id = ?1').bind(projectId),
    ...milestones.map((m, i) =>
      db
        .prepare('INSERT INTO project_milestones (project_id, id, position, title, planned_date, actual_date) VALUES (?1, ?2, ?3, ?4, ?5, ?6)')
        .bind(projectId, m.id, i, JSON.stringify(m.title), m.plannedDate, m.actualDate ?? null),
    ),
  ];
}

export interface NewProject {
  id: string;
  tenantId: string;
  processId: string;
  title: LocalizedText;
  description: LocalizedText;
  areaId: string | null;
  location: Point | null;
  proposalId: string | null;
  ideaIds: string[];
  responsibleUnit: string;
  budgetAllocatedEur: number;
  budgetSpentEur: number;
  status: ProjectStatus;
  progressPercent: number;
  participation: ParticipationInput | null;
  milestones: MilestoneInput[];
}

/** Inserts a project with its milestones and its `created` event; false when the id is taken. */
export async function createProject(db: D1Database, p: NewProject, at: string, actor: string): Promise<boolean> {
  const taken = await db.prepare('SELECT 1 FROM projects WHERE id = ?1').bind(p.id).first();
  if (taken) return false;
  await db.batch([
    db
      .prepare(
        `INSERT INTO projects (id, tenant_id, process_id, title, description, area_id, location_lon, location_lat, proposal_id, idea_ids,
           responsible_unit, budget_allocated_eur, budget_spent_eur, status, progress_percent, participation, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?17)`,
      )
      .bind(
        p.id,
        p.tenantId,
        p.processId,
        JSON.stringify(p.title),
        JSON.stringify(p.description),
        p.areaId,
        p.location?.coordinates[0] ?? null,
        p.location?.coordinates[1] ?? null,
        p.proposalId,
        JSON.stringify(p.ideaIds),
        p.responsibleUnit,
        p.budgetAllocatedEur,
        p.budgetSpentEur,
        p.status,
        p.progressPercent,
        p.participation ? JSON.stringify(p.participation) : null,
        at,
      ),
    ...milestoneStatements(db, p.id, p.milestones),
    eventStatement(db, p, 'created', { status: p.status }, at, actor),
  ]);
  return true;
}

/** Column values an edit may change (already validated). */
export interface ProjectChanges {
  title?: LocalizedText;
  description?: LocalizedText;
  areaId?: string | null;
  location?: Point | null;
  ideaIds?: string[];
  responsibleUnit?: string;
  budgetAllocatedEur?: number;
  budgetSpentEur?: number;
  progressPercent?: number;
  participation?: ParticipationInput | null;
}

/** The UPDATE for an edit, guarded by the status it was read in (a concurrent change loses). */
export function updateStatement(db: D1Database, p: ProjectRecord, changes: ProjectChanges, at: string): D1PreparedStatement {
  const sets: string[] = [];
  const params: unknown[] = [];
  const set = (column: string, value: unknown) => sets.push(`${column} = ?${params.push(value)}`);
  if (changes.title) set('title', JSON.stringify(changes.title));
  if (changes.description) set('description', JSON.stringify(changes.description));
  if (changes.areaId !== undefined) set('area_id', changes.areaId);
  if (changes.location !== undefined) {
    set('location_lon', changes.location?.coordinates[0] ?? null);
    set('location_lat', changes.location?.coordinates[1] ?? null);
  }
  if (changes.ideaIds) set('idea_ids', JSON.stringify(changes.ideaIds));
  if (changes.responsibleUnit !== undefined) set('responsible_unit', changes.responsibleUnit);
  if (changes.budgetAllocatedEur !== undefined) set('budget_allocated_eur', changes.budgetAllocatedEur);
  if (changes.budgetSpentEur !== undefined) set('budget_spent_eur', changes.budgetSpentEur);
  if (changes.progressPercent !== undefined) set('progress_percent', changes.progressPercent);
  if (changes.participation !== undefined) set('participation', changes.participation ? JSON.stringify(changes.participation) : null);
  set('updated_at', at);
  const id = params.push(p.id);
  const status = params.push(p.status);
  return db.prepare(`UPDATE projects SET ${sets.join(', ')} WHERE id = ?${id} AND status = ?${status}`).bind(...params);
}
