import { expect, fixture, html } from '@open-wc/testing';
import type { ProcessResults } from '@osallistu/contract';
import { ApiClient } from '@osallistu/core';
import { waitUntil } from '@osallistu/core/testing/wait-until.js';
import { shapeDifferences } from '@osallistu/core/testing/same-shape.js';
import { fakeApi, problem, type FakeApi } from '@osallistu/core/testing/fake-api.js';
import { define } from './define.js';
import type { Results } from './results.js';
import { areas, budgetList, results } from '../testing/fixtures.js';
import { text } from '../testing/helpers.js';

define();

function routes(overrides: Parameters<typeof fakeApi>[0] = {}): FakeApi {
  return fakeApi({
    'GET /processes/pb-2026/budgets': { json: budgetList(false) },
    'GET /processes/pb-2026/results': { json: results },
    'GET /areas': { json: areas },
    ...overrides,
  });
}

async function mount(api: FakeApi, lang = 'fi', width = ''): Promise<Results> {
  const client = new ApiClient({ api: 'https://osallistu.example.fi', tenant: 'kuopio', fetch: api.fetch });
  const el = await fixture<Results>(html`<osallistu-results process="pb-2026" lang=${lang} style=${width ? `width:${width}` : ''} .client=${client}></osallistu-results>`);
  await waitUntil(() => el.shadowRoot?.querySelector('.budget, [part~="notice"]:not([aria-busy="true"])'), 'results never loaded');
  await el.updateComplete;
  return el;
}

const all = (el: Results, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];

