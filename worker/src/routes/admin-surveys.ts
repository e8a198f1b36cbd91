/**
 * Staff survey routes (`/v1/{tenant}/admin/surveys`, admin and reviewer): create (draft, version 1),
 * read, edit (in place while unanswered, otherwise a new version — old answers keep theirs),
 * open and close, results with free texts, and the CSV export (UTF-8 with BOM; `?separator=semicolon`
 * for Excel with Finnish settings).
 */
import { Hono } from 'hono';
import * as v from 'valibot';
import { SurveyEditSchema, SurveyInputSchema, type FieldError } from '@osallistu/contract';
import type { AppEnv } from '../env.js';
import { createSurvey, editSurvey, getSurvey, listSurveyResponses, setSurveyRespondents, setSurveyStatus } from '../db/surveys.js';
import { areaExists } from '../db/areas.js';
import { requireRole } from '../middleware/admin-auth.js';
import { validate } from '../middleware/validate.js';
import { fieldProblem, ProblemError } from '../lib/problem-error.js';
import { nowIso } from '../lib/now.js';
import { aggregateSurvey } from '../surveys/aggregate-survey.js';
import { surveyCsv } from '../surveys/survey-csv.js';
import { CsvSeparatorOptionSchema, csvSeparator } from '../lib/csv.js';
import { requireSurvey, tenantAreaIds } from './surveys.js';

const staff = requireRole('admin', 'reviewer');
const VersionSchema = v.optional(v.pipe(v.string(), v.regex(/^[1-9]\d{0,5}$/, 'invalid-value'), v.transform(Number)));
const VersionQuerySchema = v.strictObject({ version: VersionSchema });
const CsvExportQuerySchema = v.strictObject({ version: VersionSchema, separator: CsvSeparatorOptionSchema });

async function countResponses(db: D1Database, tenantId: string, surveyId: string): Promise<number> {
  const row = await db.prepare('SELECT COUNT(*) AS n FROM survey_responses WHERE tenant_id = ?1 AND survey_id = ?2').bind(tenantId, surveyId).first<{ n: number }>();
  return row?.n ?? 0;
}

function status(to: 'open' | 'closed') {
  return async (c: import('hono').Context<AppEnv>) => {
    const survey = await requireSurvey(c);
    await setSurveyStatus(c.env.DB, c.var.tenant.id, survey.id, to, nowIso());
    return c.json({ ...survey, status: to });
  };
}

export const adminSurveys = new Hono<AppEnv>()
  .use(staff)
  .post('/', validate('json', SurveyInputSchema), async (c) => {
    const input = c.req.valid('json');
    const db = c.env.DB;
    const tenantId = c.var.tenant.id;
    const errors: FieldError[] = [];
    if (!(await db.prepare('SELECT 1 FROM processes WHERE tenant_id = ?1 AND id = ?2').bind(tenantId, input.processId).first())) {
      errors.push({ path: 'processId', code: 'invalid-value', detail: 'unknown process' });
    }
    if (input.areaId && !(await areaExists(db, tenantId, input.areaId))) errors.push({ path: 'areaId', code: 'unknown-area' });
    if (errors.length > 0) throw fieldProblem(errors);
    const created = await createSurvey(
      db,
      tenantId,
      { id: input.id, processId: input.processId, areaId: input.areaId ?? null, respondents: input.respondents, definition: input.definition },
      nowIso(),
    );
    if (!created) throw fieldProblem([{ path: 'id', code: 'invalid-value', detail: 'a survey with this id exists' }]);
    return c.json({ ...(await getSurvey(db, tenantId, input.id)), responseCount: 0 }, 201);
  })
  .get('/:survey', validate('query', VersionQuerySchema), async (c) => {
    const survey = await requireSurvey(c, c.req.valid('query').version);
    return c.json({ ...survey, responseCount: await countResponses(c.env.DB, c.var.tenant.id, survey.id) });
  })
  .put('/:survey', validate('json', SurveyEditSchema), async (c) => {
    const survey = await requireSurvey(c);
    const input = c.req.valid('json');
    if (input.respondents && input.respondents !== survey.respondents) {
      if ((await countResponses(c.env.DB, c.var.tenant.id, survey.id)) > 0) {
        throw fieldProblem([{ path: 'respondents', code: 'invalid-value', detail: 'who may answer cannot change once the survey has answers' }]);
      }
      await setSurveyRespondents(c.env.DB, c.var.tenant.id, survey.id, input.respondents, nowIso());
    }
    const version = await editSurvey(c.env.DB, c.var.tenant.id, survey.id, survey.version, input.definition, nowIso());
    return c.json({ ...(await getSurvey(c.env.DB, c.var.tenant.id, survey.id, version)), responseCount: await countResponses(c.env.DB, c.var.tenant.id, survey.id) });
  })
  .post('/:survey/open', status('open'))
  .post('/:survey/close', status('closed'))
  .get('/:survey/results', validate('query', VersionQuerySchema), async (c) => {
    const survey = await requireSurvey(c, c.req.valid('query').version);
    const responses = await listSurveyResponses(c.env.DB, c.var.tenant.id, survey.id, survey.version);
    return c.json(aggregateSurvey(survey.id, survey.version, survey.definition, responses, { staff: true, areaIds: await tenantAreaIds(c.env.DB, c.var.tenant.id) }));
  })
  .get('/:survey/responses.csv', validate('query', CsvExportQuerySchema), async (c) => {
    const { version, separator } = c.req.valid('query');
    const survey = await requireSurvey(c, version);
    const responses = await listSurveyResponses(c.env.DB, c.var.tenant.id, survey.id, survey.version);
    return c.body(surveyCsv(survey.definition, responses, csvSeparator(separator)), 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${survey.id}-v${survey.version}.csv"`,
    });
  });
