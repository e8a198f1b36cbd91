/**
 * Surveys end to end (issue 5) through the real stack: `scripts/start.mjs` (wrangler dev, local D1,
 * seeded Kuopio data) on port 8796 serving the built demo page, Chromium via playwright-core.
 * Nothing of our API is mocked. A resident answers the seeded three-page neighbourhood survey on
 * the demo page with the keyboard (the area picked from the list beside the area map, a page-2
 * question shown only for one answer, a place marked on the map with Enter and the arrow keys, a
 * budget question), going back once; a second answer from the same browser is refused; staff
 * export the CSV and find the answer in it; the public results beside the survey count it and
 * show no free text. The seeded strict survey embedded on the demo page (`asukasraati-2026`,
 * `respondents: "verified"`) is answered after the email code from the demo page's dev outbox;
 * the same address cannot answer it again.
 *
 * Run alone: `npm run build && node --test tests/e2e/survey.e2e.mjs` (or `npm test -- e2e`).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations } from '../helpers/browser.mjs';
import { openDemoPage, startDemoStack } from '../helpers/demo-stack.mjs';

const SURVEY = 'lahiokysely-2026';
const COMMENT = `Katuvalot puuttuvat Saaristokadulta ${Date.now()}`;

let worker;
let browser;
let resident;

before(async () => {
  ({ worker, browser, resident } = await startDemoStack({ port: 8796, inspectorPort: 9236 }));
});

after(async () => {
  await browser?.close();
  await worker?.stop();
});

/** The demo page; the 409 of the refused second answer is expected in the console. */
function openDemo() {
  return openDemoPage(resident, `${worker.url}/`, { expectedConsole: /409/ });
}

