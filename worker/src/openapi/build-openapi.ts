/**
 * Builds the OpenAPI 3.1 document: request schemas converted from the contract's valibot schemas
 * with @valibot/to-json-schema, response schemas from response-schemas.ts, and one entry per
 * route of docs/api.md. The idea API is described here; every other area has a file of its own
 * (`…-openapi.ts`, built with operation.ts) merged below. A route of the app missing here fails
 * worker/test/openapi-and-errors.test.ts.
 */
import {
  AdminCommentListQuerySchema,
  AdminIdeaListQuerySchema,
  ApiKeyInputSchema,
  AreaGeometrySchema,
  AreaInputSchema,
  CommentInputSchema,
  CommentListQuerySchema,
  EditIdeaInputSchema,
  IdeaInputSchema,
  IdeaListQuerySchema,
  LocalizedTextSchema,
  MergeInputSchema,
  PointSchema,
  ProcessInputSchema,
  RejectInputSchema,
  ReviewInputSchema,
  SupportInputSchema,
  ThemeInputSchema,
  fieldErrorCodes,
  problemCodes,
} from '@osallistu/contract';
import { responseSchemas } from './response-schemas.js';
import { areaMapPaths, areaMapSchemas } from './area-map-openapi.js';
import { pbPaths, pbSchemas } from './pb-openapi.js';
import { progressPaths, progressSchemas } from './progress-openapi.js';
import { surveyPaths, surveySchemas } from './surveys-openapi.js';
import { json, operation, queryParameters, ref, type Paths, type Schema } from './operation.js';

const inputs: Record<string, Schema> = {
  LocalizedText: LocalizedTextSchema,
  Point: PointSchema,
  AreaGeometry: AreaGeometrySchema,
  ProcessInput: ProcessInputSchema,
  ThemeInput: ThemeInputSchema,
  AreaInput: AreaInputSchema,
  IdeaInput: IdeaInputSchema,
  SupportInput: SupportInputSchema,
  CommentInput: CommentInputSchema,
  RejectInput: RejectInputSchema,
  EditIdeaInput: EditIdeaInputSchema,
  MergeInput: MergeInputSchema,
  ReviewInput: ReviewInputSchema,
  ApiKeyInput: ApiKeyInputSchema,
};

const array = (name: string) => `${name}[]`;

