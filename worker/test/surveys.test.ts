/**
 * Surveys API (issue 5) through the real entrypoint with D1: definition validation, answers checked
 * against the definition (422 naming the question, nothing stored), once per browser (soft) and
 * once per verified person (strict, the voting email-code check scoped to the survey), versions
 * with existing answers, aggregates against a hand-computed fixture, map answers as GeoJSON, the
 * CSV export, roles.
 */
import { env } from 'cloudflare:test';
import { beforeEach, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { SurveyDefinitionSchema, type Survey, type SurveyAreaFeature, type SurveyMapGeoJson, type SurveyResults, type SurveyVerification } from '@osallistu/contract';
import { strictSurveySeedDefinition, surveySeedDefinition } from '../seed/survey-seed.mjs';
import { call, json, keys } from './fixture.js';
import { seedPb, voterToken } from './pb-fixture.js';
import { handResponses, surveyDefinition } from './survey-fixture.js';
import { aggregateSurvey } from '../src/surveys/aggregate-survey.js';
import { pbHousekeeping } from '../src/pb/pb-housekeeping.js';

const respondent = (n: number) => `respondent-${String(n).padStart(8, '0')}`;

async function createSurvey(definition: unknown = surveyDefinition, open = true, extra: { id?: string; respondents?: string } = {}): Promise<Survey> {
  const id = extra.id ?? 'asuinalue';
  const r = await call('/admin/surveys', { key: keys.admin, body: { id, processId: 'pb-test', areaId: 'a1', definition, ...(extra.respondents ? { respondents: extra.respondents } : {}) } });
  if (r.status !== 201) throw new Error(`create: ${r.status} ${await r.text()}`);
  if (open) expect((await call(`/admin/surveys/${id}/open`, { method: 'POST', key: keys.admin })).status).toBe(200);
  return json<Survey>(r);
}

function answer(answers: unknown, n = 1, version = 1, token?: string, survey = 'asuinalue'): Promise<Response> {
  return call(`/surveys/${survey}/responses`, { body: { version, respondentId: respondent(n), answers }, headers: token ? { authorization: `Bearer ${token}` } : {} });
}

async function outboxCode(to: string): Promise<string> {
  const messages = await json<{ to: string; subject: string; text: string }[]>(await call('/admin/dev-outbox', { key: keys.admin }));
  const message = messages.find((m) => m.to === to);
  const code = /\b(\d{6})\b/.exec(message?.text ?? '')?.[1];
  if (!code) throw new Error(`no code for ${to}`);
  return code;
}

/** Asks for a survey code by email, reads it from the dev outbox and verifies it. */
async function surveyToken(email: string, survey = 'asuinalue', ip = '198.51.100.1'): Promise<SurveyVerification> {
  const sent = await call(`/surveys/${survey}/verification/email-code`, { body: { email }, headers: { 'cf-connecting-ip': ip } });
  expect(sent.status, await sent.clone().text()).toBe(202);
  const code = await outboxCode(email.trim().toLowerCase());
  const r = await call(`/surveys/${survey}/verification`, { body: { email, code }, headers: { 'cf-connecting-ip': ip } });
  expect(r.status, await r.clone().text()).toBe(201);
  return json<SurveyVerification>(r);
}

async function responseCount(): Promise<number> {
  return (await json<Survey>(await call('/admin/surveys/asuinalue', { key: keys.admin }))).responseCount ?? -1;
}

// The participatory-budgeting world (a process in voting) too: strict surveys share its code check.
beforeEach(seedPb);

describe('survey definitions', () => {
  it('creates a draft that the public cannot see until it is opened', async () => {
    const s = await createSurvey(surveyDefinition, false);
    expect(s).toMatchObject({ id: 'asuinalue', status: 'draft', version: 1, processId: 'pb-test', areaId: 'a1' });
    expect((await call('/surveys/asuinalue')).status).toBe(404);
    await call('/admin/surveys/asuinalue/open', { method: 'POST', key: keys.admin });
    const pub = await json<Survey>(await call('/surveys/asuinalue'));
    expect(pub.status).toBe('open');
    expect(pub.definition.pages.map((p) => p.id)).toEqual(['basics', 'car', 'money']);
  });

  it('refuses definitions with duplicate ids, conditions on later questions, or unknown types', async () => {
    const dup = structuredClone(surveyDefinition);
    dup.pages[2]!.questions[1]!.id = 'area';
    const forward = structuredClone(surveyDefinition);
    (forward.pages[0]!.questions[2] as Record<string, unknown>).showIf = { question: 'budget', anyOf: [1] };
    const badType = structuredClone(surveyDefinition);
    (badType.pages[0]!.questions[2] as Record<string, unknown>).type = 'slider';
    for (const definition of [dup, forward]) {
      const r = await call('/admin/surveys', { key: keys.admin, body: { id: 'x', processId: 'pb-test', definition } });
      expect(r.status).toBe(422);
      expect((await json(r)).errors).toEqual([{ path: 'definition.pages', code: 'invalid-value' }]);
    }
    const r = await call('/admin/surveys', { key: keys.admin, body: { id: 'x', processId: 'pb-test', definition: badType } });
    expect(r.status).toBe(422);
    expect((await json(r)).errors[0].path).toMatch(/^definition\.pages\.0\.questions\.2/);
    const unknownProcess = await call('/admin/surveys', { key: keys.admin, body: { id: 'x', processId: 'nope', definition: surveyDefinition } });
    expect((await json(unknownProcess)).errors).toEqual([{ path: 'processId', code: 'invalid-value', detail: 'unknown process' }]);
  });

  it('accepts the seeded Kuopio survey (three pages, an area question and a budget question)', async () => {
    const parsed = v.parse(SurveyDefinitionSchema, surveySeedDefinition);
    expect(parsed.pages).toHaveLength(3);
    const types = parsed.pages.flatMap((p) => p.questions.map((q) => q.type));
    expect(types).toContain('map');
    expect(types).toContain('budget');
  });

  it('accepts the seeded strict demo survey: one page, three or four questions, every text in fi, sv and en', async () => {
    const parsed = v.parse(SurveyDefinitionSchema, strictSurveySeedDefinition);
    expect(parsed.pages).toHaveLength(1);
    expect(parsed.pages[0]!.questions.length).toBeGreaterThanOrEqual(3);
    expect(parsed.pages[0]!.questions.length).toBeLessThanOrEqual(4);
    const texts = [parsed.title, parsed.intro, parsed.thanks, ...parsed.pages.flatMap((p) => [p.title, ...p.questions.map((q) => q.text)])];
    for (const text of texts) expect(Object.keys(text ?? {}).sort()).toEqual(['en', 'fi', 'sv']);
    expect(parsed.title.en).toMatch(/demo/);
  });

  it('lets only admins and reviewers manage surveys', async () => {
    await createSurvey();
    expect((await call('/admin/surveys/asuinalue', { key: keys.moderator })).status).toBe(403);
    expect((await call('/admin/surveys/asuinalue', { key: keys.reviewer })).status).toBe(200);
    expect((await call('/admin/surveys/asuinalue')).status).toBe(401);
    expect((await call('/admin/surveys/asuinalue', { key: keys.otherAdmin })).status).toBe(401);
  });
});

describe('answering', () => {
  it('rejects answers that do not fit with 422 naming the question, and stores nothing', async () => {
    await createSurvey();
    const ok = handResponses[0]!;
    const cases: [Record<string, unknown>, { path: string; code: string; limit?: number }][] = [
      [{ ...ok, mood: 3 }, { path: 'answers.mood', code: 'unknown-question' }],
      [{ ...ok, intro: 'x' }, { path: 'answers.intro', code: 'unknown-question' }],
      [{ ...ok, satisfaction: '4' }, { path: 'answers.satisfaction', code: 'invalid-type' }],
      [{ ...ok, satisfaction: 6 }, { path: 'answers.satisfaction', code: 'out-of-range' }],
      [{ ...ok, age: 130 }, { path: 'answers.age', code: 'out-of-range', limit: 120 }],
      [{ ...ok, age: 30.5 }, { path: 'answers.age', code: 'invalid-value' }],
      [{ ...ok, needs: ['parks', 'lights', 'benches'] }, { path: 'answers.needs', code: 'too-long', limit: 2 }],
      [{ ...ok, needs: ['swimming'] }, { path: 'answers.needs', code: 'invalid-value' }],
      [{ ...ok, priorities: ['green', 'light'] }, { path: 'answers.priorities', code: 'invalid-value' }],
      [{ ...ok, travel: 'tram' }, { path: 'answers.travel', code: 'invalid-value' }],
      [{ ...ok, visit: '2026-02-30' }, { path: 'answers.visit', code: 'invalid-value' }],
      [{ ...ok, area: 'mars' }, { path: 'answers.area', code: 'unknown-area' }],
      [{ ...ok, spot: { type: 'Point', coordinates: [200, 62] } }, { path: 'answers.spot', code: 'out-of-range' }],
      [{ ...ok, budget: { green: 50, light: 30, safe: 30 } }, { path: 'answers.budget', code: 'over-budget', limit: 100 }],
      [{ ...ok, budget: { green: 50, light: 30 } }, { path: 'answers.budget', code: 'budget-not-spent', limit: 100 }],
      [{ ...ok, budget: { green: -10, light: 60, safe: 50 } }, { path: 'answers.budget', code: 'invalid-value' }],
      [{ ...ok, travel: 'bike' }, { path: 'answers.needs', code: 'condition-not-met' }],
      [{ ...ok, nps: 9 }, { path: 'answers.nps', code: 'condition-not-met' }],
      [{ ...ok, satisfaction: undefined }, { path: 'answers.satisfaction', code: 'required' }],
    ];
    for (const [answers, error] of cases) {
      const r = await answer(answers);
      expect(r.status, JSON.stringify(error)).toBe(422);
      expect(r.headers.get('content-type')).toContain('application/problem+json');
      const problem = await json(r);
      expect(problem.code).toBe('validation-failed');
      expect(problem.errors, JSON.stringify(error)).toContainEqual(error);
    }
    expect(await responseCount()).toBe(0);
    expect((await answer({ ...ok, satisfaction: 5, nps: 9 })).status).toBe(201);
    expect(await responseCount()).toBe(1);
  });

  it('takes one response per browser (soft), and none when the survey is closed', async () => {
    await createSurvey();
    expect((await answer(handResponses[1], 1)).status).toBe(201);
    const again = await answer(handResponses[2], 1);
    expect(again.status).toBe(409);
    expect((await json(again)).code).toBe('already-answered');
    expect((await answer(handResponses[2], 2)).status).toBe(201);
    await call('/admin/surveys/asuinalue/close', { method: 'POST', key: keys.admin });
    const closed = await answer(handResponses[3], 3);
    expect(closed.status).toBe(409);
    expect((await json(closed)).code).toBe('survey-closed');
    expect(await responseCount()).toBe(2);
  });

  it('edits in place while unanswered; once answered, an edit is a new version and old answers keep theirs', async () => {
    await createSurvey();
    const edited = structuredClone(surveyDefinition);
    edited.title.fi = 'Asuinaluekysely';
    let s = await json<Survey>(await call('/admin/surveys/asuinalue', { method: 'PUT', key: keys.admin, body: { definition: edited } }));
    expect(s.version).toBe(1);
    expect(s.definition.title.fi).toBe('Asuinaluekysely');
    expect((await answer(handResponses[1], 1)).status).toBe(201);
    edited.pages[2]!.questions.pop();
    s = await json<Survey>(await call('/admin/surveys/asuinalue', { method: 'PUT', key: keys.admin, body: { definition: edited } }));
    expect(s.version).toBe(2);
    expect((await json<Survey>(await call('/surveys/asuinalue'))).version).toBe(2);
    const outdated = await answer(handResponses[3], 2, 1);
    expect(outdated.status).toBe(409);
    expect((await json(outdated)).code).toBe('version-outdated');
    expect((await answer({ ...handResponses[3], nickname: 'x' }, 2, 2)).status).toBe(422);
    expect((await answer(handResponses[3], 2, 2)).status).toBe(201);
    const v1 = await json<SurveyResults>(await call('/surveys/asuinalue/results?version=1'));
    const v2 = await json<SurveyResults>(await call('/surveys/asuinalue/results'));
    expect([v1.version, v1.responses, v2.version, v2.responses]).toEqual([1, 1, 2, 1]);
    expect(v1.questions.map((q) => q.id)).toContain('nickname');
    expect(v2.questions.map((q) => q.id)).not.toContain('nickname');
  });
});

describe('strict surveys (once per verified person)', () => {
  const strict = () => createSurvey(surveyDefinition, true, { respondents: 'verified' });
  const ok = handResponses[1]!;

  it('take one response per verified person with a token for this survey, and forget the address', async () => {
    await strict();
    expect((await json<Survey>(await call('/surveys/asuinalue'))).respondents).toBe('verified');
    const anonymous = await answer(ok, 1);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('content-type')).toContain('application/problem+json');
    expect(anonymous.headers.get('www-authenticate')).toContain('Bearer');
    expect((await json(anonymous)).code).toBe('survey-verification-required');

    const first = await surveyToken('Maija.Meikalainen@Example.fi');
    expect(first).toMatchObject({ surveyId: 'asuinalue', answered: false, token: expect.stringMatching(/^vt_/) });
    expect(Date.parse(first.expiresAt) - Date.now()).toBeGreaterThan(29 * 60 * 1000);
    expect(await env.DB.prepare('SELECT COUNT(*) AS n FROM email_codes').first('n')).toBe(0);
    const mail = (await json<{ to: string; subject: string; text: string }[]>(await call('/admin/dev-outbox', { key: keys.admin })))[0]!;
    expect(mail.text).toContain('Millainen on sinun asuinalueesi?');

    expect((await answer(ok, 1, 1, first.token)).status).toBe(201);
    const status = await call('/surveys/asuinalue/verification', { headers: { authorization: `Bearer ${first.token}` } });
    expect(await json(status)).toEqual({ surveyId: 'asuinalue', expiresAt: first.expiresAt, answered: true });
    // Another browser id does not make another person.
    const twice = await answer(handResponses[2], 2, 1, first.token);
    expect(twice.status).toBe(409);
    expect((await json(twice)).code).toBe('already-answered');
    // Nor does a new code for the same address written differently.
    const again = await surveyToken('  maija.meikalainen@example.FI ');
    expect(again.answered).toBe(true);
    expect((await answer(handResponses[2], 3, 1, again.token)).status).toBe(409);

    const other = await surveyToken('matti@example.fi');
    expect((await answer(handResponses[2], 4, 1, other.token)).status).toBe(201);
    expect(await responseCount()).toBe(2);
    // Stored: HMAC keys only, no address anywhere in the survey's rows.
    const rows = await env.DB.prepare('SELECT respondent_hash, answers FROM survey_responses').all<{ respondent_hash: string; answers: string }>();
    for (const row of rows.results) {
      expect(row.respondent_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(row.answers).not.toContain('@');
    }
  });

  it('refuse a token of another survey or of a voting process, and a survey token cannot vote', async () => {
    await strict();
    await createSurvey(surveyDefinition, true, { id: 'toinen', respondents: 'verified' });
    const forOther = await surveyToken('a@example.fi', 'toinen');
    const wrongSurvey = await answer(ok, 1, 1, forOther.token);
    expect(wrongSurvey.status).toBe(403);
    expect((await json(wrongSurvey)).code).toBe('survey-token-wrong-survey');
    const voter = await voterToken('vote');
    const fromVoting = await answer(ok, 1, 1, voter);
    expect(fromVoting.status).toBe(403);
    expect((await json(fromVoting)).code).toBe('survey-token-wrong-survey');
    expect((await call('/surveys/asuinalue/verification', { headers: { authorization: `Bearer ${voter}` } })).status).toBe(403);
    const atTheBallotBox = await call('/processes/vote/voter', { headers: { authorization: `Bearer ${forOther.token}` } });
    expect(atTheBallotBox.status).toBe(403);
    expect((await json(atTheBallotBox)).code).toBe('voter-token-wrong-process');
    // An expired token is no token.
    const mine = await surveyToken('b@example.fi');
    await env.DB.prepare("UPDATE voter_sessions SET expires_at = '2000-01-01T00:00:00.000Z'").run();
    expect((await json(await answer(ok, 1, 1, mine.token))).code).toBe('survey-verification-required');
    expect(await responseCount()).toBe(0);
    // The same address gets unrelated keys in two surveys: answers cannot be joined.
    await env.DB.prepare("UPDATE voter_sessions SET expires_at = '2100-01-01T00:00:00.000Z'").run();
    const here = await surveyToken('c@example.fi');
    const there = await surveyToken('c@example.fi', 'toinen');
    expect((await answer(ok, 1, 1, here.token)).status).toBe(201);
    expect((await answer(ok, 1, 1, there.token, 'toinen')).status).toBe(201);
    const keysOf = await env.DB.prepare('SELECT DISTINCT respondent_hash FROM survey_responses').all();
    expect(keysOf.results).toHaveLength(2);
  });

  it('use the voting code rules: scoped codes, five wrong guesses lock, shared rate limits', async () => {
    await strict();
    // A code asked for voting does not open the survey, and the survey's code does not verify a voter.
    await call('/processes/vote/voter/email-code', { body: { email: 'd@example.fi' } });
    const votingCode = await outboxCode('d@example.fi');
    const crossed = await call('/surveys/asuinalue/verification', { body: { email: 'd@example.fi', code: votingCode } });
    expect(crossed.status).toBe(422);
    expect((await json(crossed)).code).toBe('code-invalid');

    await call('/surveys/asuinalue/verification/email-code', { body: { email: 'e@example.fi' } });
    const code = await outboxCode('e@example.fi');
    const wrong = code === '123456' ? '654321' : '123456';
    const answers: string[] = [];
    for (let i = 0; i < 5; i++) answers.push((await json(await call('/surveys/asuinalue/verification', { body: { email: 'e@example.fi', code: wrong } }))).code);
    expect(answers).toEqual(['code-invalid', 'code-invalid', 'code-invalid', 'code-invalid', 'code-locked']);
    expect((await json(await call('/surveys/asuinalue/verification', { body: { email: 'e@example.fi', code } }))).code).toBe('code-invalid');
    const locked = await env.DB.prepare("SELECT COUNT(*) AS n FROM email_codes WHERE process_id = 'survey:asuinalue'").first('n');
    expect(locked).toBe(0);

    const expiring = await call('/surveys/asuinalue/verification/email-code', { body: { email: 'f@example.fi' } });
    expect(await json(expiring)).toEqual({ expiresAt: expect.any(String) });
    await env.DB.prepare("UPDATE email_codes SET expires_at = '2000-01-01T00:00:00.000Z'").run();
    const late = await call('/surveys/asuinalue/verification', { body: { email: 'f@example.fi', code: await outboxCode('f@example.fi') } });
    expect((await json(late)).code).toBe('code-expired');

    // Three codes per address per 10 minutes, voting and surveys together.
    const statuses = [
      (await call('/processes/vote/voter/email-code', { body: { email: 'g@example.fi' } })).status,
      (await call('/surveys/asuinalue/verification/email-code', { body: { email: 'g@example.fi' } })).status,
      (await call('/surveys/asuinalue/verification/email-code', { body: { email: 'g@example.fi' } })).status,
      (await call('/surveys/asuinalue/verification/email-code', { body: { email: 'g@example.fi' } })).status,
    ];
    expect(statuses).toEqual([202, 202, 202, 429]);
  });

  it('can be made strict by staff only while nobody has answered', async () => {
    await createSurvey();
    const put = (respondents: string) => call('/admin/surveys/asuinalue', { method: 'PUT', key: keys.admin, body: { definition: surveyDefinition, respondents } });
    const strictNow = await put('verified');
    expect(strictNow.status).toBe(200);
    expect((await json<Survey>(strictNow)).respondents).toBe('verified');
    expect((await answer(ok, 1)).status).toBe(401);
    expect((await put('browser')).status).toBe(200);
    expect((await answer(ok, 1)).status).toBe(201);
    const late = await put('verified');
    expect(late.status).toBe(422);
    expect((await json(late)).errors).toEqual([{ path: 'respondents', code: 'invalid-value', detail: expect.any(String) }]);
    expect((await json<Survey>(await call('/surveys/asuinalue'))).respondents).toBe('browser');
  });

  it('leave nothing behind: the scheduled purge removes expired survey codes and tokens', async () => {
    await strict();
    await surveyToken('i@example.fi');
    await call('/surveys/asuinalue/verification/email-code', { body: { email: 'j@example.fi' } });
    expect(await env.DB.prepare("SELECT COUNT(*) AS n FROM voter_sessions WHERE process_id = 'survey:asuinalue'").first('n')).toBe(1);
    await pbHousekeeping(env.DB, new Date(Date.now() + 31 * 60 * 1000));
    expect(await env.DB.prepare("SELECT COUNT(*) AS n FROM voter_sessions WHERE process_id = 'survey:asuinalue'").first('n')).toBe(0);
    expect(await env.DB.prepare('SELECT COUNT(*) AS n FROM email_codes').first('n')).toBe(0);
  });

  it('verify only for strict surveys that are open; soft surveys ignore tokens', async () => {
    await createSurvey();
    const soft = await call('/surveys/asuinalue/verification/email-code', { body: { email: 'h@example.fi' } });
    expect(soft.status).toBe(404);
    expect((await json(soft)).code).toBe('not-found');
    expect((await call('/surveys/asuinalue/verification', { body: { email: 'h@example.fi', code: '123456' } })).status).toBe(404);
    expect((await answer(ok, 1, 1, 'vt_notarealtokennotarealtoken00')).status).toBe(201);
    await createSurvey(surveyDefinition, false, { id: 'luonnos', respondents: 'verified' });
    expect((await call('/surveys/luonnos/verification/email-code', { body: { email: 'h@example.fi' } })).status).toBe(404);
    await call('/admin/surveys/luonnos/open', { method: 'POST', key: keys.admin });
    await call('/admin/surveys/luonnos/close', { method: 'POST', key: keys.admin });
    const closed = await call('/surveys/luonnos/verification/email-code', { body: { email: 'h@example.fi' } });
    expect(closed.status).toBe(409);
    expect((await json(closed)).code).toBe('survey-closed');
    const bad = await call('/surveys/luonnos/verification', { body: { email: 'not an address', code: '12' } });
    expect(bad.status).toBe(422);
    expect((await json(bad)).errors.map((e: { path: string }) => e.path).sort()).toEqual(['code', 'email']);
  });
});

describe('results', () => {
  beforeEach(async () => {
    await createSurvey();
    for (const [i, r] of handResponses.entries()) expect((await answer(r, i + 1)).status).toBe(201);
  });

  it('match the hand-computed aggregates', async () => {
    const results = await json<SurveyResults>(await call('/surveys/asuinalue/results'));
    const q = (id: string) => results.questions.find((x) => x.id === id)!;
    expect(results.responses).toBe(4);
    expect(q('area').counts).toEqual([
      { id: 'a1', count: 2, percent: 50 },
      { id: 'a2', count: 2, percent: 50 },
    ]);
    expect(q('satisfaction')).toMatchObject({ answered: 4, mean: 3.75, median: 4 });
    expect(q('satisfaction').counts!.map((c) => [c.id, c.count, c.percent])).toEqual([
      ['1', 0, 0],
      ['2', 1, 25],
      ['3', 0, 0],
      ['4', 2, 50],
      ['5', 1, 25],
    ]);
    expect(q('travel').counts).toEqual([
      { id: 'car', count: 2, percent: 50 },
      { id: 'bike', count: 1, percent: 25 },
      { id: 'bus', count: 0, percent: 0 },
      { id: 'other', count: 1, percent: 25 },
    ]);
    expect(q('needs')).toMatchObject({ answered: 2, counts: [{ id: 'parks', count: 2, percent: 100 }, { id: 'lights', count: 1, percent: 50 }, { id: 'benches', count: 0, percent: 0 }] });
    expect(q('priorities').scores).toEqual([
      { id: 'green', score: 5, meanPosition: 1.5 },
      { id: 'safe', score: 4, meanPosition: 2 },
      { id: 'light', score: 3, meanPosition: 2.5 },
    ]);
    expect(q('age')).toMatchObject({ answered: 2, mean: 35.5, median: 35.5 });
    expect(q('budget').averages).toEqual([
      { id: 'green', average: 50 },
      { id: 'light', average: 25 },
      { id: 'safe', average: 25 },
    ]);
    expect(q('spot').geojson).toEqual({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [27.68, 62.89] }, properties: { responseId: expect.any(Number) } }],
    });
    expect(q('nps')).toMatchObject({ answered: 0, mean: null, median: null });
    expect(results.questions.map((x) => x.id)).not.toContain('intro');
    // Free texts only for staff.
    expect(results.questions.some((x) => x.texts)).toBe(false);
    const staff = await json<SurveyResults>(await call('/admin/surveys/asuinalue/results', { key: keys.reviewer }));
    const sq = (id: string) => staff.questions.find((x) => x.id === id)!;
    expect(sq('ideas').texts).toEqual(['Lisää penkkejä, kiitos']);
    expect(sq('travel').texts).toEqual(['potkulauta']);
  });

  it('export CSV with a BOM, one row per response and one column per answer field', async () => {
    const r = await call('/admin/surveys/asuinalue/responses.csv', { key: keys.admin });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await r.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const lines = text.trimEnd().split('\r\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toBe(
      'response,createdAt,area,satisfaction,travel,travel.other,needs.parks,needs.lights,needs.benches,priorities.green,priorities.light,priorities.safe,age,visit,spot.lon,spot.lat,nps,budget.green,budget.light,budget.safe,ideas,nickname',
    );
    const cells = (line: string) => line.split(',');
    expect(cells(lines[1]!).slice(2)).toEqual(['a1', '4', 'car', '', '1', '1', '0', '1', '2', '3', '30', '2026-10-01', '27.68', '62.89', '', '50', '30', '20', '"Lisää penkkejä', ' kiitos"', '']);
    expect(cells(lines[3]!).slice(2)).toEqual(['a2', '5', 'other', 'potkulauta', '', '', '', '', '', '', '', '', '', '', '', '20', '40', '40', '', "'=KAUPUNKI"]);
    expect((await call('/admin/surveys/asuinalue/responses.csv')).status).toBe(401);
  });

  it('export CSV for Excel with Finnish settings with ?separator=semicolon: ";" between fields, decimal commas, the BOM kept; an unknown separator is 422', async () => {
    const r = await call('/admin/surveys/asuinalue/responses.csv?separator=semicolon', { key: keys.admin });
    expect(r.status).toBe(200);
    const bytes = new Uint8Array(await r.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).trimEnd().split('\r\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toBe(
      'response;createdAt;area;satisfaction;travel;travel.other;needs.parks;needs.lights;needs.benches;priorities.green;priorities.light;priorities.safe;age;visit;spot.lon;spot.lat;nps;budget.green;budget.light;budget.safe;ideas;nickname',
    );
    const cells = (line: string) => line.split(';');
    // Coordinates with a decimal comma; the free text's comma needs no quotes; timestamps stay ISO.
    expect(cells(lines[1]!).slice(2)).toEqual(['a1', '4', 'car', '', '1', '1', '0', '1', '2', '3', '30', '2026-10-01', '27,68', '62,89', '', '50', '30', '20', 'Lisää penkkejä, kiitos', '']);
    expect(cells(lines[1]!)[1]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(cells(lines[3]!).at(-1)).toBe("'=KAUPUNKI");

    const comma = await call('/admin/surveys/asuinalue/responses.csv?separator=comma', { key: keys.admin });
    expect((await comma.text()).split('\r\n')[0]).toMatch(/^\uFEFFresponse,createdAt,area,/);
    const bad = await call('/admin/surveys/asuinalue/responses.csv?separator=tab', { key: keys.admin });
    expect(bad.status).toBe(422);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    expect((await json(bad)).errors).toEqual([expect.objectContaining({ path: 'separator', code: 'invalid-value' })]);
  });

  it('give point answers as a GeoJSON FeatureCollection', async () => {
    const r = await call('/surveys/asuinalue/results/spot.geojson');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toContain('application/geo+json');
    const geo = await json<SurveyMapGeoJson>(r);
    expect(geo).toEqual({
      type: 'FeatureCollection',
      surveyId: 'asuinalue',
      version: 1,
      questionId: 'spot',
      answered: 1,
      mode: 'point',
      features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [27.68, 62.89] }, properties: { responseId: expect.any(Number) } }],
    });
  });

  it('give area answers as the area polygons with counts, zero counts included', async () => {
    await env.DB.prepare(`INSERT INTO areas (tenant_id, id, name_fi, geometry) VALUES ('testcity', 'a3', 'Tyhjä', ?1)`)
      .bind(JSON.stringify({ type: 'Polygon', coordinates: [[[27, 62], [27.1, 62], [27.1, 62.1], [27, 62]]] }))
      .run();
    const geo = await json<SurveyMapGeoJson>(await call('/surveys/asuinalue/results/area.geojson?version=1'));
    expect(geo).toMatchObject({ type: 'FeatureCollection', questionId: 'area', mode: 'area', answered: 4 });
    const byId = Object.fromEntries((geo.features as SurveyAreaFeature[]).map((f) => [f.id, f]));
    expect(Object.keys(byId).sort()).toEqual(['a1', 'a2', 'a3']);
    expect(byId.a1).toMatchObject({ type: 'Feature', geometry: { type: 'Polygon' }, properties: { areaId: 'a1', name: { fi: 'Keskusta', sv: 'Centrum' }, count: 2, percent: 50 } });
    expect(byId.a2!.properties).toMatchObject({ count: 2, percent: 50 });
    expect(byId.a3!.properties).toMatchObject({ count: 0, percent: 0 });
    // The same numbers as the results API.
    const results = await json<SurveyResults>(await call('/surveys/asuinalue/results'));
    const counts = results.questions.find((q) => q.id === 'area')!.counts!;
    for (const c of counts) expect(byId[c.id]!.properties).toMatchObject({ count: c.count, percent: c.percent });
  });

  it('answer 404 problem+json for a question that is not a map question, and for drafts', async () => {
    for (const path of ['/surveys/asuinalue/results/satisfaction.geojson', '/surveys/asuinalue/results/nope.geojson']) {
      const r = await call(path);
      expect(r.status).toBe(404);
      expect(r.headers.get('content-type')).toContain('application/problem+json');
      expect((await json(r)).code).toBe('not-found');
    }
    await createSurvey(surveyDefinition, false, { id: 'luonnos' });
    expect((await json(await call('/surveys/luonnos/results/spot.geojson'))).code).toBe('survey-not-found');
  });
});

