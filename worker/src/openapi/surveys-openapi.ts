/**
 * OpenAPI entries of surveys (docs/api.md, "Surveys"): the public survey, answering it and its
 * results; staff create, edit, open and close surveys and read results and the CSV. Request schemas
 * (definition, answers) from the contract's valibot schemas in survey.ts and survey-answers.ts.
 */
import { SurveyDefinitionSchema, SurveyEditSchema, SurveyInputSchema, SurveyResponseInputSchema } from '@osallistu/contract';
import { arrayOf, int, json, num, object, operation, query, ref, str, type Paths } from './operation.js';

const tag = 'surveys';
const staff = ['admin', 'reviewer'];
const version = [query('version', { type: 'integer', minimum: 1 })];

export function surveyPaths(): Paths {
  return {
    '/v1/{tenant}/surveys/{survey}': {
      get: operation({ summary: 'The current version of an open or closed survey (drafts are 404)', tag, params: ['survey'], ok: [200, 'Survey'] }),
    },
    '/v1/{tenant}/surveys/{survey}/responses': {
      post: operation({ summary: 'Answer a survey; every answer is checked against the definition', tag, params: ['survey'], body: 'SurveyResponseInput', ok: [201, 'SurveyResponseCreated'], idempotent: true }),
    },
    '/v1/{tenant}/surveys/{survey}/results': {
      get: operation({ summary: 'Aggregated results of a version (no free texts)', tag, params: ['survey'], query: version, ok: [200, 'SurveyResults'] }),
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
      get: operation({ summary: 'One row per response (UTF-8 with BOM; formula-like cells quoted)', tag, params: ['survey'], query: version, ok: [200, { type: 'text/csv' }], roles: staff }),
    },
  };
}

const count = object({ id: str, count: int, percent: num });

export const surveySchemas: Record<string, unknown> = {
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
      respondents: str,
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
