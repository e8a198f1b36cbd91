/**
 * Query-function level: the public idea list on 1 200 generated ideas reads at most 3× the page
 * size of rows (D1 meta.rows_read) for every common filter and sort, and paginates stably when many
 * ideas share a created_at. A free-text search sorted newest first reads a few times the page size
 * when matches are plentiful, and pages exactly like a plain query over the same ideas.
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

describe('free-text search, newest first, on 3 000 more ideas', () => {
  const searchTotal = 3000;
  // In process `closed`: every third idea's title starts with "Puisto"; created_at goes back a
  // minute per two ideas in a shuffled order (pairs tie to the millisecond) and ids are scrambled,
  // so neither insertion order nor id order is the list's order.
  const insertIdeas = (count: number, idStart: number, createdAt: string) =>
    env.DB.prepare(
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?1)
       INSERT INTO ideas (id, tenant_id, process_id, title, description, theme_id, area_id, lang, status, created_at, support_count)
       SELECT printf('s%06d', ?2 + (i * 7919) % 100003), 'testcity', 'closed',
              CASE WHEN i % 3 = 0 THEN 'Puisto numero ' || i ELSE 'Idea numero ' || i END,
              'Kuvaus ' || i, CASE i % 2 WHEN 0 THEN 'parks' ELSE 'culture' END,
              CASE i % 5 WHEN 0 THEN 'a1' WHEN 1 THEN 'a2' ELSE NULL END, 'fi',
              CASE WHEN i % 10 = 0 THEN 'pending' ELSE 'published' END,
              ${createdAt}, i % 37
       FROM n`,
    )
      .bind(count, idStart)
      .run();
  beforeEach(() => insertIdeas(searchTotal, 0, `strftime('%Y-%m-%dT%H:%M:%fZ', '2026-11-01', '+' || ((i * 611) % 3001 / 2) || ' minutes')`));

  const search = (options: PublicListOptions, limit = 20) => listPublicIdeas(env.DB, 'testcity', 'closed', options, limit);

  /** The same list without the full-text index: titles that start with the word. */
  async function reference(options: { area?: string; theme?: string; word: string }): Promise<string[]> {
    const { results } = await env.DB.prepare(
      `SELECT id FROM ideas WHERE tenant_id = 'testcity' AND process_id = 'closed' AND status = 'published'
         AND (title LIKE ?1 || ' %' OR title LIKE '% ' || ?1 || ' %' OR title LIKE '% ' || ?1)
         AND (?2 IS NULL OR area_id = ?2) AND (?3 IS NULL OR theme_id = ?3)
       ORDER BY created_at DESC, id DESC`,
    )
      .bind(options.word, options.area ?? null, options.theme ?? null)
      .all<{ id: string }>();
    return results.map((r) => r.id);
  }

  async function walk(options: PublicListOptions, limit: number) {
    const ids: string[] = [];
    const reads: number[] = [];
    let cursor: string | undefined;
    for (let guard = 0; guard < 500; guard++) {
      const page = await search({ ...options, ...(cursor ? { cursor } : {}) }, limit);
      ids.push(...page.items.map((i) => i.id));
      reads.push(page.rowsRead);
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    return { ids, reads };
  }

  it('reads at most 4x the page size for a page of plentiful matches', async () => {
    const first = await search({ q: 'puisto' });
    expect(first.items).toHaveLength(20);
    expect(first.rowsRead).toBeLessThanOrEqual(80);
    const second = await search({ q: 'puisto', cursor: first.nextCursor! });
    expect(second.rowsRead).toBeLessThanOrEqual(80);
    const large = await search({ q: 'puisto' }, 50);
    expect(large.rowsRead).toBeLessThanOrEqual(200);
  });

  it('pages through every match once, in the order of a plain query', async () => {
    const expected = await reference({ word: 'Puisto' });
    expect(expected.length).toBe(900);
    const { ids, reads } = await walk({ q: 'puisto' }, 20);
    expect(ids).toEqual(expected);
    expect(Math.max(...reads)).toBeLessThanOrEqual(80);
  });

  it('keeps filters, order and cursors with an area or a theme', async () => {
    for (const filter of [{ area: 'a1' }, { theme: 'parks' }, { area: 'a2', theme: 'culture' }]) {
      const expected = await reference({ word: 'Puisto', ...filter });
      const { ids } = await walk({ q: 'puis', ...filter }, 7);
      expect(ids).toEqual(expected);
    }
  });

  it('pages exactly like a plain query when hundreds of ideas share a created_at', async () => {
    // 1 500 more, in three created_at values (the walk must take each such group whole)
    await insertIdeas(1500, 200000, `printf('2026-12-0%dT08:00:00.000Z', 1 + i % 3)`);
    for (const [filter, limit] of [[{}, 20], [{ area: 'a2' }, 9]] as const) {
      const expected = await reference({ word: 'Puisto', ...filter });
      const { ids } = await walk({ q: 'puisto', ...filter }, limit);
      expect(ids).toEqual(expected);
    }
  });

  it('finds rare matches the same as a plain query', async () => {
    const { ids } = await walk({ q: 'numero 2997' }, 5);
    expect(ids).toEqual(['s' + String((2997 * 7919) % 100003).padStart(6, '0')]);
    const none = await search({ q: 'olematon' });
    expect(none).toMatchObject({ items: [], nextCursor: null });
  });

  it('reads a few times the page size when the filter keeps a fifth of the matches', async () => {
    const page = await search({ q: 'puisto', area: 'a1' });
    expect(page.items).toHaveLength(20);
    // about 2 rows per match walked (the FTS row and the idea's key), 5 matches walked per idea kept
    expect(page.rowsRead).toBeLessThanOrEqual(20 * 6 * 5);
  });
});
