/**
 * Following by email (`/v1/{tenant}/follows`), double opt-in:
 * `POST /follows` `{target, id, email, lang?}` → 202, and a confirmation email (local mode: the
 * dev outbox). `GET /follows/confirm?token=` confirms; `GET|POST /follows/unsubscribe?token=`
 * deletes the address at once: no login, one click (RFC 8058 mail clients POST). Both answer
 * with a small HTML page in the follower's language.
 */
import { Hono } from 'hono';
import type { Context } from 'hono';
import { FollowInputSchema, localize, type FollowRequested } from '@osallistu/contract';
import type { AppEnv } from '../env.js';
import { confirmFollow, createFollow, deleteFollow, findFollow, getFollow } from '../db/follows.js';
import { getProjectRecord } from '../db/projects.js';
import { getIdea } from '../db/ideas.js';
import { validate } from '../middleware/validate.js';
import { rateLimit } from '../middleware/rate-limit.js';
import { fieldProblem } from '../lib/problem-error.js';
import { nowIso } from '../lib/now.js';
import { randomId } from '../lib/crypto.js';
import { mailSender } from '../mail/mail-sender.js';
import { followMessages, followPage } from '../progress/follow-messages.js';
import { followIdOf, followToken } from '../progress/follow-token.js';

async function followOfToken(c: Context<AppEnv>) {
  const id = await followIdOf(c.env.HASH_SECRET, c.req.query('token') ?? '');
  const follow = id ? await getFollow(c.env.DB, id) : null;
  return follow && follow.tenant_id === c.var.tenant.id ? follow : null;
}

async function unsubscribe(c: Context<AppEnv>) {
  const follow = await followOfToken(c);
  if (!follow) return followPage('fi', followMessages.fi.pages.invalid, 404);
  await deleteFollow(c.env.DB, follow.id);
  return followPage(follow.lang, followMessages[follow.lang].pages.unsubscribed);
}

export const follows = new Hono<AppEnv>()
  .post('/', validate('json', FollowInputSchema), rateLimit('comments'), async (c) => {
    const db = c.env.DB;
    const tenantId = c.var.tenant.id;
    const input = c.req.valid('json');
    const lang = input.lang ?? 'fi';
    let title: string | null = null;
    let lastEventId = 0;
    if (input.target === 'project') {
      const project = await getProjectRecord(db, tenantId, input.id);
      if (project && project.status !== 'completed' && project.status !== 'cancelled') title = localize(project.title, lang);
    } else {
      const idea = await getIdea(db, tenantId, input.id);
      if (idea && idea.status !== 'pending' && idea.status !== 'rejected' && idea.status !== 'merged') {
        title = idea.title;
        const row = await db.prepare('SELECT COALESCE(MAX(id), 0) AS n FROM idea_events WHERE idea_id = ?1').bind(idea.id).first<{ n: number }>();
        lastEventId = row?.n ?? 0;
      }
    }
    if (title === null) throw fieldProblem([{ path: 'id', code: 'invalid-value', detail: 'nothing to follow with this id (unknown or ended)' }]);
    const email = input.email.toLowerCase();
    const existing = await findFollow(db, tenantId, input.target, input.id, email);
    const body: FollowRequested = { status: 'confirmation-sent' };
    // Already confirmed: say the same thing and send nothing (no probing who follows what).
    if (existing?.confirmed_at) return c.json(body, 202);
    const id = existing?.id ?? randomId(20);
    const linkBase = new URL(c.req.url).origin;
    await createFollow(db, { id, tenantId, target: input.target, targetId: input.id, email, lang, linkBase, lastEventId }, nowIso());
    const url = `${linkBase}/v1/${tenantId}/follows/confirm?token=${await followToken(c.env.HASH_SECRET, id)}`;
    await mailSender(c.env, tenantId).send({ to: email, ...followMessages[lang].confirm(title, url) });
    return c.json(body, 202);
  })
  .get('/confirm', async (c) => {
    const follow = await followOfToken(c);
    if (!follow) return followPage('fi', followMessages.fi.pages.invalid, 404);
    await confirmFollow(c.env.DB, follow.id, nowIso());
    return followPage(follow.lang, followMessages[follow.lang].pages.confirmed);
  })
  .get('/unsubscribe', unsubscribe)
  .post('/unsubscribe', unsubscribe);
