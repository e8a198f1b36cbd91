/**
 * Following by email (`/v1/{tenant}/follows`), double opt-in:
 * - `POST /follows` `{target, id, email, lang?}` → 202, and a confirmation email (local mode: the
 *   dev outbox);
 * - `followLinks`, the pages behind the links in those emails, in the follower's language:
 *   `GET /follows/confirm?token=` shows a button; its `POST` confirms (mail scanners GET every
 *   link, so a GET must not confirm). `GET /follows/unsubscribe?token=` shows a button; a `POST`
 *   (the button, or a mail client's RFC 8058 one-click `List-Unsubscribe=One-Click`) deletes the
 *   follow and its address at once, no login.
 * `followLinks` is mounted before the JSON API (app.ts): its POSTs come from an HTML form on the
 * API's own origin or from a mail provider, with a form body, not JSON, and need no CORS.
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
import { requestMailSender } from '../mail/mail-sender.js';
import { followMessages, followPage } from '../progress/follow-messages.js';
import { followIdOf, followToken } from '../progress/follow-token.js';
import { listUnsubscribeHeaders } from '../progress/list-unsubscribe.js';
import { tenant } from '../middleware/tenant.js';

async function followOfToken(c: Context<AppEnv>) {
  const id = await followIdOf(c.env.HASH_SECRET, c.req.query('token') ?? '');
  const follow = id ? await getFollow(c.env.DB, id) : null;
  return follow && follow.tenant_id === c.var.tenant.id ? follow : null;
}

/** The link's own query string: the page's button POSTs back to the link it was opened with. */
const selfAction = (c: Context<AppEnv>) => `?token=${encodeURIComponent(c.req.query('token') ?? '')}`;
const invalid = () => followPage('fi', followMessages.fi.pages.invalid, 404);

// `tenant` per route, not `.use()`: that would run it a second time for the JSON `POST /follows`.
export const followLinks = new Hono<AppEnv>()
  .get('/confirm', tenant, async (c) => {
    const follow = await followOfToken(c);
    if (!follow) return invalid();
    const pages = followMessages[follow.lang].pages;
    return follow.confirmed_at ? followPage(follow.lang, pages.confirmed) : followPage(follow.lang, pages.confirm, 200, selfAction(c));
  })
  .post('/confirm', tenant, async (c) => {
    const follow = await followOfToken(c);
    if (!follow) return invalid();
    await confirmFollow(c.env.DB, follow.id, nowIso());
    return followPage(follow.lang, followMessages[follow.lang].pages.confirmed);
  })
  .get('/unsubscribe', tenant, async (c) => {
    const follow = await followOfToken(c);
    if (!follow) return invalid();
    return followPage(follow.lang, followMessages[follow.lang].pages.unsubscribe, 200, selfAction(c));
  })
  .post('/unsubscribe', tenant, async (c) => {
    const follow = await followOfToken(c);
    if (!follow) return invalid();
    await deleteFollow(c.env.DB, follow.id);
    return followPage(follow.lang, followMessages[follow.lang].pages.unsubscribed);
  });

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
    // Before anything is stored: without a sender the address is not kept (503 mail-unavailable).
    const mail = requestMailSender(c.env, tenantId);
    const id = existing?.id ?? randomId(20);
    const linkBase = new URL(c.req.url).origin;
    await createFollow(db, { id, tenantId, target: input.target, targetId: input.id, email, lang, linkBase, lastEventId }, nowIso());
    const token = await followToken(c.env.HASH_SECRET, id);
    const url = `${linkBase}/v1/${tenantId}/follows/confirm?token=${token}`;
    // Not wanted after all: one click deletes the pending request (and the address) at once.
    const headers = listUnsubscribeHeaders(`${linkBase}/v1/${tenantId}/follows/unsubscribe?token=${token}`);
    try {
      await mail.send({ to: email, ...followMessages[lang].confirm(title, url), headers });
    } catch (error) {
      // Not sent: a new request leaves no address behind; the resident's form keeps it to retry.
      if (!existing) await deleteFollow(db, id);
      throw error;
    }
    return c.json(body, 202);
  });
