/**
 * Progress tracker API (issue 6) through the real entrypoint with D1: the project status machine
 * (every allowed transition and every refused one), events, sign-ups within capacity, evaluation
 * once per browser, following by email (double opt-in, the unsubscribe link without any login),
 * the Atom and JSON feeds, and the idea timeline for each path an idea can take.
 */
import { env } from 'cloudflare:test';
import { beforeEach, describe, expect, it } from 'vitest';
import { projectStatuses, projectTransitions, type IdeaTimeline, type Project, type ProjectStatus } from '@osallistu/contract';
import { call, json, keys, publishedIdea, seedFixture } from './fixture.js';
import { parseXml, type XmlElement } from './xml-tree.js';

const staffProject = {
  processId: 'pb-test',
  title: { fi: 'Niiralan talkoopuisto', en: 'Niirala community park' },
  description: { fi: 'Puisto kunnostetaan yhdessä asukkaiden kanssa.' },
  areaId: 'a2',
  responsibleUnit: 'Kaupunkiympäristön palvelut',
  budgetAllocatedEur: 20000,
};

async function createProject(overrides: Record<string, unknown> = {}): Promise<Project> {
  const r = await call('/admin/projects', { body: { ...staffProject, ...overrides }, key: keys.admin });
  if (r.status !== 201) throw new Error(`create: ${r.status} ${await r.text()}`);
  return json<Project>(r);
}

function setStatus(id: string, status: string, reason?: string, key: string = keys.admin): Promise<Response> {
  return call(`/admin/projects/${id}/status`, { body: reason === undefined ? { status } : { status, reason }, key });
}

/** A fresh project in `status`, reached through allowed transitions. */
async function projectIn(status: ProjectStatus): Promise<Project> {
  if (status === 'planned' || status === 'designing' || status === 'in-progress') return createProject({ status });
  const p = await createProject({ status: 'in-progress' });
  const r = await setStatus(p.id, status, status === 'cancelled' ? 'Rahoitus siirtyi toiseen hankkeeseen.' : undefined);
  expect(r.status).toBe(200);
  return json<Project>(r);
}

async function outbox(): Promise<{ to: string; subject: string; text: string }[]> {
  return json(await call('/admin/dev-outbox', { key: keys.admin }));
}

const linkIn = (text: string, path: string) => new RegExp(`https?://\\S+${path}\\?token=\\S+`).exec(text)?.[0] ?? '';

beforeEach(seedFixture);

describe('project status machine', () => {
  it('allows exactly the documented transitions and refuses every other with 409', async () => {
    for (const from of projectStatuses) {
      for (const to of projectStatuses) {
        const p = await projectIn(from);
        const r = await setStatus(p.id, to, 'Perustelu muutokselle.');
        const allowed = projectTransitions[from].includes(to);
        expect(`${from}→${to}:${r.status}`).toBe(`${from}→${to}:${allowed ? 200 : 409}`);
        if (!allowed) expect((await json(r)).code).toBe('invalid-transition');
        else expect((await json<Project>(r)).status).toBe(to);
      }
    }
  });

  it('needs a reason to cancel, and shows it', async () => {
    const p = await createProject();
    const refused = await setStatus(p.id, 'cancelled');
    expect(refused.status).toBe(422);
    expect((await json(refused)).errors).toEqual([{ path: 'reason', code: 'required' }]);
    const done = await json<Project>(await setStatus(p.id, 'cancelled', 'Alue kaavoitetaan uudelleen.'));
    expect(done.status).toBe('cancelled');
    expect(done.cancelReason).toBe('Alue kaavoitetaan uudelleen.');
  });

  it('completing sets progress to 100 and the completion date', async () => {
    const p = await projectIn('completed');
    expect(p.progressPercent).toBe(100);
    expect(p.completedAt).not.toBeNull();
  });

  it('lets only admins and reviewers change projects', async () => {
    const p = await createProject();
    expect((await setStatus(p.id, 'designing', undefined, keys.moderator)).status).toBe(403);
    expect((await setStatus(p.id, 'designing', undefined, keys.reviewer)).status).toBe(200);
    expect((await call('/admin/projects', { body: staffProject })).status).toBe(401);
  });
});

