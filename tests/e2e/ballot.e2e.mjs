/**
 * Participatory budgeting end to end through the real stack: scripts/start.mjs (wrangler dev,
 * local D1, the demo seed with `pb-2026` open for voting and `pb-2025` closed) on port 8794,
 * Chromium via playwright-core, nothing of our API mocked. In order: a resident verifies with the
 * email code read from the demo page's dev outbox, votes in the city-wide budget and in one area
 * budget chosen on the map with the keyboard (areas without a budget cannot be picked), changes the
 * city-wide vote, and checks the receipt; staff close the vote through the
 * admin API; the results widget shows the winners and why each proposal won or lost.
 *
 * Run alone: `npm run build && node --test tests/e2e/ballot.e2e.mjs` (or `npm test -- e2e`).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startWorker } from '../helpers/start-worker.mjs';
import { axeViolations, ensureBuilt, launchChromium } from '../helpers/browser.mjs';

let worker;
let browser;
let context;
let page;
const problems = [];
let firstCityReceipt;
let cityReceipt;

const ballot = () => page.locator('osallistu-ballot');
const results = () => page.locator('osallistu-results');

async function admin(method, path) {
  const res = await fetch(`${worker.url}/v1/kuopio${path}`, { method, headers: { authorization: `Bearer ${worker.keys.admin}` } });
  return { status: res.status, json: await res.json().catch(() => null) };
}

/** Id of the focused element, looking through shadow roots. */
async function deepActiveId() {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active?.id ?? '';
  });
}

async function pick(title) {
  await ballot().getByRole('checkbox', { name: new RegExp(title) }).check();
}

before(async () => {
  ensureBuilt();
  worker = await startWorker({ port: 8794, inspectorPort: 9234 });
  assert.ok(worker.keys.admin, 'start.mjs printed an ADMIN_KEY');
  browser = await launchChromium();
  context = await browser.newContext();
  context.setDefaultTimeout(60_000);
  await context.route((url) => url.hostname !== '127.0.0.1' && url.hostname !== 'localhost', (route) => route.abort());
  page = await context.newPage();
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/Failed to load resource.*(409|422)/.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  await page.goto(`${worker.url}/`);
});

after(async () => {
  await browser?.close();
  await worker?.stop();
});

