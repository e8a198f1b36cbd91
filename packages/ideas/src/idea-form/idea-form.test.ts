import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '@osallistu/core/testing/wait-until.js';
import { sendKeys } from '@web/test-runner-commands';
import { ApiClient } from '@osallistu/core';
import { fakeApi, never, problem, type FakeApi } from '@osallistu/core/testing/fake-api.js';
import type { Idea, IdeaInput } from '@osallistu/contract';
import { define } from './define.js';
import type { IdeaForm } from './idea-form.js';
import type { IdeaSubmittedEvent } from '../events/idea-submitted-event.js';
import { areas, idea, process, themes, votingProcess } from '../testing/fixtures.js';
import { deepActiveElement, fill, tabUntil, text } from '../testing/helpers.js';

define();

const created = (input: IdeaInput): Idea =>
  idea({ id: 'new-1', title: input.title, description: input.description, status: 'pending', publishedAt: null, supportCount: 0, commentCount: 0 });

function routes(overrides: Parameters<typeof fakeApi>[0] = {}): FakeApi {
  return fakeApi({
    'GET /processes/pb-2027': { json: process },
    'GET /processes/pb-2027/themes': { json: themes },
    'GET /areas': { json: areas },
    'POST /processes/pb-2027/ideas': (r) => ({ status: 201, json: created(r.body as IdeaInput) }),
    ...overrides,
  });
}

async function mount(api: FakeApi, attrs: { lang?: string } = {}): Promise<IdeaForm> {
  const client = new ApiClient({ api: 'https://osallistu.example.fi', tenant: 'kuopio', fetch: api.fetch });
  const el = await fixture<IdeaForm>(
    html`<osallistu-idea-form process="pb-2027" board-url="/ideat" lang=${attrs.lang ?? 'fi'} .client=${client}></osallistu-idea-form>`,
  );
  await waitUntil(() => el.shadowRoot?.querySelector('form, [part~="notice"]:not([aria-busy])'), 'form never rendered');
  return el;
}

