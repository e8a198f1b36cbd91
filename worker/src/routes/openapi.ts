/**
 * `GET /v1/openapi.json`: the OpenAPI 3.1 description, built once from the contract schemas.
 */
import { Hono } from 'hono';
import type { AppEnv } from '../env.js';
import { buildOpenApi } from '../openapi/build-openapi.js';

let document: object | null = null;

export const openapi = new Hono<AppEnv>().get('/', (c) => {
  document ??= buildOpenApi();
  c.header('Access-Control-Allow-Origin', '*');
  c.header('Cache-Control', 'public, max-age=300');
  return c.json(document);
});
