/**
 * The OpenAPI 3.1 document, the catch-all error handling (never a stack trace), the bench
 * baseline endpoint, and the scheduled housekeeping.
 */
import { createExecutionContext, createScheduledController, env, SELF, waitOnExecutionContext } from 'cloudflare:test';
import { beforeEach, describe, expect, it } from 'vitest';
import worker from '../src/index.js';
import { app } from '../src/app.js';
import { call, json, seedFixture, validIdea } from './fixture.js';

beforeEach(seedFixture);

interface OpenApi {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, Record<string, { responses: Record<string, unknown>; requestBody?: unknown; parameters?: unknown[] }>>;
  components: { schemas: Record<string, Record<string, unknown>> };
}

describe('GET /v1/openapi.json', () => {
  it('is an OpenAPI 3.1 document with every route of docs/api.md', async () => {
    const response = await SELF.fetch('https://api.test/v1/openapi.json');
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const doc = await json<OpenApi>(response);
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info.title).toBeTruthy();
    const routes = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    // later issues add their own routes; these are the ones of docs/api.md's idea API
    expect(routes).toEqual(
      expect.arrayContaining([
        'GET /v1/{tenant}',
        'GET /v1/{tenant}/processes',
        'GET /v1/{tenant}/processes/{process}',
        'GET /v1/{tenant}/processes/{process}/themes',
        'GET /v1/{tenant}/areas',
        'GET /v1/{tenant}/processes/{process}/ideas',
        'POST /v1/{tenant}/processes/{process}/ideas',
        'GET /v1/{tenant}/ideas/{id}',
        'GET /v1/{tenant}/ideas/{id}/events',
        'POST /v1/{tenant}/ideas/{id}/supports',
        'GET /v1/{tenant}/ideas/{id}/comments',
        'POST /v1/{tenant}/ideas/{id}/comments',
        'GET /v1/{tenant}/admin/ideas',
        'GET /v1/{tenant}/admin/ideas/{id}',
        'PATCH /v1/{tenant}/admin/ideas/{id}',
        'POST /v1/{tenant}/admin/ideas/{id}/publish',
        'POST /v1/{tenant}/admin/ideas/{id}/reject',
        'POST /v1/{tenant}/admin/ideas/{id}/merge',
        'POST /v1/{tenant}/admin/ideas/{id}/review',
        'GET /v1/{tenant}/admin/comments',
        'POST /v1/{tenant}/admin/comments/{id}/publish',
        'POST /v1/{tenant}/admin/comments/{id}/reject',
        'PUT /v1/{tenant}/admin/processes/{process}',
        'PUT /v1/{tenant}/admin/processes/{process}/themes/{theme}',
        'PUT /v1/{tenant}/admin/areas/{area}',
        'POST /v1/{tenant}/admin/api-keys',
      ]),
    );
    // every $ref points at a schema that exists
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/(schemas|parameters)\/([^"]+)"/g)];
    expect(refs.length).toBeGreaterThan(20);
    for (const [, kind, name] of refs) {
      expect((doc.components as unknown as Record<string, Record<string, unknown>>)[kind!]![name!], `${kind}/${name}`).toBeDefined();
    }
    // request schemas come from the contract: strict objects with limits
    const ideaInput = doc.components.schemas.IdeaInput as { properties: Record<string, Record<string, unknown>>; required: string[]; additionalProperties: boolean };
    expect(ideaInput.required).toEqual(expect.arrayContaining(['title', 'description', 'themeId', 'consent']));
    expect(ideaInput.additionalProperties).toBe(false);
    expect(Object.keys(ideaInput.properties)).toEqual(expect.arrayContaining(['title', 'email', 'location']));
    expect(doc.components.schemas.Problem).toBeDefined();
  });
});

/**
 * `METHOD /path/{param}` of every route the Hono app serves: middleware and catch-alls (`ALL …*`)
 * and the local-mode benchmark routes (`/v1/_bench`, 404 in production) are not API routes.
 * Hono's `:name` and `:name{regex}` become OpenAPI's `{name}`.
 */
function servedRoutes(): string[] {
  const routes = app.routes
    .filter((r) => !(r.method === 'ALL' && r.path.endsWith('*')))
    .filter((r) => !r.path.startsWith('/v1/_bench'))
    .map((r) => `${r.method} ${r.path.replace(/:([A-Za-z0-9_]+)(\{(?:[^{}]|\{[^{}]*\})*\})?/g, '{$1}')}`);
  return [...new Set(routes)].sort();
}

