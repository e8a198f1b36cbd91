/**
 * Every input from outside is hostile until validated. For EVERY route the Hono app serves
 * (`app.routes`, not a hand-kept list) this sends hostile path parameters, bodies, query strings,
 * headers and tenants, and asserts each answer: status < 500; on 4xx `application/problem+json`
 * whose `code` is in the contract's list and translated by core (fi, sv, en), whose field error
 * codes are known too; and no stack trace or SQL in the body. The follow-link pages (HTML pages
 * for people who clicked an email link) answer their own 4xx with an HTML page instead.
 *
 * Probes call the worker entrypoint's `fetch` directly (the same `app.fetch` SELF reaches; one
 * probe per route goes through SELF).
 *
 * Request bodies are derived from the OpenAPI document's request schemas: a minimal schema-valid
 * body, then each field with a wrong type, control characters, an injection string, and strings
 * just under and over the 64 KiB body limit.
 */
import { createExecutionContext, env, SELF } from 'cloudflare:test';
import worker from '../src/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldErrorCodes, limits, problemCodes } from '@osallistu/contract';
import { fi } from '@osallistu/core/i18n/fi.js';
import { fiFeatureProblems } from '@osallistu/core/i18n/fi-feature-problems.js';
import { sv } from '@osallistu/core/i18n/sv.js';
import { en } from '@osallistu/core/i18n/en.js';
import { app } from '../src/app.js';
import { call, json, keys, publishedIdea, validIdea } from './fixture.js';
import { printedCodes, seedPb, voterToken } from './pb-fixture.js';
import { handResponses, surveyDefinition } from './survey-fixture.js';

// ---------------------------------------------------------------------------------------------
// The routes, from the app
// ---------------------------------------------------------------------------------------------

interface Route {
  method: string;
  /** Hono path, e.g. `/v1/:tenant/ideas/:id` or `/v1/:tenant/processes/:process/budgets/:budget/:file{results\.(?:csv|json|pb)}`. */
  path: string;
  /** OpenAPI template, e.g. `/v1/{tenant}/ideas/{id}`. */
  template: string;
}

const paramPattern = /:([A-Za-z0-9_]+)(\{(?:[^{}]|\{[^{}]*\})*\})?/g;

