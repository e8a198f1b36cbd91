/**
 * Hourly (called from the scheduled handler): deletes follow requests left unconfirmed for 7
 * days, sends idea followers what happened since the last run, then deletes the follows of ideas
 * whose process has ended (its last phase is over) unless the idea lives on in a running project.
 */
import type { Env } from '../env.js';
import { notifyIdeaFollowers } from './notify-followers.js';

const week = 7 * 24 * 60 * 60 * 1000;

export async function progressHousekeeping(env: Env, now: Date): Promise<void> {
  await env.DB.prepare('DELETE FROM follows WHERE confirmed_at IS NULL AND created_at < ?1').bind(new Date(now.getTime() - week).toISOString()).run();
  await notifyIdeaFollowers(env);
  // Nothing more will happen to such an idea (a lost vote, a not-feasible review…): after its
  // last news above, the address goes.
  await env.DB.prepare(
    `DELETE FROM follows WHERE target = 'idea' AND target_id IN (
       SELECT i.id FROM ideas AS i JOIN processes AS p ON p.tenant_id = i.tenant_id AND p.id = i.process_id
       WHERE (SELECT MAX(json_extract(ph.value, '$.endsAt')) FROM json_each(p.phases) AS ph) < ?1
         AND NOT EXISTS (SELECT 1 FROM projects AS pr, json_each(pr.idea_ids) AS j
                         WHERE j.value = i.id AND pr.status NOT IN ('completed', 'cancelled')))`,
  )
    .bind(now.toISOString())
    .run();
}
