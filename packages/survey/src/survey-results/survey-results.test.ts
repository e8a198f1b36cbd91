import { expect, fixture, html } from '@open-wc/testing';
import { ApiClient } from '@osallistu/core';
import { fakeApi, never, problem, type FakeApi } from '@osallistu/core/testing/fake-api.js';
import { waitUntil } from '@osallistu/core/testing/wait-until.js';
import { shapeDifferences } from '@osallistu/core/testing/same-shape.js';
import { define } from './define.js';
import type { OsallistuSurveyResults } from './survey-results.js';
import { mapAreas, results, survey } from '../testing/fixtures.js';
import { fi } from '../i18n/results/fi.js';
import { sv } from '../i18n/results/sv.js';
import { en } from '../i18n/results/en.js';

define();

function api(extra: Parameters<typeof fakeApi>[0] = {}): FakeApi {
  return fakeApi({
    'GET /surveys/lahiokysely': { json: survey },
    'GET /surveys/lahiokysely/results': { json: results },
    'GET /areas': { json: mapAreas },
    ...extra,
  });
}

async function mount(fake: FakeApi, lang = 'fi'): Promise<OsallistuSurveyResults> {
  const client = new ApiClient({ api: 'https://osallistu.example.fi', tenant: 'kuopio', fetch: fake.fetch });
  const el = await fixture<OsallistuSurveyResults>(html`<osallistu-survey-results survey="lahiokysely" lang=${lang} .client=${client}></osallistu-survey-results>`);
  await el.updateComplete;
  return el;
}

const root = (el: OsallistuSurveyResults) => el.shadowRoot!;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const status = (el: OsallistuSurveyResults) => text(root(el).querySelector('[role="status"]'));
/** The table rows of one question: [label, ...numbers]. */
const rows = (el: OsallistuSurveyResults, id: string) =>
  [...root(el).querySelectorAll(`section[aria-labelledby="r-${id}"] tbody tr`)].map((tr) => [...tr.children].map((c) => text(c)));

