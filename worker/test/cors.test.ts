/**
 * CORS allow-list per tenant, preflight, loopback origins in local mode, public element bundles.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { SELF } from 'cloudflare:test';
import { originAllowed } from '../src/middleware/cors.js';
import { call, json, origin, seedFixture, validIdea } from './fixture.js';

beforeEach(seedFixture);

describe('CORS', () => {
  it('gives an allowed origin the CORS headers, on success and on errors', async () => {
    const ok = await call('/processes', { origin });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('access-control-allow-origin')).toBe(origin);
    expect(ok.headers.get('vary')).toContain('Origin');
    const error = await call('/processes/nope', { origin });
    expect(error.status).toBe(404);
    expect(error.headers.get('access-control-allow-origin')).toBe(origin);
    const created = await call('/processes/pb-test/ideas', { origin, body: validIdea });
    expect(created.status).toBe(201);
    expect(created.headers.get('access-control-allow-origin')).toBe(origin);
    expect(created.headers.get('access-control-expose-headers')).toContain('Idempotent-Replayed');
  });

  it('refuses a disallowed origin with 403 origin-not-allowed and creates nothing', async () => {
    const read = await call('/processes', { origin: 'https://evil.example' });
    expect(read.status).toBe(403);
    expect(read.headers.get('access-control-allow-origin')).toBeNull();
    expect((await json(read)).code).toBe('origin-not-allowed');
    const write = await call('/processes/pb-test/ideas', { origin: 'https://city.example.evil.example', body: validIdea });
    expect(write.status).toBe(403);
    const list = await json(await call('/admin/ideas', { key: 'osk_testadminkey00000000000000000000000001' }));
    expect(list.items).toHaveLength(0);
  });

  it('allows requests without Origin (server to server)', async () => {
    const response = await call('/processes');
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('vary')).toContain('Origin');
  });

  it('answers preflight for an allowed origin and refuses it for others', async () => {
    const preflight = await call('/processes/pb-test/ideas', {
      method: 'OPTIONS',
      origin,
      headers: { 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, idempotency-key' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(origin);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/Idempotency-Key/);
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
    const refused = await call('/processes/pb-test/ideas', { method: 'OPTIONS', origin: 'https://evil.example', headers: { 'access-control-request-method': 'POST' } });
    expect(refused.status).toBe(403);
  });

  it('admits loopback origins on any port in local mode only', () => {
    expect(originAllowed('http://127.0.0.1:8000', [], 'local')).toBe(true);
    expect(originAllowed('http://localhost:5173', [], 'local')).toBe(true);
    expect(originAllowed('http://localhost', [], 'local')).toBe(true);
    expect(originAllowed('http://localhost:5173', [], 'production')).toBe(false);
    expect(originAllowed('http://localhost.evil.example', [], 'local')).toBe(false);
    expect(originAllowed('https://127.0.0.1:8000', [], 'local')).toBe(false);
    expect(originAllowed('https://www.kuopio.fi', ['https://www.kuopio.fi'], 'production')).toBe(true);
  });

  it('admits a loopback origin through the worker in local mode', async () => {
    const response = await call('/processes', { origin: 'http://127.0.0.1:8000' });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:8000');
  });
});

describe('assets', () => {
  it('serves element bundles to any site', async () => {
    const response = await SELF.fetch('https://api.test/elements/osallistu.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('cache-control')).toContain('max-age');
  });

  it('serves the demo page without CORS headers and refuses writes to assets', async () => {
    const page = await SELF.fetch('https://api.test/');
    expect(page.status).toBe(200);
    expect(page.headers.get('access-control-allow-origin')).toBeNull();
    const post = await SELF.fetch('https://api.test/elements/osallistu.js', { method: 'POST', body: 'x' });
    expect(post.status).toBe(405);
  });
});
