/**
 * Feeds of a process's project status changes: `GET /v1/{tenant}/processes/{process}/projects/feed.atom`
 * (Atom 1.0) and `…/feed.json` (JSON Feed 1.1); `?lang=fi|sv|en` (default fi). Newest 50.
 */
import { Hono } from 'hono';
import type { Context } from 'hono';
import { languages, type Language, type LocalizedText } from '@osallistu/contract';
import type { AppEnv } from '../env.js';
import { listStatusEvents } from '../db/project-events.js';
import { atomFeed, jsonFeed, type FeedInput } from '../progress/status-feeds.js';
import { nowIso } from '../lib/now.js';
import { requireProcess } from './load.js';

async function feedInput(c: Context<AppEnv>, format: 'atom' | 'json'): Promise<FeedInput> {
  const process = await requireProcess(c, c.req.param('process') ?? '');
  const tenant = c.var.tenant;
  const asked = c.req.query('lang');
  const lang: Language = (languages as readonly string[]).includes(asked ?? '') ? (asked as Language) : 'fi';
  const events = await listStatusEvents(c.env.DB, tenant.id, process.id);
  const { results } = await c.env.DB.prepare('SELECT id, title FROM projects WHERE tenant_id = ?1 AND process_id = ?2')
    .bind(tenant.id, process.id)
    .all<{ id: string; title: string }>();
  const origin = new URL(c.req.url).origin;
  const base = `${origin}/v1/${tenant.id}`;
  const feed = (ext: string) => `${base}/processes/${process.id}/projects/feed.${ext}?lang=${lang}`;
  return {
    lang,
    selfUrl: feed(format),
    alternateUrl: feed(format === 'atom' ? 'json' : 'atom'),
    projectUrl: (id) => `${base}/projects/${id}`,
    tenantId: tenant.id,
    tenantName: tenant.name,
    processId: process.id,
    processTitle: process.title,
    events,
    projects: new Map(results.map((r) => [r.id, JSON.parse(r.title) as LocalizedText])),
    now: nowIso(),
  };
}

export const projectFeeds = new Hono<AppEnv>()
  .get('/projects/feed.atom', async (c) => c.body(atomFeed(await feedInput(c, 'atom')), 200, { 'content-type': 'application/atom+xml; charset=utf-8' }))
  .get('/projects/feed.json', async (c) => c.body(JSON.stringify(jsonFeed(await feedInput(c, 'json'))), 200, { 'content-type': 'application/feed+json; charset=utf-8' }));
