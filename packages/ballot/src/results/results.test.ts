import { expect, fixture, html } from '@open-wc/testing';
import { ApiClient } from '@osallistu/core';
import { waitUntil } from '@osallistu/core/testing/wait-until.js';
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

async function mount(api: FakeApi, lang = 'fi'): Promise<Results> {
  const client = new ApiClient({ api: 'https://osallistu.example.fi', tenant: 'kuopio', fetch: api.fetch });
  const el = await fixture<Results>(html`<osallistu-results process="pb-2026" lang=${lang} .client=${client}></osallistu-results>`);
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
    expect(text(el.shadowRoot!.querySelector('[part~="notice"]'))).to.equal('Results are published when voting has closed.');
    await expect(el).to.be.accessible();
  });
});