describe('projects', () => {
  it('keeps every change as an event, in order', async () => {
    const p = await createProject({
      status: 'designing',
      milestones: [
        { id: 'suunnitelma', title: { fi: 'Suunnitelma valmis' }, plannedDate: '2026-12-15' },
        { id: 'rakentaminen', title: { fi: 'Rakentaminen' }, plannedDate: '2027-05-01' },
      ],
    });
    expect(p.nextMilestone?.id).toBe('suunnitelma');
    await call(`/admin/projects/${p.id}`, {
      method: 'PATCH',
      key: keys.reviewer,
      body: {
        progressPercent: 30,
        budgetSpentEur: 4000,
        milestones: [
          { id: 'suunnitelma', title: { fi: 'Suunnitelma valmis' }, plannedDate: '2026-12-15', actualDate: '2026-12-10' },
          { id: 'rakentaminen', title: { fi: 'Rakentaminen' }, plannedDate: '2027-05-01' },
        ],
      },
    });
    const u = await call(`/admin/projects/${p.id}/updates`, {
      key: keys.admin,
      body: { text: { fi: 'Suunnitelma esiteltiin asukasillassa.' }, imageUrl: 'https://kuopio.example/kuva.jpg', imageAlt: 'Asukasilta koululla' },
    });
    expect(u.status).toBe(201);
    await setStatus(p.id, 'in-progress');
    const detail = await json<Project>(await call(`/projects/${p.id}`));
    expect(detail.events.map((e) => e.kind)).toEqual(['created', 'progress', 'budget', 'milestone', 'update', 'status']);
    expect(detail.events[1]!.data).toEqual({ from: 0, to: 30 });
    expect(detail.events[2]!.data).toEqual({ allocatedFrom: 20000, allocatedTo: 20000, spentFrom: 0, spentTo: 4000 });
    expect(detail.events[5]!.data).toEqual({ from: 'designing', to: 'in-progress', reason: null });
    expect(detail.nextMilestone?.id).toBe('rakentaminen');
    expect(detail.budgetSpentEur).toBe(4000);
    expect(detail.updates[0]).toMatchObject({ text: { fi: 'Suunnitelma esiteltiin asukasillassa.' }, imageAlt: 'Asukasilta koululla' });
    const list = await json<{ id: string; status: string }[]>(await call('/projects?process=pb-test&status=in-progress'));
    expect(list.map((x) => x.id)).toEqual([p.id]);
    expect(await json(await call('/projects?area=a1'))).toEqual([]);
  });

  it('records edits of public fields as events, and nothing for a PATCH that changes nothing', async () => {
    const p = await createProject({ status: 'designing', participation: { kind: 'talkoot', description: { fi: 'Talkoot' }, capacity: 5 } });
    const patch = (body: object) => call(`/admin/projects/${p.id}`, { method: 'PATCH', key: keys.admin, body });
    // the same values again, keys in another order: no event
    expect((await patch({ title: { en: 'Niirala community park', fi: 'Niiralan talkoopuisto' }, responsibleUnit: staffProject.responsibleUnit, budgetSpentEur: 0 })).status).toBe(200);
    expect((await json<Project>(await call(`/projects/${p.id}`))).events.map((e) => e.kind)).toEqual(['created']);
    await patch({ description: { fi: 'Uusi kuvaus.' }, responsibleUnit: 'Puistopalvelut', participation: null, budgetAllocatedEur: 25000 });
    const events = (await json<Project>(await call(`/projects/${p.id}`))).events;
    expect(events.map((e) => [e.kind, e.data])).toEqual([
      ['created', expect.anything()],
      ['budget', { allocatedFrom: 20000, allocatedTo: 25000, spentFrom: 0, spentTo: 0 }],
      ['edited', { fields: 'description,participation,responsibleUnit' }],
    ]);
  });

  it('lists a project with its exact position when staff placed it, and null when only the area is known', async () => {
    const pinned = await createProject({ location: { type: 'Point', coordinates: [27.6931, 62.8874] } });
    const areaOnly = await createProject({ title: { fi: 'Pelkkä alue' } });
    const list = await json<{ id: string; location?: unknown }[]>(await call('/projects?process=pb-test'));
    expect(list.find((p) => p.id === pinned.id)?.location).toEqual({ type: 'Point', coordinates: [27.6931, 62.8874] });
    expect(list.find((p) => p.id === areaOnly.id)?.location).toBeNull();
  });

  it('refuses bad input with field errors', async () => {
    const r = await call('/admin/projects', { key: keys.admin, body: { processId: 'pb-test', areaId: 'nowhere', ideaIds: ['nope'] } });
    expect(r.status).toBe(422);
    const paths = (await json<{ errors: { path: string }[] }>(r)).errors.map((e) => e.path).sort();
    expect(paths).toEqual(['areaId', 'description', 'ideaIds', 'responsibleUnit', 'title']);
    const p = await createProject();
    const noAlt = await call(`/admin/projects/${p.id}/updates`, { key: keys.admin, body: { text: { fi: 'Kuva' }, imageUrl: 'https://x.example/a.jpg' } });
    expect(noAlt.status).toBe(422);
    expect((await call('/projects/nope')).status).toBe(404);
  });

  it('accepts only a winning proposal as the origin of a project', async () => {
    const db = env.DB;
    const idea = await publishedIdea();
    await db.batch([
      db.prepare(
        `INSERT INTO budgets (tenant_id, process_id, id, name, area_id, amount_eur, ballot_rule, counting_rule, eligibility)
         VALUES ('testcity', 'pb-test', 'city', '{"fi":"Koko kaupunki"}', NULL, 50000, '{"kind":"knapsack","minProposals":1,"maxProposals":null,"minSharePercent":0}', 'greedy', 'all')`,
      ),
      db
        .prepare(
          `INSERT INTO proposals (id, tenant_id, process_id, budget_id, title, summary, theme_id, area_id, cost_eur, origin_idea_ids, created_at)
           VALUES (?1, 'testcity', 'pb-test', 'city', ?2, 'Kuvaus', 'parks', 'a2', ?3, ?4, '2026-01-01T00:00:00.000Z')`,
        )
        .bind('win', 'Voittaja', 30000, JSON.stringify([idea])),
      db
        .prepare(
          `INSERT INTO proposals (id, tenant_id, process_id, budget_id, title, summary, theme_id, area_id, cost_eur, origin_idea_ids, created_at)
           VALUES (?1, 'testcity', 'pb-test', 'city', ?2, 'Kuvaus', 'parks', NULL, ?3, '[]', '2026-01-01T00:00:00.000Z')`,
        )
        .bind('lose', 'Häviäjä', 40000),
      db
        .prepare(`INSERT INTO budget_results (tenant_id, process_id, budget_id, result, computed_at) VALUES ('testcity', 'pb-test', 'city', ?1, '2026-01-02T00:00:00.000Z')`)
        .bind(JSON.stringify({ budgetId: 'city', selected: ['win'], proposals: [] })),
    ]);
    const lost = await call('/admin/projects', { key: keys.admin, body: { processId: 'pb-test', proposalId: 'lose', responsibleUnit: 'X' } });
    expect(lost.status).toBe(422);
    const won = await call('/admin/projects', { key: keys.admin, body: { processId: 'pb-test', proposalId: 'win', responsibleUnit: 'Liikuntapalvelut' } });
    expect(won.status).toBe(201);
    const p = await json<Project>(won);
    expect(p).toMatchObject({ proposalId: 'win', title: { fi: 'Voittaja' }, budgetAllocatedEur: 30000, areaId: 'a2', status: 'planned' });
    expect(p.ideas.map((i) => i.id)).toEqual([idea]);
  });
});

