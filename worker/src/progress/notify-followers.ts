/**
 * Emails followers. A project's status change goes at once to the project's followers and to the
 * followers of the ideas it came from (once per address). Idea changes (published, rejected,
 * merged, reviewed) are sent by the scheduled handler (`notifyIdeaFollowers`), each change once.
 * Following ends, and the address is deleted right after the last message, when the followed
 * project ends (completed, cancelled) — for its ideas' followers too — or the followed idea is
 * merged or rejected. The last message says so instead of carrying an unsubscribe link.
 * A failing mail service never undoes the change: failures are logged.
 */
import { localize, type ProjectStatus } from '@osallistu/contract';
import type { Env } from '../env.js';
import { mailSender, type MailSender } from '../mail/mail-sender.js';
import { deleteFollow, deleteFollowersStatement, listFollowers, type FollowRow } from '../db/follows.js';
import type { ProjectRecord } from '../db/projects.js';
import { followMessages } from './follow-messages.js';
import { followToken } from './follow-token.js';
import { listUnsubscribeHeaders } from './list-unsubscribe.js';

export async function unsubscribeUrl(env: Env, f: Pick<FollowRow, 'id' | 'tenant_id' | 'link_base'>): Promise<string> {
  return `${f.link_base}/v1/${f.tenant_id}/follows/unsubscribe?token=${await followToken(env.HASH_SECRET, f.id)}`;
}

export async function notifyProjectStatus(env: Env, p: ProjectRecord, status: ProjectStatus, reason: string | null): Promise<number> {
  const followers = [
    ...(await listFollowers(env.DB, p.tenantId, 'project', [p.id])),
    ...(await listFollowers(env.DB, p.tenantId, 'idea', p.ideaIds)),
  ];
  const ended = status === 'completed' || status === 'cancelled';
  const seen = new Set<string>();
  let sent = 0;
  let mail: MailSender | null = null;
  try {
    mail = mailSender(env, p.tenantId);
  } catch (error) {
    // no sender configured: the change stands and the admin call succeeds; the log says why
    console.error('follow mail not sent', error instanceof Error ? error.message : String(error));
  }
  for (const f of mail ? followers : []) {
    if (seen.has(f.email)) continue;
    seen.add(f.email);
    const url = ended ? null : await unsubscribeUrl(env, f);
    const message = followMessages[f.lang].projectStatus(localize(p.title, f.lang), status, reason, url);
    try {
      await mail!.send({ to: f.email, ...message, ...(url ? { headers: listUnsubscribeHeaders(url) } : {}) });
      sent++;
    } catch (error) {
      console.error('follow mail failed', error instanceof Error ? error.message : String(error));
    }
  }
  if (ended) {
    await env.DB.batch([
      deleteFollowersStatement(env.DB, p.tenantId, 'project', p.id),
      ...p.ideaIds.map((id) => deleteFollowersStatement(env.DB, p.tenantId, 'idea', id)),
    ]);
  }
  return sent;
}

const ideaKinds = ['published', 'rejected', 'merged', 'reviewed'] as const;
/** After these an idea has no further story of its own: following it ends. */
const finalKinds = new Set<string>(['rejected', 'merged']);

/**
 * Sends each confirmed idea follower what happened since the last message (scheduled). At most
 * `batch` followers a run, only those with news, oldest first: a sent message moves the follower
 * on (or ends the follow), so the next run takes the rest.
 */
export async function notifyIdeaFollowers(env: Env, batch = 500): Promise<number> {
  const news = `FROM idea_events AS e WHERE e.idea_id = f.target_id AND e.id > f.last_event_id
                  AND e.kind IN ('published', 'rejected', 'merged', 'reviewed')`;
  const { results } = await env.DB.prepare(
    `SELECT f.*, i.title AS idea_title, (SELECT json_group_array(json_array(e.id, e.kind)) ${news}) AS news
     FROM follows AS f JOIN ideas AS i ON i.id = f.target_id
     WHERE f.target = 'idea' AND f.confirmed_at IS NOT NULL AND EXISTS (SELECT 1 ${news})
     ORDER BY f.created_at, f.id LIMIT ?1`,
  )
    .bind(batch)
    .all<FollowRow & { idea_title: string; news: string }>();
  let sent = 0;
  for (const f of results) {
    const news = JSON.parse(f.news) as [number, (typeof ideaKinds)[number]][];
    if (news.length === 0) continue;
    const texts = followMessages[f.lang];
    const ended = news.some(([, kind]) => finalKinds.has(kind));
    const url = ended ? null : await unsubscribeUrl(env, f);
    const message = texts.ideaChanged(f.idea_title, news.map(([, kind]) => texts.ideaEvents[kind]), url);
    try {
      await mailSender(env, f.tenant_id).send({ to: f.email, ...message, ...(url ? { headers: listUnsubscribeHeaders(url) } : {}) });
      sent++;
    } catch (error) {
      console.error('follow mail failed', error instanceof Error ? error.message : String(error));
      continue;
    }
    if (ended) await deleteFollow(env.DB, f.id);
    else await env.DB.prepare('UPDATE follows SET last_event_id = ?2 WHERE id = ?1').bind(f.id, Math.max(...news.map(([id]) => id))).run();
  }
  return sent;
}
