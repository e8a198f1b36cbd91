/**
 * End to end for the area map, through the real stack (`scripts/start.mjs` → wrangler dev with the
 * seeded Kuopio data, its 65 postal-code areas and boundary) on port 8795 and the built demo page,
 * Chromium via playwright-core. Nothing of our API is mocked. In order: a resident picks an area
 * on the idea form's map and drops a pin with the mouse, and sends the idea → the API stores the
 * point and the area the point is in → a moderator publishes it → the board's map view shows it,
 * and its card's link leads to the idea in the list. Also: the neighbourhood programme's seeded projects
 * as pins on the demo page's view map (mouse, keyboard, axe), and the needs map and its table.
 *
 * Run alone: `npm run build && node --test tests/e2e/area-map.e2e.mjs` (or `npm test -- e2e`).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { startWorker } from '../helpers/start-worker.mjs';
import { axeViolations, ensureBuilt, launchChromium } from '../helpers/browser.mjs';

const suffix = randomUUID().slice(0, 8);
const TITLE = `Istutuksia torin laidalle ${suffix}`;
const DESCRIPTION = 'Torin laidalle tarvitaan kukkaistutuksia ja pari puuta varjoa antamaan. Kesällä tori on kuuma ja paljas.';
const AREA = '70100';

let worker;
let browser;
let ideaId;

async function openDemo(context) {
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  await page.goto(`${worker.url}/`);
  return { page, problems };
}

/**
 * Clicks with the real mouse on a point of the area's polygon (found with elementFromPoint, so the
 * click lands on that area even when the polygon is not convex).
 */
async function clickArea(page, map, areaId) {
  const path = map.locator(`path[data-area-id="${areaId}"]`);
  await path.waitFor();
  await path.scrollIntoViewIfNeeded();
  const handle = await path.elementHandle();
  const point = await handle.evaluate((el) => {
    const root = el.getRootNode();
    const box = el.getBoundingClientRect();
    for (let fy = 0.5, i = 0; i < 9; i++, fy = 0.5 + ((i % 2 ? 1 : -1) * Math.ceil(i / 2)) / 10) {
      for (let fx = 0.1; fx < 0.95; fx += 0.05) {
        const x = box.left + box.width * fx;
        const y = box.top + box.height * fy;
        if (root.elementFromPoint(x, y) === el) return { x, y };
      }
    }
    return null;
  });
  assert.ok(point, `no clickable point on area ${areaId}`);
  await page.mouse.click(point.x, point.y);
}

before(async () => {
  ensureBuilt();
  worker = await startWorker({ port: 8795, inspectorPort: 9235 });
  assert.ok(worker.keys.moderator, 'start.mjs printed a MODERATOR_KEY');
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await worker?.stop();
});

