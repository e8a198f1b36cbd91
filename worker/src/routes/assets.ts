/**
 * Everything outside `/v1/` comes from the built assets (build/assets): the element bundles under
 * `/elements/` (public to any site: `Access-Control-Allow-Origin: *`) and the demo page.
 */
import { Hono } from 'hono';
import type { AppEnv } from '../env.js';
import { problemResponse } from '../lib/problem-response.js';

export const assets = new Hono<AppEnv>().all('*', async (c) => {
  const path = new URL(c.req.url).pathname;
  if (path === '/v1' || path.startsWith('/v1/') || !c.env.ASSETS) return problemResponse(404, 'not-found');
  if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return problemResponse(405, 'method-not-allowed');
  const response = await c.env.ASSETS.fetch(c.req.raw);
  if (!path.startsWith('/elements/')) return response;
  const headers = new Headers(response.headers);
  headers.set('Access-Control-Allow-Origin', '*');
  // Bundle names are stable (osallistu.js, chunks), so revalidate often rather than cache long.
  if (response.ok) headers.set('Cache-Control', 'public, max-age=300, stale-while-revalidate=86400');
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
});