export function buildOpenApi(): object {
  const staff = ['admin', 'moderator', 'reviewer'];
  const mods = ['admin', 'moderator'];
  const paths: Paths = {
    '/v1/openapi.json': { get: operation({ summary: 'This document', tag: 'public', tenantless: true, ok: [200, { type: 'application/json', schema: { type: 'object' } }] }) },
    '/v1/{tenant}': { get: operation({ summary: 'Tenant name and languages', tag: 'public', ok: [200, 'Tenant'] }) },
    '/v1/{tenant}/processes': { get: operation({ summary: 'Processes', tag: 'public', ok: [200, array('Process')] }) },
    '/v1/{tenant}/processes/{process}': {
      get: operation({ summary: 'One process with its current phase', tag: 'public', params: ['process'], ok: [200, 'Process'] }),
    },
    '/v1/{tenant}/processes/{process}/themes': {
      get: operation({ summary: 'Themes of a process', tag: 'public', params: ['process'], ok: [200, array('Theme')] }),
    },
    '/v1/{tenant}/areas': {
      get: operation({
        summary: 'Areas (geometry with ?geometry=1)',
        tag: 'public',
        query: [{ name: 'geometry', in: 'query', required: false, schema: { enum: ['0', '1', 'true', 'false'] } }],
        ok: [200, array('Area')],
      }),
    },
    '/v1/{tenant}/processes/{process}/ideas': {
      get: operation({ summary: 'Published ideas, filtered, sorted, cursor-paginated', tag: 'public', params: ['process'], query: queryParameters(IdeaListQuerySchema), ok: [200, 'IdeaPage'] }),
      post: operation({ summary: 'Propose an idea (ideation phase only); waits for moderation', tag: 'public', params: ['process'], body: 'IdeaInput', ok: [201, 'Idea'], idempotent: true }),
    },
    '/v1/{tenant}/ideas/{id}': { get: operation({ summary: 'One idea (not pending)', tag: 'public', params: ['id'], ok: [200, 'Idea'] }) },
    '/v1/{tenant}/ideas/{id}/events': {
      get: operation({ summary: "An idea's history, oldest first", tag: 'public', params: ['id'], ok: [200, array('IdeaEvent')] }),
    },
    '/v1/{tenant}/ideas/{id}/supports': {
      post: operation({ summary: 'Support an idea, once per browser', tag: 'public', params: ['id'], body: 'SupportInput', ok: [201, 'SupportResult'], idempotent: true }),
    },
    '/v1/{tenant}/ideas/{id}/comments': {
      get: operation({ summary: 'Published comments, oldest first', tag: 'public', params: ['id'], query: queryParameters(CommentListQuerySchema), ok: [200, 'CommentPage'] }),
      post: operation({ summary: 'Comment (waits for moderation)', tag: 'public', params: ['id'], body: 'CommentInput', ok: [201, 'Comment'], idempotent: true }),
    },
    '/v1/{tenant}/admin/ideas': {
      get: operation({ summary: 'All ideas of the tenant, newest first', tag: 'admin', query: queryParameters(AdminIdeaListQuerySchema), ok: [200, 'AdminIdeaPage'], roles: staff }),
    },
    '/v1/{tenant}/admin/ideas/{id}': {
      get: operation({ summary: 'One idea with hasEmail', tag: 'admin', params: ['id'], ok: [200, 'AdminIdea'], roles: staff }),
      patch: operation({ summary: 'Edit with a visible edit note', tag: 'admin', params: ['id'], body: 'EditIdeaInput', ok: [200, 'AdminIdea'], roles: mods }),
    },
    '/v1/{tenant}/admin/ideas/{id}/publish': {
      post: operation({ summary: 'Publish a pending idea', tag: 'admin', params: ['id'], ok: [200, 'AdminIdea'], roles: mods, idempotent: true }),
    },
    '/v1/{tenant}/admin/ideas/{id}/reject': {
      post: operation({ summary: 'Reject with a public reason', tag: 'admin', params: ['id'], body: 'RejectInput', ok: [200, 'AdminIdea'], roles: mods, idempotent: true }),
    },
    '/v1/{tenant}/admin/ideas/{id}/merge': {
      post: operation({ summary: 'Merge into another published idea', tag: 'admin', params: ['id'], body: 'MergeInput', ok: [200, 'AdminIdea'], roles: mods, idempotent: true }),
    },
    '/v1/{tenant}/admin/ideas/{id}/review': {
      post: operation({ summary: 'Feasibility, cost and responsible unit', tag: 'admin', params: ['id'], body: 'ReviewInput', ok: [200, 'AdminIdea'], roles: ['admin', 'reviewer'], idempotent: true }),
    },
    '/v1/{tenant}/admin/comments': {
      get: operation({ summary: 'Comments by status, oldest first', tag: 'admin', query: queryParameters(AdminCommentListQuerySchema), ok: [200, 'AdminCommentPage'], roles: mods }),
    },
    '/v1/{tenant}/admin/comments/{id}/publish': {
      post: operation({ summary: 'Publish a comment', tag: 'admin', params: ['id'], ok: [200, 'AdminComment'], roles: mods, idempotent: true }),
    },
    '/v1/{tenant}/admin/comments/{id}/reject': {
      post: operation({ summary: 'Reject a comment', tag: 'admin', params: ['id'], body: 'RejectInput', ok: [200, 'AdminComment'], roles: mods, idempotent: true }),
    },
    '/v1/{tenant}/admin/processes/{process}': {
      put: operation({ summary: 'Create or replace a process', tag: 'admin', params: ['process'], body: 'ProcessInput', ok: [200, 'Process'], roles: ['admin'] }),
    },
    '/v1/{tenant}/admin/processes/{process}/themes/{theme}': {
      put: operation({ summary: 'Create or rename a theme', tag: 'admin', params: ['process', 'theme'], body: 'ThemeInput', ok: [200, 'Theme'], roles: ['admin'] }),
    },
    '/v1/{tenant}/admin/areas/{area}': {
      put: operation({ summary: 'Create or replace an area', tag: 'admin', params: ['area'], body: 'AreaInput', ok: [200, 'Area'], roles: ['admin'] }),
    },
    '/v1/{tenant}/admin/api-keys': {
      post: operation({ summary: 'Create an API key (shown once)', tag: 'admin', body: 'ApiKeyInput', ok: [201, 'ApiKeyCreated'], roles: ['admin'], idempotent: true }),
    },
  };

  Object.assign(paths, areaMapPaths(), pbPaths(), progressPaths(), surveyPaths());

  const schemas: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(inputs)) schemas[name] = json(schema);
  Object.assign(schemas, responseSchemas, areaMapSchemas, pbSchemas, progressSchemas, surveySchemas);
  for (const name of ['Process', 'Theme', 'Area', 'IdeaEvent']) schemas[array(name)] = { type: 'array', items: ref(name) };
  schemas.Problem = {
    type: 'object',
    required: ['type', 'title', 'status', 'code'],
    properties: {
      type: { type: 'string', format: 'uri' },
      title: { type: 'string' },
      status: { type: 'integer' },
      code: { enum: [...problemCodes] },
      detail: { type: 'string' },
      errors: {
        type: 'array',
        items: {
          type: 'object',
          required: ['path', 'code'],
          properties: { path: { type: 'string' }, code: { enum: [...fieldErrorCodes] }, limit: { type: 'number' } },
        },
      },
      retryAfter: { type: 'integer' },
    },
  };

  return {
    openapi: '3.1.0',
    info: {
      title: 'Osallistu API',
      version: '1.0.0',
      description: 'Participation API for city pages. Errors are application/problem+json (RFC 9457) with a stable code.',
      license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    servers: [{ url: '/' }],
    tags: [{ name: 'public' }, { name: 'admin' }, { name: 'participatory budgeting' }, { name: 'progress' }, { name: 'surveys' }, { name: 'local' }],
    paths,
    components: {
      schemas,
      parameters: {
        tenant: { name: 'tenant', in: 'path', required: true, schema: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,62}$' } },
        idempotencyKey: { name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string', minLength: 8, maxLength: 100 } },
      },
      securitySchemes: {
        apiKey: { type: 'http', scheme: 'bearer', description: 'Tenant-scoped API key (osk_…) with a role' },
        signedRequest: { type: 'apiKey', in: 'header', name: 'X-Osallistu-Signature', description: 'HMAC-signed server call (see docs/api.md)' },
        voterToken: { type: 'http', scheme: 'bearer', description: 'Short-lived voter token (vt_…) from POST …/voter/verify' },
      },
    },
  };
}
