/**
 * Public routes through the real entrypoint: tenant, processes, themes, areas, the idea list
 * (filters, sort, search, paging), one idea, its history, and 404s for what is not there.
 */
import { env } from 'cloudflare:test';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Area, Idea, IdeaEvent, Page, Process, Theme } from '@osallistu/contract';
import { call, json, keys, publishedIdea, seedFixture, submitIdea, validIdea } from './fixture.js';

beforeEach(seedFixture);

async function expectProblem(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toContain('application/problem+json');
  const body = await json(response);
  expect(body).toMatchObject({ status, code, type: `https://osallistu.fi/problems/${code}` });
  return body;
}

describe('tenant, processes, themes, areas', () => {
  it('describes the tenant', async () => {
    expect(await json(await call(''))).toEqual({ id: 'testcity', name: 'Testikaupunki', languages: ['fi', 'sv', 'en'] });
  });

  it('answers 404 tenant-not-found for an unknown tenant, on every route', async () => {
    for (const path of ['/v1/nowhere', '/v1/nowhere/processes', '/v1/nowhere/ideas/x', '/v1/Bad_Tenant/areas']) {
      await expectProblem(await call(`https://api.test${path}`), 404, 'tenant-not-found');
    }
    await expectProblem(await call('https://api.test/v1/nowhere/processes/p/ideas', { body: validIdea }), 404, 'tenant-not-found');
  });

  it('lists processes with their current phase from the server clock', async () => {
    const list = await json<Process[]>(await call('/processes'));
    expect(list.map((p) => [p.id, p.currentPhase]).sort()).toEqual([
      ['closed', 'voting'],
      ['pb-test', 'ideation'],
    ]);
    const one = await json<Process>(await call('/processes/pb-test'));
    expect(one).toMatchObject({ id: 'pb-test', kind: 'participatory-budgeting', budgetEur: 100000, currentPhase: 'ideation' });
    expect(one.phases).toHaveLength(4);
  });

  it('answers 404 process-not-found for an unknown process', async () => {
    await expectProblem(await call('/processes/nope'), 404, 'process-not-found');
    await expectProblem(await call('/processes/nope/themes'), 404, 'process-not-found');
    await expectProblem(await call('/processes/nope/ideas'), 404, 'process-not-found');
    await expectProblem(await call('/processes/nope/ideas', { body: validIdea }), 404, 'process-not-found');
  });

  it('lists the themes of a process in order with their translations', async () => {
    const themes = await json<Theme[]>(await call('/processes/pb-test/themes'));
    expect(themes).toEqual([
      { id: 'parks', name: { fi: 'Puistot', sv: 'Parker', en: 'Parks' } },
      { id: 'culture', name: { fi: 'Kulttuuri' } },
    ]);
  });

  it('lists areas without geometry unless asked', async () => {
    const areas = await json<Area[]>(await call('/areas'));
    expect(areas[0]).toEqual({ id: 'a1', name: { fi: 'Keskusta', sv: 'Centrum' }, population: 12000, labelPoint: { type: 'Point', coordinates: [27.65, 62.85] } });
    expect(areas[1]).toMatchObject({ id: 'a2', population: null, labelPoint: null });
    expect(areas[0]).not.toHaveProperty('geometry');
    const withGeometry = await json<Area[]>(await call('/areas?geometry=1'));
    expect(withGeometry[0]?.geometry?.type).toBe('Polygon');
    await expectProblem(await call('/areas?geometry=yes'), 422, 'validation-failed');
  });

  it('answers unknown paths with a JSON 404', async () => {
    await expectProblem(await call('/nothing-here'), 404, 'not-found');
    await expectProblem(await call('https://api.test/v1'), 404, 'not-found');
  });
});

