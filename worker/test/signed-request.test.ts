/**
 * Signed server-to-server calls (docs/api.md "Signed server-to-server calls"), through the real
 * entrypoint with D1: a correct signature acts with the signed role; a wrong secret, a stale or
 * future timestamp, a replayed nonce, an altered body, path or role, malformed headers and a
 * tenant without a secret are all 401 problem+json. The signature is built here from the
 * documented format, independently of the worker's code, the way the WordPress plugin does.
 */
import { env } from 'cloudflare:test';
import { beforeEach, describe, expect, it } from 'vitest';
import type { IdeaEvent } from '@osallistu/contract';
import { call, json, seedFixture, submitIdea } from './fixture.js';

const SECRET = 'testcity-shared-secret-0123456789';
const encoder = new TextEncoder();

const hex = (buffer: ArrayBuffer) => [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');

async function hmacHex(secret: string, text: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return hex(await crypto.subtle.sign('HMAC', key, encoder.encode(text)));
}

interface SignOptions {
  method?: string;
  /** Path with query below https://api.test, e.g. /v1/testcity/admin/ideas?status=pending */
  path: string;
  body?: string;
  role?: string;
  secret?: string;
  timestamp?: number;
  nonce?: string;
}

/** The four headers of a signed call, built from the documented text. */
async function signedHeaders(o: SignOptions): Promise<Record<string, string>> {
  const timestamp = String(o.timestamp ?? Math.floor(Date.now() / 1000));
  const nonce = o.nonce ?? crypto.randomUUID().replace(/-/g, '');
  const role = o.role ?? 'moderator';
  const bodyHash = hex(await crypto.subtle.digest('SHA-256', encoder.encode(o.body ?? '')));
  const text = [(o.method ?? 'GET').toUpperCase(), o.path, bodyHash, timestamp, nonce, role].join('\n');
  return {
    'x-osallistu-timestamp': timestamp,
    'x-osallistu-nonce': nonce,
    'x-osallistu-role': role,
    'x-osallistu-signature': await hmacHex(o.secret ?? SECRET, text),
  };
}

const testcity = '/v1/testcity';

/** Sends a signed request; `send` overrides what is actually sent (to tamper after signing). */
async function signedCall(o: SignOptions, send: { path?: string; body?: string; headers?: Record<string, string> } = {}) {
  const headers = { ...(await signedHeaders(o)), ...send.headers };
  const body = send.body ?? o.body;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const path = send.path ?? o.path;
  return call(`https://api.test${path}`, { method: o.method ?? 'GET', rawBody: body, headers });
}

async function expectUnauthorized(response: Response, detail?: RegExp) {
  expect(response.status).toBe(401);
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const problem = await json<{ code: string; detail?: string }>(response);
  expect(problem.code).toBe('unauthorized');
  if (detail) expect(problem.detail).toMatch(detail);
}

beforeEach(async () => {
  await seedFixture();
  await env.DB.prepare(`UPDATE tenants SET signing_secret = ?1 WHERE id = 'testcity'`).bind(SECRET).run();
});

describe('a correct signature', () => {
  it('lists ideas as the signed role', async () => {
    await submitIdea();
    const response = await signedCall({ path: `${testcity}/admin/ideas?status=pending` });
    expect(response.status).toBe(200);
    const page = await json<{ items: { status: string }[] }>(response);
    expect(page.items.length).toBe(1);
    expect(page.items[0]?.status).toBe('pending');
  });

  it('publishes with a JSON body and records the signed actor', async () => {
    const id = await submitIdea();
    const response = await signedCall({ method: 'POST', path: `${testcity}/admin/ideas/${id}/publish`, body: '{}' });
    expect(response.status).toBe(200);
    const row = await env.DB.prepare(`SELECT actor FROM idea_events WHERE idea_id = ?1 AND kind = 'published'`).bind(id).first<{ actor: string }>();
    expect(row?.actor).toBe('signed:moderator');
    const events = await json<IdeaEvent[]>(await call(`/ideas/${id}/events`));
    expect(events.map((e) => e.kind)).toEqual(['submitted', 'published']);
  });

  it('rejects with a reason in the body', async () => {
    const id = await submitIdea();
    const body = JSON.stringify({ reason: 'Tämä ei kuulu osallistuvan budjetoinnin piiriin.' });
    const response = await signedCall({ method: 'POST', path: `${testcity}/admin/ideas/${id}/reject`, body });
    expect(response.status).toBe(200);
    expect((await json<{ status: string }>(response)).status).toBe('rejected');
  });

  it('meets the same role checks as a key: a signed reviewer cannot publish', async () => {
    const id = await submitIdea();
    const response = await signedCall({ method: 'POST', path: `${testcity}/admin/ideas/${id}/publish`, body: '{}', role: 'reviewer' });
    expect(response.status).toBe(403);
    expect((await json<{ code: string }>(response)).code).toBe('forbidden');
  });

  it('remembers the nonce', async () => {
    const nonce = 'remember-this-nonce-0001';
    expect((await signedCall({ path: `${testcity}/admin/ideas`, nonce })).status).toBe(200);
    const row = await env.DB.prepare('SELECT seen_at FROM request_nonces WHERE nonce LIKE ?1').bind(`%${nonce}`).first<{ seen_at: number }>();
    expect(row?.seen_at).toBeGreaterThan(Date.now() / 1000 - 60);
  });
});

describe('refused with 401', () => {
  it('a wrong secret', async () => {
    await expectUnauthorized(await signedCall({ path: `${testcity}/admin/ideas`, secret: 'not-the-secret' }), /signature/i);
  });

  it('a stale timestamp (more than 300 s old) and one from the future', async () => {
    // Margins of a minute either side: the clock moves on between calls on a loaded machine.
    const now = () => Math.floor(Date.now() / 1000);
    await expectUnauthorized(await signedCall({ path: `${testcity}/admin/ideas`, timestamp: now() - 360 }), /stale/i);
    await expectUnauthorized(await signedCall({ path: `${testcity}/admin/ideas`, timestamp: now() + 360 }), /stale/i);
    expect((await signedCall({ path: `${testcity}/admin/ideas`, timestamp: now() - 240 })).status).toBe(200);
  });

  it('a replayed request (same nonce), even with a fresh timestamp and signature', async () => {
    const nonce = 'replayed-nonce-000000001';
    const id = await submitIdea();
    const path = `${testcity}/admin/ideas/${id}/publish`;
    const headers = await signedHeaders({ method: 'POST', path, body: '{}', nonce });
    const first = await call(`https://api.test${path}`, { method: 'POST', rawBody: '{}', headers: { ...headers, 'content-type': 'application/json' } });
    expect(first.status).toBe(200);
    const replay = await call(`https://api.test${path}`, { method: 'POST', rawBody: '{}', headers: { ...headers, 'content-type': 'application/json' } });
    await expectUnauthorized(replay, /replay/i);
    await expectUnauthorized(await signedCall({ path: `${testcity}/admin/ideas`, nonce }), /replay/i);
  });

  it('an altered body', async () => {
    const id = await submitIdea();
    const signedBody = JSON.stringify({ reason: 'Alkuperäinen perustelu, joka allekirjoitettiin.' });
    const sentBody = JSON.stringify({ reason: 'Vaihdettu perustelu, jota ei allekirjoitettu.' });
    const response = await signedCall({ method: 'POST', path: `${testcity}/admin/ideas/${id}/reject`, body: signedBody }, { body: sentBody });
    await expectUnauthorized(response, /signature/i);
    const idea = await env.DB.prepare('SELECT status FROM ideas WHERE id = ?1').bind(id).first<{ status: string }>();
    expect(idea?.status).toBe('pending');
  });

  it('an altered path or query', async () => {
    const signed = { path: `${testcity}/admin/ideas?status=pending` };
    await expectUnauthorized(await signedCall(signed, { path: `${testcity}/admin/ideas?status=published` }));
    const id = await submitIdea();
    const other = await submitIdea({ title: 'Toinen idea samaan puistoon' });
    await expectUnauthorized(
      await signedCall({ method: 'POST', path: `${testcity}/admin/ideas/${id}/publish`, body: '{}' }, { path: `${testcity}/admin/ideas/${other}/publish` }),
    );
  });

  it('a role raised after signing', async () => {
    const response = await signedCall({ path: `${testcity}/admin/ideas`, role: 'reviewer' }, { headers: { 'x-osallistu-role': 'admin' } });
    await expectUnauthorized(response, /signature/i);
  });

  it('malformed headers: short nonce, unknown role, non-hex signature, missing timestamp', async () => {
    const path = `${testcity}/admin/ideas`;
    await expectUnauthorized(await signedCall({ path, nonce: 'short' }));
    await expectUnauthorized(await signedCall({ path, role: 'superuser' }));
    await expectUnauthorized(await signedCall({ path }, { headers: { 'x-osallistu-signature': 'z'.repeat(64) } }));
    await expectUnauthorized(await signedCall({ path }, { headers: { 'x-osallistu-timestamp': '' } }));
  });

  it('a tenant without a signing secret, and the secret of another tenant', async () => {
    await expectUnauthorized(await signedCall({ path: '/v1/other/admin/ideas' }), /not enabled/i);
    await env.DB.prepare(`UPDATE tenants SET signing_secret = 'the-other-tenants-secret-xyz' WHERE id = 'other'`).run();
    await expectUnauthorized(await signedCall({ path: '/v1/other/admin/ideas' }), /signature/i);
    expect((await signedCall({ path: '/v1/other/admin/ideas', secret: 'the-other-tenants-secret-xyz' })).status).toBe(200);
  });
});
