/**
 * Admin routes: authentication, every route with every role (allowed and refused), the idea
 * status machine with its events, merge, review, edit, and the setup routes.
 */
import { env } from 'cloudflare:test';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AdminIdea, ApiKeyCreated, Area, Idea, IdeaEvent, Page, Process, Theme } from '@osallistu/contract';
import { call, json, keys, phasesAround, publishedIdea, seedFixture, submitIdea, validIdea } from './fixture.js';

beforeEach(seedFixture);

type Role = 'admin' | 'moderator' | 'reviewer';
const roleKeys: Record<Role, string> = { admin: keys.admin, moderator: keys.moderator, reviewer: keys.reviewer };

const processBody = {
  id: 'pb-new',
  kind: 'participatory-budgeting',
  title: { fi: 'Uusi kierros', sv: 'Ny omgång' },
  description: { fi: 'Kuvaus' },
  budgetEur: 50000,
  phases: phasesAround(Date.now(), 'ideation'),
};
const areaBody = {
  id: 'a3',
  name: { fi: 'Petonen', en: 'Petonen' },
  population: 5000,
  geometry: { type: 'Polygon', coordinates: [[[27.6, 62.8], [27.7, 62.8], [27.7, 62.9], [27.6, 62.8]]] },
  labelPoint: { type: 'Point', coordinates: [27.65, 62.82] },
};

interface RouteCase {
  name: string;
  allowed: Role[];
  /** Makes the request for a role; returns the response. */
  run: (key: string) => Promise<Response>;
  ok: number;
}

const routes: RouteCase[] = [
  { name: 'GET admin/ideas', allowed: ['admin', 'moderator', 'reviewer'], ok: 200, run: (key) => call('/admin/ideas', { key }) },
  { name: 'GET admin/ideas/:id', allowed: ['admin', 'moderator', 'reviewer'], ok: 200, run: async (key) => call(`/admin/ideas/${await submitIdea()}`, { key }) },
  { name: 'POST publish', allowed: ['admin', 'moderator'], ok: 200, run: async (key) => call(`/admin/ideas/${await submitIdea()}/publish`, { method: 'POST', key }) },
  { name: 'POST reject', allowed: ['admin', 'moderator'], ok: 200, run: async (key) => call(`/admin/ideas/${await submitIdea()}/reject`, { key, body: { reason: 'Ei kuulu tähän.' } }) },
  { name: 'PATCH idea', allowed: ['admin', 'moderator'], ok: 200, run: async (key) => call(`/admin/ideas/${await submitIdea()}`, { method: 'PATCH', key, body: { title: 'Korjattu otsikko', editNote: 'Korjattiin kirjoitusvirhe.' } }) },
  {
    name: 'POST merge',
    allowed: ['admin', 'moderator'],
    ok: 200,
    run: async (key) => call(`/admin/ideas/${await submitIdea()}/merge`, { key, body: { into: await publishedIdea() } }),
  },
  {
    name: 'POST review',
    allowed: ['admin', 'reviewer'],
    ok: 200,
    run: async (key) => call(`/admin/ideas/${await publishedIdea()}/review`, { key, body: { feasibility: 'feasible', costEur: 1000, responsibleUnit: 'Puistot' } }),
  },
  { name: 'GET admin/comments', allowed: ['admin', 'moderator'], ok: 200, run: (key) => call('/admin/comments', { key }) },
  {
    name: 'POST comment publish',
    allowed: ['admin', 'moderator'],
    ok: 200,
    run: async (key) => {
      const c = await json(await call(`/ideas/${await publishedIdea()}/comments`, { body: { body: 'Kommentti' } }));
      return call(`/admin/comments/${c.id}/publish`, { method: 'POST', key });
    },
  },
  {
    name: 'POST comment reject',
    allowed: ['admin', 'moderator'],
    ok: 200,
    run: async (key) => {
      const c = await json(await call(`/ideas/${await publishedIdea()}/comments`, { body: { body: 'Kommentti' } }));
      return call(`/admin/comments/${c.id}/reject`, { key, body: { reason: 'Asiaton sisältö.' } });
    },
  },
  { name: 'PUT process', allowed: ['admin'], ok: 201, run: (key) => call('/admin/processes/pb-new', { method: 'PUT', key, body: processBody }) },
  { name: 'PUT theme', allowed: ['admin'], ok: 201, run: (key) => call('/admin/processes/pb-test/themes/sports', { method: 'PUT', key, body: { id: 'sports', name: { fi: 'Liikunta' } } }) },
  { name: 'PUT area', allowed: ['admin'], ok: 201, run: (key) => call('/admin/areas/a3', { method: 'PUT', key, body: areaBody }) },
  { name: 'POST api-keys', allowed: ['admin'], ok: 201, run: (key) => call('/admin/api-keys', { key, body: { role: 'moderator', label: 'Toinen moderaattori' } }) },
];