describe('a resident votes in participatory budgeting, and the results explain themselves', () => {
  test('verifies with the email code from the dev outbox and votes in the city-wide budget', async () => {
    await ballot().getByRole('heading', { name: 'Koko kaupunki', level: 4 }).waitFor();
    await ballot().getByRole('button', { name: 'Äänestä' }).first().click();
    await pick('Kuntoportaat Väinölänniemen rinteeseen');
    await pick('Penkkejä Väinölänniemen rantaraitille');
    assert.match(await ballot().locator('[part~="budget-bar"]').innerText(), /Valittu 110\s000\s€ \/ 200\s000\s€/);
    await ballot().getByRole('button', { name: 'Tarkista valinnat' }).click();
    await ballot().getByRole('button', { name: 'Jatka tunnistautumiseen' }).click();
    assert.deepEqual(await axeViolations(page, 'osallistu-ballot'), []);
    await ballot().getByLabel('Sähköpostiosoite').fill('maija.meikalainen@example.fi');
    await ballot().getByRole('button', { name: 'Lähetä koodi' }).click();
    await ballot().locator('.code-sent').waitFor();
    // the demo page's dev-outbox panel (local mode only) shows what would have been emailed
    const outbox = page.locator('#dev-outbox');
    await outbox.getByRole('button', { name: 'Päivitä' }).click();
    await outbox.getByText('maija.meikalainen@example.fi').first().waitFor();
    const code = /\b(\d{6})\b/.exec(await outbox.locator('.outbox-list li').first().innerText())?.[1];
    assert.ok(code, 'the outbox shows a six-digit code');
    await ballot().getByLabel('Kuusinumeroinen koodi').fill(code);
    await ballot().getByLabel('Olen vähintään 13-vuotias').check();
    await ballot().getByLabel('Kotikuntani on Kuopio').check();
    await ballot().getByRole('button', { name: 'Vahvista ja lähetä ääni' }).click();
    await ballot().getByRole('heading', { name: 'Kiitos, äänesi on vastaanotettu!' }).waitFor();
    firstCityReceipt = (await ballot().locator('.receipt-code').innerText()).trim();
    assert.match(firstCityReceipt, /^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    assert.deepEqual(await axeViolations(page, 'osallistu-ballot'), []);
  });

  test('chooses the area budget on the map with the keyboard, and votes in it without verifying again', async () => {
    await ballot().getByRole('button', { name: 'Äänestä toisessa budjetissa tai muuta ääntä' }).click();
    const toggle = ballot().getByRole('button', { name: 'Valitse alue kartalta' });
    await toggle.focus();
    await page.keyboard.press('Enter');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    // the area map (and Leaflet) loaded now, through the loader; it draws the seeded postal-code areas
    const map = ballot().locator('osallistu-area-map');
    await map.locator('.leaflet-pane path.area').first().waitFor();
    // only areas with a budget of their own can be picked: the legend says so, the others are
    // hatched on the map and disabled in its list (found by search, skipped by the keyboard)
    await map.locator('[part="legend"]').getByText('Alueet, joilla on oma budjetti').waitFor();
    assert.ok((await map.locator('.leaflet-pane path.area.muted').count()) > 0, 'areas without a budget are drawn hatched');
    assert.equal(await map.locator('.leaflet-pane path.area.muted[data-area-id="70100"]').count(), 0);
    await map.locator('#search').focus();
    await page.keyboard.type('70110');
    assert.equal(await map.getByRole('radio', { name: /70110/ }).isDisabled(), true);
    // Keskusta (70100) has one: the map's list, by keyboard
    await map.locator('#search').focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('70100');
    await page.keyboard.press('Tab');
    for (let i = 0; i < 3 && (await deepActiveId()) !== 'area-70100'; i++) await page.keyboard.press('ArrowDown');
    assert.equal(await deepActiveId(), 'area-70100');
    await page.keyboard.press('Space');
    assert.match(await ballot().locator('#map-choice').innerText(), /^Keskusta · Budjetti/);
    assert.deepEqual(await axeViolations(page, 'osallistu-ballot'), []);
    await ballot().getByRole('button', { name: 'Äänestä: Keskusta' }).focus();
    await page.keyboard.press('Enter');
    await ballot().getByRole('heading', { name: 'Keskusta', level: 3 }).waitFor();
    await pick('Leikkipuiston uudet keinut ja varjostus');
    await ballot().getByRole('button', { name: 'Tarkista valinnat' }).click();
    await ballot().getByRole('button', { name: 'Lähetä ääni' }).click();
    await ballot().getByRole('heading', { name: 'Kiitos, äänesi on vastaanotettu!' }).waitFor();
  });

  test('changes the city-wide vote, and the receipt shows exactly the new ballot counted', async () => {
    await ballot().getByRole('button', { name: 'Äänestä toisessa budjetissa tai muuta ääntä' }).click();
    await ballot().getByRole('button', { name: 'Muuta ääntä' }).first().click();
    assert.equal(await ballot().getByRole('checkbox', { name: /Kuntoportaat Väinölänniemen rinteeseen/ }).isChecked(), true);
    await ballot().getByRole('checkbox', { name: /Kuntoportaat Väinölänniemen rinteeseen/ }).uncheck();
    await pick('Katutaideseinä Kauppatorin laidalle');
    await ballot().getByRole('button', { name: 'Tarkista valinnat' }).click();
    await ballot().getByRole('button', { name: 'Lähetä ääni' }).click();
    await ballot().getByRole('heading', { name: 'Kiitos, äänesi on vastaanotettu!' }).waitFor();
    cityReceipt = (await ballot().locator('.receipt-code').innerText()).trim();
    assert.notEqual(cityReceipt, firstCityReceipt);
    await ballot().getByRole('button', { name: 'Tarkista kuitti' }).click();
    await ballot().getByText('Kuitti on voimassa: tämä ääni lasketaan.').waitFor();
    const old = await (await fetch(`${worker.url}/v1/kuopio/processes/pb-2026/receipts/${firstCityReceipt}`)).json();
    assert.equal(old.status, 'replaced');
    const current = await (await fetch(`${worker.url}/v1/kuopio/processes/pb-2026/receipts/${cityReceipt}`)).json();
    assert.deepEqual(current.proposalIds, ['e26-katutaide', 'e26-penkit']);
  });

  test('results stay hidden until staff close the vote, then show winners and explanations', async () => {
    assert.equal((await fetch(`${worker.url}/v1/kuopio/processes/pb-2026/results`)).status, 409);
    const closed = await admin('POST', '/admin/processes/pb-2026/voting/close');
    assert.equal(closed.status, 200);
    const city = closed.json.budgets.find((b) => b.budgetId === 'koko-kaupunki');
    assert.equal(city.ballots, 1);
    assert.deepEqual([...city.selected].sort(), ['e26-katutaide', 'e26-penkit']);

    await page.reload();
    await ballot().getByRole('heading', { name: 'Äänestys ei ole nyt auki' }).waitFor();
    // the earlier round's results (counted on first read after its end)
    await results().getByRole('heading', { name: 'Toteutettavat ehdotukset' }).first().waitFor();
    const winners = await results().locator('.winners li').allInnerTexts();
    assert.ok(winners.length >= 3, `winners: ${winners.join(' | ')}`);
    const why = await results().locator('tbody td:last-child').allInnerTexts();
    assert.ok(why.some((w) => /kannattajaa maksoi sen osuuksillaan/.test(w)), 'a Method of Equal Shares explanation');
    assert.ok(why.some((w) => /Sijoittui \d+\. äänimäärässä/.test(w)), 'a greedy explanation');
    assert.equal(await results().locator('svg[role="img"]').count() >= 3, true);
    assert.deepEqual(await axeViolations(page, 'osallistu-results'), []);
    assert.deepEqual(problems, []);
  });
});
