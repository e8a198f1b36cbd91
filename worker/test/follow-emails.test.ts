/**
 * Follow emails end to end inside workerd (issue 6): double opt-in that a mail scanner's GET
 * cannot complete, RFC 8058 one-click unsubscribe (headers on every message, a POST without any
 * login deletes the address), and the scheduled handler that emails followers: one message per
 * confirmed follower, none for the unconfirmed or the unsubscribed, nothing twice.
 */
import { createExecutionContext, createScheduledController, env, fetchMock, waitOnExecutionContext } from 'cloudflare:test';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OutboxMessage, Project } from '@osallistu/contract';
import worker from '../src/index.js';
import type { Env } from '../src/env.js';
import { mailSender } from '../src/mail/mail-sender.js';
import { notifyIdeaFollowers, notifyProjectStatus } from '../src/progress/notify-followers.js';
import { getProjectRecord } from '../src/db/projects.js';
import { base, call, json, keys, publishedIdea, seedFixture } from './fixture.js';

beforeEach(seedFixture);

async function createProject(status = 'designing'): Promise<Project> {
  const r = await call('/admin/projects', {
    key: keys.admin,
    body: {
      processId: 'pb-test',
      title: { fi: 'Niiralan talkoopuisto', sv: 'Niirala talkopark', en: 'Niirala community park' },
      description: { fi: 'Puisto kunnostetaan yhdessä.' },
      responsibleUnit: 'Kaupunkiympäristön palvelut',
      status,
    },
  });
  expect(r.status).toBe(201);
  return json<Project>(r);
}

const outbox = async () => json<OutboxMessage[]>(await call('/admin/dev-outbox', { key: keys.admin }));
const to = (messages: OutboxMessage[], email: string) => messages.filter((m) => m.to === email);
const linkIn = (text: string, path: string) => new RegExp(`https?://\\S+${path}\\?token=\\S+`).exec(text)?.[0] ?? '';
const followRows = async () => (await env.DB.prepare('SELECT email, confirmed_at FROM follows ORDER BY email').all<{ email: string; confirmed_at: string | null }>()).results;

/** Asks to follow; returns the confirmation message. */
async function follow(target: 'project' | 'idea', id: string, email: string, lang = 'fi'): Promise<OutboxMessage> {
  expect((await call('/follows', { body: { target, id, email, lang } })).status).toBe(202);
  const [message] = to(await outbox(), email);
  expect(message).toBeDefined();
  return message!;
}

async function confirm(message: OutboxMessage): Promise<Response> {
  return call(linkIn(message.text, '/follows/confirm'), { method: 'POST' });
}

/** Runs the worker's scheduled handler as the cron trigger would. */
async function runScheduled(): Promise<void> {
  const ctx = createExecutionContext();
  await worker.scheduled(createScheduledController({ scheduledTime: Date.now(), cron: '17 * * * *' }), env as unknown as Env, ctx);
  await waitOnExecutionContext(ctx);
}

