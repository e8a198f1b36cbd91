/**
 * Idempotency-Key on POSTs: a replay returns the first response and creates nothing; the same
 * key with another body is 422; a failed attempt frees the key; keys are per tenant and per caller
 * (credential), so nobody else gets a caller's stored answer.
 */
import { env } from 'cloudflare:test';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Idea } from '@osallistu/contract';
import { sha256Hex } from '../src/lib/crypto.js';
import { call, json, keys, publishedIdea, validIdea } from './fixture.js';
import { ballot, seedPb, voterToken } from './pb-fixture.js';

beforeEach(seedPb);

const count = async (sql: string) => (await env.DB.prepare(sql).first<{ n: number }>())?.n;

describe('idempotency', () => {
  it('replays the first idea for a retried submission and creates no duplicate', async () => {
    const headers = { 'idempotency-key': 'draft-1234-abcd' };
    const first = await call('/processes/pb-test/ideas', { body: validIdea, headers });
    expect(first.status).toBe(201);
    const idea = await json<Idea>(first);
    const again = await call('/processes/pb-test/ideas', { body: validIdea, headers });
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.headers.get('location')).toBe(`/v1/testcity/ideas/${idea.id}`);
    expect(first.headers.get('location')).toBe(`/v1/testcity/ideas/${idea.id}`);
    expect(await json<Idea>(again)).toEqual(idea);
    expect(await count('SELECT COUNT(*) AS n FROM ideas')).toBe(1);
    expect(await count("SELECT COUNT(*) AS n FROM idea_events WHERE kind = 'submitted'")).toBe(1);
  });

  it('refuses the same key with a different body or path with 422 idempotency-key-reused', async () => {
    const headers = { 'idempotency-key': 'draft-5678-efgh' };
    expect((await call('/processes/pb-test/ideas', { body: validIdea, headers })).status).toBe(201);
    const changed = await call('/processes/pb-test/ideas', { body: { ...validIdea, title: 'Eri otsikko kokonaan' }, headers });
    expect(changed.status).toBe(422);
    expect((await json(changed)).code).toBe('idempotency-key-reused');
    const id = await publishedIdea();
    const otherPath = await call(`/ideas/${id}/comments`, { body: { body: 'Hyvä idea!' }, headers });
    expect((await json(otherPath)).code).toBe('idempotency-key-reused');
    expect(await count("SELECT COUNT(*) AS n FROM ideas WHERE title = 'Eri otsikko kokonaan'")).toBe(0);
  });

  it('frees the key when the first attempt failed, so a corrected retry works', async () => {
    const headers = { 'idempotency-key': 'draft-fix-0001' };
    const bad = await call('/processes/pb-test/ideas', { body: { ...validIdea, consent: false }, headers });
    expect(bad.status).toBe(422);
    const good = await call('/processes/pb-test/ideas', { body: validIdea, headers });
    expect(good.status).toBe(201);
    expect(good.headers.get('idempotent-replayed')).toBeNull();
  });

  it('answers 409 while the first request is still in flight', async () => {
    await env.DB.prepare(
      `INSERT INTO idempotency_keys (tenant_id, key, method_path, body_hash, created_at) VALUES ('testcity', 'in-flight-key', 'POST /v1/testcity/processes/pb-test/ideas', ?2, ?1)`,
    )
      .bind(new Date().toISOString(), await sha256Hex(JSON.stringify(validIdea)))
      .run();
    const response = await call('/processes/pb-test/ideas', { body: validIdea, headers: { 'idempotency-key': 'in-flight-key' } });
    expect(response.status).toBe(409);
    expect((await json(response)).code).toBe('idempotency-key-in-flight');
  });

  it('frees a reservation whose request died without an answer a minute ago', async () => {
    await env.DB.prepare(
      `INSERT INTO idempotency_keys (tenant_id, key, method_path, body_hash, created_at) VALUES ('testcity', 'dead-flight-key', 'POST /v1/testcity/processes/pb-test/ideas', ?2, ?1)`,
    )
      .bind(new Date(Date.now() - 2 * 60_000).toISOString(), await sha256Hex(JSON.stringify(validIdea)))
      .run();
    const response = await call('/processes/pb-test/ideas', { body: validIdea, headers: { 'idempotency-key': 'dead-flight-key' } });
    expect(response.status).toBe(201);
    expect(response.headers.get('idempotent-replayed')).toBeNull();
  });

  it('forgets keys after 24 hours', async () => {
    await env.DB.prepare(
      `INSERT INTO idempotency_keys (tenant_id, key, method_path, body_hash, status, response_body, created_at) VALUES ('testcity', 'old-key-000', 'POST /x', 'x', 201, '{}', ?1)`,
    )
      .bind(new Date(Date.now() - 25 * 3600_000).toISOString())
      .run();
    const response = await call('/processes/pb-test/ideas', { body: validIdea, headers: { 'idempotency-key': 'old-key-000' } });
    expect(response.status).toBe(201);
    expect(response.headers.get('idempotent-replayed')).toBeNull();
  });

  it('validates the key itself', async () => {
    for (const [key, code] of [['short', 'too-short'], ['k'.repeat(101), 'too-long'], ['has space in it', 'invalid-value']] as const) {
      const response = await call('/processes/pb-test/ideas', { body: validIdea, headers: { 'idempotency-key': key } });
      expect(response.status).toBe(422);
      expect((await json(response)).errors).toEqual([expect.objectContaining({ path: 'Idempotency-Key', code })]);
    }
  });

  it('replays supports, comments and staff actions too', async () => {
    const id = await publishedIdea();
    const support = { body: { supporterId: 'browser-aaaa-bbbb-cccc' }, headers: { 'idempotency-key': 'support-key-1' } };
    expect((await call(`/ideas/${id}/supports`, support)).status).toBe(201);
    const replay = await call(`/ideas/${id}/supports`, support);
    expect(replay.status).toBe(201);
    expect(await json(replay)).toEqual({ supportCount: 1 });
    const reject = { key: keys.moderator, body: { reason: 'Ei kuulu budjettiin.' }, headers: { 'idempotency-key': 'reject-key-1' } };
    expect((await call(`/admin/ideas/${id}/reject`, reject)).status).toBe(200);
    const rejectAgain = await call(`/admin/ideas/${id}/reject`, reject);
    expect(rejectAgain.status).toBe(200);
    expect(rejectAgain.headers.get('idempotent-replayed')).toBe('true');
    expect(await count(`SELECT COUNT(*) AS n FROM idea_events WHERE kind = 'rejected'`)).toBe(1);
  });

  it('keeps keys apart per tenant', async () => {
    const headers = { 'idempotency-key': 'shared-key-123' };
    expect((await call('/processes/pb-test/ideas', { body: validIdea, headers })).status).toBe(201);
    // the same key at another tenant is a fresh request there (which has no such process)
    const other = await call('https://api.test/v1/other/processes/pb-test/ideas', { body: validIdea, headers });
    expect((await json(other)).code).toBe('process-not-found');
  });

  it("never replays a voter's receipt to another voter who sends the same key and body: theirs is cast instead", async () => {
    const [maija, mallory] = [await voterToken(), await voterToken()];
    const first = await ballot('vote', 'city', maija, ['c1', 'c2'], 'ballot-key-shared-1');
    expect(first.status).toBe(201);
    const receipt = (await json<{ receiptCode: string }>(first)).receiptCode;
    const other = await ballot('vote', 'city', mallory, ['c1', 'c2'], 'ballot-key-shared-1');
    expect(other.status).toBe(201);
    expect(other.headers.get('idempotent-replayed')).toBeNull();
    expect((await json<{ receiptCode: string }>(other)).receiptCode).not.toBe(receipt);
    expect(await count("SELECT COUNT(*) AS n FROM ballots WHERE process_id = 'vote' AND budget_id = 'city'")).toBe(2);
    // the same voter retrying still gets the first answer, and nothing new is stored
    const retry = await ballot('vote', 'city', maija, ['c1', 'c2'], 'ballot-key-shared-1');
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect((await json<{ receiptCode: string }>(retry)).receiptCode).toBe(receipt);
    expect(await count('SELECT COUNT(*) AS n FROM ballot_receipts')).toBe(2);
  });

  it('runs a request without a credential on its own, so it never replays an authenticated answer', async () => {
    const token = await voterToken();
    expect((await ballot('vote', 'city', token, ['c3'], 'ballot-key-anon-1')).status).toBe(201);
    const anonymous = await call('/processes/vote/budgets/city/ballot', { body: { proposalIds: ['c3'] }, headers: { 'idempotency-key': 'ballot-key-anon-1' } });
    expect(anonymous.status).toBe(401);
    expect((await json(anonymous)).code).toBe('voter-token-invalid');
    expect(await count('SELECT COUNT(*) AS n FROM ballots')).toBe(1);
  });

  it('keeps staff keys apart: another key replays nothing and acts on its own', async () => {
    const id = await publishedIdea();
    const body = { reason: 'Ei kuulu budjettiin.' };
    const headers = { 'idempotency-key': 'staff-key-shared-1' };
    expect((await call(`/admin/ideas/${id}/reject`, { key: keys.moderator, body, headers })).status).toBe(200);
    // the admin's own request runs: the idea is already rejected, so it is refused, not replayed
    const admin = await call(`/admin/ideas/${id}/reject`, { key: keys.admin, body, headers });
    expect(admin.status).toBe(409);
    expect(admin.headers.get('idempotent-replayed')).toBeNull();
    const again = await call(`/admin/ideas/${id}/reject`, { key: keys.moderator, body, headers });
    expect(again.status).toBe(200);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
  });

  it('stores a scope per caller, never the credential itself', async () => {
    const token = await voterToken();
    expect((await ballot('vote', 'city', token, ['c4'], 'ballot-key-scope-1')).status).toBe(201);
    const row = await env.DB.prepare("SELECT caller FROM idempotency_keys WHERE key = 'ballot-key-scope-1'").first<{ caller: string }>();
    expect(row?.caller).toMatch(/^auth:[0-9a-f]{64}$/);
    expect(row?.caller).not.toContain(token);
    expect((await call('/processes/pb-test/ideas', { body: validIdea, headers: { 'idempotency-key': 'idea-key-scope-1' } })).status).toBe(201);
    expect(await env.DB.prepare("SELECT caller FROM idempotency_keys WHERE key = 'idea-key-scope-1'").first('caller')).toBe('anonymous');
  });

  it('replays to the signing server across signatures, but not to the same role by API key', async () => {
    const secret = 'testcity-shared-secret-0123456789';
    await env.DB.prepare(`UPDATE tenants SET signing_secret = ?1 WHERE id = 'testcity'`).bind(secret).run();
    const id = await publishedIdea();
    const path = `/v1/testcity/admin/ideas/${id}/reject`;
    const body = JSON.stringify({ reason: 'Ei kuulu budjettiin.' });
    // every signed call has its own nonce and signature: the scope is the signed role, not the headers
    const signed = async () => {
      const hex = (b: ArrayBuffer) => [...new Uint8Array(b)].map((x) => x.toString(16).padStart(2, '0')).join('');
      const enc = new TextEncoder();
      const timestamp = String(Math.floor(Date.now() / 1000));
      const nonce = crypto.randomUUID().replace(/-/g, '');
      const text = ['POST', path, hex(await crypto.subtle.digest('SHA-256', enc.encode(body))), timestamp, nonce, 'moderator'].join('\n');
      const key = await crypto.subtle.importKey('raw', enc.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
      const signature = hex(await crypto.subtle.sign('HMAC', key, enc.encode(text)));
      return call(`https://api.test${path}`, {
        rawBody: body,
        headers: {
          'content-type': 'application/json',
          'idempotency-key': 'signed-key-0001',
          'x-osallistu-timestamp': timestamp,
          'x-osallistu-nonce': nonce,
          'x-osallistu-role': 'moderator',
          'x-osallistu-signature': signature,
        },
      });
    };
    expect((await signed()).status).toBe(200);
    const again = await signed();
    expect(again.status).toBe(200);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    const byKey = await call(`/admin/ideas/${id}/reject`, { key: keys.moderator, rawBody: body, headers: { 'content-type': 'application/json', 'idempotency-key': 'signed-key-0001' } });
    expect(byKey.status).toBe(409);
    expect(byKey.headers.get('idempotent-replayed')).toBeNull();
  });
});
