import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ApiClient } from '@osallistu/core';
import { waitUntil } from '@osallistu/core/testing/wait-until.js';
import { fakeApi, problem, type FakeApi } from '@osallistu/core/testing/fake-api.js';
import type { BallotReceipt, Proposal } from '@osallistu/contract';
import { define } from './define.js';
import type { Ballot } from './ballot.js';
import type { BallotCastEvent } from '../events/ballot-cast-event.js';
import { areas, budgetList, manyProposals, proposals, themes } from '../testing/fixtures.js';
import { deepActiveElement, tabUntil, text, typeInto } from '../testing/helpers.js';

define();

const receipt: BallotReceipt = { budgetId: 'city', proposalIds: ['p1', 'p3'], receiptCode: 'ABCD-EFGH-JKLM', castAt: '2026-11-29T08:00:00.000Z', replaced: [] };

function routes(overrides: Parameters<typeof fakeApi>[0] = {}, list = proposals): FakeApi {
  return fakeApi({
    'GET /processes/pb-2026/budgets': { json: budgetList() },
    'GET /processes/pb-2026/proposals': { json: list },
    'GET /processes/pb-2026/themes': { json: themes },
    'GET /areas': { json: areas },
    'POST /processes/pb-2026/voter/email-code': { status: 202, json: { expiresAt: '2026-11-29T08:10:00.000Z' } },
    'POST /processes/pb-2026/voter/verify': { status: 201, json: { token: 'vt_testtoken0000000000000000000000000000000', processId: 'pb-2026', method: 'email', expiresAt: '2099-01-01T00:00:00.000Z', ballots: [] } },
    'POST /processes/pb-2026/budgets/city/ballot': { status: 201, json: receipt },
    'GET /processes/pb-2026/receipts/ABCD-EFGH-JKLM': { json: { ...receipt, processId: 'pb-2026', status: 'counted' } },
    ...overrides,
  });
}

async function mount(api: FakeApi, lang = 'fi', width = ''): Promise<Ballot> {
  const client = new ApiClient({ api: 'https://osallistu.example.fi', tenant: 'kuopio', fetch: api.fetch });
  const el = await fixture<Ballot>(html`<osallistu-ballot process="pb-2026" lang=${lang} style=${width ? `width:${width}` : ''} .client=${client}></osallistu-ballot>`);
  await waitUntil(() => el.shadowRoot?.querySelector('.budgets, [part~="notice"]:not([aria-busy="true"])'), 'ballot never loaded');
  await el.updateComplete;
  return el;
}

const $ = <T extends Element = HTMLElement>(el: Ballot, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const buttonNamed = (el: Ballot, name: string) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => text(b) === name)!;

async function openCity(el: Ballot): Promise<void> {
  buttonNamed(el, 'Äänestä').click();
  await el.updateComplete;
}