describe.each(routes)('$name', (route) => {
  for (const role of ['admin', 'moderator', 'reviewer'] as const) {
    const allowed = route.allowed.includes(role);
    it(`${allowed ? 'allows' : 'refuses'} ${role}`, async () => {
      const response = await route.run(roleKeys[role]);
      if (allowed) {
        expect(response.status, await response.clone().text()).toBe(route.ok);
      } else {
        expect(response.status).toBe(403);
        expect((await json(response)).code).toBe('forbidden');
      }
    });
  }

  it('refuses a missing, wrong, revoked or foreign key with 401', async () => {
    const noKey = await route.run('');
    expect(noKey.status).toBe(401);
    expect(noKey.headers.get('www-authenticate')).toContain('Bearer');
    expect((await json(noKey)).code).toBe('unauthorized');
    expect((await route.run('osk_doesnotexist000000000000')).status).toBe(401);
    expect((await route.run(keys.otherAdmin)).status).toBe(401);
    await env.DB.prepare("UPDATE api_keys SET revoked_at = '2026-01-01T00:00:00.000Z' WHERE id = 'k-admin'").run();
    expect((await route.run(keys.admin)).status).toBe(401);
  });
});

describe('authentication', () => {
  it('refuses malformed Authorization headers and unsigned signature attempts', async () => {
    for (const header of ['Basic abc', `Bearer ${keys.admin} extra`, 'Bearer', keys.admin]) {
      expect((await call('/admin/ideas', { headers: { authorization: header } })).status).toBe(401);
    }
    // a signature without a tenant signing secret is refused
    const signed = await call('/admin/ideas', {
      headers: {
        'x-osallistu-signature': '0'.repeat(64),
        'x-osallistu-timestamp': String(Math.floor(Date.now() / 1000)),
        'x-osallistu-nonce': 'nonce-0000000000000',
        'x-osallistu-role': 'admin',
      },
    });
    expect(signed.status).toBe(401);
  });
});

describe('the idea status machine', () => {
  const act = {
    publish: (id: string) => call(`/admin/ideas/${id}/publish`, { method: 'POST', key: keys.admin }),
    reject: (id: string) => call(`/admin/ideas/${id}/reject`, { key: keys.admin, body: { reason: 'Ei toteuteta tässä.' } }),
    merge: async (id: string) => call(`/admin/ideas/${id}/merge`, { key: keys.admin, body: { into: await publishedIdea({ title: 'Selviytyjä' }) } }),
    review: (id: string) => call(`/admin/ideas/${id}/review`, { key: keys.admin, body: { feasibility: 'feasible', costEur: 100, responsibleUnit: 'Puistot' } }),
    edit: (id: string) => call(`/admin/ideas/${id}`, { method: 'PATCH', key: keys.admin, body: { description: 'Uusi kuvaus, joka on tarpeeksi pitkä.', editNote: 'Tarkennettiin kuvausta.' } }),
  };
  type Action = keyof typeof act;
  const setups: Record<string, () => Promise<string>> = {
    pending: () => submitIdea(),
    published: () => publishedIdea(),
    rejected: async () => {
      const id = await submitIdea();
      await act.reject(id);
      return id;
    },
    merged: async () => {
      const id = await submitIdea();
      await act.merge(id);
      return id;
    },
  };
  const allowed: Record<string, Action[]> = {
    pending: ['publish', 'reject', 'merge', 'edit'],
    published: ['reject', 'merge', 'review', 'edit'],
    rejected: [],
    merged: [],
  };

  for (const [state, setup] of Object.entries(setups)) {
    for (const action of Object.keys(act) as Action[]) {
      const ok = allowed[state]!.includes(action);
      it(`${ok ? 'allows' : 'refuses'} ${action} of a ${state} idea`, async () => {
        const id = await setup();
        const before = await env.DB.prepare('SELECT COUNT(*) AS n FROM idea_events WHERE idea_id = ?1').bind(id).first<{ n: number }>();
        const response = await act[action](id);
        const after = await env.DB.prepare('SELECT COUNT(*) AS n FROM idea_events WHERE idea_id = ?1').bind(id).first<{ n: number }>();
        if (ok) {
          expect(response.status, await response.clone().text()).toBe(200);
          expect(after!.n).toBe(before!.n + 1);
        } else {
          expect(response.status).toBe(409);
          expect((await json(response)).code).toBe('invalid-transition');
          expect(after!.n).toBe(before!.n);
        }
      });
    }
  }

  it('answers 404 for unknown ideas and ideas of other tenants', async () => {
    expect((await json(await act.publish('nope'))).code).toBe('idea-not-found');
    const id = await submitIdea();
    const foreign = await call(`https://api.test/v1/other/admin/ideas/${id}/publish`, { method: 'POST', key: keys.otherAdmin });
    expect(foreign.status).toBe(404);
  });
});

