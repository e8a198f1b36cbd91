/**
 * Public survey routes (`/v1/{tenant}/surveys/{id}`): the current definition of an open or closed
 * survey, answering it — once per browser (soft: the respondent id is kept only as an HMAC) or,
 * for `respondents: "verified"`, once per person proven with the voting email-code check (strict:
 * a token for this survey) — public aggregates (no free texts) and map answers as GeoJSON.
 * Answers that do not fit the definition are a 422 naming the question; a response is stored
 * whole or not at all.
 *
 * @example POST /v1/kuopio/surveys/asuinalue/verification/email-code {"email":"maija@example.fi"}
 * @example POST /v1/kuopio/surveys/asuinalue/verification {"email":"maija@example.fi","code":"123456"}
 */
import { Hono } from 'hono';
import type { Context } from 'hono';
import * as v from 'valibot';
import {
  checkSurveyAnswers,
  SurveyEmailCodeRequestSchema,
  SurveyResponseInputSchema,
  SurveyVerifyInputSchema,
  type EmailCodeSent,
  type Language,
  type Survey,
  type SurveyAnswers,
  type SurveyResponseCreated,
  type SurveyVerification,
  type SurveyVerificationStatus,
} from '@osallistu/contract';
import type { AppEnv } from '../env.js';
import { addSurveyResponse, getSurvey, getSurveyAndAreaIds, hasSurveyResponse, listSurveyResponses } from '../db/surveys.js';
import { listAreas } from '../db/areas.js';
import { openSurveySession } from '../db/survey-sessions.js';
import { validate } from '../middleware/validate.js';
import { fieldProblem, ProblemError } from '../lib/problem-error.js';
import { hmacHex, sha256Hex } from '../lib/crypto.js';
import { nowIso } from '../lib/now.js';
import { limitVerifyAttempts, sendEmailCode, spendEmailCode, verifiedTokenLifetimeMs } from '../auth/email-code-check.js';
import { newVoterToken, voterKey } from '../pb/voter-identity.js';
import { aggregateSurvey } from '../surveys/aggregate-survey.js';
import { emailCodeMessage } from '../mail/email-code-message.js';
import { surveyMapGeoJson } from '../surveys/survey-map-geojson.js';
import { requireSurveyRespondent, surveyScope } from '../surveys/survey-respondent.js';

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

/** A strict survey that takes answers now; verification of a `browser` survey is 404 (no such thing). */
async function verifiedOpenSurvey(c: Context<AppEnv>): Promise<Survey> {
  const survey = await publicSurvey(c);
  if (survey.respondents !== 'verified') throw new ProblemError(404, 'not-found', { detail: 'This survey takes answers without verification' });
  if (survey.status !== 'open') throw new ProblemError(409, 'survey-closed');
  return survey;
}

const ResultsQuerySchema = v.strictObject({ version: v.optional(v.pipe(v.string(), v.regex(/^[1-9]\d{0,5}$/, 'invalid-value'), v.transform(Number))) });

export const surveys = new Hono<AppEnv>()
  .get('/:survey', async (c) => c.json(await publicSurvey(c)))
  .post('/:survey/responses', validate('json', SurveyResponseInputSchema), async (c) => {
    const input = c.req.valid('json');
    const { survey, areaIds } = await getSurveyAndAreaIds(c.env.DB, c.var.tenant.id, c.req.param('survey') ?? '');
    if (!survey || survey.status === 'draft') throw new ProblemError(404, 'survey-not-found');
    if (survey.status !== 'open') throw new ProblemError(409, 'survey-closed');
    if (input.version !== survey.version) throw new ProblemError(409, 'version-outdated', { detail: `The current version is ${survey.version}` });
    // Strict: the person's survey-scoped key from the token; soft: the browser id's HMAC.
    const respondentHash =
      survey.respondents === 'verified'
        ? (await requireSurveyRespondent(c, survey.id)).voter_key
        : await hmacHex(c.env.HASH_SECRET, `survey:${survey.id}:${input.respondentId}`);
    const errors = checkSurveyAnswers(survey.definition, input.answers, { areaIds: new Set(areaIds) });
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
        respondentHash,
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
  })
  .get('/:survey/results/:file{[a-z0-9][a-z0-9-]{0,39}\\.geojson}', validate('query', ResultsQuerySchema), async (c) => {
    const survey = await publicSurvey(c, c.req.valid('query').version);
    const questionId = c.req.param('file').replace(/\.geojson$/, '');
    const question = survey.definition.pages.flatMap((p) => p.questions).find((q) => q.id === questionId);
    if (question?.type !== 'map') throw new ProblemError(404, 'not-found', { detail: 'No map question with this id' });
    const responses = await listSurveyResponses(c.env.DB, c.var.tenant.id, survey.id, survey.version);
    const areas = question.mode === 'area' ? await listAreas(c.env.DB, c.var.tenant.id, true) : [];
    const body = surveyMapGeoJson(survey.id, survey.version, survey.definition, questionId, responses, areas);
    return c.body(JSON.stringify(body), 200, { 'content-type': 'application/geo+json; charset=utf-8' });
  })
  .post('/:survey/verification/email-code', validate('json', SurveyEmailCodeRequestSchema), async (c) => {
    const survey = await verifiedOpenSurvey(c);
    const { email, lang } = c.req.valid('json');
    const expiresAt = await sendEmailCode(c, surveyScope(survey.id), email, (code) =>
      emailCodeMessage((lang ?? 'fi') as Language, code, { kind: 'survey', title: survey.definition.title }, c.var.tenant.name),
    );
    const sent: EmailCodeSent = { expiresAt };
    return c.json(sent, 202);
  })
  .post('/:survey/verification', validate('json', SurveyVerifyInputSchema), async (c) => {
    const survey = await verifiedOpenSurvey(c);
    const tenantId = c.var.tenant.id;
    const { email, code } = c.req.valid('json');
    await limitVerifyAttempts(c);
    const now = new Date();
    const scope = surveyScope(survey.id);
    const identity = await spendEmailCode(c, scope, email, code, now);
    const respondentKey = await voterKey(c.env.HASH_SECRET, tenantId, scope, identity);
    const token = newVoterToken();
    const expiresAt = new Date(now.getTime() + verifiedTokenLifetimeMs).toISOString();
    await openSurveySession(c.env.DB, { tokenHash: await sha256Hex(token), tenantId, scope, respondentKey, expiresAt });
    const body: SurveyVerification = { token, surveyId: survey.id, expiresAt, answered: await hasSurveyResponse(c.env.DB, tenantId, survey.id, respondentKey) };
    return c.json(body, 201);
  })
  .get('/:survey/verification', async (c) => {
    const survey = await publicSurvey(c);
    const session = await requireSurveyRespondent(c, survey.id);
    const body: SurveyVerificationStatus = {
      surveyId: survey.id,
      expiresAt: session.expires_at,
      answered: await hasSurveyResponse(c.env.DB, c.var.tenant.id, survey.id, session.voter_key),
    };
    return c.json(body);
  });