const routes: Route[] = (() => {
  const seen = new Set<string>();
  const out: Route[] = [];
  for (const r of app.routes) {
    if (r.method === 'ALL') continue; // middleware and catch-alls
    if (r.path.startsWith('/v1/_bench')) continue; // local-mode benchmark routes, 404 in production
    const key = `${r.method} ${r.path}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ method: r.method, path: r.path, template: r.path.replace(paramPattern, '{$1}') });
  }
  return out;
})();

// ---------------------------------------------------------------------------------------------
// The known world: seeded once; every test's writes are undone (isolated storage)
// ---------------------------------------------------------------------------------------------

interface World {
  ideaId: string;
  commentId: string;
  projectId: string;
  printedFile: string;
  voterToken: string;
  openapi: OpenApi;
}
let world: World;

interface OpenApi {
  paths: Record<string, Record<string, { parameters?: { name?: string; in?: string; $ref?: string }[]; requestBody?: { content: Record<string, { schema?: JsonSchema }> }; security?: object[] }>>;
  components: { schemas: Record<string, JsonSchema> };
}
type JsonSchema = Record<string, any>;

async function seedWorld(): Promise<World> {
  await seedPb();
  const ideaId = await publishedIdea();
  const comment = await call(`/ideas/${ideaId}/comments`, { body: { body: 'Hyvä idea, kannatan lämpimästi.' } });
  if (comment.status !== 201) throw new Error(`comment: ${comment.status} ${await comment.text()}`);
  const commentId = String((await json<{ id: string | number }>(comment)).id);
  const project = await call('/admin/projects', {
    key: keys.admin,
    body: { processId: 'pb-test', title: { fi: 'Talkoopuisto' }, description: { fi: 'Puisto kunnostetaan yhdessä.' }, areaId: 'a2', responsibleUnit: 'Puistot', budgetAllocatedEur: 1000 },
  });
  if (project.status !== 201) throw new Error(`project: ${project.status} ${await project.text()}`);
  const projectId = (await json<{ id: string }>(project)).id;
  const survey = await call('/admin/surveys', { key: keys.admin, body: { id: 'asuinalue', processId: 'pb-test', areaId: 'a1', definition: surveyDefinition } });
  if (survey.status !== 201) throw new Error(`survey: ${survey.status} ${await survey.text()}`);
  await call('/admin/surveys/asuinalue/open', { method: 'POST', key: keys.admin });
  await printedCodes('vote', 1);
  const batch = await call('/admin/processes/vote/printed-codes', { key: keys.admin, body: { count: 1, label: 'Testi' } });
  const csvUrl = (await json<{ csv: string }>(batch)).csv;
  const printedFile = csvUrl.split('/').pop()!;
  const token = await voterToken('vote', '10.9.9.9');
  const openapi = await json<OpenApi>(await SELF.fetch('https://api.test/v1/openapi.json'));
  return { ideaId, commentId, projectId, printedFile, voterToken: token, openapi };
}

/** A seeded, valid value of a path parameter, by its name and the segment before it. */
function validParam(name: string, before: string, path: string): string {
  switch (name) {
    case 'tenant':
      return 'testcity';
    case 'process':
      return /\/(ideas|themes)$|\/ideas\b/.test(path) && !/budgets|voter|proposals|receipts|results|voting|printed/.test(path) ? 'pb-test' : 'vote';
    case 'id':
      if (before === 'ideas') return world.ideaId;
      if (before === 'comments') return world.commentId;
      if (before === 'projects') return world.projectId;
      return '1';
    case 'budget':
      return 'city';
    case 'file':
      if (path.includes('printed-codes')) return world.printedFile;
      if (path.includes('geojson')) return 'area.geojson';
      return 'results.json';
    case 'survey':
      return 'asuinalue';
    case 'theme':
      return 'parks';
    case 'area':
      return 'a1';
    case 'indicator':
      return 'unemployment';
    case 'code':
      return 'ABCD-EFGH-JKLM';
    default:
      return 'x';
  }
}

/** Hostile path parameter values, already as they appear in the URL. */
const hostileIds = [
  '..%2F..',
  '..%2F..%2Fadmin%2Fapi-keys',
  'x'.repeat(300),
  '%00',
  'a%00b',
  encodeURIComponent('päätös-🌳-Ω'),
  encodeURIComponent("' OR 1=1--"),
  encodeURIComponent('1; DROP TABLE ideas;--'),
  '%E0%A4%A', // broken percent-encoding
  '%FF%FE', // not UTF-8
  encodeURIComponent('<script>alert(1)</script>'),
  '-1',
  '1e999',
];

function urlOf(route: Route, override: Record<string, string> = {}): string {
  let path = route.path;
  const segments = route.path.split('/');
  path = route.path.replace(paramPattern, (whole, name: string) => {
    if (override[name] !== undefined) return override[name]!;
    const index = segments.findIndex((s) => s.startsWith(`:${name}`));
    return validParam(name, segments[index - 1] ?? '', route.path);
  });
  return `https://api.test${path}`;
}

const paramNames = (route: Route) => [...route.path.matchAll(paramPattern)].map((m) => m[1]!);

// ---------------------------------------------------------------------------------------------
// Bodies derived from the OpenAPI request schema
// ---------------------------------------------------------------------------------------------

function resolve(schema: JsonSchema | undefined): JsonSchema {
  let s = schema ?? {};
  for (let i = 0; i < 10 && typeof s.$ref === 'string'; i++) s = world.openapi.components.schemas[s.$ref.split('/').pop()!] ?? {};
  return s;
}

/** A small value the schema accepts, as far as a generator without regexes can tell. */
function sample(schema: JsonSchema | undefined, depth = 0): unknown {
  const s = resolve(schema);
  if (depth > 6) return null;
  if ('const' in s) return s.const;
  if (Array.isArray(s.enum)) return s.enum[0];
  const union = s.anyOf ?? s.oneOf;
  if (Array.isArray(union)) return sample(union[0], depth + 1);
  const type = Array.isArray(s.type) ? s.type[0] : s.type;
  switch (type) {
    case 'string':
      if (s.format === 'email') return 'asukas@example.fi';
      if (s.format === 'date-time') return new Date(Date.now() + 86_400_000).toISOString();
      return 'x'.repeat(Math.max(1, s.minLength ?? 1));
    case 'integer':
    case 'number':
      return s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : 1);
    case 'boolean':
      return true;
    case 'null':
      return null;
    case 'array':
      return Array.from({ length: s.minItems ?? 0 }, () => sample(s.items, depth + 1));
    default: {
      const out: Record<string, unknown> = {};
      for (const name of s.required ?? []) out[name] = sample(s.properties?.[name], depth + 1);
      return out;
    }
  }
}

/** A value of the wrong type for a field of this schema. */
function wrongType(schema: JsonSchema | undefined): unknown {
  const s = resolve(schema);
  const type = Array.isArray(s.type) ? s.type[0] : s.type ?? (s.enum ? typeof s.enum[0] : 'object');
  if (type === 'string') return 42;
  if (type === 'number' || type === 'integer') return '12';
  if (type === 'boolean') return 'true';
  if (type === 'array') return { 0: 'x' };
  return ['x'];
}

/**
 * Bodies that pass validation for the routes the generator cannot satisfy (lengths, patterns,
 * seeded ids): their per-field cases then reach the handlers and the database.
 */
function knownValid(route: Route): Record<string, unknown> | undefined {
  const bodies: Record<string, Record<string, unknown>> = {
    'POST /v1/{tenant}/processes/{process}/ideas': { ...validIdea },
    'POST /v1/{tenant}/ideas/{id}/comments': { body: 'Hyvä idea, kannatan lämpimästi.', authorName: 'Asukas' },
    'POST /v1/{tenant}/follows': { target: 'idea', id: world.ideaId, email: 'seuraaja@example.fi', lang: 'fi' },
    'POST /v1/{tenant}/admin/projects': { processId: 'pb-test', title: { fi: 'Puisto' }, description: { fi: 'Kunnostetaan.' }, areaId: 'a2', responsibleUnit: 'Puistot', budgetAllocatedEur: 10 },
    'POST /v1/{tenant}/processes/{process}/budgets/{budget}/ballot': { proposalIds: ['c1', 'c2'] },
    'POST /v1/{tenant}/ideas/{id}/supports': { supporterId: 'supporter-0000000000000001' },
    'POST /v1/{tenant}/projects/{id}/signups': { name: 'Asukas', email: 'asukas@example.fi', participants: 2, consent: true },
    'POST /v1/{tenant}/projects/{id}/evaluations': { evaluatorId: 'evaluator-000000000000001', rating: 4, comment: 'Hyvä' },
    'POST /v1/{tenant}/surveys/{survey}/responses': { version: 1, respondentId: 'respondent-00000001', answers: handResponses[0]! },
    'POST /v1/{tenant}/admin/surveys': { id: 'uusi-kysely', processId: 'pb-test', areaId: 'a1', definition: surveyDefinition },
    'PUT /v1/{tenant}/admin/surveys/{survey}': { definition: surveyDefinition, respondents: 'browser' },
    'POST /v1/{tenant}/admin/processes/{process}/printed-codes': { count: 1, label: 'Testi' },
    'POST /v1/{tenant}/processes/{process}/voter/verify': { method: 'printed', code: 'ABCD-EFGH-JKLM', declaration: { ageConfirmed: true, municipality: 'Testikaupunki' } },
  };
  return bodies[`${route.method} ${route.template}`];
}

interface BodyCase {
  name: string;
  raw: string | Uint8Array;
  contentType?: string | null;
}

function nested(depth: number, leaf: string, open: (s: string) => string): string {
  let out = leaf;
  for (let i = 0; i < depth; i++) out = open(out);
  return out;
}

function bodyCases(route: Route): BodyCase[] {
  const op = world.openapi.paths[route.template]?.[route.method.toLowerCase()];
  const schema = resolve(op?.requestBody?.content['application/json']?.schema);
  const valid = knownValid(route) ?? sample(schema);
  const base = valid && typeof valid === 'object' && !Array.isArray(valid) ? (valid as Record<string, unknown>) : {};
  const fields = Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>);
  const j = (value: unknown) => JSON.stringify(value);
  const cases: BodyCase[] = [
    { name: 'schema-valid sample', raw: j(valid ?? {}) },
    { name: 'malformed JSON', raw: '{"title": "x",' },
    { name: 'truncated', raw: '[' },
    { name: 'malformed JSON (single quotes)', raw: "{'a': 1}" },
    { name: 'malformed JSON (NaN)', raw: '{"a": NaN}' },
    { name: 'number', raw: '1e400' },
    { name: 'whitespace', raw: '   \n ' },
    { name: 'duplicate keys', raw: '{"a": 1, "a": 2}' },
    { name: 'all fields null', raw: j(Object.fromEntries(fields.map(([k]) => [k, null]))) },
    { name: 'array', raw: '[1, 2]' },
    { name: 'string', raw: '"text"' },
    { name: 'null', raw: 'null' },
    { name: 'empty', raw: '' },
    { name: 'object nested 50 deep', raw: nested(50, '{}', (s) => `{"a":${s}}`) },
    { name: 'array nested 50 deep', raw: nested(50, '[]', (s) => `[${s}]`) },
    { name: 'sample nested 50 deep in every field', raw: j(Object.fromEntries(fields.map(([k]) => [k, JSON.parse(nested(50, '1', (s) => `[${s}]`))]))) },
    { name: 'all fields wrong type', raw: j(Object.fromEntries(fields.map(([k, s]) => [k, wrongType(s)]))) },
    { name: 'unknown field', raw: j({ ...base, unexpected: 1 }) },
    { name: '__proto__ and constructor keys', raw: `{"__proto__": {"role": "admin"}, "constructor": {"prototype": {"x": 1}}}` },
    { name: 'BOM before JSON', raw: `\uFEFF${j(base)}` },
    { name: 'invalid UTF-8', raw: new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]) },
    { name: 'NUL bytes', raw: '{"a":"\u0000"}\u0000' },
    { name: 'huge string just under the limit', raw: j({ ...base, [fields[0]?.[0] ?? 'title']: 'x'.repeat(limits.bodyBytes - 200) }) },
    { name: 'huge string just over the limit', raw: j({ ...base, [fields[0]?.[0] ?? 'title']: 'x'.repeat(limits.bodyBytes + 10) }) },
    { name: 'text/plain', raw: j(base), contentType: 'text/plain' },
    { name: 'form', raw: 'title=x&consent=true', contentType: 'application/x-www-form-urlencoded' },
    { name: 'no content type', raw: j(base), contentType: null },
    { name: 'multipart', raw: '--b\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--b--', contentType: 'multipart/form-data; boundary=b' },
    { name: 'JSON with odd charset', raw: j(base), contentType: 'application/json; charset=utf-16' },
  ];
  for (const [name, field] of fields) {
    cases.push({ name: `${name}: wrong type`, raw: j({ ...base, [name]: wrongType(field) }) });
    cases.push({ name: `${name}: 20 000 characters`, raw: j({ ...base, [name]: '\u00e4'.repeat(20_000) }) });
    cases.push({ name: `${name}: huge number`, raw: j({ ...base, [name]: 1e308 }) });
    cases.push({ name: `${name}: negative`, raw: j({ ...base, [name]: -1 }) });
    cases.push({ name: `${name}: operator object`, raw: j({ ...base, [name]: { $gt: '' } }) });
    const others = Object.entries(base).filter(([k]) => k !== name).map(([k, v]) => `${j(k)}:${j(v)},`).join('');
    cases.push({ name: `${name}: lone surrogate`, raw: `{${others}${j(name)}:"\\ud800x"}` });
    cases.push({ name: `${name}: control characters`, raw: j({ ...base, [name]: "a\u0000b\u0007c' OR 1=1--" }) });
  }
  if (route.template === '/v1/{tenant}/surveys/{survey}/responses') cases.push(...surveyAnswerCases(base));
  if (route.path.endsWith('/import')) {
    // the admin imports also take CSV as text
    const csv = (raw: string | Uint8Array, name: string): BodyCase => ({ name: `CSV: ${name}`, raw, contentType: 'text/csv' });
    cases.push(
      csv('', 'empty'),
      csv('id,name\n', 'header only'),
      csv('"unterminated,quote\n1,2', 'unterminated quote'),
      csv(`${Array.from({ length: 5000 }, (_, i) => `c${i}`).join(',')}\n`, '5000 columns'),
      csv('id,name,geometry\n' + "a1,' OR 1=1--,{\"type\":\"Polygon\",\"coordinates\":[[[0,0]]]}\n".repeat(50), 'bad geometry rows'),
      csv('id,value\nunemployment,abc\n,\n\u0000,\u0007\n', 'junk values'),
      csv(new Uint8Array([0x69, 0x64, 0x0a, 0xff, 0xfe]), 'invalid UTF-8'),
      csv('x'.repeat(limits.importBytes + 10), 'over the import limit'),
    );
  }
  return cases;
}

