/**
 * Progress tracker end to end (issue 6) through the real stack: `scripts/start.mjs` (wrangler dev,
 * local D1, seeded Kuopio data) on port 8797 serving the built demo page, Chromium via
 * playwright-core. Nothing of our API is mocked. In order: a resident follows the seeded
 * "designing" project on the demo page and confirms through the link in the dev outbox (the page
 * behind the link has a button; only its POST confirms) → staff
 * move it to in progress and to completed, with two dated updates → the resident finds the two
 * status messages in the outbox → and evaluates the project on the demo page, once. Then the
 * feeds are parsed as XML/JSON in the browser, and the idea timeline shows on the page and in
 * the idea board.
 *
 * Run alone: `npm run build && node --test tests/e2e/progress.e2e.mjs` (or `npm test -- e2e`).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { axeViolations } from '../helpers/browser.mjs';
import { openDemoPage, startDemoStack } from '../helpers/demo-stack.mjs';

const PROJECT = 'neulamaen-yhteispuutarha';
const TITLE = 'Neulamäen yhteispuutarha';
const EMAIL = `asukas-${randomUUID().slice(0, 8)}@example.fi`;

let worker;
let browser;
let resident;

async function api(method, path, { key, body } = {}) {
  const headers = { accept: 'application/json' };
  if (key) headers.authorization = `Bearer ${key}`;
  if (body !== undefined) {
    headers['content-type'] = 'application/json';
    headers['idempotency-key'] = randomUUID();
  }
  const res = await fetch(`${worker.url}/v1/kuopio${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    /* not JSON */
  }
  return { status: res.status, json, text };
}

function openDemo(context, hash = '') {
  return openDemoPage(context, `${worker.url}/${hash}`);
}

const tracker = (page) => page.locator('osallistu-progress');
const detail = (page) => page.locator('osallistu-project-detail');
const outbox = (page) => page.locator('#dev-outbox');

async function openProject(page) {
  await tracker(page).getByRole('button', { name: `Näytä hanke: ${TITLE}` }).click();
  await detail(page).getByRole('heading', { name: TITLE, level: 3 }).waitFor();
}

before(async () => {
  // One resident (one browser profile) follows and later evaluates.
  ({ worker, browser, resident } = await startDemoStack({ port: 8797, inspectorPort: 9237 }));
});

after(async () => {
  await browser?.close();
  await worker?.stop();
});

