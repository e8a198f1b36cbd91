/**
 * Public survey routes (`/v1/{tenant}/surveys/{id}`): the current definition of an open or closed
 * survey, answering it (once per browser: the respondent id is kept only as an HMAC), and public
 * aggregates (no free texts). Answers that do not fit the definition are a 422 naming the
 * question; a response is stored whole or not at all.
 */
import { Hono } from 'hono';
import type { Context } from 'hono';
import * as v from 'valibot';
import { checkSurveyAnswers, SurveyResponseInputSchema, type Survey, type SurveyAnswers, type SurveyResponseCreated } from '@osallistu/contract';
import type { AppEnv } from '../env.js';
import { addSurveyResponse, getSurvey, listSurveyResponses } from '../db/surveys.js';
import { validate } from '../middleware/validate.js';
import { fieldProblem, ProblemError } from '../lib/problem-error.js';
import { hmacHex } from '../lib/crypto.js';
import { nowIso } from '../lib/now.js';
import { aggregateSurvey } from '../surveys/aggregate-survey.js';

export async function tenantAreaIds(db: D1Database, tenantId: string): Promise<string[]> {
  const { results } = await db.prepare('SELECT id FROM areas WHERE tenant_id = ?1 ORDER BY id').bind(tenantId).all<{ id: string }>();
  return results.map((r) => r.id);
}

/** The survey (any status) or 404 `survey-not-found`; `version` picks an older definition. */
export async function requireSurvey(c: Context<AppEnv>, version?: number): Promise<Survey> {
  const survey = await getSurvey(c.env.DB, c.var.tenant.id, c.req.param('survey') ?? '', version);
  if (!survey) throw new ProblemError(404, 'survey-not-found');
  return survey;
}

async function publicSurvey(c: Context<AppEnv>, version?: number): Promise<Survey> {
  const survey = await requireSurvey(c, version);
  if (survey.status === 'draft') throw new ProblemError(404, 'survey-not-found');
  return survey;
}

const ResultsQuerySchema = v.strictObject({ version: v.optional(v.pipe(v.string(), v.regex(/^[1-9]\d{0,5}$/, 'invalid-value'), v.transform(Number))) });

export const surveys = new Hono<AppEnv>()
  .get('/:survey', async (c) => c.json(await publicSurvey(c)))
  .post('/:survey/responses', validate('json', SurveyResponseInputSchema), async (c) => {
    const input = c.req.valid('json');
    const survey = await publicSurvey(c);
    if (survey.status !== 'open') throw new ProblemError(409, 'survey-closed');
    if (input.version !== survey.version) throw new ProblemError(409, 'version-outdated', { detail: `The current version is ${survey.version}` });
    const needsAreas = survey.definition.pages.some((p) => p.questions.some((q) => q.type === 'map' && q.mode === 'area'));
    const areaIds = needsAreas ? new Set(await tenantAreaIds(c.env.DB, c.var.tenant.id)) : undefined;
    const errors = checkSurveyAnswers(survey.definition, input.answers, areaIds ? { areaIds } : {});
    if (errors.length > 0) throw fieldProblem(errors.map((e) => ({ ...e, path: `answers.${e.path}` })));
    const answers = Object.fromEntries(
      Object.entries(input.answers).filter(([, a]) => a !== null && a !== '' && !(Array.isArray(a) && a.length === 0)),
    ) as SurveyAnswers;
    const id = await addSurveyResponse(
      c.env.DB,
      {
        tenantId: c.var.tenant.id,
        surveyId: survey.id,
        version: survey.version,
        respondentHash: await hmacHex(c.env.HASH_SECRET, `survey:${survey.id}:${input.respondentId}`),
        answers,
      },
      nowIso(),
    );
    if (id === null) throw new ProblemError(409, 'already-answered');
    const body: SurveyResponseCreated = { id, surveyId: survey.id, version: survey.version };
    return c.json(body, 201);
  })
  .get('/:survey/results', validate('query', ResultsQuerySchema), async (c) => {
    const survey = await publicSurvey(c, c.req.valid('query').version);
    const responses = await listSurveyResponses(c.env.DB, c.var.tenant.id, survey.id, survey.version);
    return c.json(aggregateSurvey(survey.id, survey.version, survey.definition, responses, { staff: false, areaIds: await tenantAreaIds(c.env.DB, c.var.tenant.id) }));
  });