describe('taking part and evaluating', () => {
  const participation = { kind: 'talkoot', description: { fi: 'Istutustalkoot' }, capacity: 3 };
  const signup = (id: string, participants: number) =>
    call(`/projects/${id}/signups`, { body: { name: 'Aino', email: 'aino@example.fi', participants, consent: true } });

  it('takes sign-ups within the capacity and forgets them when the project ends', async () => {
    const p = await createProject({ status: 'in-progress', participation });
    expect(p.participation).toMatchObject({ capacity: 3, taken: 0, spotsLeft: 3 });
    expect(await json(await signup(p.id, 2))).toEqual({ participants: 2, spotsLeft: 1 });
    const full = await signup(p.id, 2);
    expect(full.status).toBe(409);
    expect((await json(full)).code).toBe('signup-full');
    expect((await signup(p.id, 1)).status).toBe(201);
    expect(await json<unknown[]>(await call(`/admin/projects/${p.id}/signups`, { key: keys.admin }))).toHaveLength(2);
    await setStatus(p.id, 'completed');
    expect(await json<unknown[]>(await call(`/admin/projects/${p.id}/signups`, { key: keys.admin }))).toHaveLength(0);
    expect((await json(await signup(p.id, 1))).code).toBe('signup-closed');
    const none = await createProject();
    expect((await signup(none.id, 1)).status).toBe(409);
  });

  it('accepts one evaluation per browser, only when completed, with moderated comments', async () => {
    const evaluate = (id: string, evaluatorId: string, rating: number, comment?: string) =>
      call(`/projects/${id}/evaluations`, { body: { evaluatorId, rating, ...(comment ? { comment } : {}) } });
    const open = await createProject({ status: 'in-progress' });
    expect((await json(await evaluate(open.id, 'browser-aaaaaaaaaaaa', 4))).code).toBe('evaluation-closed');

    const p = await projectIn('completed');
    const first = await evaluate(p.id, 'browser-aaaaaaaaaaaa', 4, 'Hieno lopputulos!');
    expect(first.status).toBe(201);
    expect(await json(first)).toEqual({ count: 1, average: 4, distribution: [0, 0, 0, 1, 0], comments: [] });
    const again = await evaluate(p.id, 'browser-aaaaaaaaaaaa', 1);
    expect(again.status).toBe(409);
    expect((await json(again)).code).toBe('already-evaluated');
    expect((await evaluate(p.id, 'browser-bbbbbbbbbbbb', 5)).status).toBe(201);
    expect((await evaluate(p.id, 'browser-cccccccccccc', 6)).status).toBe(422);

    const pending = await json<{ id: number; comment: string }[]>(await call('/admin/evaluations', { key: keys.moderator }));
    expect(pending.map((e) => e.comment)).toEqual(['Hieno lopputulos!']);
    expect((await call(`/admin/evaluations/${pending[0]!.id}/publish`, { method: 'POST', key: keys.moderator })).status).toBe(200);
    const detail = await json<Project>(await call(`/projects/${p.id}`));
    expect(detail.evaluation).toMatchObject({ count: 2, average: 4.5, distribution: [0, 0, 0, 1, 1] });
    expect(detail.evaluation.comments.map((c) => c.comment)).toEqual(['Hieno lopputulos!']);
  });
});