/** Answers are a free record until the survey's own rules check them: every question, every shape. */
function surveyAnswerCases(base: Record<string, unknown>): BodyCase[] {
  const questions = surveyDefinition.pages.flatMap((page) => page.questions.map((q) => q.id));
  const values: unknown[] = [
    42, -1, 1e308, 'x', 'ä'.repeat(20_000), null, true, [], {}, [null], [1, 2, 3], ['car', 'car'], ['zzz'],
    { other: 42 }, { other: 'x'.repeat(5000) }, { type: 'Point', coordinates: ['a', 'b'] }, { type: 'Point', coordinates: [1e308, -1e308] },
    { type: 'Polygon', coordinates: [[[0, 0]]] }, { lon: 'x', lat: null }, { '500': 1, '-1': 2 }, JSON.parse(nested(50, '1', (s) => `[${s}]`)),
    "' OR 1=1--", 'a\u0000b',
  ];
  const answers = (base.answers ?? {}) as Record<string, unknown>;
  const out: BodyCase[] = [];
  for (const id of [...questions, 'no-such-question', '__proto__']) {
    for (const [i, value] of values.entries()) {
      out.push({ name: `answers.${id}: value ${i}`, raw: JSON.stringify({ ...base, answers: { ...answers, [id]: value } }) });
    }
  }
  out.push({ name: 'answers: array', raw: JSON.stringify({ ...base, answers: [1, 2] }) });
  out.push({ name: 'answers: 2000 keys', raw: JSON.stringify({ ...base, answers: Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`q${i}`, i])) }) });
  out.push({ name: 'version far ahead', raw: JSON.stringify({ ...base, version: 2 ** 53 }) });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Query strings and headers
