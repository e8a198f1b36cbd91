/**
 * Idea query functions: the public keyset-paginated list, staff lists, reads, and the writes that
 * change an idea together with its `idea_events` row in one `db.batch`.
 *
 * @example const page = await listPublicIdeas(env.DB, 'kuopio', 'pb-2027', { sort: 'newest' }, 20);
 */
import type {
  AdminIdea,
  Feasibility,
  Idea,
  IdeaEventKind,
  IdeaSort,
  IdeaStatus,
  Language,
  Page,
  Point,
  PublicIdeaFilter,
} from '@osallistu/contract';
import { randomId } from '../lib/crypto.js';
import { decodeCursor, encodeCursor, type CursorValue } from '../lib/cursor.js';
import { ftsQuery } from './fts-query.js';

export interface IdeaRow {
  id: string;
  tenant_id: string;
  process_id: string;
  title: string;
  description: string;
  theme_id: string;
  area_id: string | null;
  location_lon: number | null;
  location_lat: number | null;
  author_name: string | null;
  lang: string;
  status: IdeaStatus;
  created_at: string;
  published_at: string | null;
  support_count: number;
  comment_count: number;
  rejection_reason: string | null;
  merged_into: string | null;
  merged_title: string | null;
  feasibility: Feasibility | null;
  review_reason: string | null;
  cost_eur: number | null;
  responsible_unit: string | null;
  reviewed_at: string | null;
  edit_note: string | null;
  edited_at: string | null;
  has_email?: number;
}

/** An idea plus what the routes need to decide (tenant, process). */
export type IdeaRecord = AdminIdea & { tenantId: string };

const selectColumns = `i.id, i.tenant_id, i.process_id, i.title, i.description, i.theme_id, i.area_id,
  i.location_lon, i.location_lat, i.author_name, i.lang, i.status, i.created_at, i.published_at,
  i.support_count, i.comment_count, i.rejection_reason, i.merged_into, m.title AS merged_title,
  i.feasibility, i.review_reason, i.cost_eur, i.responsible_unit, i.reviewed_at, i.edit_note, i.edited_at`;

export function rowToIdea(row: IdeaRow): Idea {
  return {
    id: row.id,
    processId: row.process_id,
    title: row.title,
    description: row.description,
    themeId: row.theme_id,
    areaId: row.area_id,
    location:
      row.location_lon === null || row.location_lat === null
        ? null
        : { type: 'Point', coordinates: [row.location_lon, row.location_lat] },
    authorName: row.author_name,
    lang: row.lang as Language,
    status: row.status,
    createdAt: row.created_at,
    publishedAt: row.published_at,
    supportCount: row.support_count,
    commentCount: row.comment_count,
    rejectionReason: row.rejection_reason,
    mergedInto: row.merged_into ? { id: row.merged_into, title: row.merged_title ?? '' } : null,
    review:
      row.feasibility && row.reviewed_at
        ? {
            feasibility: row.feasibility,
            reason: row.review_reason,
            costEur: row.cost_eur,
            responsibleUnit: row.responsible_unit ?? '',
            reviewedAt: row.reviewed_at,
          }
        : null,
    edit: row.edit_note && row.edited_at ? { note: row.edit_note, editedAt: row.edited_at } : null,
  };
}

function rowToAdminIdea(row: IdeaRow): AdminIdea {
  return { ...rowToIdea(row), hasEmail: row.has_email === 1 };
}

export interface PublicListOptions {
  area?: string;
  theme?: string;
  status?: PublicIdeaFilter;
  q?: string;
  sort?: IdeaSort;
  cursor?: string;
}

export interface ListResult<T> extends Page<T> {
  /** D1's count of rows the query read (for tests and the benchmark). */
  rowsRead: number;
}

/**
 * Published ideas of a process (or merged / rejected ones when asked), newest or most supported
 * first, with keyset pagination. The index is chosen explicitly so that a page reads about one
 * row per idea returned, whatever the filter.
 */