describe('osallistu-results', () => {
  it('shows winners per budget with votes and cost, accessibly', async () => {
    const el = await mount(routes());
    await expect(el).to.be.accessible();
    expect(all(el, '.budget h3').map(text)).to.deep.equal(['Koko kaupunki', 'Neulamäki']);
    expect(all(el, '.budget')[0]!.querySelectorAll('.winners li')).to.have.length(2);
    expect(text(all(el, '.winners li')[0])).to.match(/^Kuntoportaat Väinölänniemeen — 70 ääntä, 60\s000\s€$/);
    expect(text(all(el, '.budget .meta')[0])).to.contain('Eniten ääniä saaneet');
  });

  it('explains in plain words why each proposal won or lost', async () => {
    const el = await mount(routes());
    const rows = all(el, '.budget')[0]!.querySelectorAll('tbody tr');
    expect(text(rows[0]!.querySelector('td:last-child'))).to.match(/^Sijoittui 1\. äänimäärässä, ja rahaa oli vielä 100\s000\s€, joten hinta 60\s000\s€ mahtui budjettiin\.$/);
    expect(text(rows[1]!.querySelector('td:last-child'))).to.match(/vuorollaan budjettia oli jäljellä vain 40\s000\s€, kun hinta on 45\s000\s€/);
    const mes = all(el, '.budget')[1]!.querySelector('tbody tr td:last-child');
    expect(text(mes)).to.match(/^20 kannattajaa maksoi sen osuuksillaan \(enintään 1\s400,00\s€ kukin\)\.$/);
  });

  it('draws an SVG chart whose numbers are also in the table', async () => {
    const el = await mount(routes());
    const chart = all(el, 'svg[role="img"]')[0]!;
    expect(chart.getAttribute('aria-label')).to.contain('Kuntoportaat Väinölänniemeen 70');
    expect(chart.querySelectorAll('rect.won')).to.have.length(2);
    expect(chart.querySelectorAll('rect.lost')).to.have.length(1);
    const votes = [...all(el, '.budget')[0]!.querySelectorAll('tbody td.num:nth-of-type(1)')].map(text);
    expect(votes).to.deep.equal(['70', '50', '30']);
  });

  it('shows turnout per area and downloads for recounting', async () => {
    const el = await mount(routes());
    const turnout = all(el, '.turnout tbody tr').map(text);
    expect(turnout[2]).to.match(/^Neulamäki 20 5\s000 0,4\s%$/);
    const links = all(el, '.downloads a').slice(0, 3).map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal([
      'https://osallistu.example.fi/v1/kuopio/processes/pb-2026/budgets/city/results.csv',
      'https://osallistu.example.fi/v1/kuopio/processes/pb-2026/budgets/city/results.json',
      'https://osallistu.example.fi/v1/kuopio/processes/pb-2026/budgets/city/results.pb',
    ]);
  });

  it('says results come after voting while they are hidden', async () => {
    const el = await mount(routes({ 'GET /processes/pb-2026/results': problem(409, 'results-not-available') }), 'en');
    await waitUntil(() => text(el.shadowRoot!.querySelector('[part~="notice"]')) === 'Results are published when voting has closed.', 'no English notice');
    await expect(el).to.be.accessible();
  });

  it('shows that it is loading, accessibly', async () => {
    const api = routes({ 'GET /processes/pb-2026/results': new Promise<never>(() => {}) });
    const client = new ApiClient({ api: 'https://osallistu.example.fi', tenant: 'kuopio', fetch: api.fetch });
    const el = await fixture<Results>(html`<osallistu-results process="pb-2026" .client=${client}></osallistu-results>`);
    expect(el.shadowRoot!.querySelector('[part~="notice"][aria-busy="true"]')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says when results could not be loaded, and a retry loads them', async () => {
    const api = routes({ 'GET /processes/pb-2026/results': problem(503, 'internal') });
    const el = await mount(api);
    expect(text(el.shadowRoot!.querySelector('[role="alert"] p'))).to.not.equal('');
    await expect(el).to.be.accessible();
    api.routes['GET /processes/pb-2026/results'] = { json: results };
    el.shadowRoot!.querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('.budget'), 'retry never loaded the results');
    expect(all(el, '.budget h3').map(text)).to.deep.equal(['Koko kaupunki', 'Neulamäki']);
  });

  it('explains the Method of Equal Shares: each voter\'s share, who paid, and whose money ran out', async () => {
    const mes = results.budgets[1]!;
    const extended: ProcessResults = {
      ...results,
      budgets: [
        results.budgets[0]!,
        {
          ...mes,
          proposals: [
            ...mes.proposals,
            { proposalId: 'n2', title: 'Valaistus Neulamäen poluille', areaId: '70820', costEur: 25000, votes: 12, selected: false, tie: true, reason: { kind: 'mes', supporters: 12, outcome: 'supporters-ran-out', moneyLeftEur: 2150.5 } },
            { proposalId: 'n3', title: 'Koirapuisto', areaId: '70820', costEur: 9000, votes: 0, selected: false, tie: false, reason: { kind: 'mes', supporters: 0, outcome: 'no-supporters' } },
          ],
        },
      ],
    };
    const el = await mount(routes({ 'GET /processes/pb-2026/results': { json: extended } }));
    const budget = all(el, '.budget')[1]!;
    expect(text(budget.querySelector('.share'))).to.match(/kullakin oli 1\s500,00\s€ käytettävänään/);
    const why = [...budget.querySelectorAll('tbody td:last-child')].map(text);
    expect(why[0]).to.match(/^20 kannattajaa maksoi sen osuuksillaan/);
    expect(why[1]).to.match(/^12 kannattajalta loppui raha: heillä oli yhteensä 2\s150,50\s€, kun hinta on 25\s000\s€\. Tasatilanne ratkaistiin/);
    expect(why[2]).to.equal('Ei saanut ääniä.');
    await expect(el).to.be.accessible();
  });

  it('says when a budget has no winners, and why a greedy proposal without votes lost', async () => {
    const greedy = results.budgets[0]!;
    const none: ProcessResults = {
      ...results,
      budgets: [{ ...greedy, selected: [], costEur: 0, proposals: [{ ...greedy.proposals[0]!, votes: 0, selected: false, reason: { kind: 'greedy', rank: 0, remainingEur: 100000, outcome: 'no-votes' } }] }],
    };
    const el = await mount(routes({ 'GET /processes/pb-2026/results': { json: none } }));
    expect(text(all(el, '.budget p:not(.meta):not(.downloads)')[0])).to.equal('Yksikään ehdotus ei toteudu tässä budjetissa.');
    expect(text(all(el, 'tbody td:last-child')[0])).to.equal('Ei saanut ääniä.');
    await expect(el).to.be.accessible();
  });

  it('charts turnout per area with the same numbers as its table', async () => {
    const el = await mount(routes());
    const chart = el.shadowRoot!.querySelector('.turnout svg[role="img"]')!;
    expect(chart.getAttribute('aria-label')).to.match(/^Äänestysaktiivisuus: Koko kaupunki 0,7\s%, Keskusta 0\s%, Neulamäki 0,4\s%$/);
    const charted = [...chart.querySelectorAll('text.value')].map(text);
    const table = all(el, '.turnout tbody td:last-child').map(text);
    expect(charted).to.deep.equal(table);
  });

  it('speaks English and fits 320 px: only the wide tables scroll, inside their own region', async () => {
    const el = await mount(routes(), 'en', '320px');
    await waitUntil(() => text(el.shadowRoot!.querySelector('h2')) === 'Voting results', 'English strings never loaded');
    await el.updateComplete;
    expect(text(all(el, 'tbody td:last-child')[0])).to.match(/^Ranked 1/);
    const right = el.getBoundingClientRect().right;
    const out = all(el, '*').filter((n) => !n.closest('.scroll') && n.getBoundingClientRect().right > right + 1);
    expect(out.map((n) => n.localName)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});

describe('ballot and results strings', () => {
  it('have every string in fi, sv and en', async () => {
    const { fi } = await import('../i18n/fi.js');
    const { sv } = await import('../i18n/sv.js');
    const { en } = await import('../i18n/en.js');
    expect(shapeDifferences(fi, sv)).to.deep.equal([]);
    expect(shapeDifferences(fi, en)).to.deep.equal([]);
  });
});