describe('osallistu-survey-results', () => {
  it('has complete fi/sv/en dictionaries', () => {
    expect(shapeDifferences(fi, sv)).to.deep.equal([]);
    expect(shapeDifferences(fi, en)).to.deep.equal([]);
  });

  it('says it is loading, in a live region, while the results come; axe clean', async () => {
    const el = await mount(api({ 'GET /surveys/lahiokysely/results': () => never() }));
    expect(status(el)).to.equal('Ladataan tuloksia…');
    expect(root(el).querySelector('section')!.getAttribute('aria-busy')).to.equal('true');
    expect(text(root(el).querySelector('.notice'))).to.equal('Ladataan tuloksia…');
    await expect(el).to.be.accessible();
  });

  it('shows a translated error with a retry that works', async () => {
    const fake = api({ 'GET /surveys/lahiokysely/results': problem(503, 'unavailable') });
    const el = await mount(fake, 'en');
    await waitUntil(() => root(el).querySelector('[role="alert"]'), 'no error shown');
    expect(text(root(el).querySelector('[role="alert"] p'))).to.not.equal('');
    await expect(el).to.be.accessible();
    fake.routes['GET /surveys/lahiokysely/results'] = { json: results };
    root(el).querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
    await waitUntil(() => root(el).querySelector('.question'), 'retry never loaded the results');
    expect(status(el)).to.equal('Results loaded: 4 answers.');
  });

  it('says when nobody has answered yet', async () => {
    const el = await mount(api({ 'GET /surveys/lahiokysely/results': { json: { surveyId: 'lahiokysely', version: 2, responses: 0, questions: [] } } }));
    await waitUntil(() => /ei vielä/.test(status(el)), 'empty state never announced');
    expect(text(root(el).querySelector('.notice'))).to.match(/^Kyselyyn ei ole vielä vastattu/);
    expect(root(el).querySelector('.question, svg, table')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows every question type as a chart with the same numbers in a table; free texts never; axe clean', async () => {
    const fake = api();
    const el = await mount(fake);
    await waitUntil(() => root(el).querySelector('.question'), 'results never shown');
    expect(text(root(el).querySelector('#results-heading'))).to.equal('Tulokset: Lähiökysely');
    expect(status(el)).to.equal('Tulokset ladattu: 4 vastausta.');

    // Areas someone chose, most first, by name; the areas nobody chose are left out.
    expect(rows(el, 'alue')).to.deep.equal([
      ['Keskusta', '3', '75 %'],
      ['Saaristokaupunki', '1', '25 %'],
    ]);
    expect(text(root(el).querySelector('section[aria-labelledby="r-viihtyvyys"] .summary'))).to.equal('Keskiarvo 3,5, mediaani 3,5');
    expect(rows(el, 'viihtyvyys')[0]).to.deep.equal(['1 (Ei lainkaan)', '0', '0 %']);
    expect(rows(el, 'viihtyvyys')[3]).to.deep.equal(['4', '2', '50 %']);
    expect(rows(el, 'liikkuminen')).to.deep.equal([
      ['Autolla', '1', '33,3 %'],
      ['Pyörällä', '1', '33,3 %'],
      ['Muu', '1', '33,3 %'],
    ]);
    expect(rows(el, 'puutteet').map((r) => r[2])).to.deep.equal(['75 %', '25 %', '50 %']);
    expect(rows(el, 'jarjestys')).to.deep.equal([
      ['Turvallisuus', '3', '1,5'],
      ['Viheralueet', '3', '1,5'],
    ]);
    expect(text(root(el).querySelector('section[aria-labelledby="r-ika"] .summary'))).to.equal('Keskiarvo 40,33 vuotta, mediaani 41 vuotta');
    expect(rows(el, 'budjetti')).to.deep.equal([
      ['Valaistus', '62,5'],
      ['Puistot', '37,5'],
    ]);
    // Places marked on the map, counted per area by the areas' shapes.
    expect(rows(el, 'paikka')).to.deep.equal([
      ['Keskusta', '2', '66,7 %'],
      ['Alueiden ulkopuolella', '1', '33,3 %'],
    ]);
    expect(fake.sent('GET /areas')[0]!.url.searchParams.get('geometry')).to.equal('1');
    // Map answers as open data, one link per map question that has answers.
    expect([...root(el).querySelectorAll<HTMLAnchorElement>('.downloads a')].map((a) => a.href)).to.deep.equal([
      'https://osallistu.example.fi/v1/kuopio/surveys/lahiokysely/results/alue.geojson',
      'https://osallistu.example.fi/v1/kuopio/surveys/lahiokysely/results/paikka.geojson',
    ]);
    // Free texts and dates: a note, never the texts.
    expect(text(root(el).querySelector('section[aria-labelledby="r-terveiset"]'))).to.contain('vain kaupungin työntekijöille');
    expect(root(el).textContent).to.not.contain('SALAINEN');
    expect(text(root(el).querySelector('section[aria-labelledby="r-kaynti"]'))).to.contain('Ei vielä vastauksia.');

    // Charts: one labelled image per chart, one bar per table row.
    const chart = root(el).querySelector('section[aria-labelledby="r-puutteet"] svg')!;
    expect(chart.getAttribute('role')).to.equal('img');
    expect(chart.getAttribute('aria-label')).to.equal('Pylväskaavio: Mitä puuttuu?. Samat luvut ovat taulukossa.');
    const widths = [...chart.querySelectorAll('rect')].map((r) => Number(r.getAttribute('width')));
    expect(widths[0]).to.be.greaterThan(widths[2]!);
    expect(widths[2]).to.be.greaterThan(widths[1]!);
    // Heading levels: the title at 2, questions at 3.
    expect(root(el).querySelector('#results-heading')!.getAttribute('aria-level')).to.equal('2');
    expect(root(el).querySelector('#r-alue')!.getAttribute('aria-level')).to.equal('3');
    await expect(el).to.be.accessible();
  });

  it('speaks Swedish and English', async () => {
    const el = await mount(api(), 'sv');
    await waitUntil(() => root(el).querySelector('.question') && status(el) === 'Resultaten har laddats: 4 svar.', 'no Swedish results');
    expect(text(root(el).querySelector('#results-heading'))).to.equal('Resultat: Förortsenkät');
    expect(rows(el, 'alue')[0]).to.deep.equal(['Centrum', '3', '75 %']);
    el.setAttribute('lang', 'en');
    await waitUntil(() => status(el) === 'Results loaded: 4 answers.', 'no English');
    expect(text(root(el).querySelector('#results-heading'))).to.equal('Results: Neighbourhood survey');
    expect(rows(el, 'budjetti')[0]).to.deep.equal(['Valaistus', '62.5']);
  });
});
