/**
 * Comments on ideas: residents write, staff moderate. `ideas.comment_count` counts published
 * comments and is changed in the same batch as the comment's status.
 */
import type { AdminComment, Comment, CommentStatus } from '@osallistu/contract';
import { randomId } from '../lib/crypto.js';
import { decodeCursor, encodeCursor } from '../lib/cursor.js';
import type { ListResult } from './ideas.js';

interface Row {
  id: string;
  idea_id: string;
  body: string;
  author_name: string | null;
  status: CommentStatus;
  created_at: string;
  rejection_reason: string | null;
  idea_title?: string;
  tenant_id?: string;
}

function toComment(r: Row): Comment {
  return { id: r.id, ideaId: r.idea_id, body: r.body, authorName: r.author_name, status: r.status, createdAt: r.created_at };
}

function toAdminComment(r: Row): AdminComment {
  return { ...toComment(r), ideaTitle: r.idea_title ?? '', rejectionReason: r.rejection_reason };
}

/** Published comments of an idea, oldest first. */
export async function listPublishedComments(db: D1Database, ideaId: string, cursor: string | undefined, limit: number): Promise<ListResult<Comment>> {
  const params: (string | number)[] = [ideaId];
  let after = '';
  if (cursor) {
    const [createdAt, id] = decodeCursor(cursor, ['string', 'string']);
    params.push(createdAt!, id!);
    after = ' AND (created_at, id) > (?2, ?3)';
  }
  params.push(limit + 1);
  const { results, meta } = await db
    .prepare(
      `SELECT id, idea_id, body, author_name, status, created_at, rejection_reason FROM comments
       WHERE idea_id = ?1 AND status = 'published'${after} ORDER BY created_at, id LIMIT ?${params.length}`,
    )
    .bind(...params)
    .all<Row>();
  const rows = results.slice(0, limit);
  const last = rows[rows.length - 1];
  return {
    items: rows.map(toComment),
    nextCursor: results.length > limit && last ? encodeCursor([last.created_at, last.id]) : null,
    rowsRead: meta.rows_read ?? 0,
  };
}

/** Comments of a tenant in one status, oldest first (a moderation queue). */
export async function listAdminComments(
  db: D1Database,
  tenantId: string,
  status: CommentStatus,
  cursor: string | undefined,
  limit: number,
): Promise<ListResult<AdminComment>> {
  const params: (string | number)[] = [tenantId, status];
  let after = '';
  if (cursor) {
    const [createdAt, id] = decodeCursor(cursor, ['string', 'string']);
    params.push(createdAt!, id!);
    after = ' AND (c.created_at, c.id) > (?3, ?4)';
  }
  params.push(limit + 1);
  const { results, meta } = await db
    .prepare(
      `SELECT c.id, c.idea_id, c.body, c.author_name, c.status, c.created_at, c.rejection_reason, i.title AS idea_title
       FROM comments AS c JOIN ideas AS i ON i.id = c.idea_id
       WHERE c.tenant_id = ?1 AND c.status = ?2${after} ORDER BY c.created_at, c.id LIMIT ?${params.length}`,
    )
    .bind(...params)
    .all<Row>();
  const rows = results.slice(0, limit);
  const last = rows[rows.length - 1];
  return {
    items: rows.map(toAdminComment),
    nextCursor: results.length > limit && last ? encodeCursor([last.created_at, last.id]) : null,
    rowsRead: meta.rows_read ?? 0,
  };
}

export async function getComment(db: D1Database, tenantId: string, id: string): Promise<AdminComment | null> {
  const row = await db
    .prepare(
      `SELECT c.id, c.idea_id, c.body, c.author_name, c.status, c.created_at, c.rejection_reason, i.title AS idea_title
       FROM comments AS c JOIN ideas AS i ON i.id = c.idea_id WHERE c.id = ?1 AND c.tenant_id = ?2`,
    )
    .bind(id, tenantId)
    .first<Row>();
  return row ? toAdminComment(row) : null;
}

export async function createComment(
  db: D1Database,
  comment: { tenantId: string; ideaId: string; body: string; authorName: string | null },
  now: string,
): Promise<Comment> {
  const id = randomId(14);
  await db
    .prepare(`INSERT INTO comments (id, idea_id, tenant_id, body, author_name, status, created_at) VALUES (?1, ?2, ?3, ?4, ?5, 'pending', ?6)`)
    .bind(id, comment.ideaId, comment.tenantId, comment.body, comment.authorName, now)
    .run();
  return { id, ideaId: comment.ideaId, body: comment.body, authorName: comment.authorName, status: 'pending', createdAt: now };
}

/** pending → published; bumps the idea's comment_count in the same batch. */
export async function publishComment(db: D1Database, id: string, at: string): Promise<boolean> {
  const [update] = await db.batch([
    db.prepare(`UPDATE comments SET status = 'published', moderated_at = ?2 WHERE id = ?1 AND status = 'pending'`).bind(id, at),
    db.prepare(`UPDATE ideas SET comment_count = comment_count + 1 WHERE id = (SELECT idea_id FROM comments WHERE id = ?1) AND changes() = 1`).bind(id),
  ]);
  return (update?.meta.changes ?? 0) === 1;
}

/** pending|published → rejected; a published comment leaves the idea's comment_count. */
export async function rejectComment(db: D1Database, id: string, reason: string, at: string, wasPublished: boolean): Promise<boolean> {
  const from = wasPublished ? 'published' : 'pending';
  const statements = [
    db
      .prepare(`UPDATE comments SET status = 'rejected', rejection_reason = ?2, moderated_at = ?3 WHERE id = ?1 AND status = ?4`)
      .bind(id, reason, at, from),
  ];
  if (wasPublished) {
    statements.push(
      db.prepare(`UPDATE ideas SET comment_count = comment_count - 1 WHERE id = (SELECT idea_id FROM comments WHERE id = ?1) AND changes() = 1`).bind(id),
    );
  }
  const [update] = await db.batch(statements);
  return (update?.meta.changes ?? 0) === 1;
}