describe('moderation and review results', () => {
  it('publishes, rejects with a public reason and records who did what', async () => {
    const id = await submitIdea();
    const published = await json<AdminIdea>(await call(`/admin/ideas/${id}/publish`, { method: 'POST', key: keys.moderator }));
    expect(published.status).toBe('published');
    expect(published.publishedAt).not.toBeNull();
    const rejected = await json<AdminIdea>(await call(`/admin/ideas/${id}/reject`, { key: keys.moderator, body: { reason: 'Kuuluu katujen kunnossapitoon.' } }));
    expect(rejected).toMatchObject({ status: 'rejected', rejectionReason: 'Kuuluu katujen kunnossapitoon.' });
    const publicIdea = await json<Idea>(await call(`/ideas/${id}`));
    expect(publicIdea.rejectionReason).toBe('Kuuluu katujen kunnossapitoon.');
    const events = await json<IdeaEvent[]>(await call(`/ideas/${id}/events`));
    expect(events.map((e) => [e.kind, e.data])).toEqual([
      ['submitted', {}],
      ['published', {}],
      ['rejected', { reason: 'Kuuluu katujen kunnossapitoon.' }],
    ]);
    const actors = await env.DB.prepare('SELECT actor FROM idea_events WHERE idea_id = ?1 ORDER BY id').bind(id).all<{ actor: string }>();
    expect(actors.results.map((r) => r.actor)).toEqual(['resident', 'key:moderator key', 'key:moderator key']);
  });

  it('merges an idea into a published one: the merged one points to the survivor, counts stay', async () => {
    const survivor = await publishedIdea({ title: 'Koirapuisto keskustaan' });
    const merged = await publishedIdea({ title: 'Lisää koirapuistoja' });
    await call(`/ideas/${merged}/supports`, { body: { supporterId: 'browser-merge-000000001' } });
    const result = await json<AdminIdea>(await call(`/admin/ideas/${merged}/merge`, { key: keys.moderator, body: { into: survivor, note: 'Sama asia.' } }));
    expect(result).toMatchObject({ status: 'merged', mergedInto: { id: survivor, title: 'Koirapuisto keskustaan' }, supportCount: 1 });
    expect((await json<Idea>(await call(`/ideas/${survivor}`))).supportCount).toBe(0);
    const mergedEvents = await json<IdeaEvent[]>(await call(`/ideas/${merged}/events`));
    expect(mergedEvents.at(-1)).toMatchObject({ kind: 'merged', data: { into: survivor, intoTitle: 'Koirapuisto keskustaan', note: 'Sama asia.' } });
    const survivorEvents = await json<IdeaEvent[]>(await call(`/ideas/${survivor}/events`));
    expect(survivorEvents.at(-1)).toMatchObject({ kind: 'absorbed', data: { from: merged, fromTitle: 'Lisää koirapuistoja' } });
  });

  it('refuses merging into itself, an unknown idea, another process or a non-published idea', async () => {
    const id = await publishedIdea();
    const self = await call(`/admin/ideas/${id}/merge`, { key: keys.admin, body: { into: id } });
    expect((await json(self)).errors).toEqual([{ path: 'into', code: 'unknown-idea' }]);
    const unknown = await call(`/admin/ideas/${id}/merge`, { key: keys.admin, body: { into: 'nope' } });
    expect((await json(unknown)).errors).toEqual([{ path: 'into', code: 'unknown-idea' }]);
    await env.DB.prepare(
      `INSERT INTO ideas (id, tenant_id, process_id, title, description, theme_id, lang, status, created_at) VALUES ('closed1', 'testcity', 'closed', 'Toinen prosessi', 'Kuvaus joka on tarpeeksi pitkä', 'parks', 'fi', 'published', '2026-01-01T00:00:00.000Z')`,
    ).run();
    const otherProcess = await call(`/admin/ideas/${id}/merge`, { key: keys.admin, body: { into: 'closed1' } });
    expect(otherProcess.status).toBe(422);
    const pending = await submitIdea();
    const intoPending = await call(`/admin/ideas/${id}/merge`, { key: keys.admin, body: { into: pending } });
    expect(intoPending.status).toBe(409);
  });

  it('reviews (again): feasible with cost and unit, then not feasible with a reason', async () => {
    const id = await publishedIdea();
    const feasible = await json<AdminIdea>(
      await call(`/admin/ideas/${id}/review`, { key: keys.reviewer, body: { feasibility: 'feasible', costEur: 45000, responsibleUnit: 'Liikuntapalvelut', reason: 'Mahtuu budjettiin.' } }),
    );
    expect(feasible.review).toEqual({ feasibility: 'feasible', reason: 'Mahtuu budjettiin.', costEur: 45000, responsibleUnit: 'Liikuntapalvelut', reviewedAt: expect.any(String) });
    const notFeasible = await json<AdminIdea>(
      await call(`/admin/ideas/${id}/review`, { key: keys.reviewer, body: { feasibility: 'not-feasible', responsibleUnit: 'Liikuntapalvelut', reason: 'Maa-alue ei ole kaupungin.' } }),
    );
    expect(notFeasible.review).toMatchObject({ feasibility: 'not-feasible', reason: 'Maa-alue ei ole kaupungin.', costEur: null });
    const events = await json<IdeaEvent[]>(await call(`/ideas/${id}/events`));
    expect(events.filter((e) => e.kind === 'reviewed').map((e) => e.data)).toEqual([
      { feasibility: 'feasible', reason: 'Mahtuu budjettiin.', costEur: 45000, responsibleUnit: 'Liikuntapalvelut' },
      { feasibility: 'not-feasible', reason: 'Maa-alue ei ole kaupungin.', costEur: null, responsibleUnit: 'Liikuntapalvelut' },
    ]);
  });

  it('edits with a visible edit note and checks theme and area', async () => {
    const id = await publishedIdea();
    const edited = await json<AdminIdea>(
      await call(`/admin/ideas/${id}`, { method: 'PATCH', key: keys.moderator, body: { title: 'Uusi otsikko', themeId: 'culture', areaId: null, location: null, editNote: 'Otsikkoa lyhennettiin.' } }),
    );
    expect(edited).toMatchObject({ title: 'Uusi otsikko', themeId: 'culture', areaId: null, location: null, edit: { note: 'Otsikkoa lyhennettiin.' } });
    expect((await json<Idea>(await call(`/ideas/${id}`))).edit?.note).toBe('Otsikkoa lyhennettiin.');
    const search = await json<Page<Idea>>(await call('/processes/pb-test/ideas?q=otsikko'));
    expect(search.items.map((i) => i.id)).toEqual([id]);
    const events = await json<IdeaEvent[]>(await call(`/ideas/${id}/events`));
    expect(events.at(-1)).toMatchObject({ kind: 'edited', data: { note: 'Otsikkoa lyhennettiin.', fields: 'title,themeId,areaId,location' } });
    const bad = await call(`/admin/ideas/${id}`, { method: 'PATCH', key: keys.moderator, body: { themeId: 'nope', areaId: 'zz', editNote: 'Vaihdettiin teema.' } });
    expect((await json(bad)).errors).toEqual([
      { path: 'themeId', code: 'unknown-theme' },
      { path: 'areaId', code: 'unknown-area' },
    ]);
    const noNote = await call(`/admin/ideas/${id}`, { method: 'PATCH', key: keys.moderator, body: { title: 'Ilman selitystä' } });
    expect((await json(noNote)).errors).toEqual([{ path: 'editNote', code: 'required' }]);
  });
});