export async function listPublicIdeas(
  db: D1Database,
  tenantId: string,
  processId: string,
  options: PublicListOptions,
  limit: number,
): Promise<ListResult<Idea>> {
  const sort = options.sort ?? 'newest';
  const filter = options.status ?? 'published';
  const params: (string | number)[] = [tenantId, processId];
  const p = (value: string | number) => {
    params.push(value);
    return `?${params.length}`;
  };
  const where = ['i.tenant_id = ?1', 'i.process_id = ?2'];
  const status: IdeaStatus = filter === 'merged' ? 'merged' : filter === 'rejected' ? 'rejected' : 'published';
  where.push(`i.status = ${p(status)}`);
  if (filter === 'feasible' || filter === 'not-feasible') where.push(`i.feasibility = ${p(filter)}`);
  if (options.area) where.push(`i.area_id = ${p(options.area)}`);
  if (options.theme) where.push(`i.theme_id = ${p(options.theme)}`);
  const search = options.q ? ftsQuery(options.q) : null;
  let cursorCreatedAt: string | null = null;

  if (options.cursor) {
    if (sort === 'newest') {
      const [createdAt, id] = decodeCursor(options.cursor, ['string', 'string']);
      cursorCreatedAt = createdAt as string;
      where.push(`(i.created_at, i.id) < (${p(createdAt!)}, ${p(id!)})`);
    } else {
      const [count, createdAt, id] = decodeCursor(options.cursor, ['number', 'string', 'string']);
      where.push(`(i.support_count, i.created_at, i.id) < (${p(count!)}, ${p(createdAt!)}, ${p(id!)})`);
    }
  }
  let walkRowsRead = 0;
  if (search && sort === 'newest') {
    const walked = await searchNewest(db, where, params, search, cursorCreatedAt, limit);
    if ('items' in walked) return walked;
    walkRowsRead = walked.rowsRead;
  }
  if (search) where.push(`i.search_key IN (SELECT rowid FROM ideas_search WHERE ideas_search MATCH ${p(search)})`);
  const order = sort === 'newest' ? 'i.created_at DESC, i.id DESC' : 'i.support_count DESC, i.created_at DESC, i.id DESC';
  const suffix = sort === 'newest' ? 'new' : 'sup';
  const index = options.area && options.theme
    ? `ideas_area_theme_${suffix}`
    : options.area
    ? `ideas_area_${suffix}`
    : options.theme
      ? `ideas_theme_${suffix}`
      : filter === 'feasible' || filter === 'not-feasible'
        ? `ideas_feas_${suffix}`
        : `ideas_${suffix}`;
  // With a search the planner may rather start from the full-text matches.
  const indexed = search ? '' : ` INDEXED BY ${index}`;
  const sql = `SELECT ${selectColumns} FROM ideas AS i${indexed} LEFT JOIN ideas AS m ON m.id = i.merged_into
    WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT ${p(limit + 1)}`;
  const { results, meta } = await db.prepare(sql).bind(...params).all<IdeaRow>();
  return pageOf(results, limit, sort, walkRowsRead + (meta.rows_read ?? 0));
}

function pageOf(results: IdeaRow[], limit: number, sort: IdeaSort, rowsRead: number): ListResult<Idea> {
  const rows = results.slice(0, limit);
  const last = rows[rows.length - 1];
  let nextCursor: string | null = null;
  if (results.length > limit && last) {
    const key: CursorValue[] = sort === 'newest' ? [last.created_at, last.id] : [last.support_count, last.created_at, last.id];
    nextCursor = encodeCursor(key);
  }
  return { items: rows.map(rowToIdea), nextCursor, rowsRead };
}

/** The search key's millisecond part of a created_at, in SQL (as migration 0010 computes it). */
const keyMs = (param: string) => `CAST(unixepoch(${param}, 'subsec') * 1000 AS INTEGER)`;

/**
 * A search sorted newest first, walking the FTS matches in `search_key` order (created_at's
 * millisecond, then rowid; migration 0010) with `ORDER BY rowid DESC LIMIT n`, so D1 reads about
 * as many matches as the page needs instead of all of them. The filters and the cursor are checked
 * on the joined idea (a match they drop still counts towards the batch, so the walk knows where it
 * stopped). Ideas of one millisecond come out of the walk in rowid order, not id order: only the
 * ideas newer than the last walked millisecond are certain to be complete, so a page is cut from
 * those, sorted like the plain list. When the filters keep few matches the walk goes on with a
 * batch sized from the yield so far, and after a few rounds gives up (returns the rows it read):
 * the caller then reads all matches at once, as before, which is then about as cheap.
 */
