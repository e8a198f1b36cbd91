/**
 * Supports (once per browser, rate-limited per IP, counted in the same batch) and comments
 * (pending until a moderator publishes them; comment_count follows).
 */
import { env } from 'cloudflare:test';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AdminComment, Comment, Idea, Page } from '@osallistu/contract';
import { hitRateLimit } from '../src/db/rate-limits.js';
import { addSupport } from '../src/db/supports.js';
import { parseLimit } from '../src/middleware/rate-limit.js';
import { call, json, keys, publishedIdea, seedFixture, submitIdea } from './fixture.js';

beforeEach(seedFixture);

const support = (id: string, supporterId: string, headers: Record<string, string> = {}) =>
  call(`/ideas/${id}/supports`, { body: { supporterId }, headers });

describe('supports', () => {
  it('counts one support per browser and keeps the count on the idea', async () => {
    const id = await publishedIdea();
    const first = await support(id, 'browser-one-0000000001');
    expect(first.status).toBe(201);
    expect(await json(first)).toEqual({ supportCount: 1 });
    const twice = await support(id, 'browser-one-0000000001');
    expect(twice.status).toBe(409);
    expect((await json(twice)).code).toBe('already-supported');
    expect(await json(await support(id, 'browser-two-0000000002'))).toEqual({ supportCount: 2 });
    expect((await json<Idea>(await call(`/ideas/${id}`))).supportCount).toBe(2);
    // the supporter id is kept only as an HMAC
    const rows = await env.DB.prepare('SELECT supporter_hash FROM supports WHERE idea_id = ?1').bind(id).all<{ supporter_hash: string }>();
    expect(rows.results.every((r) => /^[0-9a-f]{64}$/.test(r.supporter_hash) && !r.supporter_hash.includes('browser'))).toBe(true);
  });

  it('supports only published ideas', async () => {
    const pending = await submitIdea();
    expect((await support(pending, 'browser-three-000000003')).status).toBe(404);
    const rejected = await publishedIdea();
    await call(`/admin/ideas/${rejected}/reject`, { key: keys.moderator, body: { reason: 'Ei kuulu tähän.' } });
    const response = await support(rejected, 'browser-three-000000003');
    expect(response.status).toBe(409);
    expect((await json(response)).code).toBe('invalid-transition');
    expect((await support('nope', 'browser-three-000000003')).status).toBe(404);
  });

  it('refuses malformed supporter ids', async () => {
    const id = await publishedIdea();
    const response = await support(id, 'short');
    expect(response.status).toBe(422);
    expect((await json(response)).errors).toEqual([{ path: 'supporterId', code: 'invalid-value' }]);
  });

  it('does not double count at the query level', async () => {
    const id = await publishedIdea();
    expect(await addSupport(env.DB, id, 'h1', new Date().toISOString())).toEqual({ ok: true, supportCount: 1 });
    expect(await addSupport(env.DB, id, 'h1', new Date().toISOString())).toEqual({ ok: false });
    const row = await env.DB.prepare('SELECT support_count FROM ideas WHERE id = ?1').bind(id).first<{ support_count: number }>();
    expect(row?.support_count).toBe(1);
  });
});

describe('rate limits', () => {
  it('parses limits and falls back to the default', () => {
    expect(parseLimit('5/60', '1/1')).toEqual({ count: 5, seconds: 60 });
    expect(parseLimit('nonsense', '20/3600')).toEqual({ count: 20, seconds: 3600 });
    expect(parseLimit(undefined, '20/3600')).toEqual({ count: 20, seconds: 3600 });
  });

  it('answers 429 with Retry-After once an IP used up its window', async () => {
    const id = await publishedIdea();
    // fill the current window of this IP to the test limit (1000), then one more is refused
    const ip = { 'cf-connecting-ip': '203.0.113.7' };
    expect((await support(id, 'browser-rate-000000000', ip)).status).toBe(201);
    await env.DB.prepare("UPDATE rate_limits SET count = 1000 WHERE bucket LIKE 'supports:testcity:%'").run();
    const limited = await support(id, 'browser-rate-000000001', ip);
    expect(limited.status).toBe(429);
    const retry = Number(limited.headers.get('retry-after'));
    expect(retry).toBeGreaterThan(0);
    expect(await json(limited)).toMatchObject({ code: 'rate-limited', retryAfter: retry });
    // another IP is not affected
    expect((await support(id, 'browser-rate-000000002', { 'cf-connecting-ip': '198.51.100.1' })).status).toBe(201);
  });

  it('limits idea submissions and comments per IP too', async () => {
    const id = await publishedIdea();
    await env.DB.prepare("UPDATE rate_limits SET count = 1000 WHERE bucket LIKE 'ideas:testcity:%'").run();
    const idea = await call('/processes/pb-test/ideas', { body: { title: 'Vielä yksi idea', description: 'Kuvaus, joka on tarpeeksi pitkä.', themeId: 'parks', consent: true } });
    expect(idea.status).toBe(429);
    await call(`/ideas/${id}/comments`, { body: { body: 'Ensimmäinen kommentti' } });
    await env.DB.prepare("UPDATE rate_limits SET count = 1000 WHERE bucket LIKE 'comments:testcity:%'").run();
    expect((await call(`/ideas/${id}/comments`, { body: { body: 'Toinen kommentti' } })).status).toBe(429);
  });

  it('counts a fixed window at the query level', async () => {
    expect(await hitRateLimit(env.DB, 'b1', 100)).toBe(1);
    expect(await hitRateLimit(env.DB, 'b1', 100)).toBe(2);
    expect(await hitRateLimit(env.DB, 'b2', 100)).toBe(1);
  });
});