describe('a resident answers the neighbourhood survey', () => {
  test('three pages with the area map, a place marked on the map with the keyboard and a budget question, then the thank-you; axe-clean', async () => {
    const { page, problems } = await openDemo();
    const survey = page.locator(`osallistu-survey[survey="${SURVEY}"]`);
    await survey.getByRole('heading', { name: 'Lähiökysely 2026', level: 3 }).waitFor();
    assert.equal(await survey.locator('#survey-progress').innerText(), 'Sivu 1/3');
    assert.deepEqual(await axeViolations(page, { include: [['osallistu-survey']] }), []);

    // The area question is <osallistu-area-map mode="pick-area">: picked from its list with the keyboard.
    const areaSearch = survey.getByRole('searchbox', { name: 'Hae aluetta nimellä' });
    await areaSearch.focus();
    await page.keyboard.type('70800');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    assert.equal(await survey.getByRole('radio', { name: 'Kuopio 70800' }).isChecked(), true);
    await survey.locator('osallistu-area-map .leaflet-pane path.area').first().waitFor({ state: 'attached' });
    await survey.getByRole('group', { name: /Kuinka viihtyisä/ }).getByRole('radio', { name: '4', exact: true }).check();
    await survey.getByRole('radio', { name: 'Kävellen' }).check();
    await survey.getByRole('button', { name: 'Seuraava' }).click();

    await survey.getByText('Mitä alueella tarvitaan?').waitFor();
    await survey.getByRole('checkbox', { name: 'Valaistus' }).check();
    await survey.getByRole('checkbox', { name: 'Liikuntapaikat' }).check();
    // The condition on page 2: the sports places question appears only after choosing them.
    await survey.getByRole('group', { name: /Missä kunnossa/ }).getByRole('radio', { name: '2', exact: true }).check();
    // The place question is <osallistu-area-map mode="pin">: Enter drops the pin, arrows move it.
    const pinMap = survey.getByRole('application', { name: /Paikka kartalla/ });
    await pinMap.focus();
    await page.keyboard.press('Enter');
    await survey.getByText(/^Merkitty paikka: \d{2},\d{5} N, \d{2},\d{5} E, /).first().waitFor();
    const placed = await survey.locator('#pin-status').innerText();
    // (The seeded map opens with its centre near the northern border: down and left stay inside.)
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowLeft');
    // The pin moved: the status names other coordinates.
    await survey.locator('#pin-status').filter({ hasNotText: placed }).waitFor();
    assert.deepEqual(await axeViolations(page, { include: [['osallistu-survey']] }), []);
    // Back and forth keeps the answers.
    await survey.getByRole('button', { name: 'Edellinen' }).click();
    assert.equal(await survey.getByRole('radio', { name: 'Kuopio 70800' }).isChecked(), true);
    await survey.getByRole('button', { name: 'Seuraava' }).click();
    assert.equal(await survey.getByRole('checkbox', { name: 'Valaistus' }).isChecked(), true);
    assert.match(await survey.locator('#pin-status').innerText(), /^Merkitty paikka: /);
    await survey.getByRole('button', { name: 'Seuraava' }).click();

    await survey.getByText('Rahanjako').first().waitFor();
    await survey.getByRole('spinbutton', { name: 'Leikkipaikat' }).fill('50000');
    await survey.getByRole('spinbutton', { name: 'Valaistus' }).fill('30000');
    await survey.getByRole('button', { name: 'Lähetä vastaukset' }).click();
    // The sum is enforced on the page before anything is sent.
    await survey.locator('#q-budjetti-error').waitFor();
    await survey.getByRole('spinbutton', { name: 'Liikuntapaikat' }).fill('20000');
    await survey.getByLabel(/Muita terveisiä/).fill(COMMENT);
    assert.deepEqual(await axeViolations(page, { include: [['osallistu-survey']] }), []);
    await survey.getByRole('button', { name: 'Lähetä vastaukset' }).click();

    await survey.getByText('Kiitos vastauksestasi!', { exact: true }).waitFor();
    await survey.getByText(/Tulokset esitellään asukasillassa/).waitFor();
    assert.deepEqual(await axeViolations(page, { include: [['osallistu-survey']] }), []);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('the same browser cannot answer twice', async () => {
    const respondentId = await (async () => {
      const page = await resident.newPage();
      await page.goto(`${worker.url}/`);
      const id = await page.evaluate(() => localStorage.getItem('osallistu:survey-respondent'));
      await page.close();
      return id;
    })();
    assert.match(respondentId ?? '', /^[A-Za-z0-9-]{16,64}$/);
    const res = await fetch(`${worker.url}/v1/kuopio/surveys/${SURVEY}/responses`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ version: 1, respondentId, answers: { alue: '70100', viihtyvyys: 1, puutteet: ['penkit'], budjetti: { leikkipaikat: 100000 } } }),
    });
    assert.equal(res.status, 409);
    assert.equal((await res.json()).code, 'already-answered');
  });

  test('staff export the CSV and see the answer', async () => {
    const res = await fetch(`${worker.url}/v1/kuopio/admin/surveys/${SURVEY}/responses.csv`, { headers: { authorization: `Bearer ${worker.keys.admin}` } });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'text/csv; charset=utf-8');
    const bytes = new Uint8Array(await res.arrayBuffer());
    assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).trimEnd().split('\r\n');
    const header = lines[0].split(',');
    assert.deepEqual(header.slice(0, 5), ['response', 'createdAt', 'alue', 'viihtyvyys', 'liikkuminen']);
    assert.ok(header.includes('budjetti.leikkipaikat') && header.includes('puutteet.valaistus') && header.includes('paikka.lon'));
    const row = lines.find((line) => line.includes(COMMENT));
    assert.ok(row, 'the answer is in the export');
    const cells = row.split(',');
    const cell = (name) => cells[header.indexOf(name)];
    assert.deepEqual(
      ['alue', 'viihtyvyys', 'liikkuminen', 'puutteet.valaistus', 'puutteet.liikunta', 'puutteet.penkit', 'kunto', 'budjetti.leikkipaikat', 'budjetti.valaistus', 'budjetti.liikunta'].map(cell),
      ['70800', '4', 'kavellen', '1', '1', '0', '2', '50000', '30000', '20000'],
    );
    // The place marked with the keyboard, as longitude and latitude inside Kuopio.
    assert.ok(Number(cell('paikka.lon')) > 26.5 && Number(cell('paikka.lon')) < 29.5, cell('paikka.lon'));
    assert.ok(Number(cell('paikka.lat')) > 62.3 && Number(cell('paikka.lat')) < 63.6, cell('paikka.lat'));
    const results = await (await fetch(`${worker.url}/v1/kuopio/surveys/${SURVEY}/results`)).json();
    assert.equal(results.responses, 4);
    assert.equal(results.questions.some((q) => q.texts), false);
  });

  test('the public results beside the survey count the answer and show no free text; axe-clean', async () => {
    const { page, problems } = await openDemo();
    const results = page.locator('osallistu-survey-results');
    await results.getByRole('heading', { name: 'Tulokset: Lähiökysely 2026', level: 3 }).waitFor();
    await results.getByText('4 vastausta', { exact: true }).waitFor();
    const areaRows = results.getByRole('table', { name: 'Luvut: Millä alueella asut?' }).locator('tbody tr');
    const cells = (await areaRows.first().locator('th, td').allInnerTexts()).map((c) => c.replace(/\s+/g, ' '));
    assert.deepEqual(cells, ['Kuopio 70800', '3', '75 %']);
    // Places marked on the map, counted per area: two seeded ones and the resident's.
    const placeRows = results.getByRole('table', { name: /Luvut: Merkitse paikka/ }).locator('tbody tr');
    await placeRows.first().waitFor();
    const placeCounts = await placeRows.locator('td:first-of-type').allInnerTexts();
    assert.equal(placeCounts.reduce((sum, n) => sum + Number(n), 0), 3);
    assert.ok((await placeRows.allInnerTexts()).some((row) => /^Kuopio 70100\s+1\s+33,3\s%$/.test(row.trim())), (await placeRows.allInnerTexts()).join(' | '));
    assert.equal(await results.getByRole('img', { name: /Pylväskaavio: Jaa 100 000 euroa/ }).count(), 1);
    // The map answers as open data: the link gives the API's GeoJSON of the place question.
    const links = results.getByRole('link', { name: 'Vastaukset kartta-aineistona (GeoJSON)' });
    assert.equal(await links.count(), 2);
    const geojson = await fetch(await links.last().getAttribute('href'));
    assert.equal(geojson.status, 200);
    const places = await geojson.json();
    assert.equal(places.type, 'FeatureCollection');
    assert.equal(places.questionId, 'paikka');
    assert.equal(places.features.length, 3);
    await results.getByText('Avoimet vastaukset näkyvät vain kaupungin työntekijöille.').first().waitFor();
    assert.equal(await results.getByText(COMMENT).count(), 0);
    assert.deepEqual(await axeViolations(page, { include: [['osallistu-survey-results']] }), []);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('the strict demo survey: the resident confirms the address with the code from the dev outbox, then answers once; axe-clean', async () => {
    const id = 'asukasraati-2026';
    const { page, problems } = await openDemo();
    const strict = page.locator(`osallistu-survey[survey="${id}"]`);
    await strict.getByRole('heading', { name: 'Asukasraadin arviointi 2026 (demo)', level: 3 }).waitFor();
    await strict.getByText('vahvistat sähköpostiosoitteesi koodilla', { exact: false }).waitFor();
    await strict.getByRole('radio', { name: 'Olin raadin jäsen' }).check();
    await strict.getByRole('group', { name: /Kuinka hyvin raati onnistui/ }).getByRole('radio', { name: '4', exact: true }).check();
    await strict.getByLabel(/Mitä tekisit toisin/).fill(COMMENT);
    await strict.getByRole('button', { name: 'Lähetä vastaukset' }).click();
    await strict.getByText('Vahvista sähköpostiosoitteesi', { exact: true }).waitFor();
    assert.deepEqual(await axeViolations(page, { include: [[`osallistu-survey[survey="${id}"]`]] }), []);
    const email = `asukas.${Date.now()}@example.fi`;
    await strict.getByLabel('Sähköpostiosoite').fill(email);
    await strict.getByRole('button', { name: 'Lähetä koodi' }).click();
    await strict.getByText(`Koodi lähetettiin osoitteeseen ${email}.`, { exact: false }).first().waitFor();

    const outbox = page.locator('#dev-outbox');
    await outbox.getByRole('button', { name: 'Päivitä' }).click();
    const message = outbox.locator('.outbox-list li').filter({ hasText: email }).first();
    await message.waitFor();
    const code = /\b(\d{6})\b/.exec(await message.innerText())?.[1];
    assert.ok(code, 'the outbox shows a six-digit code');
    await strict.getByLabel('Kuusinumeroinen koodi').fill(code);
    await strict.getByRole('button', { name: 'Vahvista ja lähetä vastaukset' }).click();
    await strict.getByText('Kiitos arviostasi!', { exact: false }).waitFor();
    // The whole demo page stays axe-clean with both surveys on it.
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);
    await page.close();

    const csv = await fetch(`${worker.url}/v1/kuopio/admin/surveys/${id}/responses.csv`, { headers: { authorization: `Bearer ${worker.keys.admin}` } });
    const lines = (await csv.text()).replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    const header = lines[0].split(',');
    const row = lines.find((line) => line.includes(COMMENT));
    assert.ok(row, 'the answer is in the export');
    assert.equal(row.split(',')[header.indexOf('onnistuminen')], '4');
    assert.equal(row.split(',')[header.indexOf('osallistuminen')], 'raatilainen');

    // The same address, verified again, is told it has answered already.
    const api = `${worker.url}/v1/kuopio/surveys/${id}`;
    const post = (path, body) => fetch(`${api}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    assert.equal((await post('/verification/email-code', { email })).status, 202);
    // Newest first: the first message to this address carries the second code.
    const outboxMessages = await (await fetch(`${worker.url}/v1/kuopio/dev/outbox`)).json();
    const newest = outboxMessages.find((m) => m.to === email);
    const again = /\b(\d{6})\b/.exec(newest?.text ?? '')?.[1];
    assert.ok(again, 'a second code in the outbox');
    const verified = await (await post('/verification', { email, code: again })).json();
    assert.equal(verified.answered, true);
  });
});