describe('ideas', () => {
  it('takes an idea as pending and hides it from the public until published', async () => {
    const response = await call('/processes/pb-test/ideas', { body: { ...validIdea, authorName: 'Maija', email: 'maija@example.fi', lang: 'sv', location: { type: 'Point', coordinates: [27.75, 62.85] } } });
    expect(response.status).toBe(201);
    const idea = await json<Idea>(response);
    expect(response.headers.get('location')).toBe(`/v1/testcity/ideas/${idea.id}`);
    expect(idea).toEqual({
      id: idea.id,
      processId: 'pb-test',
      title: validIdea.title,
      description: validIdea.description,
      themeId: 'parks',
      areaId: 'a2',
      location: { type: 'Point', coordinates: [27.75, 62.85] },
      authorName: 'Maija',
      lang: 'sv',
      status: 'pending',
      createdAt: idea.createdAt,
      publishedAt: null,
      supportCount: 0,
      commentCount: 0,
      rejectionReason: null,
      mergedInto: null,
      review: null,
      edit: null,
    });
    expect(JSON.stringify(idea)).not.toContain('maija@example.fi');
    await expectProblem(await call(`/ideas/${idea.id}`), 404, 'idea-not-found');
    await expectProblem(await call(`/ideas/${idea.id}/events`), 404, 'idea-not-found');
    expect((await json<Page<Idea>>(await call('/processes/pb-test/ideas'))).items).toHaveLength(0);
    // the email is stored apart, only for updates
    const contact = await env.DB.prepare('SELECT email FROM idea_contacts WHERE idea_id = ?1').bind(idea.id).first<{ email: string }>();
    expect(contact?.email).toBe('maija@example.fi');
  });

  it('trims text and leaves the area empty when only a location is given', async () => {
    const idea = await json<Idea>(
      await call('/processes/pb-test/ideas', { body: { ...validIdea, title: '  Välilyönnit pois  ', areaId: undefined, location: { type: 'Point', coordinates: [27.7, 62.9] } } }),
    );
    expect(idea.title).toBe('Välilyönnit pois');
    expect(idea.areaId).toBeNull();
  });

  it('stores and returns an XSS string verbatim, as data', async () => {
    const xss = `<img src=x onerror=alert(1)>"><script>alert('x')</script>`;
    const id = await publishedIdea({ title: xss.slice(0, 100), description: `${xss} ${xss}`, authorName: xss.slice(0, 60) });
    const response = await call(`/ideas/${id}`);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const idea = await json<Idea>(response);
    expect(idea.title).toBe(xss.slice(0, 100));
    expect(idea.description).toBe(`${xss} ${xss}`);
    expect(idea.authorName).toBe(xss.slice(0, 60));
  });

  it('refuses ideas outside the ideation phase with 409 phase-closed', async () => {
    await expectProblem(await call('/processes/closed/ideas', { body: validIdea }), 409, 'phase-closed');
  });

  it('refuses a theme of another process and an unknown area with field errors', async () => {
    const body = await expectProblem(await call('/processes/pb-test/ideas', { body: { ...validIdea, themeId: 'nope', areaId: 'zz' } }), 422, 'validation-failed');
    expect(body.errors).toEqual([
      { path: 'themeId', code: 'unknown-theme' },
      { path: 'areaId', code: 'unknown-area' },
    ]);
  });

  it('shows published, rejected and merged ideas but not pending ones; 404 for unknown ids', async () => {
    const id = await publishedIdea();
    const idea = await json<Idea>(await call(`/ideas/${id}`));
    expect(idea).toMatchObject({ id, status: 'published' });
    expect(idea.publishedAt).not.toBeNull();
    await expectProblem(await call('/ideas/doesnotexist'), 404, 'idea-not-found');
    // an idea of another tenant is not found through this tenant
    await expectProblem(await call(`https://api.test/v1/other/ideas/${id}`), 404, 'idea-not-found');
  });

  it('keeps the history of an idea, oldest first', async () => {
    const id = await publishedIdea();
    const events = await json<IdeaEvent[]>(await call(`/ideas/${id}/events`));
    expect(events.map((e) => e.kind)).toEqual(['submitted', 'published']);
    expect(events[0]).toMatchObject({ ideaId: id, data: {} });
    expect(events[0]).not.toHaveProperty('actor');
  });
});