const $ = <T extends Element = HTMLElement>(el: IdeaForm, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;

async function fillValid(el: IdeaForm): Promise<void> {
  fill($(el, '#title'), 'Penkkejä rantaraitille');
  fill($(el, '#description'), 'Väinölänniemen rantaraitille tarvitaan lisää penkkejä levähdystä varten.');
  fill($(el, '#themeId'), 'liikunta');
  fill($(el, '#consent'), true);
  await el.updateComplete;
}

describe('osallistu-idea-form', () => {
  beforeEach(() => localStorage.clear());

  it('shows an accessible loading state while the process loads', async () => {
    const api = routes({ 'GET /processes/pb-2027': () => never() });
    const client = new ApiClient({ api: 'https://osallistu.example.fi', tenant: 'kuopio', fetch: api.fetch });
    const el = await fixture<IdeaForm>(html`<osallistu-idea-form process="pb-2027" .client=${client}></osallistu-idea-form>`);
    const busy = $(el, '[aria-busy="true"]');
    expect(text(busy)).to.equal('Ladataan…');
    await expect(el).to.be.accessible();
  });

  it('renders labelled fields with themes and areas from the API, axe-clean', async () => {
    const api = routes();
    const el = await mount(api);
    await expect(el).to.be.accessible();
    expect(api.requests.map((r) => r.url.pathname)).to.have.members([
      '/v1/kuopio/processes/pb-2027',
      '/v1/kuopio/processes/pb-2027/themes',
      '/v1/kuopio/areas',
    ]);
    const themeOptions = [...$(el, '#themeId').querySelectorAll('option')].map((o) => o.textContent?.trim());
    expect(themeOptions).to.deep.equal(['Valitse teema', 'Liikunta ja ulkoilu', 'Kulttuuri', 'Ympäristö ja luonto']);
    for (const id of ['title', 'description', 'themeId', 'areaId', 'authorName', 'email', 'consent']) {
      expect(el.shadowRoot!.querySelector(`label[for="${id}"]`), id).to.exist;
    }
    expect(text($(el, '#email-hint'))).to.contain('Vain ilmoituksiin');
  });

  it('filters the long area list by name', async () => {
    const el = await mount(routes());
    fill($(el, '#area-filter'), 'nie');
    await el.updateComplete;
    const names = [...$(el, '#areaId').querySelectorAll('option')].map((o) => o.textContent?.trim());
    expect(names).to.deep.equal(['Koko kaupunki tai ei tiettyä aluetta', 'Kelloniemi', 'Kuopion keskusta-Väinölänniemi']);
    expect(text($(el, '#area-filter-count'))).to.equal('2 aluetta');
  });

  it('validates on submit with messages tied to the fields, and focuses the first one', async () => {
    const api = routes();
    const el = await mount(api);
    fill($(el, '#title'), 'x'.repeat(121));
    $<HTMLFormElement>(el, 'form').requestSubmit();
    await el.updateComplete;
    const title = $(el, '#title');
    expect(title.getAttribute('aria-invalid')).to.equal('true');
    expect(title.getAttribute('aria-describedby')).to.contain('title-error');
    expect(text($(el, '#title-error'))).to.equal('Enintään 120 merkkiä.');
    expect(text($(el, '#description-error'))).to.equal('Tämä tieto on pakollinen.');
    expect(text($(el, '#themeId-error'))).to.equal('Tämä tieto on pakollinen.');
    expect(text($(el, '#consent-error'))).to.equal('Hyväksy tietosuojaehdot, jotta voit lähettää.');
    expect(text($(el, '#title-count'))).to.equal('1 merkki liikaa');
    expect(deepActiveElement()).to.equal(title);
    expect(api.sent('POST /processes/pb-2027/ideas')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('validates a field on blur and clears the error once fixed', async () => {
    const el = await mount(routes());
    const email = $<HTMLInputElement>(el, '#email');
    fill(email, 'ei-osoite');
    email.dispatchEvent(new Event('blur'));
    await el.updateComplete;
    expect(text($(el, '#email-error'))).to.contain('Tarkista sähköpostiosoite');
    fill(email, 'aino@example.fi');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#email-error')).to.equal(null);
    expect(email.getAttribute('aria-invalid')).to.equal('false');
  });

  it('can be filled and sent with the keyboard alone; focus moves to the success message', async () => {
    const api = routes();
    const el = await mount(api);
    const submitted = oneEvent(el, 'osallistu-idea-submitted') as unknown as Promise<IdeaSubmittedEvent>;
    await tabUntil((a) => a?.id === 'title');
    await sendKeys({ type: 'Penkkejä rantaraitille' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Väinölänniemen rantaraitille tarvitaan lisää penkkejä.' });
    await tabUntil((a) => a?.id === 'themeId');
    await sendKeys({ press: 'ArrowDown' });
    await tabUntil((a) => a?.id === 'consent');
    await sendKeys({ press: 'Space' });
    await tabUntil((a) => a?.getAttribute('type') === 'submit');
    await sendKeys({ press: 'Enter' });
    const event = await submitted;
    expect(event.idea.id).to.equal('new-1');
    await el.updateComplete;
    const success = $(el, '[part~="success"]');
    expect(success.getAttribute('role')).to.equal('status');
    expect(deepActiveElement()).to.equal(success);
    expect(text(success)).to.contain('Moderaattori tarkistaa idean');
    expect(success.querySelector('a')?.getAttribute('href')).to.equal('/ideat');
    const [request] = api.sent('POST /processes/pb-2027/ideas');
    expect(request?.body).to.deep.equal({
      title: 'Penkkejä rantaraitille',
      description: 'Väinölänniemen rantaraitille tarvitaan lisää penkkejä.',
      themeId: 'liikunta',
      consent: true,
      lang: 'fi',
    });
    expect(request?.headers.get('idempotency-key')).to.match(/^[0-9a-f]{32}$/);
    expect(localStorage.getItem('osallistu:draft:kuopio:pb-2027:idea-form')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('keeps the draft across a reload of the element', async () => {
    const api = routes();
    const first = await mount(api);
    fill($(first, '#title'), 'Koirapuisto Petoseen');
    fill($(first, '#description'), 'Petosella ei ole aidattua koirapuistoa, lähin on kaukana.');
    fill($(first, '#areaId'), '70500');
    fill($(first, '#email'), 'aino@example.fi');
    first.remove();

    const again = await mount(api);
    expect($<HTMLInputElement>(again, '#title').value).to.equal('Koirapuisto Petoseen');
    expect($<HTMLTextAreaElement>(again, '#description').value).to.equal('Petosella ei ole aidattua koirapuistoa, lähin on kaukana.');
    expect($<HTMLSelectElement>(again, '#areaId').value).to.equal('70500');
    expect($<HTMLInputElement>(again, '#email').value).to.equal('aino@example.fi');
    expect(text(again.shadowRoot!.querySelector('form'))).to.contain('Keskeneräinen luonnoksesi on palautettu.');
    await expect(again).to.be.accessible();
  });

  it('keeps the text after a network failure, and the retry reuses the idempotency key', async () => {
    let fail = true;
    const api = routes({
      'POST /processes/pb-2027/ideas': (r) => (fail ? 'network-error' : { status: 201, json: created(r.body as IdeaInput) }),
    });
    const el = await mount(api);
    await fillValid(el);
    $<HTMLFormElement>(el, 'form').requestSubmit();
    await waitUntil(() => el.shadowRoot!.querySelector('#submit-error'), 'no error shown');
    const notice = $(el, '#submit-error');
    expect(text(notice)).to.contain('Yhteys palveluun ei onnistunut');
    expect(deepActiveElement()).to.equal(notice);
    expect($<HTMLInputElement>(el, '#title').value).to.equal('Penkkejä rantaraitille');
    await expect(el).to.be.accessible();

    // Reload after the failure: the text is still there.
    el.remove();
    const again = await mount(api);
    expect($<HTMLInputElement>(again, '#title').value).to.equal('Penkkejä rantaraitille');

    fail = false;
    $<HTMLFormElement>(again, 'form').requestSubmit();
    await waitUntil(() => again.shadowRoot!.querySelector('[part~="success"]'), 'no success');
    const keys = api.sent('POST /processes/pb-2027/ideas').map((r) => r.headers.get('idempotency-key'));
    expect(keys).to.have.length(2);
    expect(keys[0]).to.equal(keys[1]);
  });

  it('uses a new idempotency key when the text changed after a failure', async () => {
    let fail = true;
    const api = routes({
      'POST /processes/pb-2027/ideas': (r) => (fail ? problem(500, 'internal') : { status: 201, json: created(r.body as IdeaInput) }),
    });
    const el = await mount(api);
    await fillValid(el);
    $<HTMLFormElement>(el, 'form').requestSubmit();
    await waitUntil(() => el.shadowRoot!.querySelector('#submit-error'));
    fill($(el, '#title'), 'Penkkejä rantaraitille ja valoja');
    fail = false;
    $<HTMLFormElement>(el, 'form').requestSubmit();
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="success"]'));
    const [a, b] = api.sent('POST /processes/pb-2027/ideas').map((r) => r.headers.get('idempotency-key'));
    expect(a).not.to.equal(b);
  });

  it('maps the server’s field errors back to the fields', async () => {
    const api = routes({
      'POST /processes/pb-2027/ideas': problem(422, 'validation-failed', [
        { path: 'themeId', code: 'unknown-theme' },
        { path: 'description', code: 'too-long', limit: 4000 },
      ]),
    });
    const el = await mount(api);
    await fillValid(el);
    $<HTMLFormElement>(el, 'form').requestSubmit();
    await waitUntil(() => el.shadowRoot!.querySelector('#themeId-error'), 'server errors not shown');
    expect(text($(el, '#themeId-error'))).to.equal('Valitse teema listasta.');
    expect(text($(el, '#description-error'))).to.equal('Enintään 4000 merkkiä.');
    expect(deepActiveElement()).to.equal($(el, '#description'));
    expect($<HTMLInputElement>(el, '#title').value).to.equal('Penkkejä rantaraitille');
    await expect(el).to.be.accessible();
  });

  it('says so when the process is not collecting ideas', async () => {
    const el = await mount(routes({ 'GET /processes/pb-2027': { json: votingProcess } }));
    expect(el.shadowRoot!.querySelector('form')).to.equal(null);
    expect(text($(el, '[part~="notice"]'))).to.contain('Ideoiden jättäminen ei ole nyt käynnissä');
    expect($(el, '[part~="notice"] a').getAttribute('href')).to.equal('/ideat');
    await expect(el).to.be.accessible();
  });

  it('shows a load error with a retry that works', async () => {
    let down = true;
    const api = routes({ 'GET /areas': () => (down ? 'network-error' : { json: areas }) });
    const el = await mount(api);
    expect(text($(el, '[part~="notice"]'))).to.contain('Yhteys palveluun ei onnistunut');
    await expect(el).to.be.accessible();
    down = false;
    $<HTMLButtonElement>(el, '[part~="notice"] button').click();
    await waitUntil(() => el.shadowRoot!.querySelector('form'), 'retry did not load the form');
  });

  it('speaks Swedish and English when asked', async () => {
    // Swedish and English strings load on first use: the form re-renders when they arrive
    const sv = await mount(routes(), { lang: 'sv' });
    await waitUntil(() => text($(sv, '#form-heading')) === 'Lämna en idé', 'no Swedish heading');
    expect(text($(sv, 'button[type="submit"]'))).to.equal('Skicka idén');
    expect(text($(sv, '#themeId option'))).to.equal('Välj ett tema');
    expect(text($(sv, '#title-count'))).to.equal('120 tecken kvar');
    const en = await mount(routes(), { lang: 'en' });
    await waitUntil(() => text($(en, '#form-heading')) === 'Propose an idea', 'no English heading');
    fill($(en, '#title'), 'x'.repeat(121));
    $<HTMLFormElement>(en, 'form').requestSubmit();
    await en.updateComplete;
    expect(text($(en, '#title-error'))).to.equal('At most 120 characters.');
    await expect(en).to.be.accessible();
  });

  it('renders an XSS string typed into the draft as inert text', async () => {
    localStorage.setItem(
      'osallistu:draft:kuopio:pb-2027:idea-form',
      JSON.stringify({ title: '<img src=x onerror="window.__osallistuXss=1">' }),
    );
    const el = await mount(routes());
    expect($<HTMLInputElement>(el, '#title').value).to.equal('<img src=x onerror="window.__osallistuXss=1">');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as { __osallistuXss?: number }).__osallistuXss).to.equal(undefined);
  });
});