describe('following by email', () => {
  it('sends a confirmation first, then status changes; the unsubscribe link works without login and deletes the address', async () => {
    const p = await createProject({ status: 'designing' });
    const follow = await call('/follows', { body: { target: 'project', id: p.id, email: 'Asukas@Example.fi', lang: 'fi' } });
    expect(follow.status).toBe(202);
    const [confirm] = await outbox();
    expect(confirm!.to).toBe('asukas@example.fi');
    expect(confirm!.subject).toBe('Vahvista seuraaminen: Niiralan talkoopuisto');

    // Not confirmed yet: a status change tells nobody.
    await setStatus(p.id, 'in-progress');
    expect(await outbox()).toHaveLength(1);

    const confirmUrl = linkIn(confirm!.text, '/follows/confirm');
    const page = await call(confirmUrl, { method: 'POST' });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('Seuraaminen vahvistettu');

    await call(`/admin/projects/${p.id}`, { method: 'PATCH', key: keys.admin, body: { progressPercent: 50 } });
    expect(await outbox()).toHaveLength(1); // progress is not a status change
    const bad = await call(confirmUrl.replace(/.$/, (ch) => (ch === '0' ? '1' : '0')), { method: 'POST' });
    expect(bad.status).toBe(404);

    // Asking again while following sends nothing new.
    expect((await call('/follows', { body: { target: 'project', id: p.id, email: 'asukas@example.fi' } })).status).toBe(202);
    expect(await outbox()).toHaveLength(1);

    await setStatus(p.id, 'cancelled', 'Hanke yhdistettiin toiseen.');
    const [news] = await outbox();
    expect(news!.subject).toBe('Niiralan talkoopuisto: peruttu');
    expect(news!.text).toContain('Perustelu: Hanke yhdistettiin toiseen.');
    // The project ended: following ends with this message, which says so instead of offering
    // an unsubscribe link, and the address is gone already.
    expect(news!.text).toContain('Tämä oli viimeinen viesti: seuraaminen päättyi, ja sähköpostiosoitteesi poistetaan nyt.');
    expect(linkIn(news!.text, '/follows/unsubscribe')).toBe('');
    const rows = await env.DB.prepare('SELECT COUNT(*) AS n FROM follows').first<{ n: number }>();
    expect(rows?.n).toBe(0);
    // an old link still answers kindly
    expect((await call(linkIn(confirm!.text, '/follows/confirm'))).status).toBe(404);
  });

  it('unsubscribes with one click, no key, no cookie, and sends nothing afterwards', async () => {
    const p = await createProject({ status: 'planned' });
    await call('/follows', { body: { target: 'project', id: p.id, email: 'b@example.fi', lang: 'en' } });
    await call(linkIn((await outbox())[0]!.text, '/follows/confirm'), { method: 'POST' });
    await setStatus(p.id, 'designing');
    const [news] = await outbox();
    expect(news!.subject).toBe('Niirala community park: being designed');
    const unsubscribe = linkIn(news!.text, '/follows/unsubscribe');
    const r = await call(unsubscribe, { method: 'POST' });
    expect(r.status).toBe(200);
    expect(await r.text()).toContain('You no longer follow this');
    expect((await env.DB.prepare('SELECT COUNT(*) AS n FROM follows').first<{ n: number }>())?.n).toBe(0);
    await setStatus(p.id, 'in-progress');
    expect(await outbox()).toHaveLength(2);
  });

  it('refuses to follow what does not exist or has ended', async () => {
    const done = await projectIn('completed');
    for (const body of [
      { target: 'project', id: 'nope', email: 'a@example.fi' },
      { target: 'project', id: done.id, email: 'a@example.fi' },
      { target: 'idea', id: 'nope', email: 'a@example.fi' },
    ]) {
      expect((await call('/follows', { body })).status).toBe(422);
    }
    expect((await call('/follows', { body: { target: 'project', id: done.id, email: 'not-an-email' } })).status).toBe(422);
  });
});

