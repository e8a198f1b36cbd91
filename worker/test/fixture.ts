/**
 * A small known world for the tests: tenant `testcity` (origin https://city.example) with a
 * process in ideation (`pb-test`) and one in voting (`closed`), two themes, two areas, one key per
 * role; and a second tenant `other` with its own admin key.
 */
import { env, SELF } from 'cloudflare:test';
import { sha256Hex } from '../src/lib/crypto.js';

export const keys = {
  admin: 'osk_testadminkey00000000000000000000000001',
  moderator: 'osk_testmoderatorkey000000000000000000002',
  reviewer: 'osk_testreviewerkey0000000000000000000003',
  otherAdmin: 'osk_otheradminkey000000000000000000000004',
} as const;

export const origin = 'https://city.example';
export const base = 'https://api.test/v1/testcity';

const day = 24 * 60 * 60 * 1000;

export function phasesAround(now: number, current: 'ideation' | 'voting') {
  const kinds = ['ideation', 'co-creation', 'voting', 'implementation'] as const;
  const offset = kinds.indexOf(current);
  return kinds.map((kind, i) => ({
    kind,
    startsAt: new Date(now + (i - offset) * 30 * day - 15 * day).toISOString(),
    endsAt: new Date(now + (i - offset) * 30 * day + 15 * day).toISOString(),
  }));
}

const square = (x: number, y: number) => ({
  type: 'Polygon',
  coordinates: [[[x, y], [x + 0.1, y], [x + 0.1, y + 0.1], [x, y + 0.1], [x, y]]],
});

export async function seedFixture(): Promise<void> {
  const db = env.DB;
  const now = new Date().toISOString();
  const process = (id: string, phase: 'ideation' | 'voting') =>
    db
      .prepare(
        `INSERT INTO processes (tenant_id, id, kind, title, description, budget_eur, phases, created_at, updated_at)
         VALUES ('testcity', ?1, 'participatory-budgeting', ?2, ?3, 100000, ?4, ?5, ?5)`,
      )
      .bind(id, JSON.stringify({ fi: `Prosessi ${id}`, en: `Process ${id}` }), JSON.stringify({ fi: 'Kuvaus' }), JSON.stringify(phasesAround(Date.now(), phase)), now);
  const key = async (tenant: string, id: string, role: string, plain: string) =>
    db
      .prepare(`INSERT INTO api_keys (id, tenant_id, role, label, key_hash, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)`)
      .bind(id, tenant, role, `${role} key`, await sha256Hex(plain), now);
  await db.batch([
    db
      .prepare(`INSERT INTO tenants (id, name, allowed_origins, created_at) VALUES ('testcity', 'Testikaupunki', ?1, ?2)`)
      .bind(JSON.stringify([origin]), now),
    db.prepare(`INSERT INTO tenants (id, name, allowed_origins, created_at) VALUES ('other', 'Muu kunta', '[]', ?1)`).bind(now),
    process('pb-test', 'ideation'),
    process('closed', 'voting'),
    db.prepare(`INSERT INTO themes (tenant_id, process_id, id, name, position) VALUES ('testcity', 'pb-test', 'parks', '{"fi":"Puistot","sv":"Parker","en":"Parks"}', 1)`),
    db.prepare(`INSERT INTO themes (tenant_id, process_id, id, name, position) VALUES ('testcity', 'pb-test', 'culture', '{"fi":"Kulttuuri"}', 2)`),
    db.prepare(`INSERT INTO themes (tenant_id, process_id, id, name, position) VALUES ('testcity', 'closed', 'parks', '{"fi":"Puistot"}', 1)`),
    db
      .prepare(`INSERT INTO areas (tenant_id, id, name_fi, name_sv, population, geometry, label_lon, label_lat) VALUES ('testcity', 'a1', 'Keskusta', 'Centrum', 12000, ?1, 27.65, 62.85)`)
      .bind(JSON.stringify(square(27.6, 62.8))),
    db
      .prepare(`INSERT INTO areas (tenant_id, id, name_fi, population, geometry) VALUES ('testcity', 'a2', 'Niirala', NULL, ?1)`)
      .bind(JSON.stringify(square(27.7, 62.8))),
    await key('testcity', 'k-admin', 'admin', keys.admin),
    await key('testcity', 'k-mod', 'moderator', keys.moderator),
    await key('testcity', 'k-rev', 'reviewer', keys.reviewer),
    await key('other', 'k-other', 'admin', keys.otherAdmin),
  ]);
}

export interface CallOptions {
  method?: string;
  body?: unknown;
  rawBody?: string;
  key?: string;
  origin?: string;
  headers?: Record<string, string>;
}

/** Calls the real worker entrypoint. `path` is relative to /v1/testcity unless it starts with http. */
export async function call(path: string, options: CallOptions = {}): Promise<Response> {
  const headers = new Headers(options.headers);
  let body: string | undefined = options.rawBody;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    if (!headers.has('content-type')) headers.set('content-type', 'application/json');
  }
  if (options.key) headers.set('authorization', `Bearer ${options.key}`);
  if (options.origin) headers.set('origin', options.origin);
  const url = path.startsWith('http') ? path : base + path;
  return SELF.fetch(url, { method: options.method ?? (body === undefined ? 'GET' : 'POST'), headers, body });
}

export async function json<T = any>(response: Response): Promise<T> {
  return (await response.json()) as T;
}

export const validIdea = {
  title: 'Uusi leikkipuisto Niiralaan',
  description: 'Niiralan lapsiperheet tarvitsevat lähileikkipuiston, jossa on keinut ja hiekkalaatikko.',
  themeId: 'parks',
  areaId: 'a2',
  consent: true,
} as const;

/** Creates an idea through the API and returns its id. */
export async function submitIdea(overrides: Record<string, unknown> = {}): Promise<string> {
  const response = await call('/processes/pb-test/ideas', { body: { ...validIdea, ...overrides } });
  if (response.status !== 201) throw new Error(`submit failed: ${response.status} ${await response.text()}`);
  return (await json<{ id: string }>(response)).id;
}

/** Creates and publishes an idea; returns its id. */
export async function publishedIdea(overrides: Record<string, unknown> = {}): Promise<string> {
  const id = await submitIdea(overrides);
  const response = await call(`/admin/ideas/${id}/publish`, { method: 'POST', key: keys.moderator });
  if (response.status !== 200) throw new Error(`publish failed: ${response.status} ${await response.text()}`);
  return id;
}
