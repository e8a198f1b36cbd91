/**
 * Bad input on every POST/PUT/PATCH answers 4xx problem+json with the right code and field
 * errors, never 5xx: malformed JSON, wrong content type, oversized bodies, wrong types, over-long
 * text, unknown fields, missing consent.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { limits } from '@osallistu/contract';
import { call, json, keys, publishedIdea, seedFixture, validIdea } from './fixture.js';

beforeEach(seedFixture);

interface Target {
  name: string;
  method: string;
  path: () => Promise<string>;
  key?: string;
}

const targets: Target[] = [
  { name: 'idea', method: 'POST', path: async () => '/processes/pb-test/ideas' },
  { name: 'support', method: 'POST', path: async () => `/ideas/${await publishedIdea()}/supports` },
  { name: 'comment', method: 'POST', path: async () => `/ideas/${await publishedIdea()}/comments` },
  { name: 'reject idea', method: 'POST', path: async () => `/admin/ideas/${await publishedIdea()}/reject`, key: keys.admin },
  { name: 'edit idea', method: 'PATCH', path: async () => `/admin/ideas/${await publishedIdea()}`, key: keys.admin },
  { name: 'merge idea', method: 'POST', path: async () => `/admin/ideas/${await publishedIdea()}/merge`, key: keys.admin },
  { name: 'review idea', method: 'POST', path: async () => `/admin/ideas/${await publishedIdea()}/review`, key: keys.admin },
  { name: 'process', method: 'PUT', path: async () => '/admin/processes/pb-new', key: keys.admin },
  { name: 'theme', method: 'PUT', path: async () => '/admin/processes/pb-test/themes/new-theme', key: keys.admin },
  { name: 'area', method: 'PUT', path: async () => '/admin/areas/new-area', key: keys.admin },
  { name: 'api key', method: 'POST', path: async () => '/admin/api-keys', key: keys.admin },
];

async function problem(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toContain('application/problem+json');
  const body = await json(response);
  expect(body.code).toBe(code);
  expect(JSON.stringify(body)).not.toMatch(/at .*\.ts|stack/i);
  return body;
}

describe.each(targets)('$name ($method)', (target) => {
  const send = async (init: { rawBody?: string; body?: unknown; headers?: Record<string, string> }) =>
    call(await target.path(), { method: target.method, ...(target.key ? { key: target.key } : {}), ...init });

  it('answers 400 malformed-json to broken JSON', async () => {
    await problem(await send({ rawBody: '{"title": "x",', headers: { 'content-type': 'application/json' } }), 400, 'malformed-json');
  });

  it('answers 415 to a body that is not JSON', async () => {
    await problem(await send({ rawBody: 'title=x', headers: { 'content-type': 'application/x-www-form-urlencoded' } }), 415, 'unsupported-media-type');
    await problem(await send({ rawBody: '{}' }), 415, 'unsupported-media-type');
  });

  it('answers 413 to a body over 64 KiB, declared or not', async () => {
    const big = JSON.stringify({ title: 'x'.repeat(limits.bodyBytes) });
    await problem(await send({ rawBody: big, headers: { 'content-type': 'application/json' } }), 413, 'payload-too-large');
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 40; i++) controller.enqueue(new TextEncoder().encode('x'.repeat(2048)));
        controller.close();
      },
    });
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (target.key) headers.authorization = `Bearer ${target.key}`;
    const { SELF } = await import('cloudflare:test');
    const response = await SELF.fetch(`https://api.test/v1/testcity${await target.path()}`, { method: target.method, headers, body: stream, duplex: 'half' } as RequestInit);
    await problem(response, 413, 'payload-too-large');
  });

  it('answers 422 with field errors to wrong types, unknown fields and non-objects', async () => {
    const body = await problem(await send({ body: { unexpected: 1 } }), 422, 'validation-failed');
    expect(body.errors).toContainEqual({ path: 'unexpected', code: 'unknown-field' });
    await problem(await send({ body: [1, 2] }), 422, 'validation-failed');
    await problem(await send({ body: 'text' }), 422, 'validation-failed');
    await problem(await send({ body: null }), 422, 'validation-failed');
    await problem(await send({ rawBody: '' , headers: { 'content-type': 'application/json' } }), 422, 'validation-failed');
  });
});

describe('field errors of an idea', () => {
  const post = (body: unknown) => call('/processes/pb-test/ideas', { body });
  const errors = async (body: unknown) => {
    const response = await post(body);
    expect(response.status).toBe(422);
    return (await json(response)).errors as { path: string; code: string; limit?: number }[];
  };

  it('requires consent', async () => {
    expect(await errors({ ...validIdea, consent: undefined })).toContainEqual({ path: 'consent', code: 'required' });
    expect(await errors({ ...validIdea, consent: false })).toContainEqual({ path: 'consent', code: 'consent-required' });
  });

  it('reports over-long and too short text with the limit', async () => {
    expect(await errors({ ...validIdea, title: 'x'.repeat(121) })).toEqual([{ path: 'title', code: 'too-long', limit: 120 }]);
    expect(await errors({ ...validIdea, description: 'lyhyt' })).toEqual([{ path: 'description', code: 'too-short', limit: 20 }]);
    expect(await errors({ ...validIdea, authorName: 'n'.repeat(81) })).toEqual([{ path: 'authorName', code: 'too-long', limit: 80 }]);
    // limits count code points: 120 emoji are fine
    expect((await post({ ...validIdea, title: '🌳'.repeat(120) })).status).toBe(201);
  });

  it('reports wrong types, bad emails, bad points and control characters', async () => {
    expect(await errors({ ...validIdea, title: 42 })).toEqual([{ path: 'title', code: 'invalid-type' }]);
    expect(await errors({ ...validIdea, email: 'not-an-email' })).toEqual([{ path: 'email', code: 'invalid-email' }]);
    expect(await errors({ ...validIdea, location: { type: 'Point', coordinates: [200, 0] } })).toContainEqual(
      expect.objectContaining({ path: 'location.coordinates.0' }),
    );
    expect(await errors({ ...validIdea, title: 'Otsikko\u0007kello' })).toEqual([{ path: 'title', code: 'control-characters' }]);
    expect(await errors({ ...validIdea, lang: 'de' })).toEqual([{ path: 'lang', code: 'invalid-value' }]);
    expect(await errors({ ...validIdea, themeId: '../etc' })).toEqual([{ path: 'themeId', code: 'invalid-value' }]);
  });
});

describe('field errors of staff input', () => {
  it('requires a cost for a feasible idea and a reason for one that is not', async () => {
    const id = await publishedIdea();
    const feasible = await call(`/admin/ideas/${id}/review`, { key: keys.reviewer, body: { feasibility: 'feasible', responsibleUnit: 'Puistot' } });
    expect(feasible.status).toBe(422);
    expect((await json(feasible)).errors).toContainEqual({ path: 'costEur', code: 'required' });
    const notFeasible = await call(`/admin/ideas/${id}/review`, { key: keys.reviewer, body: { feasibility: 'not-feasible', responsibleUnit: 'Puistot' } });
    expect((await json(notFeasible)).errors).toContainEqual({ path: 'reason', code: 'required' });
    const negative = await call(`/admin/ideas/${id}/review`, { key: keys.reviewer, body: { feasibility: 'feasible', costEur: -1, responsibleUnit: 'Puistot' } });
    expect((await json(negative)).errors).toContainEqual({ path: 'costEur', code: 'out-of-range', limit: 0 });
  });

  it('refuses a process whose path and body ids differ or whose phases end before they start', async () => {
    const process = {
      id: 'pb-new',
      kind: 'participatory-budgeting',
      title: { fi: 'Uusi' },
      description: { fi: 'Kuvaus' },
      budgetEur: 1000,
      phases: [{ kind: 'ideation', startsAt: '2027-01-02T00:00:00.000Z', endsAt: '2027-01-01T00:00:00.000Z' }],
    };
    const wrongPath = await call('/admin/processes/other-id', { method: 'PUT', key: keys.admin, body: process });
    expect((await json(wrongPath)).errors).toEqual([{ path: 'id', code: 'invalid-value' }]);
    const backwards = await call('/admin/processes/pb-new', { method: 'PUT', key: keys.admin, body: process });
    expect((await json(backwards)).errors).toEqual([{ path: 'phases.0.endsAt', code: 'out-of-range' }]);
  });
});