describe('feeds', () => {
  it('publishes status changes as Atom and JSON Feed, newest first, escaped', async () => {
    const p = await createProject({ title: { fi: 'Puisto <&> "lähiö"' }, status: 'designing' });
    await setStatus(p.id, 'in-progress');
    const atom = await call('/processes/pb-test/projects/feed.atom');
    expect(atom.headers.get('content-type')).toContain('application/atom+xml');
    const xml = await atom.text();
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"')).toBe(true);
    expect(xml.match(/<entry>/g)).toHaveLength(2);
    expect(xml).toContain('<title>Puisto &lt;&amp;&gt; &quot;lähiö&quot;: toteutuksessa</title>');
    expect(xml).not.toContain('<&>');
    for (const tag of ['id', 'title', 'updated']) expect(xml.match(new RegExp(`<${tag}>`, 'g'))!.length).toBe(3);

    const feed = await json<{ version: string; items: { id: string; title: string; date_published: string }[] }>(
      await call('/processes/pb-test/projects/feed.json?lang=en'),
    );
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.items.map((i) => i.title)).toEqual(['Puisto <&> "lähiö": in progress', 'New project: Puisto <&> "lähiö" (being designed)']);
    expect(new Set(feed.items.map((i) => i.id)).size).toBe(2);
    expect((await call('/processes/nope/projects/feed.json')).status).toBe(404);
  });
});

