/**
 * Surveys API (issue 5) through the real entrypoint with D1: definition validation, answers checked
 * against the definition (422 naming the question, nothing stored), once per browser, versions
 * with existing answers, aggregates against a hand-computed fixture, the CSV export, roles.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { SurveyDefinitionSchema, type Survey, type SurveyResults } from '@osallistu/contract';
import { surveySeedDefinition } from '../seed/survey-seed.mjs';
import { call, json, keys, seedFixture } from './fixture.js';
import { handResponses, surveyDefinition } from './survey-fixture.js';

const respondent = (n: number) => `respondent-${String(n).padStart(8, '0')}`;

async function createSurvey(definition: unknown = surveyDefinition, open = true): Promise<Survey> {
  const r = await call('/admin/surveys', { key: keys.admin, body: { id: 'asuinalue', processId: 'pb-test', areaId: 'a1', definition } });
  if (r.status !== 201) throw new Error(`create: ${r.status} ${await r.text()}`);
  if (open) expect((await call('/admin/surveys/asuinalue/open', { method: 'POST', key: keys.admin })).status).toBe(200);
  return json<Survey>(r);
}

function answer(answers: unknown, n = 1, version = 1): Promise<Response> {
  return call('/surveys/asuinalue/responses', { body: { version, respondentId: respondent(n), answers } });
}

async function responseCount(): Promise<number> {
  return (await json<Survey>(await call('/admin/surveys/asuinalue', { key: keys.admin }))).responseCount ?? -1;
}

beforeEach(seedFixture);

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
});