async function searchNewest(
  db: D1Database,
  where: string[],
  baseParams: (string | number)[],
  search: string,
  cursorCreatedAt: string | null,
  limit: number,
): Promise<ListResult<Idea> | { rowsRead: number }> {
  const want = limit + 1;
  const kept: (IdeaRow & { key_ms: number })[] = [];
  let walked = 0;
  let rowsRead = 0;
  let batch = Math.ceil(want * 1.25) + 1;
  // Exclusive upper bound of the walk: [milliseconds, low bits, the key as text]. The key exceeds
  // 2^53, so it travels as text; D1 would bind a JS number as a REAL, which FTS5 does not use
  // as a rowid bound (it would then return every match for SQLite to filter).
  let bound: [number, number, string] | null = null;
  for (let round = 0; round < 3; round++) {
    const params = [...baseParams];
    const p = (value: string | number) => {
      params.push(value);
      return `?${params.length}`;
    };
    const q = p(search);
    let upper = '';
    if (bound) upper = ` AND rowid < CAST(${p(bound[2])} AS INTEGER)`;
    else if (cursorCreatedAt !== null) upper = ` AND rowid < ((${keyMs(p(cursorCreatedAt))} + 1) << 20)`;
    const sql = `SELECT ${selectColumns}, s.k >> 20 AS key_ms, s.k & 1048575 AS key_low, CAST(s.k AS TEXT) AS key_text
      FROM (SELECT rowid AS k FROM ideas_search WHERE ideas_search MATCH ${q}${upper} ORDER BY rowid DESC LIMIT ${p(batch)}) AS s
      LEFT JOIN ideas AS i ON i.search_key = s.k AND ${where.join(' AND ')}
      LEFT JOIN ideas AS m ON m.id = i.merged_into`;
    const { results, meta } = await db.prepare(sql).bind(...params).all<IdeaRow & { key_ms: number; key_low: number; key_text: string }>();
    rowsRead += meta.rows_read ?? 0;
    walked += results.length;
    let last: [number, number, string] | null = null;
    for (const row of results) {
      if (row.id !== null) kept.push(row);
      if (!last || row.key_ms < last[0] || (row.key_ms === last[0] && row.key_low < last[1])) last = [row.key_ms, row.key_low, row.key_text];
    }
    const exhausted = results.length < batch || !last;
    if (!exhausted) bound = last;
    const certain = exhausted ? kept : kept.filter((row) => row.key_ms > bound![0]);
    if (exhausted || certain.length >= want) {
      certain.sort((a, b) => (a.created_at < b.created_at ? 1 : a.created_at > b.created_at ? -1 : a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
      return pageOf(certain.slice(0, want), limit, 'newest', rowsRead);
    }
    // next batch from the share of walked matches the filters kept (at least 1 in 50)
    const share = Math.max(kept.length / walked, 1 / 50);
    batch = Math.min(Math.ceil(((want - certain.length) / share) * 1.25) + 1, 50 * want);
  }
  return { rowsRead };
}

export interface AdminListOptions {
  status?: IdeaStatus;
  process?: string;
  cursor?: string;
}

/** Every idea of a tenant (staff), newest first, optionally by status and process. */
export async function listAdminIdeas(
  db: D1Database,
  tenantId: string,
  options: AdminListOptions,
  limit: number,
): Promise<ListResult<AdminIdea>> {
  const params: (string | number)[] = [tenantId];
  const p = (value: string | number) => {
    params.push(value);
    return `?${params.length}`;
  };
  const where = ['i.tenant_id = ?1'];
  if (options.process) where.push(`i.process_id = ${p(options.process)}`);
  if (options.status) where.push(`i.status = ${p(options.status)}`);
  if (options.cursor) {
    const [createdAt, id] = decodeCursor(options.cursor, ['string', 'string']);
    where.push(`(i.created_at, i.id) < (${p(createdAt!)}, ${p(id!)})`);
  }
  const sql = `SELECT ${selectColumns}, EXISTS (SELECT 1 FROM idea_contacts AS c WHERE c.idea_id = i.id) AS has_email
    FROM ideas AS i LEFT JOIN ideas AS m ON m.id = i.merged_into
    WHERE ${where.join(' AND ')} ORDER BY i.created_at DESC, i.id DESC LIMIT ${p(limit + 1)}`;
  const { results, meta } = await db.prepare(sql).bind(...params).all<IdeaRow>();
  const rows = results.slice(0, limit);
  const last = rows[rows.length - 1];
  const nextCursor = results.length > limit && last ? encodeCursor([last.created_at, last.id]) : null;
  return { items: rows.map(rowToAdminIdea), nextCursor, rowsRead: meta.rows_read ?? 0 };
}

/**
 * One idea of a tenant. `withContact` adds `hasEmail` (staff only; public reads never touch
 * idea_contacts).
 */
export async function getIdea(db: D1Database, tenantId: string, id: string, withContact = false): Promise<IdeaRecord | null> {
  const contact = withContact ? ', EXISTS (SELECT 1 FROM idea_contacts AS c WHERE c.idea_id = i.id) AS has_email' : '';
  const row = await db
    .prepare(`SELECT ${selectColumns}${contact} FROM ideas AS i LEFT JOIN ideas AS m ON m.id = i.merged_into WHERE i.id = ?1 AND i.tenant_id = ?2`)
    .bind(id, tenantId)
    .first<IdeaRow>();
  if (!row) return null;
  return { ...rowToAdminIdea(row), tenantId: row.tenant_id };
}

export interface NewIdea {
  tenantId: string;
  processId: string;
  title: string;
  description: string;
  themeId: string;
  areaId: string | null;
  location: Point | null;
  authorName: string | null;
  email: string | null;
  lang: Language;
}

function eventStatement(db: D1Database, ideaId: string, kind: IdeaEventKind, at: string, data: object, actor: string, onlyIfChanged: boolean) {
  const guard = onlyIfChanged ? ' WHERE changes() = 1' : '';
  return db
    .prepare(`INSERT INTO idea_events (idea_id, kind, at, data, actor) SELECT ?1, ?2, ?3, ?4, ?5${guard}`)
    .bind(ideaId, kind, at, JSON.stringify(data), actor);
}

/** Inserts a pending idea, its `submitted` event and (apart) its contact email, atomically. */
export async function createIdea(db: D1Database, idea: NewIdea, now: string): Promise<string> {
  const id = randomId(14);
  const statements = [
    db
      .prepare(
        `INSERT INTO ideas (id, tenant_id, process_id, title, description, theme_id, area_id, location_lon, location_lat,
           author_name, lang, status, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 'pending', ?12)`,
      )
      .bind(
        id,
        idea.tenantId,
        idea.processId,
        idea.title,
        idea.description,
        idea.themeId,
        idea.areaId,
        idea.location?.coordinates[0] ?? null,
        idea.location?.coordinates[1] ?? null,
        idea.authorName,
        idea.lang,
        now,
      ),
    eventStatement(db, id, 'submitted', now, {}, 'resident', false),
  ];
  if (idea.email) {
    statements.push(db.prepare('INSERT INTO idea_contacts (idea_id, email, created_at) VALUES (?1, ?2, ?3)').bind(id, idea.email, now));
  }
  await db.batch(statements);
  return id;
}

/**
 * Runs `UPDATE ideas SET … WHERE id = ? AND status IN (from)` and its event in one batch; the
 * event is written only if the update changed the row. Returns false when the idea was not in
 * one of the `from` states (a concurrent change or a refused transition).
 */
async function transition(
  db: D1Database,
  id: string,
  from: IdeaStatus[],
  set: string,
  setParams: (string | number | null)[],
  event: { kind: IdeaEventKind; at: string; data: object; actor: string },
  extra: D1PreparedStatement[] = [],
): Promise<boolean> {
  const fromList = from.map((s) => `'${s}'`).join(', ');
  const update = db
    .prepare(`UPDATE ideas SET ${set} WHERE id = ?1 AND status IN (${fromList})`)
    .bind(id, ...setParams);
  const results = await db.batch([update, eventStatement(db, id, event.kind, event.at, event.data, event.actor, true), ...extra]);
  // D1 counts rows changed by triggers too (the FTS index on an edit), so any change means done.
  return (results[0]?.meta.changes ?? 0) > 0;
}

export function publishIdea(db: D1Database, id: string, at: string, actor: string): Promise<boolean> {
  return transition(db, id, ['pending'], "status = 'published', published_at = ?2", [at], { kind: 'published', at, data: {}, actor });
}

export function rejectIdea(db: D1Database, id: string, reason: string, at: string, actor: string): Promise<boolean> {
  return transition(db, id, ['pending', 'published'], "status = 'rejected', rejection_reason = ?2", [reason], {
    kind: 'rejected',
    at,
    data: { reason },
    actor,
  });
}

/**
 * Merges `id` into `into`: the merged idea points to the survivor and gets a `merged` event; the
 * survivor gets an `absorbed` event. Support counts stay where they are (each idea keeps its own;
 * supports are per idea and a person may have supported both).
 */
export async function mergeIdea(
  db: D1Database,
  id: string,
  into: { id: string; title: string },
  from: { title: string },
  note: string | null,
  at: string,
  actor: string,
): Promise<boolean> {
  const absorbed = db
    .prepare(`INSERT INTO idea_events (idea_id, kind, at, data, actor) SELECT ?1, 'absorbed', ?2, ?3, ?4 WHERE (SELECT status FROM ideas WHERE id = ?5) = 'merged' AND (SELECT merged_into FROM ideas WHERE id = ?5) = ?1 AND NOT EXISTS (SELECT 1 FROM idea_events WHERE idea_id = ?1 AND kind = 'absorbed' AND json_extract(data, '$.from') = ?5)`)
    .bind(into.id, at, JSON.stringify({ from: id, fromTitle: from.title, note }), actor, id);
  return transition(
    db,
    id,
    ['pending', 'published'],
    "status = 'merged', merged_into = ?2",
    [into.id],
    { kind: 'merged', at, data: { into: into.id, intoTitle: into.title, note }, actor },
    [absorbed],
  );
}

export interface ReviewValues {
  feasibility: Feasibility;
  reason: string | null;
  costEur: number | null;
  responsibleUnit: string;
}

/** Records a staff review of a published idea (again allowed; the latest review is shown). */
export function reviewIdea(db: D1Database, id: string, review: ReviewValues, at: string, actor: string): Promise<boolean> {
  return transition(
    db,
    id,
    ['published'],
    'feasibility = ?2, review_reason = ?3, cost_eur = ?4, responsible_unit = ?5, reviewed_at = ?6',
    [review.feasibility, review.reason, review.costEur, review.responsibleUnit, at],
    { kind: 'reviewed', at, data: { ...review }, actor },
  );
}

export interface EditValues {
  title?: string;
  description?: string;
  themeId?: string;
  areaId?: string | null;
  location?: Point | null;
  editNote: string;
}

/** Staff edit of a pending or published idea, with a visible edit note. */
export function editIdea(db: D1Database, id: string, edit: EditValues, at: string, actor: string): Promise<boolean> {
  const sets = ['edit_note = ?2', 'edited_at = ?3'];
  const params: (string | number | null)[] = [edit.editNote, at];
  const add = (column: string, value: string | number | null) => {
    params.push(value);
    sets.push(`${column} = ?${params.length + 1}`);
  };
  const fields: string[] = [];
  if (edit.title !== undefined) (add('title', edit.title), fields.push('title'));
  if (edit.description !== undefined) (add('description', edit.description), fields.push('description'));
  if (edit.themeId !== undefined) (add('theme_id', edit.themeId), fields.push('themeId'));
  if (edit.areaId !== undefined) (add('area_id', edit.areaId), fields.push('areaId'));
  if (edit.location !== undefined) {
    add('location_lon', edit.location?.coordinates[0] ?? null);
    add('location_lat', edit.location?.coordinates[1] ?? null);
    fields.push('location');
  }
  return transition(db, id, ['pending', 'published'], sets.join(', '), params, {
    kind: 'edited',
    at,
    data: { note: edit.editNote, fields: fields.join(',') },
    actor,
  });
}
