/**
 * OpenAPI entries of surveys (docs/api.md, "Surveys"): the public survey, answering it and its
 * results; staff create, edit, open and close surveys and read results and the CSV. Request schemas
 * (definition, answers) from the contract's valibot schemas in survey.ts and survey-answers.ts.
 */
import { SurveyDefinitionSchema, SurveyEditSchema, SurveyInputSchema, SurveyResponseInputSchema, SurveyVerifyInputSchema, surveyRespondentRules } from '@osallistu/contract';
import { arrayOf, bool, int, json, num, object, oneOf, operation, query, ref, str, time, type Paths } from './operation.js';

const tag = 'surveys';
const staff = ['admin', 'reviewer'];
const version = [query('version', { type: 'integer', minimum: 1 })];

export function surveyPaths(): Paths {
  return {
    '/v1/{tenant}/surveys/{survey}': {
      get: operation({ summary: 'The current version of an open or closed survey (drafts are 404)', tag, params: ['survey'], ok: [200, 'Survey'] }),
    },
    '/v1/{tenant}/surveys/{survey}/responses': {
      post: operation({
        summary: 'Answer a survey; every answer is checked against the definition. Strict surveys (respondents: verified) need Authorization: Bearer vt_… from /verification',
        tag,
        params: ['survey'],
        body: 'SurveyResponseInput',
        ok: [201, 'SurveyResponseCreated'],
        idempotent: true,
      }),
    },
    '/v1/{tenant}/surveys/{survey}/results': {
      get: operation({ summary: 'Aggregated results of a version (no free texts)', tag, params: ['survey'], query: version, ok: [200, 'SurveyResults'] }),
    },
    '/v1/{tenant}/surveys/{survey}/results/{file}': {
      get: operation({
        summary: 'The answers of one map question ({question}.geojson) as a GeoJSON FeatureCollection: points, or area polygons with counts',
        tag,
        params: ['survey', { name: 'file', schema: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,39}\\.geojson$' } }],
        query: version,
        ok: [200, { type: 'application/geo+json', schema: ref('SurveyMapGeoJson') }],
      }),
    },
    '/v1/{tenant}/surveys/{survey}/verification/email-code': {
      post: operation({ summary: 'Strict survey: send a 6-digit code by email (as voting: 10 min, same rate limits)', tag, params: ['survey'], body: 'EmailCodeRequest', ok: [202, 'EmailCodeSent'], idempotent: true }),
    },
    '/v1/{tenant}/surveys/{survey}/verification': {
      post: operation({ summary: 'Strict survey: verify the code; a 30-minute token for this survey only', tag, params: ['survey'], body: 'SurveyVerifyInput', ok: [201, 'SurveyVerification'], idempotent: true }),
      get: operation({ summary: 'Strict survey: is the token still good, and has this person answered', tag, params: ['survey'], ok: [200, 'SurveyVerificationStatus'], voter: true }),
    },
    '/v1/{tenant}/admin/surveys': {
      post: operation({ summary: 'Create a survey (draft, version 1)', tag, body: 'SurveyInput', ok: [201, 'Survey'], roles: staff, idempotent: true }),
    },
    '/v1/{tenant}/admin/surveys/{survey}': {
      get: operation({ summary: 'A survey with its response count', tag, params: ['survey'], query: version, ok: [200, 'Survey'], roles: staff }),
      put: operation({ summary: 'Edit the definition: in place while unanswered, else a new version', tag, params: ['survey'], body: 'SurveyEdit', ok: [200, 'Survey'], roles: staff }),
    },
    '/v1/{tenant}/admin/surveys/{survey}/open': {
      post: operation({ summary: 'Open a survey for answers', tag, params: ['survey'], ok: [200, 'Survey'], roles: staff, idempotent: true }),
    },
    '/v1/{tenant}/admin/surveys/{survey}/close': {
      post: operation({ summary: 'Close a survey', tag, params: ['survey'], ok: [200, 'Survey'], roles: staff, idempotent: true }),
    },
    '/v1/{tenant}/admin/surveys/{survey}/results': {
      get: operation({ summary: 'Results with free texts', tag, params: ['survey'], query: version, ok: [200, 'SurveyResults'], roles: staff }),
    },
    '/v1/{tenant}/admin/surveys/{survey}/responses.csv': {
      get: operation({
        summary: 'One row per response (UTF-8 with BOM; formula-like cells quoted); ?separator=semicolon for Excel with Finnish settings (";", decimal comma)',
        tag,
        params: ['survey'],
        query: [...version, query('separator', { enum: ['comma', 'semicolon'] })],
        ok: [200, { type: 'text/csv' }],
        roles: staff,
      }),
    },
  };
}

const count = object({ id: str, count: int, percent: num });

const areaFeature = object({
  type: oneOf('Feature'),
  id: str,
  geometry: ref('AreaGeometry'),
  properties: object({ areaId: str, name: ref('LocalizedText'), count: int, percent: num }),
});
const pointFeature = object({ type: oneOf('Feature'), geometry: ref('Point'), properties: object({ responseId: int }) });

export const surveySchemas: Record<string, unknown> = {
  SurveyVerifyInput: json(SurveyVerifyInputSchema),
  SurveyVerification: object({ token: str, surveyId: str, expiresAt: time, answered: bool }),
  SurveyVerificationStatus: object({ surveyId: str, expiresAt: time, answered: bool }),
  SurveyMapGeoJson: object({
    type: oneOf('FeatureCollection'),
    surveyId: str,
    version: int,
    questionId: str,
    answered: int,
    mode: oneOf('point', 'area'),
    features: arrayOf({ oneOf: [pointFeature, areaFeature] }),
  }),
  SurveyDefinition: json(SurveyDefinitionSchema),
  SurveyInput: json(SurveyInputSchema),
  SurveyEdit: json(SurveyEditSchema),
  SurveyResponseInput: json(SurveyResponseInputSchema),
  Survey: object(
    {
      id: str,
      processId: str,
      areaId: { type: ['string', 'null'] },
      status: { enum: ['draft', 'open', 'closed'] },
      respondents: oneOf(...surveyRespondentRules),
      version: int,
      definition: ref('SurveyDefinition'),
      responseCount: int,
    },
    ['responseCount'],
  ),
  SurveyResponseCreated: object({ id: int, surveyId: str, version: int }),
  SurveyResults: object({
    surveyId: str,
    version: int,
    responses: int,
    questions: arrayOf(
      object(
        {
          id: str,
          type: str,
          answered: int,
          counts: arrayOf(count),
          mean: { type: ['number', 'null'] },
          median: { type: ['number', 'null'] },
          scores: arrayOf(object({ id: str, score: num, meanPosition: num })),
          averages: arrayOf(object({ id: str, average: num })),
          geojson: { type: 'object', description: 'GeoJSON FeatureCollection of map answers' },
          texts: arrayOf(str),
        },
        ['counts', 'mean', 'median', 'scores', 'averages', 'geojson', 'texts'],
      ),
    ),
  }),
};