describe('a neighbourhood project from designing to evaluated', () => {
  test('the demo page lists the programme’s projects with progress as text, axe-clean', async () => {
    const { page, problems } = await openDemo(resident);
    const card = tracker(page).locator('article').filter({ hasText: TITLE });
    await card.waitFor();
    assert.match(await card.innerText(), /Suunnittelussa/);
    assert.match(await card.innerText(), /10 % valmiina/);
    assert.match((await card.innerText()).replace(/\s/g, ' '), /Käytetty 1 200 € \/ 18 000 €/);
    // the neighbourhood programme's six, and one from a winning proposal of pb-2025
    assert.equal(await tracker(page).locator('article').count(), 7);
    const violations = await axeViolations(page, { include: [['osallistu-progress'], ['osallistu-idea-timeline']] });
    assert.deepEqual(violations, []);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('the area map’s link to a project opens its detail in the tracker, focus on its title; a page URL naming a project opens it', async () => {
    const { page, problems } = await openDemo(resident);
    const link = page.locator('osallistu-area-map[mode="view"] ul.project-list a').filter({ hasText: TITLE });
    assert.equal(await link.getAttribute('href'), `#project-${PROJECT}`);
    await link.click();
    const heading = detail(page).getByRole('heading', { name: TITLE, level: 3 });
    await heading.waitFor();
    await page.waitForFunction(() => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active?.id === 'project-title';
    });
    await page.close();
    // the pb-2025 project, straight from a shared link: it came from a winning proposal
    const shared = await openDemo(resident, '#project-kevyen-liikenteen-valaistus');
    await detail(shared.page).getByRole('heading', { name: 'Kevyen liikenteen väylien valaistus', level: 3 }).waitFor();
    assert.equal(await detail(shared.page).getByRole('link', { name: 'Katso äänestyksen tulokset' }).getAttribute('href'), '#tulokset-otsikko');
    assert.deepEqual([...problems, ...shared.problems], []);
    await shared.page.close();
  });

  test('a resident follows the designing project and confirms with the link from the outbox', async () => {
    const { page, problems } = await openDemo(resident);
    await openProject(page);
    const follow = detail(page).locator('osallistu-follow-form');
    await follow.getByLabel('Sähköposti', { exact: true }).fill(EMAIL);
    await follow.getByRole('button', { name: 'Seuraa' }).click();
    await follow.getByText(`Vahvistuslinkki lähetettiin osoitteeseen ${EMAIL}`).waitFor();

    // The demo's outbox panel refreshes on the follow event and shows the confirmation message.
    const message = outbox(page).locator('li').filter({ hasText: `Vahvista seuraaminen: ${TITLE}` }).filter({ hasText: EMAIL });
    await message.waitFor();
    const link = message.getByRole('link');
    assert.match(await link.getAttribute('href'), /\/v1\/kuopio\/follows\/confirm\?token=/);
    // Opening the link (as a mail scanner would) confirms nothing: the page asks for a click.
    await link.click();
    await page.getByRole('heading', { name: 'Vahvista seuraaminen', level: 1 }).waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await page.getByRole('button', { name: 'Vahvista seuraaminen' }).click();
    await page.getByRole('heading', { name: 'Seuraaminen vahvistettu' }).waitFor();
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('staff move it to in progress and to completed, with two dated updates', async () => {
    const key = worker.keys.admin;
    const first = await api('POST', `/admin/projects/${PROJECT}/updates`, { key, body: { text: { fi: 'Suunnittelutyöpaja pidettiin: 24 asukasta valitsi kasvit.' } } });
    assert.equal(first.status, 201, first.text);
    const started = await api('POST', `/admin/projects/${PROJECT}/status`, { key, body: { status: 'in-progress' } });
    assert.equal(started.status, 200, started.text);
    // a refused transition changes nothing and sends nothing
    const skip = await api('POST', `/admin/projects/${PROJECT}/status`, { key, body: { status: 'planned' } });
    assert.equal(skip.status, 409);
    const second = await api('POST', `/admin/projects/${PROJECT}/updates`, { key, body: { text: { fi: 'Viljelylaatikot on rakennettu talkoilla ja ensimmäiset taimet istutettu.' } } });
    assert.equal(second.status, 201, second.text);
    const done = await api('POST', `/admin/projects/${PROJECT}/status`, { key, body: { status: 'completed' } });
    assert.equal(done.status, 200, done.text);
    assert.equal(done.json.status, 'completed');
    assert.equal(done.json.progressPercent, 100);
    assert.deepEqual(
      done.json.events.map((e) => e.kind).slice(-4),
      ['update', 'status', 'update', 'status'],
    );
  });

  test('the resident finds the two status messages in the outbox', async () => {
    const { page } = await openDemo(resident);
    await outbox(page).getByRole('button', { name: 'Päivitä' }).click();
    const mine = outbox(page).locator('li').filter({ hasText: EMAIL });
    await mine.filter({ hasText: `${TITLE}: valmis` }).waitFor();
    const subjects = await mine.locator('strong').allInnerTexts();
    assert.deepEqual(subjects, [`${TITLE}: valmis`, `${TITLE}: toteutuksessa`, `Vahvista seuraaminen: ${TITLE}`]);
    // the first status message offers one-click unsubscribe (link and RFC 8058 headers); the last
    // one, for the completed project, says following has ended and the address is deleted
    assert.match(await mine.nth(1).innerText(), /\/v1\/kuopio\/follows\/unsubscribe\?token=/);
    assert.match(await mine.first().innerText(), /Tämä oli viimeinen viesti: seuraaminen päättyi/);
    const records = (await api('GET', '/admin/dev-outbox', { key: worker.keys.admin })).json.filter((m) => m.to === EMAIL);
    assert.deepEqual(records[0].headers, {});
    assert.match(records[1].headers['List-Unsubscribe'], /^<https?:\/\/[^/]+\/v1\/kuopio\/follows\/unsubscribe\?token=\S+>$/);
    assert.equal(records[1].headers['List-Unsubscribe-Post'], 'List-Unsubscribe=One-Click');
    await page.close();
  });

  test('the resident evaluates the completed project on the demo page, once', async () => {
    const { page, problems } = await openDemo(resident);
    await openProject(page);
    const view = detail(page);
    await view.getByText('Valmis', { exact: true }).waitFor();
    const updates = await view.locator('.updates li p').allInnerTexts();
    assert.deepEqual(updates.slice(0, 2), [
      'Viljelylaatikot on rakennettu talkoilla ja ensimmäiset taimet istutettu.',
      'Suunnittelutyöpaja pidettiin: 24 asukasta valitsi kasvit.',
    ]);
    // taking part is over: the sign-up is gone; the evaluation form is there
    assert.equal(await view.getByRole('heading', { name: /Osallistu toteutukseen/ }).count(), 0);
    await view.getByLabel('4 – hyvin').check();
    await view.getByLabel(/Kommentti/).fill('Hieno puutarha, toivottavasti laatikoita tulee lisää.');
    assert.deepEqual(await axeViolations(page, { include: [['osallistu-progress']] }), []);
    await view.getByRole('button', { name: 'Lähetä arvio' }).click();
    await view.getByText('Kiitos arviostasi!').waitFor();
    assert.match(await view.locator('.evaluation-summary').innerText(), /Asukkaiden arvio 4\/5 \(1 arvio\)/);

    // The same browser again: no second form, and the API agrees.
    await page.reload();
    await openProject(page);
    await view.getByText('Olet jo arvioinut tämän hankkeen.').waitFor();
    const again = await page.evaluate(async (project) => {
      const evaluatorId = localStorage.getItem('osallistu:evaluator-id');
      const res = await fetch(`/v1/kuopio/projects/${project}/evaluations`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ evaluatorId, rating: 1 }),
      });
      return { status: res.status, code: (await res.json()).code };
    }, PROJECT);
    assert.deepEqual(again, { status: 409, code: 'already-evaluated' });
    const project = await api('GET', `/projects/${PROJECT}`);
    assert.equal(project.json.evaluation.count, 1);
    assert.deepEqual(problems.filter((p) => !p.includes('409')), []);
    await page.close();
  });

  test('the Atom and JSON feeds carry the status changes and parse in the browser', async () => {
    const { page } = await openDemo(resident);
    const result = await page.evaluate(async () => {
      const atomText = await (await fetch('/v1/kuopio/processes/lahiot-2026/projects/feed.atom')).text();
      const xml = new DOMParser().parseFromString(atomText, 'application/xml');
      const ns = 'http://www.w3.org/2005/Atom';
      const entries = [...xml.getElementsByTagNameNS(ns, 'entry')];
      const json = await (await fetch('/v1/kuopio/processes/lahiot-2026/projects/feed.json?lang=en')).json();
      return {
        parseError: xml.getElementsByTagName('parsererror').length,
        root: `${xml.documentElement.namespaceURI} ${xml.documentElement.localName}`,
        feedId: xml.documentElement.getElementsByTagNameNS(ns, 'id')[0]?.textContent ?? '',
        complete: entries.every((e) => ['id', 'title', 'updated'].every((t) => e.getElementsByTagNameNS(ns, t).length === 1)),
        firstTitles: entries.slice(0, 2).map((e) => e.getElementsByTagNameNS(ns, 'title')[0].textContent),
        jsonVersion: json.version,
        jsonFirst: json.items.slice(0, 2).map((i) => i.title),
        jsonComplete: json.items.every((i) => i.id && i.url && i.content_text && !Number.isNaN(Date.parse(i.date_published))),
      };
    });
    assert.equal(result.parseError, 0);
    assert.equal(result.root, 'http://www.w3.org/2005/Atom feed');
    assert.ok(result.feedId.length > 0);
    assert.equal(result.complete, true);
    assert.deepEqual(result.firstTitles, [`${TITLE}: valmis`, `${TITLE}: toteutuksessa`]);
    assert.equal(result.jsonVersion, 'https://jsonfeed.org/version/1.1');
    assert.deepEqual(result.jsonFirst, ['Neulamäki community garden: completed', 'Neulamäki community garden: in progress']);
    assert.equal(result.jsonComplete, true);
    await page.close();
  });

  test('an idea’s fate: on the demo page, and inside the idea board', async () => {
    const { page, problems } = await openDemo(resident);
    const timeline = page.locator('section[aria-labelledby="hankkeet-otsikko"] > osallistu-idea-timeline');
    await timeline.getByText('Ideasta tuli hanke ”Ulkokuntosali lähiön puistoon”.').waitFor();
    assert.match(await timeline.locator('[part~="outcome"]').innerText(), /Ideasta tuli hanke, ja sen toteutus on käynnissä\./);

    const board = page.locator('osallistu-ideas');
    const search = board.getByRole('searchbox', { name: 'Hae ideoista' });
    await search.fill('Ulkokuntosali');
    await search.press('Enter');
    const card = board.locator('article').filter({ hasText: 'Ulkokuntosali lähiön puistoon' }).first();
    await card.waitFor();
    await card.getByText('Mitä idealle on tapahtunut?').click();
    await card.locator('osallistu-idea-timeline').getByText('Ideasta tuli hanke ”Ulkokuntosali lähiön puistoon”.').waitFor();
    assert.deepEqual(await axeViolations(page, { include: [['osallistu-ideas']] }), []);
    assert.deepEqual(problems, []);
    await page.close();
  });
});
