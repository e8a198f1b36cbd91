/**
 * End to end through the real stack: `scripts/start.mjs` (wrangler dev, local D1, seeded Kuopio
 * data) on port 8791 serving the built demo page, Chromium via playwright-core. Nothing of our API
 * is mocked. The tests run in order and build on each other: a resident proposes an idea on the
 * demo page → a moderator publishes it → another resident supports and comments → the moderator
 * publishes the comment → a reviewer marks it feasible with a cost → the board shows it.
 *
 * Run alone: `npm run build && node --test tests/e2e/ideas.e2e.mjs` (or `npm test -- e2e`).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { startWorker } from '../helpers/start-worker.mjs';
import { axeViolations, ensureBuilt, launchChromium } from '../helpers/browser.mjs';

const PROCESS = 'pb-2027';
const suffix = randomUUID().slice(0, 8);
const TITLE = `Lisää penkkejä Väinölänniemen rantaraitille ${suffix}`;
const DESCRIPTION =
  'Rantaraitilla on pitkiä matkoja ilman yhtään penkkiä. Ikääntyneet ja lapsiperheet tarvitsevat levähdyspaikkoja, ' +
  'esimerkiksi kolme penkkiä Väinölänniemen ja Satamantien välille.';
const COMMENT = `Hyvä idea, kävelen siellä joka päivä (${suffix}).`;
const COST = 12500;
const XSS_TITLE = `<img src=x onerror="window.__xss=1"><script>window.__xss=2</script> Kokeilu ${suffix}`;

let worker;
let browser;
let api;
let ideaId;
let commentId;

/** Calls our API the way a staff tool would (Node fetch, no browser). */
function apiClient(url, keys) {
  const call = async (method, path, { key, body } = {}) => {
    const headers = { accept: 'application/json' };
    if (key) headers.authorization = `Bearer ${key}`;
    if (body !== undefined) {
      headers['content-type'] = 'application/json';
      if (method === 'POST') headers['idempotency-key'] = randomUUID();
    }
    const res = await fetch(`${url}/v1/kuopio${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    let json = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      /* not JSON */
    }
    return { status: res.status, json, text };
  };
  return { call, keys };
}

const items = (json) => (Array.isArray(json) ? json : (json?.items ?? []));

const ideaForm = (page) => page.locator('osallistu-idea-form');
const board = (page) => page.locator('osallistu-ideas');
const card = (page, title) => board(page).locator('article, li').filter({ hasText: title }).first();

/** A transparent 1×1 PNG: what third-party hosts (map tiles) answer here, since the machine is offline. */
const emptyPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

/** A fresh browser profile (a new resident); only our own origin is reached for real. */
async function newResident(options = {}) {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(60_000);
  await context.route(
    (url) => url.hostname !== '127.0.0.1' && url.hostname !== 'localhost',
    (route) => route.fulfill({ status: 200, contentType: 'image/png', body: emptyPng }),
  );
  return context;
}

async function openDemo(context) {
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('dialog', async (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    await dialog.dismiss();
  });
  await page.goto(`${worker.url}/`);
  return { page, problems };
}

async function searchBoard(page, text) {
  const search = board(page).getByRole('searchbox', { name: 'Hae ideoista' });
  await search.fill(text);
  await search.press('Enter');
}

before(async () => {
  ensureBuilt();
  // E2E_URL (+ MODERATOR_KEY, REVIEWER_KEY) reuses a worker you already run (`npm start`), for debugging
  worker = process.env.E2E_URL
    ? {
        url: process.env.E2E_URL,
        keys: { moderator: process.env.MODERATOR_KEY, reviewer: process.env.REVIEWER_KEY },
        stop: async () => {},
      }
    : await startWorker({ port: 8791, inspectorPort: 9231 });
  assert.ok(worker.keys.moderator, 'start.mjs printed a MODERATOR_KEY');
  assert.ok(worker.keys.reviewer, 'start.mjs printed a REVIEWER_KEY');
  api = apiClient(worker.url, worker.keys);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await worker?.stop();
});

describe('a resident’s idea from the demo page to review and back', () => {
  test('the demo page embeds both widgets with one script tag, which loads only what the page uses', async () => {
    const context = await newResident();
    const { page, problems } = await openDemo(context);
    const scripts = await page.locator('script[src*="/elements/"]').count();
    assert.equal(scripts, 1);
    await ideaForm(page).getByLabel('Idean otsikko').waitFor();
    await board(page).getByRole('searchbox', { name: 'Hae ideoista' }).waitFor();
    const defined = await page.evaluate(() => ({
      form: customElements.get('osallistu-idea-form') !== undefined,
      board: customElements.get('osallistu-ideas') !== undefined,
    }));
    assert.deepEqual(defined, { form: true, board: true });
    // the server-printed fallback inside the tags is replaced by the widgets' own rendering
    assert.equal(await ideaForm(page).locator('.fallback').isVisible(), false);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the page’s language switcher sets <html lang> and both widgets follow it', async () => {
    const context = await newResident();
    const { page, problems } = await openDemo(context);
    await ideaForm(page).getByLabel('Idean otsikko').waitFor();
    await page.getByRole('button', { name: 'Svenska' }).click();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'sv');
    await ideaForm(page).getByLabel('Idéns rubrik').waitFor();
    await board(page).getByRole('searchbox', { name: 'Sök bland idéerna' }).waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await ideaForm(page).getByLabel('Title of the idea').waitFor();
    await board(page).getByRole('searchbox', { name: 'Search the ideas' }).waitFor();
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Participatory budgeting 2027');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a resident fills the form with the keyboard, the draft survives a reload, and sending shows what happens next', async () => {
    const context = await newResident();
    const { page, problems } = await openDemo(context);
    const form = ideaForm(page);
    const title = form.getByLabel('Idean otsikko');
    await title.focus();
    await page.keyboard.type(TITLE);
    await page.keyboard.press('Tab');
    await page.keyboard.type(DESCRIPTION);
    // the draft is kept in the browser on every change: wait until it is stored, then reload
    await page.waitForFunction((t) => Object.values(localStorage).some((v) => v.includes(t)), TITLE);
    await page.reload();
    await form.getByText('Keskeneräinen luonnoksesi on palautettu.').waitFor();
    assert.equal(await form.getByLabel('Idean otsikko').inputValue(), TITLE);
    assert.equal(await form.getByLabel('Kuvaus').inputValue(), DESCRIPTION);

    const themes = await api.call('GET', `/processes/${PROCESS}/themes`);
    assert.equal(themes.status, 200);
    await form.getByRole('combobox', { name: 'Teema' }).selectOption(items(themes.json)[0].id);
    await form.getByLabel('Nimesi').fill('Aino Asukas');
    const consent = form.getByRole('checkbox');
    await consent.focus();
    await page.keyboard.press('Space');
    assert.equal(await consent.isChecked(), true);
    await form.getByRole('button', { name: 'Lähetä idea' }).focus();
    await page.keyboard.press('Enter');

    await form.getByRole('heading', { name: 'Kiitos, ideasi on vastaanotettu!' }).waitFor();
    await form.getByText('Moderaattori tarkistaa idean').waitFor();
    assert.equal(await form.getByRole('link', { name: 'Katso muiden ideoita' }).getAttribute('href'), '#ideat');
    // a sent idea leaves no draft behind
    const draftLeft = await page.evaluate((t) => Object.values(localStorage).some((v) => v.includes(t)), TITLE);
    assert.equal(draftLeft, false);
    assert.deepEqual(problems, []);
    await context.close();

    const pending = await api.call('GET', `/admin/ideas?status=pending&process=${PROCESS}`, { key: api.keys.moderator });
    assert.equal(pending.status, 200, pending.text);
    const idea = items(pending.json).find((i) => i.title === TITLE);
    assert.ok(idea, 'the new idea waits in the moderation queue');
    assert.equal(idea.authorName, 'Aino Asukas');
    ideaId = idea.id;
    // pending ideas are not public
    assert.equal((await api.call('GET', `/ideas/${ideaId}`)).status, 404);
  });

  test('a moderator publishes it through the admin API and it appears on the board', async () => {
    const asReviewer = await api.call('POST', `/admin/ideas/${ideaId}/publish`, { key: api.keys.reviewer });
    assert.equal(asReviewer.status, 403, 'a reviewer may not publish');
    const published = await api.call('POST', `/admin/ideas/${ideaId}/publish`, { key: api.keys.moderator });
    assert.equal(published.status, 200, published.text);

    const context = await newResident();
    const { page, problems } = await openDemo(context);
    await searchBoard(page, suffix);
    await card(page, TITLE).waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('another resident supports it and comments; the moderator publishes the comment', async () => {
    const context = await newResident();
    const { page, problems } = await openDemo(context);
    await searchBoard(page, suffix);
    const ideaCard = card(page, TITLE);
    await ideaCard.waitFor();
    const support = ideaCard.getByRole('button', { name: /Kannata/, pressed: false });
    await support.focus();
    await page.keyboard.press('Enter');
    await ideaCard.getByText('1 kannatus', { exact: false }).first().waitFor();

    await ideaCard.getByRole('button', { name: /Kommentit/ }).click();
    const comment = ideaCard.getByLabel('Kommenttisi');
    await comment.fill(COMMENT);
    await ideaCard.getByRole('button', { name: 'Lähetä kommentti' }).click();
    await ideaCard.getByText('Kiitos! Kommenttisi julkaistaan').waitFor();
    assert.deepEqual(problems, []);

    const fromApi = await api.call('GET', `/ideas/${ideaId}`);
    assert.equal(fromApi.json.supportCount, 1);
    const pending = await api.call('GET', '/admin/comments?status=pending', { key: api.keys.moderator });
    assert.equal(pending.status, 200, pending.text);
    const found = items(pending.json).find((c) => c.body === COMMENT);
    assert.ok(found, 'the comment waits for moderation');
    commentId = found.id;
    const published = await api.call('POST', `/admin/comments/${commentId}/publish`, { key: api.keys.moderator });
    assert.equal(published.status, 200, published.text);

    await page.reload();
    await searchBoard(page, suffix);
    await card(page, TITLE).getByRole('button', { name: /Kommentit/ }).click();
    await card(page, TITLE).getByText(COMMENT).waitFor();
    // supported once per browser: the button remembers it after the reload
    await card(page, TITLE).getByRole('button', { name: /Kannata/, pressed: true }).waitFor();
    await context.close();
  });

  test('a reviewer marks it feasible with a cost and the board shows it in Finnish', async () => {
    const review = { feasibility: 'feasible', costEur: COST, responsibleUnit: 'Kaupunkiympäristön palvelualue' };
    const asModerator = await api.call('POST', `/admin/ideas/${ideaId}/review`, { key: api.keys.moderator, body: review });
    assert.equal(asModerator.status, 403, 'a moderator may not review');
    const reviewed = await api.call('POST', `/admin/ideas/${ideaId}/review`, { key: api.keys.reviewer, body: review });
    assert.equal(reviewed.status, 200, reviewed.text);

    const context = await newResident();
    const { page, problems } = await openDemo(context);
    await searchBoard(page, suffix);
    const ideaCard = card(page, TITLE);
    await ideaCard.getByText('Toteuttamiskelpoinen', { exact: true }).waitFor();
    const text = await ideaCard.innerText();
    // Finnish money: a (no-break) space between thousands and before the euro sign
    assert.match(text, /Kustannusarvio 12\s500(,00)?\s€/u);
    assert.match(text, /Kaupunkiympäristön palvelualue/);
    assert.deepEqual(problems, []);
    await context.close();

    const events = await api.call('GET', `/ideas/${ideaId}/events`);
    assert.deepEqual(
      items(events.json).map((e) => e.kind),
      ['submitted', 'published', 'reviewed'],
    );
  });

  test('an idea whose title is markup is shown as text and runs nothing', async () => {
    const themes = await api.call('GET', `/processes/${PROCESS}/themes`);
    const created = await api.call('POST', `/processes/${PROCESS}/ideas`, {
      body: { title: XSS_TITLE, description: `${DESCRIPTION} <script>window.__xss=3</script>`, themeId: items(themes.json)[0].id, consent: true },
    });
    assert.equal(created.status, 201, created.text);
    assert.equal(created.json.title, XSS_TITLE, 'stored and returned verbatim');
    const published = await api.call('POST', `/admin/ideas/${created.json.id}/publish`, { key: api.keys.moderator });
    assert.equal(published.status, 200, published.text);

    const context = await newResident();
    const { page, problems } = await openDemo(context);
    await searchBoard(page, `Kokeilu ${suffix}`);
    await card(page, XSS_TITLE).waitFor();
    assert.ok((await card(page, XSS_TITLE).innerText()).includes(XSS_TITLE), 'the markup is visible as text');
    assert.equal(await card(page, XSS_TITLE).locator('img[src="x"], script').count(), 0);
    assert.equal(await page.evaluate(() => window.__xss), undefined);
    assert.deepEqual(problems, [], 'no dialog, no error');
    await context.close();
  });

  test('the demo page with both widgets loaded has no axe violations, on desktop and at 320 px', async () => {
    for (const viewport of [
      { width: 1280, height: 900 },
      { width: 320, height: 800 },
    ]) {
      const context = await newResident({ viewport });
      const { page, problems } = await openDemo(context);
      await ideaForm(page).getByLabel('Idean otsikko').waitFor();
      await card(page, TITLE).waitFor();
      const violations = await axeViolations(page);
      assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `no horizontal scrolling at ${viewport.width} px (overflow ${overflow} px)`);
      assert.deepEqual(problems, []);
      await context.close();
    }
  });
});