// ---------------------------------------------------------------------------------------------

function queryCases(route: Route): string[] {
  const op = world.openapi.paths[route.template]?.[route.method.toLowerCase()];
  const documented = (op?.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name!);
  const cases = [
    'limit=-1&cursor=garbage&sort=zzz&status=zzz',
    'limit=1e9&cursor=' + btoa('{"junk": true}'),
    'limit=abc&cursor=' + encodeURIComponent(btoa('\u00ff\u00fe\u0000')),
    'limit=1&limit=2&status=published&status=rejected&sort=a&sort=b',
    'cursor=%00&lang=xx&a=%E0%A4%A',
    `cursor=${btoa('[1,2,3]')}`,
    `cursor=${encodeURIComponent(btoa('999999999999999999999|x'))}`,
    'sort=title;DROP%20TABLE%20ideas',
    `junk=${'x'.repeat(4000)}`,
  ];
  for (const name of documented) {
    cases.push(`${name}=%00&${name}=${'9'.repeat(400)}`, `${name}=${encodeURIComponent("' OR 1=1--")}`, `${name}=-1`, `${name}=`, `${name}=NaN`, `${name}[]=1`);
  }
  return cases;
}

interface Probe {
  label: string;
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
  /** Through SELF (the deployed entrypoint binding) rather than the entrypoint's fetch. */
  viaSelf?: boolean;
}