describe('the public idea list', () => {
  async function world() {
    const a = await publishedIdea({ title: 'Koirapuisto Niiralaan', themeId: 'parks', areaId: 'a2' });
    const b = await publishedIdea({ title: 'Konsertti torilla', description: 'Kesäkonsertti keskustan torilla kaikille kaupunkilaisille.', themeId: 'culture', areaId: 'a1' });
    const c = await publishedIdea({ title: 'Penkkejä rantaan', themeId: 'parks', areaId: 'a1' });
    const pending = await submitIdea({ title: 'Odottava idea' });
    return { a, b, c, pending };
  }

  const ids = async (query: string) => (await json<Page<Idea>>(await call(`/processes/pb-test/ideas${query}`))).items.map((i) => i.id);

  it('lists published ideas newest first and filters by area, theme and text', async () => {
    const { a, b, c } = await world();
    expect(await ids('')).toEqual([c, b, a]);
    expect(await ids('?area=a1')).toEqual([c, b]);
    expect(await ids('?theme=parks')).toEqual([c, a]);
    expect(await ids('?area=a1&theme=parks')).toEqual([c]);
    expect(await ids('?q=koira')).toEqual([a]);
    expect(await ids('?q=kaupunkilaisille')).toEqual([b]);
    expect(await ids('?q=%22%27*%20OR%20')).toEqual(expect.any(Array));
  });

  it('sorts by support count', async () => {
    const { a, b, c } = await world();
    for (const [id, n] of [[a, 2], [b, 1]] as const) {
      for (let i = 0; i < n; i++) await call(`/ideas/${id}/supports`, { body: { supporterId: `browser-${id}-${i}-0000000000` } });
    }
    expect(await ids('?sort=supported')).toEqual([a, b, c]);
  });

  it('filters by review and lists merged and rejected ideas on request', async () => {
    const { a, b, c } = await world();
    await call(`/admin/ideas/${a}/review`, { key: keys.reviewer, body: { feasibility: 'feasible', costEur: 5000, responsibleUnit: 'Puistot' } });
    await call(`/admin/ideas/${b}/review`, { key: keys.reviewer, body: { feasibility: 'not-feasible', reason: 'Torilla ei ole tilaa.', responsibleUnit: 'Kulttuuri' } });
    await call(`/admin/ideas/${c}/reject`, { key: keys.moderator, body: { reason: 'Kuuluu ylläpitoon.' } });
    expect(await ids('?status=feasible')).toEqual([a]);
    expect(await ids('?status=not-feasible')).toEqual([b]);
    expect(await ids('?status=rejected')).toEqual([c]);
    expect(await ids('?status=published')).toEqual([b, a]);
    const d = await publishedIdea({ title: 'Toinen koirapuisto' });
    await call(`/admin/ideas/${d}/merge`, { key: keys.moderator, body: { into: a } });
    expect(await ids('?status=merged')).toEqual([d]);
  });

  it('pages with an opaque cursor and refuses bad query parameters', async () => {
    await world();
    const first = await json<Page<Idea>>(await call('/processes/pb-test/ideas?limit=2'));
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).toMatch(/^[A-Za-z0-9_-]+$/);
    const second = await json<Page<Idea>>(await call(`/processes/pb-test/ideas?limit=2&cursor=${first.nextCursor}`));
    expect(second.items).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
    for (const query of ['limit=0', 'limit=51', 'limit=abc', 'sort=oldest', 'status=pending', 'cursor=%25%25', 'unknown=1', `q=${'x'.repeat(101)}`]) {
      const response = await call(`/processes/pb-test/ideas?${query}`);
      await expectProblem(response, 422, 'validation-failed');
    }
  });

  it('exposes D1 rows read of the list query', async () => {
    await world();
    const response = await call('/processes/pb-test/ideas?limit=2');
    expect(Number(response.headers.get('x-d1-rows-read'))).toBeGreaterThan(0);
  });
});