describe('osallistu-ballot', () => {
  beforeEach(() => sessionStorage.clear());

  it('lists the city-wide budget and the area budgets, accessibly', async () => {
    const el = await mount(routes());
    await expect(el).to.be.accessible();
    expect(text($(el, '.intro'))).to.contain('vähintään 13-vuotiaat');
    const names = [...el.shadowRoot!.querySelectorAll('.budget h4')].map(text);
    expect(names).to.deep.equal(['Koko kaupunki', 'Keskusta', 'Neulamäki']);
    expect(text($(el, '.budget .meta'))).to.match(/Budjetti 100\s000\s€ · 3 ehdotusta/);
  });

  it('picks with the keyboard alone, keeps a running budget bar and announces each change politely', async () => {
    const el = await mount(routes());
    const vote = await tabUntil((a) => a?.textContent?.trim() === 'Äänestä');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(deepActiveElement()?.tagName).to.equal('H3');
    expect(vote).to.exist;
    await tabUntil((a) => (a as HTMLInputElement | null)?.id === 'pick-p1');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect($(el, '#pick-p1').matches(':checked')).to.equal(true);
    expect(text($(el, '[aria-live="polite"][role="status"]'))).to.match(/^Valittu: Kuntoportaat Väinölänniemeen\. Jäljellä 40\s000\s€\.$/);
    expect(text($(el, '[part~="budget-bar"]'))).to.match(/Valittu 60\s000\s€ \/ 100\s000\s€/);
    // 60 000 + 45 000 no longer fits: disabled, with the reason beside it
    expect($<HTMLInputElement>(el, '#pick-p2').disabled).to.equal(true);
    expect(text($(el, '#nofit-p2'))).to.equal('Ei mahdu jäljellä olevaan budjettiin');
    await expect(el).to.be.accessible();
  });

  it('searches and filters by theme, and shows details with cost, area and origin ideas', async () => {
    const el = await mount(routes());
    await openCity(el);
    await typeInto($<HTMLInputElement>(el, '#q'), 'penkk');
    await el.updateComplete;
    expect([...el.shadowRoot!.querySelectorAll('.proposal h4')].map(text)).to.deep.equal(['Penkkejä rantaraitille']);
    expect(text($(el, '.count'))).to.equal('Näytetään 1/3 ehdotusta');
    await typeInto($<HTMLInputElement>(el, '#q'), ' ');
    const theme = $<HTMLSelectElement>(el, '#theme');
    theme.value = 'culture';
    theme.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect([...el.shadowRoot!.querySelectorAll('.proposal h4')].map(text)).to.deep.equal(['Katutaideseinä torin laidalle']);
    $<HTMLElement>(el, 'details summary').click();
    await el.updateComplete;
    expect(text($(el, 'details'))).to.contain('Idea: Katutaideseinä torin laidalle');
    expect(text($(el, '.proposal .meta'))).to.match(/Hinta: 45\s000\s€ Alue: Koko kaupunki Kulttuuri/);
    await expect(el).to.be.accessible();
  });

  it('reviews, verifies with an email code, sends with a voter token and idempotency key, and shows a receipt that checks as counted', async () => {
    const api = routes();
    const el = await mount(api);
    await openCity(el);
    $<HTMLInputElement>(el, '#pick-p1').click();
    $<HTMLInputElement>(el, '#pick-p3').click();
    await el.updateComplete;
    buttonNamed(el, 'Tarkista valinnat').click();
    await el.updateComplete;
    expect(text($(el, '.review'))).to.match(/Kuntoportaat Väinölänniemeen 60\s000\s€\s*Penkkejä rantaraitille 20\s000\s€/);
    await expect(el).to.be.accessible();
    buttonNamed(el, 'Jatka tunnistautumiseen').click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    await typeInto($<HTMLInputElement>(el, '#email'), 'maija@example.fi');
    buttonNamed(el, 'Lähetä koodi').click();
    await waitUntil(() => el.shadowRoot!.querySelector('#code'), 'no code field');
    expect(api.sent('POST /processes/pb-2026/voter/email-code')[0]!.body).to.deep.equal({ email: 'maija@example.fi', lang: 'fi' });
    expect(deepActiveElement()?.id).to.equal('code');
    await typeInto($<HTMLInputElement>(el, '#code'), '123456');
    $<HTMLInputElement>(el, '#age').click();
    $<HTMLInputElement>(el, '#town').click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    const cast = oneEvent(el, 'osallistu-ballot-cast') as Promise<BallotCastEvent>;
    buttonNamed(el, 'Vahvista ja lähetä ääni').click();
    expect((await cast).receipt.receiptCode).to.equal('ABCD-EFGH-JKLM');
    await el.updateComplete;
    expect(api.sent('POST /processes/pb-2026/voter/verify')[0]!.body).to.deep.equal({
      method: 'email',
      email: 'maija@example.fi',
      code: '123456',
      declaration: { ageConfirmed: true, municipality: 'Kuopio' },
    });
    const sent = api.sent('POST /processes/pb-2026/budgets/city/ballot')[0]!;
    expect(sent.body).to.deep.equal({ proposalIds: ['p1', 'p3'] });
    expect(sent.headers.get('authorization')).to.equal('Bearer vt_testtoken0000000000000000000000000000000');
    expect(sent.headers.get('idempotency-key')).to.have.length.greaterThan(7);
    expect(text($(el, '.receipt-code'))).to.equal('ABCD-EFGH-JKLM');
    expect(deepActiveElement()?.tagName).to.equal('H3');
    await expect(el).to.be.accessible();
    buttonNamed(el, 'Tarkista kuitti').click();
    await waitUntil(() => text(el.shadowRoot!.querySelector('.receipt-status')).length > 0, 'receipt never checked');
    expect(text($(el, '.receipt-status'))).to.equal('Kuitti on voimassa: tämä ääni lasketaan.');
    // back in the list the budget shows as voted, with "change vote"
    buttonNamed(el, 'Äänestä toisessa budjetissa tai muuta ääntä').click();
    await el.updateComplete;
    expect(text($(el, '.budget'))).to.contain('Olet äänestänyt');
    expect(buttonNamed(el, 'Muuta ääntä')).to.exist;
  });

  it('shows the server refusal in words and keeps the picks and the same idempotency key on retry', async () => {
    sessionStorage.setItem('osallistu:voter:https://osallistu.example.fi:kuopio:pb-2026', JSON.stringify({ token: 'vt_stored0000000000000000000000000000000000', expiresAt: '2099-01-01T00:00:00.000Z' }));
    const api = routes({
      'GET /processes/pb-2026/voter': { json: { processId: 'pb-2026', method: 'printed', expiresAt: '2099-01-01T00:00:00.000Z', ballots: [{ budgetId: 'city', proposalIds: ['p3'], receiptCode: 'OLD', castAt: 'x' }] } },
      'POST /processes/pb-2026/budgets/city/ballot': problem(409, 'voting-closed'),
    });
    const el = await mount(api);
    buttonNamed(el, 'Muuta ääntä').click();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#pick-p3').checked).to.equal(true);
    buttonNamed(el, 'Tarkista valinnat').click();
    await el.updateComplete;
    buttonNamed(el, 'Lähetä ääni').click();
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'no error');
    expect(text($(el, '[role="alert"]'))).to.equal('Äänestys ei ole nyt auki.');
    buttonNamed(el, 'Lähetä ääni').click();
    await waitUntil(() => api.sent('POST /processes/pb-2026/budgets/city/ballot').length === 2, 'no retry');
    const [first, second] = api.sent('POST /processes/pb-2026/budgets/city/ballot');
    expect(second!.headers.get('idempotency-key')).to.equal(first!.headers.get('idempotency-key'));
    await expect(el).to.be.accessible();
  });

  it('says when voting is closed', async () => {
    const el = await mount(routes({ 'GET /processes/pb-2026/budgets': { json: budgetList(false) } }));
    expect(text($(el, '[part~="notice"] h3'))).to.equal('Äänestys ei ole nyt auki');
    await expect(el).to.be.accessible();
  });

  it('stays fast with 300 proposals', async () => {
    const many: Proposal[] = manyProposals(300);
    const el = await mount(routes({}, many));
    const started = performance.now();
    await openCity(el);
    const opened = performance.now() - started;
    expect(el.shadowRoot!.querySelectorAll('.proposal')).to.have.length(300);
    const t0 = performance.now();
    for (let i = 0; i < 5; i++) {
      $<HTMLInputElement>(el, `#pick-m${i}`).click();
      await el.updateComplete;
    }
    const perPick = (performance.now() - t0) / 5;
    expect(opened, `opening took ${opened} ms`).to.be.below(1500);
    expect(perPick, `a pick took ${perPick} ms`).to.be.below(150);
  });

  it('fits 320 px without sideways scrolling, in Swedish too', async () => {
    const el = await mount(routes(), 'sv', '320px');
    expect(text($(el, 'h2'))).to.equal('Rösta om förslagen');
    buttonNamed(el, 'Rösta').click();
    await el.updateComplete;
    const base = $(el, '[part~="base"]');
    expect(base.scrollWidth).to.be.at.most(base.clientWidth + 1);
    expect(text($(el, '[part~="budget-bar"]'))).to.match(/Valt 0\s€ \/ 100\s000\s€/);
  });
});