describe('aggregates', () => {
  it('round percentages to one decimal and means to two; the median of an odd count is the middle value', () => {
    const definition = v.parse(SurveyDefinitionSchema, surveyDefinition);
    const responses = [
      { satisfaction: 1, budget: { green: 100, light: 0, safe: 0 }, area: 'a1', travel: 'bus' },
      { satisfaction: 2, budget: { green: 0, light: 100, safe: 0 }, area: 'a1', travel: 'bus' },
      { satisfaction: 5, budget: { green: 0, light: 0, safe: 100 }, area: 'a2', travel: 'car', age: 20, needs: ['parks'], priorities: ['light', 'safe', 'green'] },
    ].map((answers, i) => ({ id: i + 1, createdAt: '2026-12-07T00:00:00.000Z', answers }));
    const results = aggregateSurvey('s', 1, definition, responses as never, { staff: false, areaIds: ['a1', 'a2'] });
    const q = (id: string) => results.questions.find((x) => x.id === id)!;
    // hand-computed: (1+2+5)/3 = 2.666… → 2.67; sorted 1,2,5 → median 2; 2 of 3 = 66.7 %, 1 of 3 = 33.3 %
    expect(q('satisfaction')).toMatchObject({ answered: 3, mean: 2.67, median: 2 });
    expect(q('area').counts).toEqual([
      { id: 'a1', count: 2, percent: 66.7 },
      { id: 'a2', count: 1, percent: 33.3 },
    ]);
    expect(q('travel').counts!.find((c) => c.id === 'bus')).toEqual({ id: 'bus', count: 2, percent: 66.7 });
    expect(q('budget').averages).toEqual([
      { id: 'green', average: 33.33 },
      { id: 'light', average: 33.33 },
      { id: 'safe', average: 33.33 },
    ]);
    // one ranking of three: first gets 3 points, last 1
    expect(q('priorities').scores).toEqual([
      { id: 'light', score: 3, meanPosition: 1 },
      { id: 'safe', score: 2, meanPosition: 2 },
      { id: 'green', score: 1, meanPosition: 3 },
    ]);
    expect(q('age')).toMatchObject({ answered: 1, mean: 20, median: 20 });
    expect(q('ideas')).toEqual({ id: 'ideas', type: 'long-text', answered: 0 });
  });
});
