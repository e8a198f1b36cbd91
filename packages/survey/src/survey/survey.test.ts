import { expect, fixture, html } from '@open-wc/testing';
import { ApiClient } from '@osallistu/core';
import { fakeApi, problem, type FakeApi } from '@osallistu/core/testing/fake-api.js';
import { waitUntil } from '@osallistu/core/testing/wait-until.js';
import { shapeDifferences } from '@osallistu/core/testing/same-shape.js';
import { define } from './define.js';
import type { OsallistuSurvey } from './survey.js';
import { areas, survey } from '../testing/fixtures.js';
import { fi } from '../i18n/fi.js';
import { sv } from '../i18n/sv.js';
import { en } from '../i18n/en.js';

define();

function api(extra: Parameters<typeof fakeApi>[0] = {}): FakeApi {
  return fakeApi({
    'GET /surveys/lahiokysely': { json: survey },
    'GET /areas': { json: areas },
    'POST /surveys/lahiokysely/responses': { status: 201, json: { id: 7, surveyId: 'lahiokysely', version: 2 } },
    ...extra,
  });
}

async function mount(fake: FakeApi, lang = 'fi'): Promise<OsallistuSurvey> {
  const client = new ApiClient({ api: 'https://osallistu.example.fi', tenant: 'kuopio', fetch: fake.fetch });
  const el = await fixture<OsallistuSurvey>(html`<osallistu-survey survey="lahiokysely" lang=${lang} .client=${client}></osallistu-survey>`);
  await waitUntil(() => el.shadowRoot?.querySelector('form, .notice.danger'), 'survey never loaded');
  await el.updateComplete;
  return el;
}

const root = (el: OsallistuSurvey) => el.shadowRoot!;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const step = (el: OsallistuSurvey) => text(root(el).querySelector('#survey-step'));
const progress = (el: OsallistuSurvey) => text(root(el).querySelector('#survey-progress'));

async function click(el: OsallistuSurvey, selector: string): Promise<void> {
  root(el).querySelector<HTMLElement>(selector)!.click();
  await el.updateComplete;
}

async function type(el: OsallistuSurvey, selector: string, value: string): Promise<void> {
  const input = root(el).querySelector<HTMLInputElement>(selector)!;
  input.value = value;
  input.dispatchEvent(new Event(input.tagName === 'SELECT' ? 'change' : 'input', { bubbles: true }));
  await el.updateComplete;
}

const next = (el: OsallistuSurvey) => click(el, 'button[type="submit"]');

beforeEach(() => localStorage.clear());