describe('staff lists', () => {
  it('lists every status with filters and tells whether an email was left, never the email', async () => {
    const pending = await submitIdea({ email: 'asukas@example.fi' });
    const published = await publishedIdea();
    const all = await json<Page<AdminIdea>>(await call('/admin/ideas', { key: keys.reviewer }));
    expect(all.items.map((i) => i.id)).toEqual([published, pending]);
    expect(all.items.find((i) => i.id === pending)?.hasEmail).toBe(true);
    expect(all.items.find((i) => i.id === published)?.hasEmail).toBe(false);
    expect(JSON.stringify(all)).not.toContain('asukas@example.fi');
    const onlyPending = await json<Page<AdminIdea>>(await call('/admin/ideas?status=pending&process=pb-test', { key: keys.moderator }));
    expect(onlyPending.items.map((i) => i.id)).toEqual([pending]);
    const one = await json<AdminIdea>(await call(`/admin/ideas/${pending}`, { key: keys.moderator }));
    expect(one).toMatchObject({ id: pending, status: 'pending', hasEmail: true });
    expect(JSON.stringify(one)).not.toContain('asukas@example.fi');
    const page = await json<Page<AdminIdea>>(await call('/admin/ideas?limit=1', { key: keys.admin }));
    expect(page.items).toHaveLength(1);
    const next = await json<Page<AdminIdea>>(await call(`/admin/ideas?limit=1&cursor=${page.nextCursor}`, { key: keys.admin }));
    expect(next.items.map((i) => i.id)).toEqual([pending]);
    expect((await call('/admin/ideas?status=bogus', { key: keys.admin })).status).toBe(422);
  });
});

