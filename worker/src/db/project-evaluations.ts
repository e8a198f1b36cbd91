/**
 * Evaluations of completed projects: one per browser (unique evaluator hash), a public aggregate,
 * and comments that appear after moderation.
 */
import type { AdminEvaluation, EvaluationSummary } from '@osallistu/contract';

/** Adds an evaluation; false when this browser has already evaluated the project. */
export async function addEvaluation(
  db: D1Database,
  e: { projectId: string; tenantId: string; evaluatorHash: string; rating: number; comment: string | null },
  at: string,
): Promise<boolean> {
  const result = await db
    .prepare(
      `INSERT INTO project_evaluations (project_id, tenant_id, evaluator_hash, rating, comment, comment_status, created_at)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (project_id, evaluator_hash) DO NOTHING`,
    )
    .bind(e.projectId, e.tenantId, e.evaluatorHash, e.rating, e.comment, e.comment ? 'pending' : 'none', at)
    .run();
  return result.meta.changes > 0;
}

export async function evaluationSummary(db: D1Database, projectId: string): Promise<EvaluationSummary & { lastAt: string | null }> {
  const [counts, comments] = await db.batch<{ rating: number; n: number; last: string } | { rating: number; comment: string; created_at: string }>([
    db.prepare('SELECT rating, COUNT(*) AS n, MAX(created_at) AS last FROM project_evaluations WHERE project_id = ?1 GROUP BY rating').bind(projectId),
    db
      .prepare(
        `SELECT rating, comment, created_at FROM project_evaluations WHERE project_id = ?1 AND comment_status = 'published'
         ORDER BY id DESC LIMIT 20`,
      )
      .bind(projectId),
  ]);
  const distribution: EvaluationSummary['distribution'] = [0, 0, 0, 0, 0];
  let lastAt: string | null = null;
  for (const r of (counts?.results ?? []) as { rating: number; n: number; last: string }[]) {
    distribution[r.rating - 1] = r.n;
    if (lastAt === null || r.last > lastAt) lastAt = r.last;
  }
  const count = distribution.reduce((a, b) => a + b, 0);
  const sum = distribution.reduce((a, n, i) => a + n * (i + 1), 0);
  return {
    count,
    average: count === 0 ? null : Math.round((sum / count) * 10) / 10,
    distribution,
    comments: ((comments?.results ?? []) as { rating: number; comment: string; created_at: string }[]).map((r) => ({
      rating: r.rating,
      comment: r.comment,
      at: r.created_at,
    })),
    lastAt,
  };
}

export async function listAdminEvaluations(db: D1Database, tenantId: string, status: AdminEvaluation['commentStatus']): Promise<AdminEvaluation[]> {
  const { results } = await db
    .prepare(
      `SELECT id, project_id, rating, comment, comment_status, created_at FROM project_evaluations
       WHERE tenant_id = ?1 AND comment_status = ?2 ORDER BY id LIMIT 200`,
    )
    .bind(tenantId, status)
    .all<{ id: number; project_id: string; rating: number; comment: string; comment_status: AdminEvaluation['commentStatus']; created_at: string }>();
  return results.map((r) => ({ id: r.id, projectId: r.project_id, rating: r.rating, comment: r.comment, commentStatus: r.comment_status, createdAt: r.created_at }));
}

/** Publishes or rejects a pending comment; false when there is no pending comment with that id. */
export async function moderateEvaluation(db: D1Database, tenantId: string, id: number, to: 'published' | 'rejected'): Promise<boolean> {
  const result = await db
    .prepare(`UPDATE project_evaluations SET comment_status = ?3 WHERE tenant_id = ?1 AND id = ?2 AND comment_status = 'pending'`)
    .bind(tenantId, id, to)
    .run();
  return result.meta.changes > 0;
}