const isAdmin = (route: Route) => route.path.includes('/admin/');
const needsVoter = (route: Route) => /\/voter$|\/ballot$/.test(route.path);
const hasBody = (route: Route) => ['POST', 'PUT', 'PATCH'].includes(route.method);

function authHeaders(route: Route): Record<string, string> {
  if (isAdmin(route)) return { authorization: `Bearer ${keys.admin}` };
  if (needsVoter(route)) return { authorization: `Bearer ${world.voterToken}` };
  return {};
}

function probes(route: Route): Probe[] {
  const auth = authHeaders(route);
  const jsonHeaders = (extra: Record<string, string> = {}) => ({ ...auth, ...(hasBody(route) ? { 'content-type': 'application/json' } : {}), ...extra });
  const body = hasBody(route) ? '{}' : undefined;
  const out: Probe[] = [];
  const plain = (label: string, url: string, headers = jsonHeaders()) => out.push({ label, url, method: route.method, headers, ...(body !== undefined ? { body } : {}) });

  plain('valid ids', urlOf(route));
  out.push({ label: 'valid ids via SELF', url: urlOf(route), method: route.method, headers: jsonHeaders({ 'x-via': 'self' }), viaSelf: true, ...(body !== undefined ? { body } : {}) });
  for (const name of paramNames(route)) {
    for (const id of hostileIds) plain(`:${name}=${id.slice(0, 40)}`, urlOf(route, { [name]: id }));
  }
  plain('unknown tenant', urlOf(route, { tenant: 'no-such-city' }));
  plain('other tenant with this key', urlOf(route, { tenant: 'other' }));
  for (const q of queryCases(route)) plain(`?${q.slice(0, 60)}`, `${urlOf(route)}?${q}`);

  const authCases: [string, Record<string, string>][] = [
    ['no authorization', {}],
    ['Bearer and nothing', { authorization: 'Bearer ' }],
    ['wrong scheme', { authorization: `Basic ${btoa('admin:admin')}` }],
    ['key without prefix', { authorization: keys.admin }],
    ['wrong key', { authorization: 'Bearer osk_wrongkey0000000000000000000000000000' }],
    ["another tenant's key", { authorization: `Bearer ${keys.otherAdmin}` }],
    ['voter token for staff', { authorization: `Bearer ${world.voterToken}` }],
    ['junk voter token', { authorization: 'Bearer vt_junk' }],
    ['huge bearer', { authorization: `Bearer osk_${'a'.repeat(8000)}` }],
    ['bearer injection', { authorization: "Bearer ' OR 1=1--" }],
    ['signature junk', { 'x-osallistu-signature': 'zz', 'x-osallistu-timestamp': 'abc', 'x-osallistu-nonce': '%00', 'x-osallistu-role': 'root' }],
    ['signature without the rest', { 'x-osallistu-signature': 'a'.repeat(64) }],
    ['signature old timestamp', { 'x-osallistu-signature': 'a'.repeat(64), 'x-osallistu-timestamp': '1', 'x-osallistu-nonce': 'n'.repeat(20), 'x-osallistu-role': 'admin' }],
  ];
  for (const [label, headers] of isAdmin(route) || needsVoter(route) ? authCases : authCases.slice(0, 1).concat(authCases.slice(7, 9))) {
    out.push({ label: `auth: ${label}`, url: urlOf(route), method: route.method, headers: { ...(hasBody(route) ? { 'content-type': 'application/json' } : {}), ...headers }, ...(body !== undefined ? { body } : {}) });
  }
  plain('disallowed origin', urlOf(route), jsonHeaders({ origin: 'https://evil.example' }));
  plain('origin null', urlOf(route), jsonHeaders({ origin: 'null' }));
  plain('junk client ip', urlOf(route), jsonHeaders({ 'cf-connecting-ip': "' OR 1=1--" }));
  plain('junk accept-language', urlOf(route), jsonHeaders({ 'accept-language': '%00;q=abc,,' + 'x'.repeat(500) }));
  if (route.method === 'POST') {
    for (const key of ['', 'short', 'x'.repeat(300), 'key with spaces 123', 'k\u00e4-unicode-key-1234']) {
      plain(`idempotency-key ${JSON.stringify(key.slice(0, 20))}`, urlOf(route), jsonHeaders({ 'idempotency-key': key }));
    }
  }
  out.push({ label: 'wrong method DELETE', url: urlOf(route), method: 'DELETE', headers: auth });
  if (hasBody(route)) {
    for (const c of bodyCases(route)) {
      const headers: Record<string, string> = { ...auth };
      if (c.contentType !== null) headers['content-type'] = c.contentType ?? 'application/json';
      out.push({ label: `body: ${c.name}`, url: urlOf(route), method: route.method, headers, body: c.raw });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// What every answer must be
// ---------------------------------------------------------------------------------------------

const knownCodes = new Set<string>(problemCodes);
const knownFieldCodes = new Set<string>(fieldErrorCodes);
const sentence = (dictionary: object, code: string) => typeof (dictionary as Record<string, unknown>)[code] === 'string';
const translated = (code: string) =>
  (sentence(fi.problems, code) || sentence(fiFeatureProblems, code)) && sentence(sv.problems, code) && sentence(en.problems, code);
const leaks = /\bat [\w$.<>]+ \(|\.ts:\d+|\.js:\d+|stack|SQLITE|D1_ERROR|\bSELECT\b.+\bFROM\b|\bINSERT INTO\b|\bUPDATE\b.+\bSET\b|TypeError|ReferenceError|undefined is not/i;
/** The follow-link pages are for people who clicked an email link: their 404 is an HTML page. */
const isFollowPage = (route: Route) => /\/follows\/(confirm|unsubscribe)$/.test(route.path);

async function check(route: Route, probe: Probe, given?: Response): Promise<string | null> {
  const init: RequestInit = { method: probe.method, headers: probe.headers };
  if (probe.body !== undefined) init.body = probe.body;
  let response: Response;
  try {
    // The entrypoint's own fetch, not SELF: thousands of SELF.fetch calls in one file slow down
    // request by request inside the test harness until its stack overflows.
    response = given ?? (probe.viaSelf ? await SELF.fetch(probe.url, init) : await worker.fetch(new Request(probe.url, init), env, createExecutionContext()));
  } catch (error) {
    return `${probe.label}: fetch threw ${String(error)}`;
  }
  const text = await response.text();
  const where = `${probe.label} → ${response.status}`;
  if (response.status >= 500) return `${where} ${text.slice(0, 200)}`;
  if (leaks.test(text) && !(response.status < 300)) return `${where} leaks: ${text.slice(0, 200)}`;
  if (response.status < 400) return null;
  const type = response.headers.get('content-type') ?? '';
  if (isFollowPage(route) && type.startsWith('text/html')) return null;
  if (!type.startsWith('application/problem+json')) return `${where} content-type ${type}: ${text.slice(0, 120)}`;
  let problem: { type?: string; code?: string; status?: number; errors?: { code?: string; path?: string }[] };
  try {
    problem = JSON.parse(text);
  } catch {
    return `${where} body is not JSON: ${text.slice(0, 120)}`;
  }
  if (!problem.code || !knownCodes.has(problem.code)) return `${where} unknown code ${problem.code}`;
  if (!translated(problem.code)) return `${where} code ${problem.code} has no fi/sv/en sentence`;
  if (problem.type !== `https://osallistu.fi/problems/${problem.code}`) return `${where} type ${problem.type}`;
  if (problem.status !== response.status) return `${where} body status ${problem.status}`;
  for (const e of problem.errors ?? []) {
    if (!e.code || !knownFieldCodes.has(e.code)) return `${where} unknown field error ${JSON.stringify(e)}`;
    if (typeof e.path !== 'string') return `${where} field error without path ${JSON.stringify(e)}`;
  }
  return null;
}

/** Runs the probes a few at a time (the D1 of the test runs one statement at a time anyway). */
async function runAll(route: Route, list: Probe[]): Promise<string[]> {
  const failures: string[] = [];
  const width = 4;
  for (let i = 0; i < list.length; i += width) {
    const results = await Promise.all(list.slice(i, i + width).map((p) => check(route, p)));
    for (const r of results) if (r) failures.push(r);
  }
  return failures;
}

// ---------------------------------------------------------------------------------------------

describe('hostile input on every route', () => {
  beforeAll(async () => {
    world = await seedWorld();
  });

  it('derives the routes from the app and can build a request for each', () => {
    expect(routes.length).toBeGreaterThan(80);
    for (const route of routes) expect(urlOf(route).slice('https://'.length)).not.toMatch(/[:{}]/);
    // the generator reaches the handlers: the idea sample is accepted by the schema once ids are real
    const idea = routes.find((r) => r.method === 'POST' && r.template === '/v1/{tenant}/processes/{process}/ideas')!;
    expect(bodyCases(idea).length).toBeGreaterThan(30);
  });

  it('sends known-valid bodies that the routes accept, so the per-field cases reach the handlers', async () => {
    const idea = routes.find((r) => r.method === 'POST' && r.template === '/v1/{tenant}/processes/{process}/ideas')!;
    const r = await worker.fetch(new Request(urlOf(idea), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(knownValid(idea)) }), env, createExecutionContext());
    expect(r.status).toBe(201);
  });

  it('flags a 500, a plain-text 4xx and an unknown code (the checks can fail)', async () => {
    const route = routes[0]!;
    const fake = (response: Response) => check(route, { label: 'fake', url: 'https://api.test/v1/openapi.json', method: 'GET', headers: {} }, response);
    expect(await fake(new Response('{}', { status: 500 }))).toMatch(/→ 500/);
    expect(await fake(new Response('nope', { status: 400, headers: { 'content-type': 'text/plain' } }))).toMatch(/content-type/);
    expect(await fake(new Response('{"code":"oops","type":"x","status":400}', { status: 400, headers: { 'content-type': 'application/problem+json' } }))).toMatch(/unknown code/);
    expect(await fake(new Response('{"code":"internal","status":400,"type":"https://osallistu.fi/problems/internal","detail":"D1_ERROR: no such table"}', { status: 400, headers: { 'content-type': 'application/problem+json' } }))).toMatch(/leaks/);
  });

  let probeCount = 0;
  afterAll(() => {
    console.log(`hostile input: ${probeCount} probes over ${routes.length} routes`);
  });

  it.each(routes.map((r) => [`${r.method} ${r.template}`, r] as const))('%s answers hostile input with a translated 4xx problem, never a 500', async (_name, route) => {
    const list = probes(route);
    probeCount += list.length;
    const failures = await runAll(route, list);
    expect(failures, `${failures.length} of ${list.length} probes`).toEqual([]);
  });
});