describe('feed validity', () => {
  const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
  const only = (parent: XmlElement, name: string) => {
    const found = parent.children.filter((e) => e.name === name);
    expect(found, `exactly one <${name}> in <${parent.name}>`).toHaveLength(1);
    return found[0]!;
  };

  it('the XML reader the check relies on refuses what is not well-formed', () => {
    for (const bad of ['<a><b></a></b>', '<a>&</a>', '<a>&nbsp;</a>', '<a x="1" x="2"/>', '<a/><b/>', '<a>', 'text<a/>', '<a><!-- c --></a>']) {
      expect(() => parseXml(bad), bad).toThrow();
    }
    expect(parseXml('<?xml version="1.0"?>\n<a k="&quot;"><b>x &amp; &#228;</b></a>').children[0]!.text).toBe('x & ä');
  });

  it('Atom (RFC 4287) is well-formed, with the required elements of the feed and of each entry', async () => {
    const p = await createProject({ title: { fi: 'Puisto <&> "lähiö" ]]>' }, status: 'planned' });
    await setStatus(p.id, 'designing');
    await setStatus(p.id, 'cancelled', 'Syy: <b>ei rahaa</b> & aikaa');
    const feed = parseXml(await (await call('/processes/pb-test/projects/feed.atom?lang=sv')).text());
    expect(feed.name).toBe('feed');
    expect(feed.attributes).toEqual({ xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': 'sv' });
    expect(only(feed, 'id').text).toMatch(/^tag:osallistu,2026:testcity\/processes\/pb-test\/projects$/);
    expect(only(feed, 'title').text).toBe('Prosessi pb-test: projektens status');
    expect(only(feed, 'updated').text).toMatch(rfc3339);
    expect(only(only(feed, 'author'), 'name').text).toBe('Testikaupunki');
    const links = feed.children.filter((e) => e.name === 'link');
    expect(links.find((l) => l.attributes.rel === 'self')?.attributes.href).toBe('https://api.test/v1/testcity/processes/pb-test/projects/feed.atom?lang=sv');
    const entries = feed.children.filter((e) => e.name === 'entry');
    expect(entries).toHaveLength(3);
    for (const entry of entries) {
      for (const name of ['id', 'title', 'updated', 'summary']) only(entry, name);
      expect(only(entry, 'updated').text).toMatch(rfc3339);
      // no atom:content, so an alternate link is required
      expect(entry.children.some((e) => e.name === 'link' && e.attributes.rel === 'alternate' && e.attributes.href)).toBe(true);
    }
    expect(new Set(entries.map((e) => only(e, 'id').text)).size).toBe(3);
    expect(only(entries[0]!, 'title').text).toBe('Puisto <&> "lähiö" ]]>: inställt');
    expect(only(entries[0]!, 'summary').text).toBe('Puisto <&> "lähiö" ]]>: inställt. Motivering: Syy: <b>ei rahaa</b> & aikaa');
    expect(only(feed, 'updated').text).toBe(only(entries[0]!, 'updated').text);
  });

  it('JSON Feed 1.1 has its required and recommended fields, and an empty process still gives a valid feed', async () => {
    const p = await createProject({ status: 'designing' });
    await setStatus(p.id, 'in-progress');
    const r = await call('/processes/pb-test/projects/feed.json');
    expect(r.headers.get('content-type')).toContain('application/feed+json');
    const feed = await json<Record<string, unknown> & { items: Record<string, unknown>[] }>(r);
    expect(feed).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Prosessi pb-test: hankkeiden tilanne',
      feed_url: 'https://api.test/v1/testcity/processes/pb-test/projects/feed.json?lang=fi',
      language: 'fi',
      authors: [{ name: 'Testikaupunki' }],
    });
    expect(feed.items).toHaveLength(2);
    for (const item of feed.items) {
      expect(typeof item.id).toBe('string');
      expect(typeof item.content_text).toBe('string');
      expect(item.url).toBe(`https://api.test/v1/testcity/projects/${p.id}`);
      expect(item.date_published).toMatch(rfc3339);
    }
    const empty = await json<{ items: unknown[]; title: string }>(await call('/processes/closed/projects/feed.json'));
    expect(empty.items).toEqual([]);
    const emptyAtom = parseXml(await (await call('/processes/closed/projects/feed.atom')).text());
    expect(only(emptyAtom, 'updated').text).toMatch(rfc3339);
  });
});