describe('comments', () => {
  it('waits for moderation, then shows published comments oldest first and counts them', async () => {
    const id = await publishedIdea();
    const created = await call(`/ideas/${id}/comments`, { body: { body: '  Hyvä idea!  ', authorName: 'Pekka' } });
    expect(created.status).toBe(201);
    const comment = await json<Comment>(created);
    expect(comment).toMatchObject({ ideaId: id, body: 'Hyvä idea!', authorName: 'Pekka', status: 'pending' });
    const second = await json<Comment>(await call(`/ideas/${id}/comments`, { body: { body: 'Kannatan.' } }));
    expect((await json<Page<Comment>>(await call(`/ideas/${id}/comments`))).items).toHaveLength(0);

    const queue = await json<Page<AdminComment>>(await call('/admin/comments?status=pending', { key: keys.moderator }));
    expect(queue.items.map((c) => c.id)).toEqual([comment.id, second.id]);
    expect(queue.items[0]?.ideaTitle).toBeTruthy();

    const published = await call(`/admin/comments/${comment.id}/publish`, { method: 'POST', key: keys.moderator });
    expect(published.status).toBe(200);
    expect((await json<AdminComment>(published)).status).toBe('published');
    await call(`/admin/comments/${second.id}/publish`, { method: 'POST', key: keys.admin });
    const page = await json<Page<Comment>>(await call(`/ideas/${id}/comments`));
    expect(page.items.map((c) => c.id)).toEqual([comment.id, second.id]);
    expect((await json<Idea>(await call(`/ideas/${id}`))).commentCount).toBe(2);

    // rejecting a published comment takes it off the idea and off the count
    const rejected = await call(`/admin/comments/${second.id}/reject`, { key: keys.moderator, body: { reason: 'Asiaton kommentti.' } });
    expect(await json<AdminComment>(rejected)).toMatchObject({ status: 'rejected', rejectionReason: 'Asiaton kommentti.' });
    expect((await json<Idea>(await call(`/ideas/${id}`))).commentCount).toBe(1);
    expect((await json<Page<Comment>>(await call(`/ideas/${id}/comments`))).items).toHaveLength(1);
  });

  it('refuses moderation transitions that make no sense', async () => {
    const id = await publishedIdea();
    const comment = await json<Comment>(await call(`/ideas/${id}/comments`, { body: { body: 'Kommentti' } }));
    await call(`/admin/comments/${comment.id}/reject`, { key: keys.moderator, body: { reason: 'Ei asiallinen.' } });
    const publish = await call(`/admin/comments/${comment.id}/publish`, { method: 'POST', key: keys.moderator });
    expect(publish.status).toBe(409);
    expect((await json(publish)).code).toBe('invalid-transition');
    const rejectAgain = await call(`/admin/comments/${comment.id}/reject`, { key: keys.moderator, body: { reason: 'Ei asiallinen.' } });
    expect(rejectAgain.status).toBe(409);
    expect((await json<Idea>(await call(`/ideas/${id}`))).commentCount).toBe(0);
    const missing = await call('/admin/comments/nope/publish', { method: 'POST', key: keys.moderator });
    expect((await json(missing)).code).toBe('comment-not-found');
  });

  it('takes comments only on published ideas, and pages comments', async () => {
    const pending = await submitIdea();
    expect((await call(`/ideas/${pending}/comments`, { body: { body: 'Kommentti' } })).status).toBe(404);
    expect((await call(`/ideas/${pending}/comments`)).status).toBe(404);
    const id = await publishedIdea();
    for (let i = 0; i < 3; i++) {
      const c = await json<Comment>(await call(`/ideas/${id}/comments`, { body: { body: `Kommentti ${i}` } }));
      await call(`/admin/comments/${c.id}/publish`, { method: 'POST', key: keys.moderator });
    }
    const first = await json<Page<Comment>>(await call(`/ideas/${id}/comments?limit=2`));
    expect(first.items.map((c) => c.body)).toEqual(['Kommentti 0', 'Kommentti 1']);
    const rest = await json<Page<Comment>>(await call(`/ideas/${id}/comments?limit=2&cursor=${first.nextCursor}`));
    expect(rest.items.map((c) => c.body)).toEqual(['Kommentti 2']);
    expect(rest.nextCursor).toBeNull();
    const bad = await call(`/ideas/${id}/comments`, { body: { body: 'x' } });
    expect((await json(bad)).errors).toEqual([{ path: 'body', code: 'too-short', limit: 2 }]);
    const long = await call(`/ideas/${id}/comments`, { body: { body: 'x'.repeat(2001) } });
    expect((await json(long)).errors).toEqual([{ path: 'body', code: 'too-long', limit: 2000 }]);
  });
});
