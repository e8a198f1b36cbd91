/**
 * Participatory budgeting's part of the scheduled handler: count every process whose voting has
 * ended since it was last counted (results stay hidden until then), and delete expired email
 * codes (with their plaintext addresses), expired voter tokens and old dev-outbox messages.
 */
import { resultsComputedAt } from '../db/budget-results.js';
import { computeResults } from './compute-results.js';
import { votingEnded, votingPhase } from './voting-window.js';
import type { Phase } from '@osallistu/contract';

export async function pbHousekeeping(db: D1Database, now: Date): Promise<void> {
  const at = now.toISOString();
  await db.batch([
    db.prepare('DELETE FROM email_codes WHERE expires_at <= ?1').bind(at),
    db.prepare('DELETE FROM voter_sessions WHERE expires_at <= ?1').bind(at),
    db.prepare('DELETE FROM dev_outbox WHERE created_at < ?1').bind(new Date(now.getTime() - 7 * 24 * 3600 * 1000).toISOString()),
  ]);
  const { results } = await db
    .prepare("SELECT DISTINCT p.tenant_id, p.id, p.phases FROM processes AS p JOIN budgets AS b ON b.tenant_id = p.tenant_id AND b.process_id = p.id")
    .all<{ tenant_id: string; id: string; phases: string }>();
  for (const row of results) {
    const process = { phases: JSON.parse(row.phases) as Phase[] };
    if (!votingEnded(process, now)) continue;
    const computed = await resultsComputedAt(db, row.tenant_id, row.id);
    if (computed === null || computed < (votingPhase(process)?.endsAt ?? '')) await computeResults(db, row.tenant_id, row.id, now);
  }
}