describe('the area map on the demo page', () => {
  test('a resident picks an area on the map and drops a pin for an idea; the API keeps both', async () => {
    const context = await browser.newContext();
    const { page, problems } = await openDemo(context);
    const form = page.locator('osallistu-idea-form');
    await form.getByLabel('Idean otsikko').fill(TITLE);
    await form.getByLabel('Kuvaus').fill(DESCRIPTION);
    await form.getByRole('combobox', { name: 'Teema' }).selectOption('luonto-ja-ymparisto');

    const pick = form.locator('osallistu-area-map[mode="pick-area"]');
    await clickArea(page, pick, AREA);
    await pick.getByRole('radio', { name: 'Kuopio 70100' }).waitFor();
    assert.equal(await pick.getByRole('radio', { name: 'Kuopio 70100' }).isChecked(), true);
    await pick.getByText('Valittu alue: Kuopio 70100').first().waitFor();

    const pin = form.locator('osallistu-area-map[mode="pin"]');
    await clickArea(page, pin, AREA);
    await pin.getByText(/^Merkitty paikka: 62,\d{5} N, 27,\d{5} E, Kuopio 70100\.$/).first().waitFor();
    await pin.locator('.leaflet-marker-icon.pin-editable').waitFor();
    assert.deepEqual(await axeViolations(page, 'osallistu-idea-form'), []);

    const consent = form.getByRole('checkbox');
    await consent.check();
    await form.getByRole('button', { name: 'Lähetä idea' }).click();
    await form.getByRole('heading', { name: 'Kiitos, ideasi on vastaanotettu!' }).waitFor();
    assert.deepEqual(problems, []);
    await context.close();

    const pending = await fetch(`${worker.url}/v1/kuopio/admin/ideas?status=pending`, { headers: { authorization: `Bearer ${worker.keys.moderator}` } });
    const list = await pending.json();
    const mine = (list.items ?? list).find((i) => i.title === TITLE);
    assert.ok(mine, 'the idea waits for moderation');
    ideaId = mine.id;
    assert.equal(mine.areaId, AREA);
    assert.equal(mine.location.type, 'Point');
    const lookup = await (await fetch(`${worker.url}/v1/kuopio/areas/lookup?lon=${mine.location.coordinates[0]}&lat=${mine.location.coordinates[1]}`)).json();
    assert.deepEqual(lookup, { areaId: AREA, insideBoundary: true });
  });

  test('after moderation the idea is on the board’s map view, and its card leads to the idea', async () => {
    assert.ok(ideaId, 'the previous test sent an idea');
    const published = await fetch(`${worker.url}/v1/kuopio/admin/ideas/${ideaId}/publish`, {
      method: 'POST',
      headers: { authorization: `Bearer ${worker.keys.moderator}`, 'idempotency-key': randomUUID() },
    });
    assert.equal(published.status, 200, await published.text());

    const context = await browser.newContext();
    const { page, problems } = await openDemo(context);
    const board = page.locator('osallistu-ideas');
    const search = board.getByRole('searchbox', { name: 'Hae ideoista' });
    await search.fill(suffix);
    await search.press('Enter');
    await board.getByRole('heading', { name: TITLE }).waitFor();
    await board.getByRole('button', { name: 'Kartalla' }).click();
    assert.equal(await board.getByRole('button', { name: 'Kartalla' }).getAttribute('aria-pressed'), 'true');

    const map = board.locator('osallistu-area-map[mode="view"]');
    const marker = map.locator(`.leaflet-marker-icon.pin[title="${TITLE}"]`);
    await marker.waitFor();
    assert.equal(await map.locator('.leaflet-marker-icon').count(), 1, 'only the filtered idea is on the map');
    // the list beside the map has the same idea
    await map.getByRole('link', { name: TITLE }).waitFor();

    const violations = await axeViolations(page, 'osallistu-ideas');
    assert.deepEqual(violations, []);

    await marker.click();
    const link = map.locator('.leaflet-popup').getByRole('link', { name: 'Avaa idea' });
    await link.waitFor();
    await link.click();
    // the board shows the idea in its list instead of following the link
    const card = board.locator(`#idea-${ideaId}`);
    await card.waitFor();
    assert.equal(await card.evaluate((el) => el.getRootNode().activeElement === el), true);
    assert.equal(await board.getByRole('button', { name: 'Listana' }).getAttribute('aria-pressed'), 'true');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the neighbourhood programme’s seeded projects are square pins on the demo page’s map; a pin opens a card with status, progress and a link', async () => {
    const PROJECT = 'Saaristokadun leikkipuiston uudistus'; // seeded: area 70800, in progress, 60 %
    const context = await browser.newContext();
    const { page, problems } = await openDemo(context);
    const map = page.locator('osallistu-area-map[mode="view"][process="lahiot-2026"]');
    await map.locator('path.area').first().waitFor();
    await map.scrollIntoViewIfNeeded();
    // the list beside the map has every seeded project with a place (all six have an area)
    const list = map.getByRole('list', { name: /^6 hanketta kartalla$/ });
    await list.getByRole('link', { name: PROJECT }).waitFor();
    assert.equal(await list.getByRole('listitem').count(), 6);
    assert.match(await list.getByRole('listitem').filter({ hasText: PROJECT }).innerText(), /Toteutuksessa, 60 % valmiina · Kuopio 70800/);
    assert.match(await map.locator('.legend').innerText(), /Rahoitettu hanke/);

    // the city's projects sit close together: open clusters towards the project's area until its pin shows
    const pin = map.locator(`.leaflet-marker-icon.pin-project[title="${PROJECT}"]`);
    for (let i = 0; i < 6 && !(await pin.count()); i++) {
      const target = await map.locator('path[data-area-id="70800"]').evaluate((el) => {
        const box = el.getBoundingClientRect();
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      });
      const clusters = await map.locator('.leaflet-marker-icon.cluster').evaluateAll((els, t) =>
        els.map((el, index) => {
          const box = el.getBoundingClientRect();
          return { index, d: Math.hypot(box.left + box.width / 2 - t.x, box.top + box.height / 2 - t.y), title: el.getAttribute('title') };
        }),
      target);
      assert.ok(clusters.length > 0, 'neither the pin nor a cluster is on the map');
      const nearest = clusters.sort((a, b) => a.d - b.d)[0];
      assert.match(nearest.title, /hanke/);
      await map.locator('.leaflet-marker-icon.cluster').nth(nearest.index).click();
      await page.waitForFunction(
        ({ title, before }) => {
          const root = [...document.querySelectorAll('osallistu-area-map')].find((m) => m.getAttribute('process') === 'lahiot-2026').shadowRoot;
          return root.querySelector(`.leaflet-marker-icon.pin-project[title="${title}"]`) || root.querySelectorAll('.leaflet-marker-icon').length !== before;
        },
        { title: PROJECT, before: await map.locator('.leaflet-marker-icon').count() },
      );
    }
    await pin.waitFor();
    // a square with a flag, not the drop of an idea
    assert.equal(await pin.locator('span').evaluate((el) => getComputedStyle(el).transform), 'none');
    assert.equal(await pin.locator('i').count(), 1);

    await pin.click();
    const card = map.locator('.leaflet-popup');
    await card.getByText(PROJECT).waitFor();
    assert.equal(await card.locator('.card-meta').innerText(), 'Rahoitettu hanke: Toteutuksessa, 60 % valmiina');
    const link = card.getByRole('link', { name: 'Avaa hanke' });
    // the demo page's project-url is #project-{id}, which <osallistu-progress> below opens
    assert.equal(await link.getAttribute('href'), '#project-saaristokadun-leikkipuisto');
    assert.deepEqual(await axeViolations(page, 'osallistu-area-map[process="lahiot-2026"]'), []);
    await card.locator('.leaflet-popup-close-button').click();
    await card.waitFor({ state: 'detached' });

    // with the keyboard: focus the pin, Enter opens the card with focus on its link
    await pin.focus();
    await page.keyboard.press('Enter');
    await link.waitFor();
    assert.equal(await link.evaluate((el) => el.getRootNode().activeElement === el), true);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash === '#project-saaristokadun-leikkipuisto');
    await page.locator('osallistu-progress').getByRole('heading', { name: PROJECT }).waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a page with only the idea board loads neither Leaflet nor the area-map chunk until the board’s map view opens', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    const files = [];
    page.on('request', (request) => {
      if (request.url().includes('/elements/')) files.push(request.url().split('/').pop());
    });
    // an embedding page of our own (HTML only; the widgets, the loader and the API are the real ones)
    await page.route(`${worker.url}/e2e/board-only.html`, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html lang="fi"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Ideat</title>
<script type="module" src="/elements/osallistu.js" data-tenant="kuopio"></script></head><body><main><osallistu-ideas process="pb-2027"></osallistu-ideas></main></body></html>`,
      }),
    );
    await page.goto(`${worker.url}/e2e/board-only.html`);
    const board = page.locator('osallistu-ideas');
    await board.locator('article').first().waitFor();
    const mapView = board.getByRole('button', { name: 'Kartalla' });
    await mapView.waitFor();
    await page.waitForLoadState('networkidle');
    assert.deepEqual(files.filter((f) => /leaflet|area-map/.test(f)), [], 'nothing of the map before its view opens');
    await mapView.click();
    await board.locator('osallistu-area-map .leaflet-pane path.area').first().waitFor();
    assert.ok(files.some((f) => /^area-map-area-map-/.test(f)), 'the map chunk loads with the map view');
    assert.ok(files.some((f) => /leaflet/.test(f)), 'Leaflet loads when the map is drawn');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the needs map shows the need index with its table; a click on an area tells its value', async () => {
    const context = await browser.newContext();
    const { page, problems } = await openDemo(context);
    const needs = page.locator('osallistu-area-map[mode="needs"]');
    const table = needs.getByRole('table', { name: 'Tarveindeksi alueittain' });
    await table.waitFor();
    const rows = await table.locator('tbody tr').count();
    assert.equal(rows, 65);
    assert.equal(await table.locator('tbody tr').first().locator('td').first().innerText(), '1');
    await needs.locator('path.area.filled').first().waitFor();
    await clickArea(page, needs, AREA);
    await needs.getByText(/^Kuopio 70100: [+−]\d,\d\d$/).waitFor();
    await needs.getByRole('combobox', { name: 'Näytettävä tieto' }).selectOption('unemployment');
    await needs.getByRole('table', { name: 'Työttömyysaste alueittain' }).waitFor();
    assert.deepEqual(await axeViolations(page, 'osallistu-area-map[mode="needs"]'), []);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
