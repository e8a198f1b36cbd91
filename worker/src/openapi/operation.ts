/**
 * Building blocks of the OpenAPI document shared by its per-area files (build-openapi.ts for the
 * idea API, area-map-openapi.ts, pb-openapi.ts, progress-openapi.ts, surveys-openapi.ts): one
 * `operation()` per route, request schemas converted from the contract's valibot schemas, and
 * small JSON Schema helpers for the response types (TypeScript interfaces in the contract).
 *
 * A new area adds a file exporting `…Paths()` and `…Schemas`, merged in build-openapi.ts. Path
 * templates use the Hono route's parameter names (`:survey` → `{survey}`): the test in
 * worker/test/openapi-and-errors.test.ts compares them with `app.routes`.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import type * as v from 'valibot';

export type Schema = v.BaseSchema<unknown, unknown, v.BaseIssue<unknown>>;
export type Paths = Record<string, Record<string, object>>;

/** JSON Schema 2020-12 of a contract (valibot) schema. */
export function json(schema: Schema): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = toJsonSchema(schema, { target: 'draft-2020-12', errorMode: 'ignore' }) as Record<string, unknown>;
  return rest;
}

export const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** Optional query parameters, one per property of a contract query schema. */
export function queryParameters(schema: Schema): object[] {
  const converted = json(schema) as { properties?: Record<string, object> };
  return Object.entries(converted.properties ?? {}).map(([name, s]) => ({ name, in: 'query', required: false, schema: s }));
}

/** One optional query parameter. */
export const query = (name: string, schema: object = { type: 'string' }, required = false) => ({ name, in: 'query', required, schema });

const problem = { description: 'Problem (RFC 9457)', content: { 'application/problem+json': { schema: ref('Problem') } } };

export interface Op {
  summary: string;
  tag: string;
  /** Path parameters: a name (a string), or a name with its schema. */
  params?: (string | { name: string; schema: object })[];
  query?: object[];
  /** Request body: a schema name (JSON), or a content type with an optional schema. */
  body?: string | { type: string; schema?: object };
  /** Status and answer: a schema name (JSON), null (no body), or a content type with a schema. */
  ok: [number, string | null | { type: string; schema?: object }];
  /** Staff roles that may call it (API key or signed call). */
  roles?: string[];
  /** Needs a voter token (`Authorization: Bearer vt_…`). */
  voter?: boolean;
  /** Outside `/v1/{tenant}` (no tenant parameter). */
  tenantless?: boolean;
  /** Takes `Idempotency-Key`. */
  idempotent?: boolean;
}

export function operation(op: Op): object {
  const parameters: object[] = op.tenantless ? [] : [{ $ref: '#/components/parameters/tenant' }];
  for (const p of op.params ?? []) {
    const { name, schema } = typeof p === 'string' ? { name: p, schema: { type: 'string' } } : p;
    parameters.push({ name, in: 'path', required: true, schema });
  }
  parameters.push(...(op.query ?? []));
  if (op.idempotent) parameters.push({ $ref: '#/components/parameters/idempotencyKey' });
  const [status, answer] = op.ok;
  const responses: Record<string, object> = {
    [status]:
      answer === null
        ? { description: 'OK' }
        : typeof answer === 'string'
          ? { description: 'OK', content: { 'application/json': { schema: ref(answer) } } }
          : { description: 'OK', content: { [answer.type]: { schema: answer.schema ?? { type: 'string' } } } },
    '4XX': problem,
  };
  const body =
    op.body === undefined
      ? undefined
      : typeof op.body === 'string'
        ? { 'application/json': { schema: ref(op.body) } }
        : { [op.body.type]: { schema: op.body.schema ?? { type: 'string' } } };
  const security = op.roles ? [{ apiKey: [] }, { signedRequest: [] }] : op.voter ? [{ voterToken: [] }] : undefined;
  return {
    summary: op.summary + (op.roles ? ` (roles: ${op.roles.join(', ')})` : ''),
    tags: [op.tag],
    parameters,
    ...(body ? { requestBody: { required: true, content: body } } : {}),
    ...(security ? { security } : {}),
    responses,
  };
}

// Small JSON Schema helpers for response types.
export const str = { type: 'string' } as const;
export const int = { type: 'integer' } as const;
export const num = { type: 'number' } as const;
export const bool = { type: 'boolean' } as const;
export const time = { type: 'string', format: 'date-time' } as const;
export const nullable = (schema: object) => ({ oneOf: [schema, { type: 'null' }] });
export const arrayOf = (items: object) => ({ type: 'array', items });
export const oneOf = (...values: readonly (string | number | null)[]) => ({ enum: [...values] });
export const mapOf = (values: object) => ({ type: 'object', additionalProperties: values });
/** An object whose properties are all present (the contract's response interfaces); `optional` ones may be missing. */
export function object(properties: Record<string, object>, optional: string[] = []): object {
  return { type: 'object', required: Object.keys(properties).filter((k) => !optional.includes(k)), properties };
}