describe('osallistu-survey', () => {
  it('has complete fi/sv/en dictionaries', () => {
    expect(shapeDifferences(fi, sv)).to.deep.equal([]);
    expect(shapeDifferences(fi, en)).to.deep.equal([]);
  });

  it('while the survey loads, and when it fails, its heading says so (never an empty heading); axe clean', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const fake = api({ 'GET /surveys/lahiokysely': async () => (await held, problem(503, 'internal')) });
    const client = new ApiClient({ api: 'https://osallistu.example.fi', tenant: 'kuopio', fetch: fake.fetch });
    const el = await fixture<OsallistuSurvey>(html`<osallistu-survey survey="lahiokysely" .client=${client}></osallistu-survey>`);
    await el.updateComplete;
    expect(text(root(el).querySelector('#survey-heading'))).to.equal('Ladataan…');
    await expect(el).to.be.accessible();
    release();
    await waitUntil(() => root(el).querySelector('.notice.danger'), 'no error shown');
    expect(text(root(el).querySelector('#survey-heading'))).to.equal('Jotain meni vikaan');
    await expect(el).to.be.accessible();
  });

  it('shows the first page with a progress bar, labelled controls and no axe violations', async () => {
    const el = await mount(api());
    expect(step(el)).to.equal('Asuinalueesi');
    expect(progress(el)).to.equal('Sivu 1/2');
    const select = root(el).querySelector('select')!;
    expect(text(root(el).querySelector(`label[for="${select.id}"]`))).to.equal('Millä alueella asut? (pakollinen)');
    expect([...select.options].map((o) => o.textContent)).to.deep.equal(['Valitse alue', 'Saaristokaupunki', 'Keskusta']);
    expect(text(root(el).querySelector('[data-question="viihtyvyys"] legend'))).to.equal('Kuinka viihtyisä alueesi on? (pakollinen)');
    await expect(el).to.be.accessible();
  });

  it('validates the page: errors tied with aria-describedby, focus on the first, axe clean', async () => {
    const el = await mount(api());
    await next(el);
    const err = root(el).querySelector('#q-alue-error')!;
    expect(text(err)).to.not.equal('');
    expect(root(el).querySelector('#q-alue')!.getAttribute('aria-describedby')).to.contain('q-alue-error');
    expect(root(el).querySelector('[data-question="viihtyvyys"]')!.getAttribute('aria-describedby')).to.contain('q-viihtyvyys-error');
    expect(root(el).activeElement?.id).to.equal('q-alue');
    expect(text(root(el).querySelector('[role="alert"]'))).to.equal('Tarkista 2 vastausta.');
    expect(step(el)).to.equal('Asuinalueesi');
    await expect(el).to.be.accessible();
  });

  it('shows a page only when its condition holds, keeps answers back and forth, and restores the draft', async () => {
    const fake = api();
    let el = await mount(fake);
    await type(el, '#q-alue', '70800');
    await click(el, '[data-question="viihtyvyys"] input[value="4"]');
    await click(el, '[data-question="liikkuminen"] input[value="auto"]');
    expect(progress(el)).to.equal('Sivu 1/3');
    await next(el);
    expect(step(el)).to.equal('Autoilijoille');
    await waitUntil(() => root(el).activeElement?.id === 'survey-step', 'focus never moved to the page heading');
    await type(el, '#q-pysakointi', 'Pihalla');
    await click(el, '.actions button.secondary');
    expect(step(el)).to.equal('Asuinalueesi');
    expect(root(el).querySelector<HTMLSelectElement>('#q-alue')!.value).to.equal('70800');
    expect(root(el).querySelector<HTMLInputElement>('[data-question="viihtyvyys"] input[value="4"]')!.checked).to.equal(true);
    // Reload: the draft comes back on the page where the resident was.
    el.remove();
    el = await mount(fake);
    expect(step(el)).to.equal('Asuinalueesi');
    expect(root(el).querySelector<HTMLSelectElement>('#q-alue')!.value).to.equal('70800');
    await click(el, '[data-question="liikkuminen"] input[value="pyora"]');
    expect(progress(el)).to.equal('Sivu 1/2');
    await next(el);
    expect(step(el)).to.equal('Rahanjako');
  });

  it('answers every question type with the keyboard-operable controls and sends only shown answers', async () => {
    const fake = api();
    const el = await mount(fake);
    let submitted: unknown = null;
    el.addEventListener('osallistu-survey-submitted', (e) => (submitted = (e as Event & { response: unknown }).response));
    await type(el, '#q-alue', '70100');
    await click(el, '[data-question="viihtyvyys"] input[value="5"]');
    await click(el, '[data-question="liikkuminen"] input[value="auto"]');
    await next(el);
    await type(el, '#q-pysakointi', 'Kadulla');
    await click(el, '.actions button.secondary');
    await click(el, '[data-question="liikkuminen"] input[value="other"]');
    await type(el, '#q-liikkuminen-other', 'Potkulaudalla');
    await next(el);
    expect(step(el)).to.equal('Rahanjako');
    await click(el, '[data-question="puutteet"] input[value="valot"]');
    await click(el, '[data-question="puutteet"] input[value="puistot"]');
    await click(el, 'button[aria-label="Siirrä alas: Viheralueet"]');
    expect([...root(el).querySelectorAll('.ranking li')].map((li) => li.getAttribute('data-option'))).to.deep.equal(['b', 'a']);
    await type(el, '#q-ika', '41');
    await type(el, '#q-kaynti', '2026-10-01');
    await type(el, '#q-paikka-lat', '62.89');
    await type(el, '#q-paikka-lon', '27.68');
    await type(el, '#q-budjetti-valot', '60');
    await type(el, '#q-budjetti-puistot', '50');
    expect(text(root(el).querySelector('#q-budjetti-extra'))).to.equal('Jaettu liikaa: 10 pistettä');
    await next(el);
    expect(text(root(el).querySelector('#q-budjetti-error'))).to.not.equal('');
    expect(fake.sent('POST /surveys/lahiokysely/responses')).to.have.length(0);
    await type(el, '#q-budjetti-puistot', '40');
    expect(text(root(el).querySelector('#q-budjetti-extra'))).to.equal('Jakamatta: 0 pistettä');
    await type(el, '#q-terveiset', 'Kiitos');
    await expect(el).to.be.accessible();
    await next(el);
    await waitUntil(() => root(el).querySelector('.notice.success'), 'no thank-you');
    const [request] = fake.sent('POST /surveys/lahiokysely/responses');
    const body = request!.body as { version: number; respondentId: string; answers: Record<string, unknown> };
    expect(body.version).to.equal(2);
    expect(body.respondentId).to.match(/^[A-Za-z0-9-]{16,64}$/);
    expect(body.answers).to.deep.equal({
      alue: '70100',
      viihtyvyys: 5,
      liikkuminen: { other: 'Potkulaudalla' },
      puutteet: ['valot', 'puistot'],
      jarjestys: ['b', 'a'],
      ika: 41,
      kaynti: '2026-10-01',
      paikka: { type: 'Point', coordinates: [27.68, 62.89] },
      budjetti: { valot: 60, puistot: 40 },
      terveiset: 'Kiitos',
    });
    expect(submitted).to.deep.equal({ id: 7, surveyId: 'lahiokysely', version: 2 });
    expect(text(root(el).querySelector('.notice.success'))).to.equal('Kiitos vastauksestasi! Kiitos! Tulokset esitellään asukasillassa.');
    await waitUntil(() => root(el).activeElement?.id === 'survey-step', 'focus never moved to the thank-you');
    expect(localStorage.getItem('osallistu:survey-respondent')).to.equal(body.respondentId);
    await expect(el).to.be.accessible();
  });

  it('shows server validation errors on the page of the question', async () => {
    const fake = api({ 'POST /surveys/lahiokysely/responses': problem(422, 'validation-failed', [{ path: 'answers.alue', code: 'unknown-area' }]) });
    const el = await mount(fake);
    await type(el, '#q-alue', '70800');
    await click(el, '[data-question="viihtyvyys"] input[value="3"]');
    await next(el);
    await click(el, '[data-question="puutteet"] input[value="penkit"]');
    await type(el, '#q-budjetti-valot', '100');
    await next(el);
    await waitUntil(() => root(el).querySelector('#q-alue-error'), 'server error never shown');
    expect(step(el)).to.equal('Asuinalueesi');
    expect(text(root(el).querySelector('#q-alue-error'))).to.not.equal('');
  });

  it('says when this browser has answered already', async () => {
    const fake = api({ 'POST /surveys/lahiokysely/responses': problem(409, 'already-answered') });
    const el = await mount(fake, 'en');
    await type(el, '#q-alue', '70800');
    await click(el, '[data-question="viihtyvyys"] input[value="3"]');
    await next(el);
    await click(el, '[data-question="puutteet"] input[value="penkit"]');
    await type(el, '#q-budjetti-valot', '100');
    await next(el);
    await waitUntil(() => text(root(el).querySelector('[role="alert"]')) === 'This survey has already been answered in this browser or with the same email address. It can be answered only once.', 'no message');
  });
});