describe('setup routes', () => {
  it('creates (201) and replaces (200) a process, which then takes ideas', async () => {
    const created = await call('/admin/processes/pb-new', { method: 'PUT', key: keys.admin, body: processBody });
    expect(created.status).toBe(201);
    expect(await json<Process>(created)).toMatchObject({ id: 'pb-new', currentPhase: 'ideation', budgetEur: 50000 });
    const replaced = await call('/admin/processes/pb-new', { method: 'PUT', key: keys.admin, body: { ...processBody, budgetEur: 60000, phases: phasesAround(Date.now(), 'voting') } });
    expect(replaced.status).toBe(200);
    expect(await json<Process>(replaced)).toMatchObject({ budgetEur: 60000, currentPhase: 'voting' });
    const theme = await call('/admin/processes/pb-new/themes/sports', { method: 'PUT', key: keys.admin, body: { id: 'sports', name: { fi: 'Liikunta', sv: 'Idrott' } } });
    expect(theme.status).toBe(201);
    expect(await json<Theme>(theme)).toEqual({ id: 'sports', name: { fi: 'Liikunta', sv: 'Idrott' } });
    const renamed = await call('/admin/processes/pb-new/themes/sports', { method: 'PUT', key: keys.admin, body: { id: 'sports', name: { fi: 'Urheilu' } } });
    expect(renamed.status).toBe(200);
    expect(await json<Theme[]>(await call('/processes/pb-new/themes'))).toEqual([{ id: 'sports', name: { fi: 'Urheilu' } }]);
    const missing = await call('/admin/processes/nope/themes/sports', { method: 'PUT', key: keys.admin, body: { id: 'sports', name: { fi: 'X' } } });
    expect((await json(missing)).code).toBe('process-not-found');
    // back to ideation so that an idea with the new theme is accepted
    await call('/admin/processes/pb-new', { method: 'PUT', key: keys.admin, body: processBody });
    const idea = await call('/processes/pb-new/ideas', { body: { ...validIdea, themeId: 'sports', areaId: null } });
    expect(idea.status).toBe(201);
  });

  it('creates and replaces an area', async () => {
    const created = await call('/admin/areas/a3', { method: 'PUT', key: keys.admin, body: areaBody });
    expect(created.status).toBe(201);
    expect(await json<Area>(created)).toMatchObject({ id: 'a3', name: { fi: 'Petonen', en: 'Petonen' }, population: 5000, geometry: areaBody.geometry });
    const replaced = await call('/admin/areas/a3', { method: 'PUT', key: keys.admin, body: { ...areaBody, population: null, labelPoint: null } });
    expect(replaced.status).toBe(200);
    expect(await json<Area>(replaced)).toMatchObject({ population: null, labelPoint: null });
    const badGeometry = await call('/admin/areas/a4', { method: 'PUT', key: keys.admin, body: { ...areaBody, id: 'a4', geometry: { type: 'Point', coordinates: [1, 2] } } });
    expect(badGeometry.status).toBe(422);
  });

  it('creates an API key shown once, stored hashed, that works with its role', async () => {
    const response = await call('/admin/api-keys', { key: keys.admin, body: { role: 'reviewer', label: 'Arvioija' } });
    expect(response.status).toBe(201);
    const created = await json<ApiKeyCreated>(response);
    expect(created).toMatchObject({ role: 'reviewer', label: 'Arvioija' });
    expect(created.key).toMatch(/^osk_[a-z0-9]{40}$/);
    const stored = await env.DB.prepare('SELECT key_hash FROM api_keys WHERE id = ?1').bind(created.id).first<{ key_hash: string }>();
    expect(stored?.key_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored?.key_hash).not.toContain(created.key);
    expect((await call('/admin/ideas', { key: created.key })).status).toBe(200);
    expect((await call('/admin/comments', { key: created.key })).status).toBe(403);
    const badRole = await call('/admin/api-keys', { key: keys.admin, body: { role: 'root', label: 'x' } });
    expect((await json(badRole)).errors).toEqual([{ path: 'role', code: 'invalid-value' }]);
  });
});