describe('double opt-in', () => {
  it('a GET of the confirmation link (a mail scanner) confirms nothing; the page\'s button POSTs and confirms', async () => {
    const p = await createProject();
    const message = await follow('project', p.id, 'aino@example.fi', 'sv');
    const url = linkIn(message.text, '/follows/confirm');
    const token = new URL(url).searchParams.get('token')!;

    const page = await call(url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.headers.get('cache-control')).toBe('no-store');
    const html = await page.text();
    expect(html).toContain('<html lang="sv">');
    expect(html).toContain('<h1>Bekräfta att du följer</h1>');
    expect(html).toContain(`<form method="post" action="?token=${token}"><button type="submit">Bekräfta</button></form>`);
    // Opened twice more, as scanners do: still not confirmed, so a status change tells nobody.
    await call(url);
    expect((await followRows()).map((r) => r.confirmed_at)).toEqual([null]);
    await call(`/admin/projects/${p.id}/status`, { key: keys.admin, body: { status: 'in-progress' } });
    expect(await outbox()).toHaveLength(1);

    const done = await call(new URL(`?token=${token}`, url).href, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, rawBody: '' });
    expect(done.status).toBe(200);
    expect(await done.text()).toContain('<h1>Du följer nu</h1>');
    expect((await followRows())[0]!.confirmed_at).not.toBeNull();
    // The link opened again after confirming says so, without a button.
    const again = await (await call(url)).text();
    expect(again).toContain('Du följer nu');
    expect(again).not.toContain('<form');
  });

  it('the confirmation and unsubscribe pages speak the follower\'s language: fi, sv and en', async () => {
    const p = await createProject();
    const expected = { fi: ['Vahvista seuraaminen', 'Lopeta seuraaminen'], sv: ['Bekräfta att du följer', 'Sluta följa'], en: ['Confirm following', 'Stop following'] };
    for (const [lang, [confirmHeading, stopHeading]] of Object.entries(expected)) {
      const message = await follow('project', p.id, `${lang}@example.fi`, lang);
      expect(await (await call(linkIn(message.text, '/follows/confirm'))).text()).toContain(`<h1>${confirmHeading}</h1>`);
      const stop = await (await call(message.headers['List-Unsubscribe']!.slice(1, -1))).text();
      expect(stop).toContain(`<html lang="${lang}">`);
      expect(stop).toContain(`<h1>${stopHeading}</h1>`);
      expect(stop).toMatch(/<form method="post" action="\?token=[a-z0-9]+\.[0-9a-f]{40}"><button type="submit">/);
    }
  });

  it('refuses a forged or foreign token on both GET and POST, with a page, not a 500', async () => {
    const p = await createProject();
    const url = linkIn((await follow('project', p.id, 'a@example.fi')).text, '/follows/confirm');
    const forged = url.replace(/.$/, (ch) => (ch === '0' ? '1' : '0'));
    for (const method of ['GET', 'POST']) {
      const r = await call(forged, { method });
      expect(r.status).toBe(404);
      expect(await r.text()).toContain('Linkki ei ole voimassa');
      // the same token under another tenant is not valid there
      expect((await call(url.replace('/v1/testcity/', '/v1/other/'), { method })).status).toBe(404);
    }
    expect((await followRows())[0]!.confirmed_at).toBeNull();
  });
});

