import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { ApiClient, lazyDefine } from '@osallistu/core';
import { waitUntil } from '@osallistu/core/testing/wait-until.js';
import { fakeApi, problem, type FakeApi } from '@osallistu/core/testing/fake-api.js';
import type { BallotReceipt, Proposal } from '@osallistu/contract';
import { define } from './define.js';
import type { Ballot } from './ballot.js';
import type { BallotCastEvent } from '../events/ballot-cast-event.js';
import { areas, budgetList, budgets, manyProposals, mapSettings, proposals, themes } from '../testing/fixtures.js';
import { deepActiveElement, tabUntil, text, typeInto } from '../testing/helpers.js';

define();

const receipt: BallotReceipt = { budgetId: 'city', proposalIds: ['p1', 'p3'], receiptCode: 'ABCD-EFGH-JKLM', castAt: '2026-11-29T08:00:00.000Z', replaced: [] };

function routes(overrides: Parameters<typeof fakeApi>[0] = {}, list = proposals): FakeApi {
  return fakeApi({
    'GET /processes/pb-2026/budgets': { json: budgetList() },
    'GET /processes/pb-2026/proposals': { json: list },
    'GET /processes/pb-2026/themes': { json: themes },
    'GET /areas': { json: areas },
    'GET /map': { json: mapSettings },
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

/** Picks p3 in the city-wide budget, reviews it and chooses the printed voting code. */
async function toPrintedCode(el: Ballot): Promise<void> {
  await openCity(el);
  $<HTMLInputElement>(el, '#pick-p3').click();
  await el.updateComplete;
  buttonNamed(el, 'Tarkista valinnat').click();
  await el.updateComplete;
  buttonNamed(el, 'Jatka tunnistautumiseen').click();
  await el.updateComplete;
  $<HTMLInputElement>(el, 'input[value="printed"]').click();
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

  it('renders 300 proposals and picks among them with the keyboard alone', async () => {
    // Speed is measured by tests/bench/ballot-render-bench.mjs, not asserted here.
    const el = await mount(routes({}, manyProposals(300)));
    await tabUntil((a) => a?.textContent?.trim() === 'Äänestä');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('.proposal')).to.have.length(300);
    await tabUntil((a) => (a as HTMLInputElement | null)?.id === 'pick-m0');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(text($(el, '[role="status"]'))).to.match(/^Valittu: Ehdotus numero 1\. Jäljellä 99\s000\s€\.$/);
    // the last one, found by typing in the search
    await sendKeys({ down: 'Shift' });
    for (let i = 0; i < 5 && deepActiveElement()?.id !== 'q'; i++) await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(deepActiveElement()?.id).to.equal('q');
    await sendKeys({ type: 'numero 300' });
    await el.updateComplete;
    expect(text($(el, '.count'))).to.equal('Näytetään 1/300 ehdotusta');
    await tabUntil((a) => (a as HTMLInputElement | null)?.id === 'pick-m299');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(text($(el, '.bar-text'))).to.match(/2 ehdotusta valittu/);
    expect(text($(el, '[role="status"]'))).to.match(/^Valittu: Ehdotus numero 300\./);
  });

  it('goes from picking to the receipt with the keyboard alone', async () => {
    const api = routes();
    const el = await mount(api);
    expect(text($(el, 'p strong'))).to.match(/^Äänestys päättyy /);
    const enter = async (name: string) => {
      await tabUntil((a) => a?.textContent?.trim() === name);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
    };
    await enter('Äänestä');
    await tabUntil((a) => (a as HTMLInputElement | null)?.id === 'pick-p3');
    await sendKeys({ press: 'Space' });
    await enter('Tarkista valinnat');
    expect(text(deepActiveElement())).to.equal('Tarkista valintasi: Koko kaupunki');
    await enter('Jatka tunnistautumiseen');
    await tabUntil((a) => a?.id === 'email');
    await sendKeys({ type: 'maija@example.fi' });
    await enter('Lähetä koodi');
    await waitUntil(() => deepActiveElement()?.id === 'code', 'the code field never took focus');
    await sendKeys({ type: '123456' });
    await tabUntil((a) => a?.id === 'age');
    await sendKeys({ press: 'Space' });
    await tabUntil((a) => a?.id === 'town');
    await sendKeys({ press: 'Space' });
    await enter('Vahvista ja lähetä ääni');
    await waitUntil(() => el.shadowRoot!.querySelector('.receipt-code'), 'no receipt');
    await el.updateComplete;
    expect(text(deepActiveElement())).to.equal('Kiitos, äänesi on vastaanotettu!');
    expect(api.sent('POST /processes/pb-2026/budgets/city/ballot')[0]!.body).to.deep.equal({ proposalIds: ['p3'] });
  });

  it('verifies with a printed voting code', async () => {
    const api = routes({
      'POST /processes/pb-2026/voter/verify': { status: 201, json: { token: 'vt_printed000000000000000000000000000000000', processId: 'pb-2026', method: 'printed', expiresAt: '2099-01-01T00:00:00.000Z', ballots: [] } },
    });
    const el = await mount(api);
    await toPrintedCode(el);
    expect(el.shadowRoot!.querySelector('#email')).to.equal(null);
    expect(text($(el, '#code-hint'))).to.contain('ABCD-EFGH-JKLM');
    await typeInto($<HTMLInputElement>(el, '#code'), 'QWER-TYUP-ASDF');
    $<HTMLInputElement>(el, '#age').click();
    $<HTMLInputElement>(el, '#town').click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    buttonNamed(el, 'Vahvista ja lähetä ääni').click();
    await waitUntil(() => el.shadowRoot!.querySelector('.receipt-code'), 'no receipt');
    expect(api.sent('POST /processes/pb-2026/voter/verify')[0]!.body).to.deep.equal({
      method: 'printed',
      code: 'QWER-TYUP-ASDF',
      declaration: { ageConfirmed: true, municipality: 'Kuopio' },
    });
    expect(api.sent('POST /processes/pb-2026/budgets/city/ballot')[0]!.headers.get('authorization')).to.equal('Bearer vt_printed000000000000000000000000000000000');
  });

  it('says why a code was refused, next to the form', async () => {
    const el = await mount(routes({ 'POST /processes/pb-2026/voter/verify': problem(422, 'validation-failed', [{ path: 'code', code: 'invalid-value' }]) }));
    await toPrintedCode(el);
    await typeInto($<HTMLInputElement>(el, '#code'), 'WRONG');
    buttonNamed(el, 'Vahvista ja lähetä ääni').click();
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'no error');
    expect($(el, '#code').getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('changes an area vote before the deadline: warns that it moves, and the old area is no longer marked voted', async () => {
    sessionStorage.setItem('osallistu:voter:https://osallistu.example.fi:kuopio:pb-2026', JSON.stringify({ token: 'vt_stored0000000000000000000000000000000000', expiresAt: '2099-01-01T00:00:00.000Z' }));
    const moved: BallotReceipt = { budgetId: 'neulamaki', proposalIds: ['n1'], receiptCode: 'NEUL-AMAK-I000', castAt: '2026-11-29T09:00:00.000Z', replaced: ['keskusta'] };
    const api = routes({
      'GET /processes/pb-2026/voter': { json: { processId: 'pb-2026', method: 'email', expiresAt: '2099-01-01T00:00:00.000Z', ballots: [{ budgetId: 'keskusta', proposalIds: ['k1'], receiptCode: 'KESK-USTA-0000', castAt: 'x' }] } },
      'POST /processes/pb-2026/budgets/neulamaki/ballot': { status: 201, json: moved },
    });
    const el = await mount(api);
    expect([...el.shadowRoot!.querySelectorAll('.budget')].map((b) => text(b).includes('Olet äänestänyt'))).to.deep.equal([false, true, false]);
    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.budget button')][2]!.click();
    await el.updateComplete;
    expect(text($(el, '.notice'))).to.equal('Huomaa: tämä ääni korvaa alueäänesi (Keskusta).');
    $<HTMLInputElement>(el, '#pick-n1').click();
    await el.updateComplete;
    buttonNamed(el, 'Tarkista valinnat').click();
    await el.updateComplete;
    buttonNamed(el, 'Lähetä ääni').click();
    await waitUntil(() => el.shadowRoot!.querySelector('.receipt-code'), 'no receipt');
    expect(text($(el, '.receipt-code'))).to.equal('NEUL-AMAK-I000');
    buttonNamed(el, 'Äänestä toisessa budjetissa tai muuta ääntä').click();
    await el.updateComplete;
    expect([...el.shadowRoot!.querySelectorAll('.budget')].map((b) => text(b).includes('Olet äänestänyt'))).to.deep.equal([false, false, true]);
  });

  it('gives rule feedback as the resident picks: what is still missing, politely announced', async () => {
    const approval = budgets.map((b) => (b.id === 'city' ? { ...b, ballotRule: { kind: 'approval' as const, minProposals: 2, maxProposals: 2, minSharePercent: 0 } } : b));
    const el = await mount(routes({ 'GET /processes/pb-2026/budgets': { json: { ...budgetList(), budgets: approval } } }));
    await openCity(el);
    expect(text($(el, '.hint'))).to.equal('Valitse 2.');
    $<HTMLInputElement>(el, '#pick-p1').click();
    await el.updateComplete;
    const live = $(el, '[role="status"][aria-live="polite"]');
    expect(text(live)).to.match(/Valittu: Kuntoportaat Väinölänniemeen\. .*Valitse vähintään 2 ehdotusta\.$/);
    expect(text($(el, '.bar .hint'))).to.equal('Valitse vähintään 2 ehdotusta.');
    $<HTMLInputElement>(el, '#pick-p2').click();
    await el.updateComplete;
    expect(text(live)).to.match(/^Valittu: Katutaideseinä torin laidalle\. Jäljellä 0\s€\.$/);
    expect(el.shadowRoot!.querySelector('.bar .hint')).to.equal(null);
    // the count limit is reached: the third cannot be picked, and says why
    expect($<HTMLInputElement>(el, '#pick-p3').disabled).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('offers no map when no loader knows the area map', async () => {
    const el = await mount(routes());
    expect(buttonNamed(el, 'Valitse alue kartalta')).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('osallistu-area-map')).to.equal(null);
  });
});

/** Every element (through shadow roots) whose box sticks out right of `limit` px, outside Leaflet's own clipped panes. */
function overflowing(root: ParentNode, limit: number): string[] {
  const out: string[] = [];
  for (const node of root.querySelectorAll('*')) {
    if (node.closest('.leaflet-container') && !node.classList.contains('leaflet-container')) continue;
    const box = node.getBoundingClientRect();
    if (box.width > 0 && box.right > limit + 1) out.push(`${node.localName}.${[...node.classList].join('.')} → ${Math.round(box.right)}`);
    if (node.shadowRoot) out.push(...overflowing(node.shadowRoot, limit));
  }
  return out;
}

describe('osallistu-ballot area budgets on the map', () => {
  // The page's loader would know the area map; here the test publishes it the same way.
  before(() => {
    lazyDefine({ 'osallistu-area-map': () => import('@osallistu/area-map/area-map/define.js').then((m) => m.define()) }, document.createElement('div'));
  });
  beforeEach(() => sessionStorage.clear());

  const mapOf = (el: Ballot) => el.shadowRoot!.querySelector('osallistu-area-map');
  async function mapDrawn(el: Ballot): Promise<void> {
    await waitUntil(() => mapOf(el)?.shadowRoot?.querySelector('.leaflet-pane path.area'), 'the map never drew its areas', { timeout: 30000 });
  }

  it('picks an area on the map with the keyboard, which selects that area budget; only areas with a budget can be picked', async function () {
    this.timeout(60000);
    const el = await mount(routes());
    expect(mapOf(el)).to.equal(null); // nothing of the map loads before it is asked for
    const toggle = await tabUntil((a) => a?.textContent?.trim() === 'Valitse alue kartalta');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    await mapDrawn(el);
    // the map's own keyboard route: its list of areas (radio buttons, arrow keys pick)
    await tabUntil((a) => (a as HTMLInputElement | null)?.name === 'area');
    expect(deepActiveElement()?.id).to.equal('area-70100');
    await sendKeys({ press: 'Space' });
    await waitUntil(() => el.shadowRoot!.querySelector('#map-choice'), 'no budget chosen');
    expect(text($(el, '#map-choice'))).to.match(/^Keskusta · Budjetti 30\s000\s€ · 1 ehdotus$/);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(text($(el, '#map-choice'))).to.match(/^Neulamäki · Budjetti 30\s000\s€ · 1 ehdotus$/);
    expect(text($(el, '[role="status"][aria-live="polite"]'))).to.equal(text($(el, '#map-choice')));
    // Puijonlaakso has no budget: hatched on the map, disabled in its list, skipped by the arrow keys
    const map = mapOf(el)!;
    const inMap = (selector: string) => [...map.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
    expect(inMap('.leaflet-pane path.area.muted').map((p) => p.getAttribute('data-area-id'))).to.deep.equal(['70600']);
    expect(inMap('.options input[type="radio"]').map((r) => [r.id, (r as HTMLInputElement).disabled])).to.deep.equal([
      ['area-70100', false],
      ['area-70820', false],
      ['area-70600', true],
    ]);
    expect(inMap('[part="legend"] li').map(text)).to.deep.equal(['Alueet, joilla on oma budjetti', 'Ei valittavissa']);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(deepActiveElement()?.id).to.equal('area-70100');
    expect(text($(el, '#map-choice'))).to.match(/^Keskusta · /);
    expect(el.shadowRoot!.querySelector('#map-box .notice')).to.equal(null);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    await tabUntil((a) => a?.textContent?.trim() === 'Äänestä: Neulamäki');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(text(deepActiveElement())).to.equal('Neulamäki');
    expect([...el.shadowRoot!.querySelectorAll('.proposal h4')].map(text)).to.deep.equal(['Ulkokuntosali Neulamäkeen']);
  });

  it('still says so when a map that does not limit the areas picks one without a budget', async function () {
    this.timeout(60000);
    const el = await mount(routes());
    buttonNamed(el, 'Valitse alue kartalta').click();
    await el.updateComplete;
    await mapDrawn(el);
    const map = mapOf(el) as HTMLElement & { pickable?: string[]; updateComplete: Promise<boolean> };
    map.pickable = undefined; // as a map without the pickable property would be
    await map.updateComplete;
    map.shadowRoot!.querySelector<HTMLInputElement>('#area-70600')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#map-choice')).to.equal(null);
    expect(text($(el, '#map-box .notice'))).to.equal('Alueella Puijonlaakso ei ole omaa budjettia. Valitse toinen alue.');
    expect(text($(el, '[role="status"][aria-live="polite"]'))).to.equal('Alueella Puijonlaakso ei ole omaa budjettia. Valitse toinen alue.');
    await expect(el).to.be.accessible();
  });

  it('picking the same area in the list shows it picked on the map when the resident comes back', async function () {
    this.timeout(60000);
    const el = await mount(routes());
    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.budget button')][1]!.click(); // Keskusta, from the list
    await el.updateComplete;
    buttonNamed(el, '← Takaisin budjetteihin').click();
    await el.updateComplete;
    buttonNamed(el, 'Valitse alue kartalta').click();
    await el.updateComplete;
    await mapDrawn(el);
    expect((mapOf(el) as HTMLElement & { value: string }).value).to.equal('70100');
    expect(text($(el, '#map-choice'))).to.match(/^Keskusta · /);
    await expect(el).to.be.accessible();
  });

  it('fits a 320 px wide screen at every step, map included, with nothing sticking out sideways', async function () {
    this.timeout(60000);
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await mount(routes(), 'fi', '100%');
      const check = (step: string) => {
        expect(overflowing(el.shadowRoot!, 320), step).to.deep.equal([]);
        expect(document.documentElement.scrollWidth, step).to.be.at.most(320);
      };
      buttonNamed(el, 'Valitse alue kartalta').click();
      await el.updateComplete;
      await mapDrawn(el);
      check('budgets and map');
      await openCity(el);
      $<HTMLElement>(el, 'details summary').click();
      $<HTMLInputElement>(el, '#pick-p1').click();
      await el.updateComplete;
      check('pick');
      buttonNamed(el, 'Tarkista valinnat').click();
      await el.updateComplete;
      check('review');
      buttonNamed(el, 'Jatka tunnistautumiseen').click();
      await el.updateComplete;
      await typeInto($<HTMLInputElement>(el, '#email'), 'maija.meikalainen@example.fi');
      buttonNamed(el, 'Lähetä koodi').click();
      await waitUntil(() => el.shadowRoot!.querySelector('#code'), 'no code field');
      check('verify');
      await typeInto($<HTMLInputElement>(el, '#code'), '123456');
      $<HTMLInputElement>(el, '#age').click();
      $<HTMLInputElement>(el, '#town').click();
      buttonNamed(el, 'Vahvista ja lähetä ääni').click();
      await waitUntil(() => el.shadowRoot!.querySelector('.receipt-code'), 'no receipt');
      check('receipt');
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('speaks Swedish at 320 px too', async () => {
    const el = await mount(routes(), 'sv', '320px');
    await waitUntil(() => text(el.shadowRoot!.querySelector('h2')) === 'Rösta om förslagen', 'Swedish strings never loaded');
    buttonNamed(el, 'Rösta').click();
    await el.updateComplete;
    expect(overflowing(el.shadowRoot!, el.getBoundingClientRect().right)).to.deep.equal([]);
    expect(text($(el, '[part~="budget-bar"]'))).to.match(/Valt 0\s€ \/ 100\s000\s€/);
    expect(buttonNamed(el, '← Tillbaka till budgetarna')).to.not.equal(undefined);
  });
});