async function documentedRoutes(): Promise<string[]> {
  const doc = await json<OpenApi>(await SELF.fetch('https://api.test/v1/openapi.json'));
  return Object.entries(doc.paths)
    .flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`))
    .sort();
}

describe('the OpenAPI document and the app', () => {
  it('documents every route the app serves (a new route needs its entry in src/openapi/)', async () => {
    const served = servedRoutes();
    expect(served.length).toBeGreaterThan(60);
    expect(served).toContain('POST /v1/{tenant}/processes/{process}/budgets/{budget}/ballot');
    expect(served).toContain('GET /v1/{tenant}/processes/{process}/budgets/{budget}/{file}');
    const documented = new Set(await documentedRoutes());
    expect(served.filter((route) => !documented.has(route))).toEqual([]);
  });

  it('documents no route the app does not serve', async () => {
    const served = new Set(servedRoutes());
    expect((await documentedRoutes()).filter((route) => !served.has(route))).toEqual([]);
  });

  it('describes the voter token, idempotency and the contract schemas of the budgeting, progress and survey routes', async () => {
    const doc = await json<OpenApi & { components: { securitySchemes: Record<string, unknown> } }>(await SELF.fetch('https://api.test/v1/openapi.json'));
    const ballot = doc.paths['/v1/{tenant}/processes/{process}/budgets/{budget}/ballot']!.post as unknown as { security: object[]; parameters: { $ref?: string }[] };
    expect(ballot.security).toEqual([{ voterToken: [] }]);
    expect(ballot.parameters).toContainEqual({ $ref: '#/components/parameters/idempotencyKey' });
    expect(doc.components.securitySchemes.voterToken).toMatchObject({ type: 'http', scheme: 'bearer' });
    const ballotInput = doc.components.schemas.BallotInput as { properties: Record<string, unknown>; additionalProperties: boolean };
    expect(Object.keys(ballotInput.properties)).toEqual(['proposalIds']);
    expect(ballotInput.additionalProperties).toBe(false);
    for (const name of ['VerifyInput', 'BudgetInput', 'ProjectInput', 'FollowInput', 'SurveyInput', 'SurveyResponseInput']) {
      // converted from valibot: an object schema, or a union of them (VerifyInput: email | printed)
      const schema = doc.components.schemas[name] as { type?: string; anyOf?: { type: string }[]; oneOf?: { type: string }[] };
      expect(schema.type ?? (schema.anyOf ?? schema.oneOf)?.[0]?.type, name).toBe('object');
    }
    expect(JSON.stringify(doc.components.schemas.VerifyInput)).toContain('declaration');
  });
});

describe('errors', () => {
  it('answers an unexpected failure with a bare 500 internal problem, no detail or stack', async () => {
    await env.DB.prepare('DROP TABLE themes').run();
    const response = await call('/processes/pb-test/themes');
    expect(response.status).toBe(500);
    const body = await json(response);
    expect(body).toEqual({ type: 'https://osallistu.fi/problems/internal', title: 'Internal error', status: 500, code: 'internal' });
    const post = await call('/processes/pb-test/ideas', { body: validIdea });
    expect(post.status).toBe(500);
    expect(await post.text()).not.toMatch(/themes|sqlite|D1_ERROR|at /i);
  });
});

describe('bench baseline', () => {
  it('reads one row in local mode', async () => {
    const response = await SELF.fetch('https://api.test/v1/_bench/one-row');
    expect(response.status).toBe(200);
    expect(await json(response)).toMatchObject({ id: expect.any(String) });
    expect(Number(response.headers.get('x-d1-rows-read'))).toBeGreaterThanOrEqual(1);
  });
});

describe('scheduled housekeeping', () => {
  it('purges expired keys, windows, nonces and the emails of ended processes', async () => {
    const old = new Date(Date.now() - 48 * 3600_000).toISOString();
    await env.DB.batch([
      env.DB.prepare(`INSERT INTO idempotency_keys (tenant_id, key, method_path, body_hash, created_at) VALUES ('testcity', 'old-key-1', 'POST /', 'x', ?1)`).bind(old),
      env.DB.prepare(`INSERT INTO idempotency_keys (tenant_id, key, method_path, body_hash, created_at) VALUES ('testcity', 'new-key-1', 'POST /', 'x', ?1)`).bind(new Date().toISOString()),
      env.DB.prepare(`INSERT INTO rate_limits (bucket, count, expires_at) VALUES ('gone', 1, 1)`),
      env.DB.prepare(`INSERT INTO request_nonces (nonce, seen_at) VALUES ('n-old', 1)`),
      env.DB.prepare(
        `INSERT INTO processes (tenant_id, id, kind, title, description, budget_eur, phases, created_at, updated_at) VALUES ('testcity', 'ended', 'participatory-budgeting', '{"fi":"x"}', '{"fi":"x"}', 1, ?1, ?2, ?2)`,
      ).bind(JSON.stringify([{ kind: 'ideation', startsAt: '2020-01-01T00:00:00.000Z', endsAt: '2020-02-01T00:00:00.000Z' }]), old),
      env.DB.prepare(
        `INSERT INTO ideas (id, tenant_id, process_id, title, description, theme_id, lang, status, created_at) VALUES ('old-idea', 'testcity', 'ended', 'Vanha idea', 'Vanha kuvaus joka on pitkä', 'parks', 'fi', 'published', ?1)`,
      ).bind(old),
      env.DB.prepare(`INSERT INTO idea_contacts (idea_id, email, created_at) VALUES ('old-idea', 'vanha@example.fi', ?1)`).bind(old),
    ]);
    const live = await call('/processes/pb-test/ideas', { body: { ...validIdea, email: 'uusi@example.fi' } });
    expect(live.status).toBe(201);

    const ctx = createExecutionContext();
    await worker.scheduled(createScheduledController({ scheduledTime: Date.now(), cron: '17 * * * *' }), env, ctx);
    await waitOnExecutionContext(ctx);

    const keys = await env.DB.prepare('SELECT key FROM idempotency_keys').all<{ key: string }>();
    expect(keys.results.map((k) => k.key)).toEqual(['new-key-1']);
    const windows = await env.DB.prepare('SELECT bucket FROM rate_limits').all<{ bucket: string }>();
    expect(windows.results.map((w) => w.bucket.split(':')[0])).toEqual(['ideas']);
    expect((await env.DB.prepare('SELECT COUNT(*) AS n FROM request_nonces').first<{ n: number }>())?.n).toBe(0);
    const emails = await env.DB.prepare('SELECT email FROM idea_contacts').all<{ email: string }>();
    expect(emails.results.map((e) => e.email)).toEqual(['uusi@example.fi']);
  });
});