describe('one-click unsubscribe (RFC 8058)', () => {
  it('every follow message carries List-Unsubscribe and List-Unsubscribe-Post; the URL is the one in the text', async () => {
    const p = await createProject();
    const request = await follow('project', p.id, 'b@example.fi', 'en');
    expect(request.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    expect(request.headers['List-Unsubscribe']).toMatch(/^<https:\/\/api\.test\/v1\/testcity\/follows\/unsubscribe\?token=\S+>$/);
    await confirm(request);
    await call(`/admin/projects/${p.id}/status`, { key: keys.admin, body: { status: 'in-progress' } });
    const [news] = await outbox();
    expect(news!.subject).toBe('Niirala community park: in progress');
    expect(news!.headers).toEqual({
      'List-Unsubscribe': `<${linkIn(news!.text, '/follows/unsubscribe')}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    });
  });

  it('a mail client\'s one-click POST unsubscribes without login, cookie or allowed origin, and deletes the address', async () => {
    const p = await createProject();
    await confirm(await follow('project', p.id, 'c@example.fi'));
    await follow('project', p.id, 'stays@example.fi');
    const [confirmation] = to(await outbox(), 'c@example.fi');
    const url = confirmation!.headers['List-Unsubscribe']!.slice(1, -1);

    // GET (a scanner, or the resident opening the link): a page with a button, nothing deleted
    const page = await call(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<button type="submit">Lopeta seuraaminen</button>');
    expect((await followRows()).map((r) => r.email)).toEqual(['c@example.fi', 'stays@example.fi']);

    // RFC 8058 §3.2: POST with the body List-Unsubscribe=One-Click; the origin is the mail provider
    const r = await call(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://mail.provider.example' },
      rawBody: 'List-Unsubscribe=One-Click',
    });
    expect(r.status).toBe(200);
    expect(await r.text()).toContain('Et enää seuraa tätä');
    const left = await env.DB.prepare("SELECT COUNT(*) AS n FROM follows WHERE email = 'c@example.fi'").first<{ n: number }>();
    expect(left?.n).toBe(0);
    expect((await followRows()).map((r) => r.email)).toEqual(['stays@example.fi']);

    await call(`/admin/projects/${p.id}/status`, { key: keys.admin, body: { status: 'in-progress' } });
    expect(to(await outbox(), 'c@example.fi')).toHaveLength(1); // only the old confirmation request
  });

  it('one click on the confirmation request deletes the pending address too', async () => {
    const p = await createProject();
    const request = await follow('project', p.id, 'never@example.fi');
    const r = await call(request.headers['List-Unsubscribe']!.slice(1, -1), { method: 'POST', headers: { 'content-type': 'multipart/form-data; boundary=x' }, rawBody: '--x\r\nContent-Disposition: form-data; name="List-Unsubscribe"\r\n\r\nOne-Click\r\n--x--\r\n' });
    expect(r.status).toBe(200);
    expect(await followRows()).toEqual([]);
  });

  it('the production HTTP sender passes the headers on to the mail service', async () => {
    fetchMock.activate();
    fetchMock.disableNetConnect();
    const sent: { from: string; to: string; subject: string; headers?: Record<string, string> }[] = [];
    fetchMock
      .get('https://mail.example')
      .intercept({ path: '/send', method: 'POST', body: (body) => (sent.push(JSON.parse(body)), true) })
      .reply(202, '')
      .times(2);
    const p = await createProject();
    await confirm(await follow('project', p.id, 'prod@example.fi'));
    const production = { ...(env as unknown as Env), MODE: 'production', MAIL_API_URL: 'https://mail.example/send', MAIL_FROM: 'osallistu@city.example' };
    const record = await getProjectRecord(env.DB, 'testcity', p.id);
    expect(await notifyProjectStatus(production, record!, 'in-progress', null)).toBe(1);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ from: 'osallistu@city.example', to: 'prod@example.fi', subject: 'Niiralan talkoopuisto: toteutuksessa' });
    expect(sent[0]!.headers!['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    expect(sent[0]!.headers!['List-Unsubscribe']).toMatch(/^<https:\/\/api\.test\/v1\/testcity\/follows\/unsubscribe\?token=\S+>$/);
    // messages without extra headers (a voter's code) send none
    await mailSender(production, 'testcity').send({ to: 'voter@example.fi', subject: 'Koodi', text: '123456' });
    expect(sent[1]).toEqual({ from: 'osallistu@city.example', to: 'voter@example.fi', subject: 'Koodi', text: '123456' });
  });
});

it('without a configured mail sender a status change still stands, and an ended project still forgets its followers', async () => {
  const p = await createProject('in-progress');
  await confirm(await follow('project', p.id, 'nomail@example.fi'));
  const unconfigured = { ...(env as unknown as Env), MODE: 'production' };
  const record = await getProjectRecord(env.DB, 'testcity', p.id);
  expect(await notifyProjectStatus(unconfigured, record!, 'completed', null)).toBe(0);
  expect(await followRows()).toEqual([]);
});

afterEach(() => {
  fetchMock.deactivate();
});

describe('mail that cannot go out is a 503 mail-unavailable, never a 500', () => {
  /** The worker with another environment (a deployment without a sender, or a failing service). */
  async function followAs(e: Env, id: string, email: string): Promise<Response> {
    const ctx = createExecutionContext();
    const request = new Request(`${base}/follows`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ target: 'project', id, email, lang: 'sv' }) });
    const r = await worker.fetch(request, e, ctx);
    await waitOnExecutionContext(ctx);
    return r;
  }

  it('without a configured sender: a problem the widgets translate, and no address kept', async () => {
    const p = await createProject();
    const r = await followAs({ ...(env as unknown as Env), MODE: 'production' }, p.id, 'nosender@example.fi');
    expect(r.status).toBe(503);
    expect(r.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(await json(r)).toMatchObject({ status: 503, code: 'mail-unavailable' });
    expect(await followRows()).toEqual([]);
    // the same request once mail works goes through
    await follow('project', p.id, 'nosender@example.fi');
  });

  it('when the mail service fails: 503, a new request forgotten, an earlier pending one kept', async () => {
    fetchMock.activate();
    fetchMock.disableNetConnect();
    fetchMock.get('https://mail.example').intercept({ path: '/send', method: 'POST' }).reply(500, 'down').times(2);
    const failing = { ...(env as unknown as Env), MODE: 'production', MAIL_API_URL: 'https://mail.example/send', MAIL_FROM: 'osallistu@city.example' };
    const p = await createProject();
    const r = await followAs(failing, p.id, 'new@example.fi');
    expect(r.status).toBe(503);
    expect((await json(r)).code).toBe('mail-unavailable');
    expect(await followRows()).toEqual([]);
    await follow('project', p.id, 'pending@example.fi');
    expect((await followAs(failing, p.id, 'pending@example.fi')).status).toBe(503);
    expect(await followRows()).toEqual([{ email: 'pending@example.fi', confirmed_at: null }]);
  });
});

describe('the scheduled handler emails followers', () => {
  it('after an idea\'s status changes: one message per confirmed follower, none for the unconfirmed or unsubscribed, nothing twice', async () => {
    const idea = await publishedIdea({ title: 'Kuntoportaat rinteeseen' });
    await confirm(await follow('idea', idea, 'one@example.fi'));
    await confirm(await follow('idea', idea, 'two@example.fi', 'en'));
    await follow('idea', idea, 'unconfirmed@example.fi');
    const leaving = await follow('idea', idea, 'left@example.fi');
    await confirm(leaving);
    await call(leaving.headers['List-Unsubscribe']!.slice(1, -1), { method: 'POST' });
    const before = (await outbox()).length;

    // Nothing happened yet: a run sends nothing.
    await runScheduled();
    expect(await outbox()).toHaveLength(before);

    const review = await call(`/admin/ideas/${idea}/review`, { key: keys.reviewer, body: { feasibility: 'feasible', costEur: 30000, responsibleUnit: 'Liikuntapalvelut' } });
    expect(review.status).toBe(200);
    await runScheduled();
    const news = (await outbox()).slice(0, (await outbox()).length - before);
    expect(news.map((m) => m.to).sort()).toEqual(['one@example.fi', 'two@example.fi']);
    const fi = news.find((m) => m.to === 'one@example.fi')!;
    expect(fi.subject).toBe('Idean ”Kuntoportaat rinteeseen” tilanne on muuttunut');
    expect(fi.text).toContain('- Kaupunki on arvioinut idean toteutettavuuden.');
    expect(news.find((m) => m.to === 'two@example.fi')!.text).toContain('- The city has assessed whether the idea can be carried out.');
    for (const m of news) expect(m.headers['List-Unsubscribe']).toBe(`<${linkIn(m.text, '/follows/unsubscribe')}>`);

    // A second run has nothing new to say.
    await runScheduled();
    expect(await outbox()).toHaveLength(before + 2);
  });

  it('after a project\'s status change: its confirmed followers and its ideas\' have one message each, and a run adds none', async () => {
    const idea = await publishedIdea();
    const created = await call('/admin/projects', {
      key: keys.admin,
      body: { processId: 'pb-test', title: { fi: 'Leikkipuisto' }, description: { fi: 'Kuvaus' }, responsibleUnit: 'Puistot', ideaIds: [idea], status: 'designing' },
    });
    const p = await json<Project>(created);
    await confirm(await follow('project', p.id, 'project@example.fi'));
    await confirm(await follow('idea', idea, 'idea@example.fi'));
    await confirm(await follow('idea', idea, 'project@example.fi')); // follows both: told once
    await follow('project', p.id, 'unconfirmed@example.fi');
    const before = (await outbox()).length;

    await call(`/admin/projects/${p.id}/status`, { key: keys.admin, body: { status: 'in-progress' } });
    await runScheduled();
    await runScheduled();
    const news = (await outbox()).slice(0, (await outbox()).length - before);
    expect(news.map((m) => `${m.to} ${m.subject}`).sort()).toEqual(['idea@example.fi Leikkipuisto: toteutuksessa', 'project@example.fi Leikkipuisto: toteutuksessa']);
  });

  it('an idea merged into another: one last message without unsubscribe link or headers, then the address is deleted', async () => {
    const into = await publishedIdea({ title: 'Portaat ja valot rinteeseen' });
    const idea = await publishedIdea({ title: 'Kuntoportaat rinteeseen' });
    await confirm(await follow('idea', idea, 'merged@example.fi', 'en'));
    await confirm(await follow('idea', into, 'other@example.fi'));
    await call(`/admin/ideas/${idea}/merge`, { key: keys.moderator, body: { into, note: 'Sama rinne.' } });
    await runScheduled();
    const [last] = to(await outbox(), 'merged@example.fi');
    expect(last!.text).toContain('- The idea has been merged into another idea.');
    expect(last!.text).toContain('This was the last message: following has ended, and your email address is deleted now.');
    expect(last!.text).not.toContain('/follows/unsubscribe');
    expect(last!.headers).toEqual({});
    expect((await followRows()).map((r) => r.email)).toEqual(['other@example.fi']);
  });

  it('a project that ends: its followers and its ideas\' followers get the last message, then their addresses are deleted', async () => {
    const idea = await publishedIdea();
    const other = await publishedIdea();
    const created = await call('/admin/projects', {
      key: keys.admin,
      body: { processId: 'pb-test', title: { fi: 'Leikkipuisto' }, description: { fi: 'Kuvaus' }, responsibleUnit: 'Puistot', ideaIds: [idea], status: 'in-progress' },
    });
    const p = await json<Project>(created);
    await confirm(await follow('project', p.id, 'project@example.fi'));
    await confirm(await follow('idea', idea, 'idea@example.fi'));
    await confirm(await follow('idea', other, 'unrelated@example.fi'));
    await call(`/admin/projects/${p.id}/status`, { key: keys.admin, body: { status: 'completed' } });
    for (const email of ['project@example.fi', 'idea@example.fi']) {
      const [last] = to(await outbox(), email);
      expect(last!.subject).toBe('Leikkipuisto: valmis');
      expect(last!.text).toContain('Tämä oli viimeinen viesti');
      expect(last!.headers).toEqual({});
    }
    expect((await followRows()).map((r) => r.email)).toEqual(['unrelated@example.fi']);
  });

  it('deletes the follows of ideas whose process has ended, unless the idea lives on in a running project', async () => {
    const lost = await publishedIdea({ title: 'Avanto rantaan' });
    const built = await publishedIdea({ title: 'Kuntoportaat' });
    await confirm(await follow('idea', lost, 'lost@example.fi'));
    await confirm(await follow('idea', built, 'built@example.fi'));
    await call('/admin/projects', {
      key: keys.admin,
      body: { processId: 'pb-test', title: { fi: 'Kuntoportaat' }, description: { fi: 'Kuvaus' }, responsibleUnit: 'Liikunta', ideaIds: [built], status: 'designing' },
    });
    await runScheduled();
    expect((await followRows()).map((r) => r.email)).toEqual(['built@example.fi', 'lost@example.fi']);
    const past = [{ kind: 'ideation', startsAt: '2025-01-01T00:00:00.000Z', endsAt: '2025-02-01T00:00:00.000Z' }];
    await env.DB.prepare("UPDATE processes SET phases = ?1 WHERE tenant_id = 'testcity' AND id = 'pb-test'").bind(JSON.stringify(past)).run();
    await runScheduled();
    expect((await followRows()).map((r) => r.email)).toEqual(['built@example.fi']);
  });

  it('works through idea followers in batches: quiet follows never hold up those with news', async () => {
    const quiet = await publishedIdea({ title: 'Hiljainen idea' });
    for (const n of [1, 2, 3]) await confirm(await follow('idea', quiet, `quiet${n}@example.fi`));
    const busy = await publishedIdea({ title: 'Kuntoportaat' });
    for (const n of [1, 2, 3]) await confirm(await follow('idea', busy, `busy${n}@example.fi`));
    await call(`/admin/ideas/${busy}/review`, { key: keys.reviewer, body: { feasibility: 'feasible', costEur: 1000, responsibleUnit: 'Liikunta' } });
    const local = env as unknown as Env;
    expect(await notifyIdeaFollowers(local, 2)).toBe(2);
    expect(await notifyIdeaFollowers(local, 2)).toBe(1);
    expect(await notifyIdeaFollowers(local, 2)).toBe(0);
    const told = (await outbox()).filter((m) => m.subject === 'Idean ”Kuntoportaat” tilanne on muuttunut').map((m) => m.to);
    expect(told.sort()).toEqual(['busy1@example.fi', 'busy2@example.fi', 'busy3@example.fi']);
  });

  it('deletes requests left unconfirmed for a week, with their addresses', async () => {
    const p = await createProject();
    await follow('project', p.id, 'old@example.fi');
    await confirm(await follow('project', p.id, 'kept@example.fi'));
    await follow('project', p.id, 'new@example.fi');
    const eightDaysAgo = new Date(Date.now() - 8 * 86_400_000).toISOString();
    await env.DB.prepare("UPDATE follows SET created_at = ?1 WHERE email IN ('old@example.fi', 'kept@example.fi')").bind(eightDaysAgo).run();
    await runScheduled();
    expect((await followRows()).map((r) => r.email)).toEqual(['kept@example.fi', 'new@example.fi']);
  });
});