describe('idea timeline', () => {
  const kinds = (t: IdeaTimeline) => t.entries.map((e) => e.kind);
  const timeline = async (id: string) => json<IdeaTimeline>(await call(`/ideas/${id}/timeline`));
  const review = (id: string, body: object) => call(`/admin/ideas/${id}/review`, { body, key: keys.reviewer });

  /** Ends the voting of pb-test and stores a counted result in which `won` is selected. */
  async function votedOn(ideas: { won: string; lost: string }) {
    const db = env.DB;
    const day = 86_400_000;
    const now = Date.now();
    const phases = [
      { kind: 'ideation', startsAt: new Date(now - 40 * day).toISOString(), endsAt: new Date(now - 30 * day).toISOString() },
      { kind: 'voting', startsAt: new Date(now - 20 * day).toISOString(), endsAt: new Date(now - 10 * day).toISOString() },
    ];
    const result = {
      budgetId: 'city', areaId: null, amountEur: 50000, countingRule: 'greedy', ballots: 120, selected: ['p-won'], costEur: 30000,
      proposals: [
        { proposalId: 'p-won', title: 'Voittaja', areaId: null, costEur: 30000, votes: 80, selected: true, reason: { kind: 'greedy', rank: 1, remainingEur: 50000, outcome: 'selected' }, tie: false },
        { proposalId: 'p-lost', title: 'Häviäjä', areaId: null, costEur: 40000, votes: 40, selected: false, reason: { kind: 'greedy', rank: 2, remainingEur: 20000, outcome: 'did-not-fit' }, tie: false },
      ],
      computedAt: new Date(now - 9 * day).toISOString(),
    };
    const proposal = (id: string, idea: string) =>
      db
        .prepare(
          `INSERT INTO proposals (id, tenant_id, process_id, budget_id, title, summary, theme_id, area_id, cost_eur, origin_idea_ids, created_at)
           VALUES (?1, 'testcity', 'pb-test', 'city', ?1, 'Kuvaus', 'parks', NULL, 30000, ?2, ?3)`,
        )
        .bind(id, JSON.stringify([idea]), new Date(now - 25 * day).toISOString());
    await db.batch([
      db.prepare(
        `INSERT INTO budgets (tenant_id, process_id, id, name, area_id, amount_eur, ballot_rule, counting_rule, eligibility)
         VALUES ('testcity', 'pb-test', 'city', '{"fi":"Koko kaupunki","en":"City-wide"}', NULL, 50000, '{"kind":"knapsack","minProposals":1,"maxProposals":null,"minSharePercent":0}', 'greedy', 'all')`,
      ),
      proposal('p-won', ideas.won),
      proposal('p-lost', ideas.lost),
      // The ideas were proposed and reviewed during ideation, before the ballot.
      db
        .prepare(`UPDATE idea_events SET at = ?3 WHERE idea_id IN (?1, ?2)`)
        .bind(ideas.won, ideas.lost, new Date(now - 35 * day).toISOString()),
      db.prepare(`UPDATE processes SET phases = ?1 WHERE tenant_id = 'testcity' AND id = 'pb-test'`).bind(JSON.stringify(phases)),
      db
        .prepare(`INSERT INTO budget_results (tenant_id, process_id, budget_id, result, computed_at) VALUES ('testcity', 'pb-test', 'city', ?1, ?2)`)
        .bind(JSON.stringify(result), result.computedAt),
    ]);
  }

  it('tells a pending idea only that it was submitted', async () => {
    const { submitIdea } = await import('./fixture.js');
    const id = await submitIdea();
    const t = await timeline(id);
    expect(t.outcome).toBe('in-moderation');
    expect(t.idea.title).toBe('');
    expect(kinds(t)).toEqual(['submitted']);
  });

  it('rejected', async () => {
    const { submitIdea } = await import('./fixture.js');
    const id = await submitIdea();
    await call(`/admin/ideas/${id}/reject`, { body: { reason: 'Ei kuulu kaupungin päätösvaltaan.' }, key: keys.moderator });
    const t = await timeline(id);
    expect(t.outcome).toBe('rejected');
    expect(t.entries).toMatchObject([{ kind: 'submitted' }, { kind: 'rejected', reason: 'Ei kuulu kaupungin päätösvaltaan.' }]);
  });

  it('merged', async () => {
    const target = await publishedIdea({ title: 'Leikkipuisto Niiralaan' });
    const id = await publishedIdea();
    await call(`/admin/ideas/${id}/merge`, { body: { into: target, note: 'Sama paikka.' }, key: keys.moderator });
    const t = await timeline(id);
    expect(t.outcome).toBe('merged');
    expect(kinds(t)).toEqual(['submitted', 'published', 'merged']);
    expect(t.entries[2]).toMatchObject({ into: { id: target, title: 'Leikkipuisto Niiralaan' }, note: 'Sama paikka.' });
    expect(kinds(await timeline(target))).toEqual(['submitted', 'published', 'absorbed']);
  });

  it('not feasible', async () => {
    const id = await publishedIdea();
    await review(id, { feasibility: 'not-feasible', reason: 'Maa-alue ei ole kaupungin.', responsibleUnit: 'Maankäyttö' });
    const t = await timeline(id);
    expect(t.outcome).toBe('not-feasible');
    expect(t.entries.at(-1)).toMatchObject({ kind: 'reviewed', feasibility: 'not-feasible', reason: 'Maa-alue ei ole kaupungin.', costEur: null });
  });

  it('lost the vote, and won, became a project, was completed and evaluated', async () => {
    const won = await publishedIdea({ title: 'Kuntoportaat rinteeseen' });
    const lost = await publishedIdea({ title: 'Avanto rantaan' });
    for (const id of [won, lost]) await review(id, { feasibility: 'feasible', costEur: 30000, responsibleUnit: 'Liikuntapalvelut' });
    expect((await timeline(won)).outcome).toBe('feasible');
    await votedOn({ won, lost });

    const l = await timeline(lost);
    expect(l.outcome).toBe('lost-vote');
    expect(kinds(l)).toEqual(['submitted', 'published', 'reviewed', 'on-ballot', 'vote-result']);
    expect(l.entries[4]).toMatchObject({ votes: 40, ballots: 120, selected: false });
    expect(l.entries[3]).toMatchObject({ budgetName: { fi: 'Koko kaupunki', en: 'City-wide' } });
    expect((await timeline(won)).outcome).toBe('won-vote');

    const created = await call('/admin/projects', { key: keys.admin, body: { processId: 'pb-test', proposalId: 'p-won', responsibleUnit: 'Liikuntapalvelut', status: 'designing' } });
    expect(created.status).toBe(201);
    const p = await json<Project>(created);
    await call(`/admin/projects/${p.id}`, { method: 'PATCH', key: keys.admin, body: { progressPercent: 60 } });
    await setStatus(p.id, 'in-progress');
    await setStatus(p.id, 'completed');
    await call(`/projects/${p.id}/evaluations`, { body: { evaluatorId: 'browser-aaaaaaaaaaaa', rating: 5 } });
    await call(`/projects/${p.id}/evaluations`, { body: { evaluatorId: 'browser-bbbbbbbbbbbb', rating: 4 } });

    const t = await timeline(won);
    expect(t.outcome).toBe('completed');
    expect(kinds(t)).toEqual([
      'submitted', 'published', 'reviewed', 'on-ballot', 'vote-result', 'project', 'progress', 'project-status', 'project-status', 'evaluated',
    ]);
    expect(t.entries[4]).toMatchObject({ votes: 80, selected: true });
    expect(t.entries[5]).toMatchObject({ project: { id: p.id, title: { fi: 'p-won' } } });
    expect(t.entries.slice(7, 9).map((e) => (e.kind === 'project-status' ? e.status : ''))).toEqual(['in-progress', 'completed']);
    expect(t.entries[9]).toMatchObject({ average: 4.5, count: 2 });
  });
});
