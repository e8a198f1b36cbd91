/**
 * Query-function level: the public idea list on 1 200 generated ideas reads at most 3× the page
 * size of rows (D1 meta.rows_read) for every common filter and sort, and paginates stably when many
 * ideas share a created_at.
 */
import { env } from 'cloudflare:test';
import { beforeEach, describe, expect, it } from 'vitest';
import { listPublicIdeas, type PublicListOptions } from '../src/db/ideas.js';
import { seedFixture } from './fixture.js';

const total = 1200;

async function seedMany(): Promise<void> {
  await seedFixture();
  // 1 200 ideas; created_at takes only 20 distinct values, so most ideas tie with others.
  await env.DB.prepare(
    `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?1)
     INSERT INTO ideas (id, tenant_id, process_id, title, description, theme_id, area_id, lang, status, created_at,
                        published_at, support_count, feasibility, reviewed_at, merged_into, responsible_unit)
     SELECT printf('g%05d', i), 'testcity', 'pb-test',
            CASE WHEN i % 50 = 0 THEN 'Koirapuisto numero ' || i ELSE 'Idea numero ' || i END,
            'Kuvaus idealle numero ' || i || ' joka on tarpeeksi pitkä.',
            CASE i % 2 WHEN 0 THEN 'parks' ELSE 'culture' END,
            CASE i % 3 WHEN 0 THEN 'a1' WHEN 1 THEN 'a2' ELSE NULL END,
            'fi',
            CASE WHEN i % 10 = 0 THEN 'pending' WHEN i % 10 = 1 THEN 'rejected' WHEN i % 10 = 2 THEN 'merged' ELSE 'published' END,
            printf('2026-11-%02dT08:00:00.000Z', 1 + i % 20),
            printf('2026-11-%02dT09:00:00.000Z', 1 + i % 20),
            i % 37,
            CASE WHEN i % 10 = 3 THEN 'feasible' WHEN i % 10 = 4 AND i % 20 = 4 THEN 'not-feasible' ELSE NULL END,
            CASE WHEN i % 10 = 3 OR (i % 10 = 4 AND i % 20 = 4) THEN '2026-11-25T00:00:00.000Z' ELSE NULL END,
            CASE WHEN i % 10 = 2 THEN 'g00003' ELSE NULL END,
            CASE WHEN i % 10 = 3 OR (i % 10 = 4 AND i % 20 = 4) THEN 'Yksikkö' ELSE NULL END
     FROM n`,
  )
    .bind(total)
    .run();
}

beforeEach(seedMany);

const list = (options: PublicListOptions, limit = 20) => listPublicIdeas(env.DB, 'testcity', 'pb-test', options, limit);

describe('public idea list on 1 200 ideas', () => {
  const shapes: [string, PublicListOptions][] = [
    ['newest', {}],
    ['supported', { sort: 'supported' }],
    ['by area, newest', { area: 'a1' }],
    ['by area, supported', { area: 'a2', sort: 'supported' }],
    ['by theme, newest', { theme: 'parks' }],
    ['by theme, supported', { theme: 'culture', sort: 'supported' }],
    ['feasible', { status: 'feasible' }],
    ['feasible, supported', { status: 'feasible', sort: 'supported' }],
    ['not feasible', { status: 'not-feasible' }],
    ['merged', { status: 'merged' }],
    ['rejected, supported', { status: 'rejected', sort: 'supported' }],
    ['area and theme', { area: 'a1', theme: 'parks' }],
  ];

  for (const [name, options] of shapes) {
    it(`reads at most 3x the page size of rows: ${name}`, async () => {
      const first = await list(options);
      expect(first.items.length).toBeGreaterThan(0);
      expect(first.rowsRead).toBeLessThanOrEqual(60);
      if (first.nextCursor) {
        const second = await list({ ...options, cursor: first.nextCursor });
        expect(second.rowsRead).toBeLessThanOrEqual(60);
      }
    });
  }

  it('reads at most 3x the page size with the largest page', async () => {
    const page = await list({}, 50);
    expect(page.items).toHaveLength(50);
    expect(page.rowsRead).toBeLessThanOrEqual(150);
  });

  it('walks every published idea exactly once, newest first, despite ties', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    let previous: { createdAt: string; id: string } | null = null;
    for (let guard = 0; guard < 100; guard++) {
      const page = await list(cursor ? { cursor } : {}, 50);
      for (const idea of page.items) {
        expect(idea.status).toBe('published');
        if (previous) {
          const ordered = idea.createdAt < previous.createdAt || (idea.createdAt === previous.createdAt && idea.id < previous.id);
          expect(ordered).toBe(true);
        }
        previous = { createdAt: idea.createdAt, id: idea.id };
        seen.push(idea.id);
      }
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    expect(seen.length).toBe(total * 0.7);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('walks the most supported first without repeats', async () => {
    const seen = new Set<string>();
    let cursor: string | undefined;
    let last = Infinity;
    for (let guard = 0; guard < 100; guard++) {
      const page = await list({ sort: 'supported', ...(cursor ? { cursor } : {}) }, 50);
      for (const idea of page.items) {
        expect(idea.supportCount).toBeLessThanOrEqual(last);
        last = idea.supportCount;
        expect(seen.has(idea.id)).toBe(false);
        seen.add(idea.id);
      }
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    expect(seen.size).toBe(total * 0.7);
  });

  it('filters by area, theme and feasibility together with the sort', async () => {
    const page = await list({ area: 'a1', theme: 'culture', status: 'feasible', sort: 'supported' }, 50);
    expect(page.items.length).toBeGreaterThan(0);
    for (const idea of page.items) {
      expect(idea).toMatchObject({ areaId: 'a1', themeId: 'culture', status: 'published' });
      expect(idea.review?.feasibility).toBe('feasible');
    }
  });

  it('lists merged ideas with the survivor', async () => {
    const page = await list({ status: 'merged' }, 5);
    expect(page.items[0]?.mergedInto).toEqual({ id: 'g00003', title: 'Idea numero 3' });
  });

  it('searches title and description with FTS5 prefixes', async () => {
    const page = await list({ q: 'koirapuis' }, 50);
    // i % 50 = 0 are all pending (i % 10 = 0): none is listed
    expect(page.items).toHaveLength(0);
    const byDescription = await list({ q: 'numero 13' }, 50);
    expect(byDescription.items.map((i) => i.id)).toContain('g00013');
    for (const idea of byDescription.items) expect(idea.status).toBe('published');
  });

  it('refuses a forged cursor with a field error', async () => {
    await expect(list({ cursor: 'bm90LWpzb24' })).rejects.toMatchObject({ status: 422, code: 'validation-failed' });
    await expect(list({ cursor: 'WzEsMl0', sort: 'newest' })).rejects.toMatchObject({ status: 422 });
  });
});
