import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { ApiClient } from '@osallistu/core';
import { fakeApi, never, problem, type FakeApi } from '@osallistu/core/testing/fake-api.js';
import { waitUntil } from '@osallistu/core/testing/wait-until.js';
import type { Project } from '@osallistu/contract';
import { define } from './define.js';
import { define as defineProjectDetail } from '../project-detail/define.js';
import type { ProgressTracker } from './progress-tracker.js';
import type { ProjectDetail } from '../project-detail/project-detail.js';
import { areas, designing, projects, summary } from '../testing/fixtures.js';

define();
// The loader would load the detail view on first use (loadNested); the test page has no loader.
defineProjectDetail();

function routes(overrides: Parameters<typeof fakeApi>[0] = {}): FakeApi {
  const detail: Record<string, Project> = Object.fromEntries(projects.map((p) => [p.id, p]));
  const api = fakeApi({
    'GET /projects': { json: projects.map(summary) },
    'GET /areas': { json: areas },
    'POST /projects/puutarha/signups': (r) => ({ status: 201, json: { participants: (r.body as { participants: number }).participants, spotsLeft: 9 } }),
    'POST /projects/valaistus/evaluations': { status: 201, json: { count: 3, average: 4.3, distribution: [0, 0, 0, 2, 1], comments: [] } },
    'POST /follows': { status: 202, json: { status: 'confirmation-sent' } },
    ...overrides,
  });
  for (const p of projects) if (!api.routes[`GET /projects/${p.id}`]) api.routes[`GET /projects/${p.id}`] = { json: detail[p.id] };
  return api;
}

async function mount(api: FakeApi, lang = 'fi'): Promise<ProgressTracker> {
  const client = new ApiClient({ api: 'https://osallistu.example.fi', tenant: 'kuopio', fetch: api.fetch });
  const el = await fixture<ProgressTracker>(html`<osallistu-progress process="lahiot-2026" lang=${lang} .client=${client}></osallistu-progress>`);
  await waitUntil(() => el.shadowRoot?.querySelector('[part~="list"], [part~="notice"]:not([aria-busy])'), 'tracker never loaded');
  await el.updateComplete;
  return el;
}

const $ = <T extends Element = HTMLElement>(root: Element | ShadowRoot, selector: string) => (root instanceof Element ? (root.shadowRoot ?? root) : root).querySelector<T>(selector)!;
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

async function openDetail(el: ProgressTracker, id: string): Promise<ProjectDetail> {
  $<HTMLButtonElement>(el, `#project-${id} button.open`).click();
  await waitUntil(() => el.shadowRoot!.querySelector<ProjectDetail>('osallistu-project-detail')?.shadowRoot?.querySelector('article'), 'detail never loaded');
  const detail = el.shadowRoot!.querySelector<ProjectDetail>('osallistu-project-detail')!;
  await waitUntil(() => deepActive()?.id === 'project-title', 'focus never moved to the project title');
  return detail;
}

function fill(field: HTMLInputElement | HTMLTextAreaElement, value: string | boolean): void {
  if (field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio')) {
    field.checked = Boolean(value);
    field.dispatchEvent(new Event('change', { bubbles: true }));
    return;
  }
  field.value = String(value);
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('osallistu-progress', () => {
  beforeEach(() => localStorage.clear());

  it('shows an accessible loading state', async () => {
    const api = routes({ 'GET /projects': () => never() });
    const client = new ApiClient({ api: 'https://osallistu.example.fi', tenant: 'kuopio', fetch: api.fetch });
    const el = await fixture<ProgressTracker>(html`<osallistu-progress process="lahiot-2026" .client=${client}></osallistu-progress>`);
    expect(text($(el, '[aria-busy="true"]'))).to.equal('Ladataan…');
    await expect(el).to.be.accessible();
  });

  it('lists the projects with status, progress and budget as text, and the next milestone', async () => {
    const api = routes();
    const el = await mount(api);
    await expect(el).to.be.accessible();
    expect(Object.fromEntries(api.sent('GET /projects')[0]!.url.searchParams)).to.deep.equal({ process: 'lahiot-2026' });
    const cards = el.shadowRoot!.querySelectorAll('[part~="card"]');
    expect(cards).to.have.length(4);
    const first = $(el, '#project-leikkipuisto');
    expect(text($(first, 'h3'))).to.equal('Saaristokadun leikkipuisto');
    expect(text($(first, '.badge'))).to.equal('Toteutuksessa');
    expect(text($(first, '.meta'))).to.equal('Saaristokaupunki');
    expect(text($(first, '.progress-text'))).to.equal('60 % valmiina');
    expect(text($(first, '.budget')).replace(/\s/g, ' ')).to.equal('Käytetty 52 000 € / 85 000 €');
    expect(text($(first, '.next'))).to.match(/^Seuraava vaihe: Rakentaminen valmis \(10\.1\.2027\)$/);
    expect($(first, '.bar').getAttribute('aria-hidden')).to.equal('true');
    expect($<HTMLProgressElement>(first, '.bar').value).to.equal(60);
    expect(getComputedStyle($(first, '.bar')).width).to.not.equal('0px');
    expect(text($(el, '#project-skeitti'))).to.contain('Perustelu peruutukselle: Kentälle rakennetaan koulun laajennus.');
    expect(text($(el, '#project-skeitti .meta'))).to.equal('Koko kaupunki');
    expect($(el, '#project-valaistus button.open').getAttribute('aria-label')).to.equal('Näytä hanke: Petosen ulkoilureitin valaistus');
  });

  it('filters by status and by area and announces the count', async () => {
    const el = await mount(routes());
    const status = $<HTMLSelectElement>(el, '#filter-status');
    status.value = 'completed';
    status.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect([...el.shadowRoot!.querySelectorAll('[part~="card"] h3')].map(text)).to.deep.equal(['Petosen ulkoilureitin valaistus']);
    expect(text($(el, '[role="status"]'))).to.equal('1 hanke.');
    status.value = '';
    status.dispatchEvent(new Event('change'));
    const area = $<HTMLSelectElement>(el, '#filter-area');
    expect([...area.options].map((o) => o.text)).to.deep.equal(['Kaikki alueet', 'Koko kaupunki', 'Neulamäki', 'Petonen', 'Saaristokaupunki']);
    area.value = '70780';
    area.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect([...el.shadowRoot!.querySelectorAll('[part~="card"] h3')].map(text)).to.deep.equal(['Neulamäen yhteispuutarha']);
    status.value = 'completed';
    status.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(text($(el, '[part~="notice"] h3'))).to.equal('Ei hankkeita');
    await expect(el).to.be.accessible();
  });

  it('opens a project with the keyboard, shows its timeline, and returns focus to the list', async () => {
    const el = await mount(routes());
    el.shadowRoot!.querySelector<HTMLElement>('#filter-status')!.focus();
    let reached = false;
    for (let i = 0; i < 12 && !reached; i++) {
      await sendKeys({ press: 'Tab' });
      reached = deepActive()?.getAttribute('aria-label') === 'Näytä hanke: Neulamäen yhteispuutarha';
    }
    expect(reached, 'Tab reaches the project button').to.equal(true);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepActive()?.id === 'project-title', 'focus never moved to the project title');
    const detail = el.shadowRoot!.querySelector<ProjectDetail>('osallistu-project-detail')!;
    await expect(el).to.be.accessible();
    expect(text($(detail, '.badge'))).to.equal('Suunnittelussa');
    expect(text($(detail, '.meta'))).to.equal('Neulamäki · Vastuutaho: Kaupunkiympäristön palvelut');
    expect([...detail.shadowRoot!.querySelectorAll('.milestones li')].map(text)).to.deep.equal([
      'Luvat: toteutui 5.11.2026',
      'Suunnitelma valmis: suunniteltu 15.12.2026',
    ]);
    const updates = [...detail.shadowRoot!.querySelectorAll('.updates li')];
    expect(updates.map((u) => text(u.querySelector('p')))).to.deep.equal(['Työpajan päivä on sovittu.', 'Maanomistajan lupa saatiin.']);
    expect(updates[1]!.querySelector('img')!.alt).to.equal('Nurmikko talojen välissä');
    expect(text($(detail, '#participation-heading'))).to.equal('Osallistu toteutukseen: Työpaja');
    expect(text($(detail, 'section[aria-labelledby="participation-heading"]'))).to.contain('Vapaita paikkoja 11/20');

    // staff created it (no winning proposal): no link to vote results
    expect(detail.shadowRoot!.querySelector('a[href$="/results"]')).to.equal(null);
    $<HTMLButtonElement>(el, 'button.back').click();
    await waitUntil(() => deepActive()?.getAttribute('aria-label') === 'Näytä hanke: Neulamäen yhteispuutarha', 'focus never returned');
  });

  it('signs up for taking part: checks the fields first, then sends them once', async () => {
    const api = routes();
    const el = await mount(api);
    const detail = await openDetail(el, 'puutarha');
    const form = $<HTMLFormElement>(detail, 'section[aria-labelledby="participation-heading"] form');
    form.requestSubmit();
    await waitUntil(() => deepActive()?.id === 'signup-name', 'focus never went to the first invalid field');
    expect(text($(detail, '[role="alert"]'))).to.equal('Lomakkeessa on 3 virhettä.');
    expect($(detail, '#signup-email').getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
    expect(api.sent('POST /projects/puutarha/signups')).to.have.length(0);

    fill($(detail, '#signup-name'), 'Aino Asukas');
    fill($(detail, '#signup-email'), 'aino@example.fi');
    fill($(detail, '#signup-participants'), '2');
    fill($(detail, '#signup-consent'), true);
    await detail.updateComplete;
    form.requestSubmit();
    await waitUntil(() => detail.shadowRoot!.querySelector('#signup-done'), 'no thanks');
    expect(api.sent('POST /projects/puutarha/signups')[0]!.body).to.deep.equal({ name: 'Aino Asukas', email: 'aino@example.fi', participants: 2, consent: true });
    expect(text($(detail, '#signup-done'))).to.equal('Kiitos! Ilmoittautuminen vastaanotettu (2 osallistujaa).');
    expect(text($(detail, 'section[aria-labelledby="participation-heading"]'))).to.contain('Vapaita paikkoja 9/20');
    await expect(el).to.be.accessible();
  });

  it('says when all places are taken, and translates a full sign-up from the API', async () => {
    const el = await mount(routes({ 'POST /projects/puutarha/signups': problem(409, 'signup-full') }));
    let detail = await openDetail(el, 'leikkipuisto');
    expect(text($(detail, 'section[aria-labelledby="participation-heading"] .notice'))).to.equal('Kaikki paikat on varattu.');
    expect(detail.shadowRoot!.querySelector('section[aria-labelledby="participation-heading"] form')).to.equal(null);
    $<HTMLButtonElement>(el, 'button.back').click();
    await waitUntil(() => el.shadowRoot!.querySelector('#project-puutarha'));
    detail = await openDetail(el, 'puutarha');
    fill($(detail, '#signup-name'), 'Aino');
    fill($(detail, '#signup-email'), 'aino@example.fi');
    fill($(detail, '#signup-consent'), true);
    await detail.updateComplete;
    $<HTMLFormElement>(detail, 'section[aria-labelledby="participation-heading"] form').requestSubmit();
    await waitUntil(() => detail.shadowRoot!.querySelector('[role="alert"]'));
    expect(text($(detail, '[role="alert"]'))).to.equal('Kaikki paikat on jo varattu.');
  });

  it('evaluates a completed project once per browser', async () => {
    const api = routes();
    const el = await mount(api);
    let detail = await openDetail(el, 'valaistus');
    expect(text($(detail, '.evaluation-summary'))).to.equal('Asukkaiden arvio 4,5/5 (2 arviota)');
    expect(text($(detail, '.comments'))).to.equal('5/5 Nyt uskaltaa lenkkeillä illallakin.');
    // it came from a winning proposal: a link to the vote's results (the API's, as no page was given)
    const results = $<HTMLAnchorElement>(detail, 'a[href$="/results"]');
    expect(text(results.parentElement)).to.equal('Hanke valittiin asukkaiden äänestyksessä (osallistuva budjetointi). Katso äänestyksen tulokset');
    expect(results.href).to.equal('https://osallistu.example.fi/v1/kuopio/processes/lahiot-2026/results');
    expect(detail.shadowRoot!.querySelector('osallistu-follow-form')).to.equal(null);
    const form = $<HTMLFormElement>(detail, 'section[aria-labelledby="evaluation-heading"] form');
    form.requestSubmit();
    await waitUntil(() => deepActive()?.id === 'rating-1', 'focus never went to the rating');
    expect(text($(detail, '#rating-error'))).to.not.equal('');
    await expect(el).to.be.accessible();

    fill($(detail, '#rating-4'), true);
    fill($(detail, '#evaluation-comment'), 'Hyvä, mutta valot sammuvat liian aikaisin.');
    await detail.updateComplete;
    form.requestSubmit();
    await waitUntil(() => detail.shadowRoot!.querySelector('#evaluation-done'), 'no thanks');
    const sent = api.sent('POST /projects/valaistus/evaluations')[0]!.body as Record<string, unknown>;
    expect(sent.rating).to.equal(4);
    expect(sent.comment).to.equal('Hyvä, mutta valot sammuvat liian aikaisin.');
    expect(String(sent.evaluatorId)).to.match(/^[a-f0-9]{32}$/);
    expect(text($(detail, '.evaluation-summary'))).to.equal('Asukkaiden arvio 4,3/5 (3 arviota)');
    await expect(el).to.be.accessible();

    // Back and in again: this browser has evaluated, so no form.
    $<HTMLButtonElement>(el, 'button.back').click();
    await waitUntil(() => el.shadowRoot!.querySelector('#project-valaistus'));
    detail = await openDetail(el, 'valaistus');
    expect(text($(detail, 'section[aria-labelledby="evaluation-heading"] .notice'))).to.equal('Olet jo arvioinut tämän hankkeen.');
    expect(detail.shadowRoot!.querySelector('section[aria-labelledby="evaluation-heading"] form')).to.equal(null);
  });

  it('follows a project by email (double opt-in message)', async () => {
    const api = routes();
    const el = await mount(api);
    const detail = await openDetail(el, 'puutarha');
    const follow = detail.shadowRoot!.querySelector('osallistu-follow-form')!;
    await waitUntil(() => follow.shadowRoot?.querySelector('form'));
    fill(follow.shadowRoot!.querySelector<HTMLInputElement>('#follow-email')!, 'not an email');
    follow.shadowRoot!.querySelector('form')!.requestSubmit();
    await waitUntil(() => follow.shadowRoot!.querySelector('#follow-error'));
    expect(text(follow.shadowRoot!.querySelector('#follow-error'))).to.not.equal('');
    await expect(el).to.be.accessible();
    fill(follow.shadowRoot!.querySelector<HTMLInputElement>('#follow-email')!, 'aino@example.fi');
    follow.shadowRoot!.querySelector('form')!.requestSubmit();
    await waitUntil(() => follow.shadowRoot!.querySelector('[role="status"]'));
    expect(api.sent('POST /follows')[0]!.body).to.deep.equal({ target: 'project', id: 'puutarha', email: 'aino@example.fi', lang: 'fi' });
    expect(text(follow.shadowRoot!.querySelector('[role="status"]'))).to.equal(
      'Vahvistuslinkki lähetettiin osoitteeseen aino@example.fi. Seuraaminen alkaa, kun avaat linkin.',
    );
    await expect(el).to.be.accessible();
  });

  it('links a project from a winning proposal to the results page the host names', async () => {
    const api = routes();
    const client = new ApiClient({ api: 'https://osallistu.example.fi', tenant: 'kuopio', fetch: api.fetch });
    const el = await fixture<ProgressTracker>(
      html`<osallistu-progress process="lahiot-2026" results-href="/osallistuva-budjetointi/tulokset" .client=${client}></osallistu-progress>`,
    );
    await waitUntil(() => el.shadowRoot?.querySelector('[part~="list"]'));
    const detail = await openDetail(el, 'valaistus');
    expect($<HTMLAnchorElement>(detail, 'a[href="/osallistuva-budjetointi/tulokset"]').textContent).to.equal('Katso äänestyksen tulokset');
    await expect(el).to.be.accessible();
  });

  describe('opening a project the page URL names (#project-{id}, where the area map links)', () => {
    const withoutHash = () => history.replaceState(null, '', location.pathname + location.search);
    afterEach(withoutHash);
    const detailOf = (el: ProgressTracker) => el.shadowRoot!.querySelector<ProjectDetail>('osallistu-project-detail');
    const titleIs = (el: ProgressTracker, title: string) => deepActive()?.id === 'project-title' && text(detailOf(el)?.shadowRoot?.querySelector('#project-title')) === title;
    const mountPlain = (api: FakeApi) => {
      const client = new ApiClient({ api: 'https://osallistu.example.fi', tenant: 'kuopio', fetch: api.fetch });
      return fixture<ProgressTracker>(html`<osallistu-progress process="lahiot-2026" .client=${client}></osallistu-progress>`);
    };

    it('opens it on load and when the hash changes, focus on its heading; back to the list clears the hash', async () => {
      history.replaceState(null, '', '#project-puutarha');
      const el = await mountPlain(routes());
      await waitUntil(() => titleIs(el, 'Neulamäen yhteispuutarha'), 'the project of the hash never opened with focus on its heading');
      expect(text($(detailOf(el)!, '.meta'))).to.equal('Neulamäki · Vastuutaho: Kaupunkiympäristön palvelut');
      await expect(el).to.be.accessible();
      location.hash = '#project-valaistus';
      await waitUntil(() => titleIs(el, 'Petosen ulkoilureitin valaistus'), 'a new hash never opened its project');
      $<HTMLButtonElement>(el, 'button.back').click();
      await waitUntil(() => deepActive()?.getAttribute('aria-label') === 'Näytä hanke: Petosen ulkoilureitin valaistus', 'focus never returned');
      expect(location.hash).to.equal('');
    });

    it('leaves the list as it is when the hash names no project of its list', async () => {
      history.replaceState(null, '', '#project-muualla');
      const el = await mountPlain(routes());
      await waitUntil(() => el.shadowRoot?.querySelector('[part~="list"]'), 'the list never loaded');
      location.hash = '#yhteystiedot';
      await new Promise((resolve) => addEventListener('hashchange', resolve, { once: true }));
      await el.updateComplete;
      expect(detailOf(el)).to.equal(null);
      expect(el.shadowRoot!.querySelectorAll('[part~="card"]').length).to.equal(4);
    });
  });

  it('shows an error with a retry', async () => {
    let fail = true;
    const api = routes({ 'GET /projects': () => (fail ? 'network-error' : { json: [summary(designing)] }) });
    const el = await mount(api);
    expect(text($(el, '[part~="notice"] h3'))).to.not.equal('');
    await expect(el).to.be.accessible();
    fail = false;
    $<HTMLButtonElement>(el, '[part~="notice"] button').click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="card"]'));
  });

  for (const [lang, heading, status] of [
    ['sv', 'Hur projekten framskrider', 'Genomförs'],
    ['en', 'How the projects are progressing', 'In progress'],
  ] as const) {
    it(`speaks ${lang}`, async () => {
      const el = await mount(routes(), lang);
      await waitUntil(() => text($(el, 'h2')) === heading, `no ${lang} heading`);
      expect(text($(el, '#project-leikkipuisto .badge'))).to.equal(status);
      await expect(el).to.be.accessible();
      const detail = await openDetail(el, 'valaistus');
      await waitUntil(() => text($(detail, '#evaluation-heading')) !== 'Arviot');
      await expect(el).to.be.accessible();
    });
  }

  it('fits 320 px without sideways scrolling, list and detail', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await mount(routes());
      expect(el.scrollWidth).to.be.at.most(320);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      await openDetail(el, 'puutarha');
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    } finally {
      await setViewport({ width: 1024, height: 768 });
    }
  });

  it('lists the projects of one area across processes', async () => {
    const api = routes();
    const client = new ApiClient({ api: 'https://osallistu.example.fi', tenant: 'kuopio', fetch: api.fetch });
    const el = await fixture<ProgressTracker>(html`<osallistu-progress area="70780" .client=${client}></osallistu-progress>`);
    await waitUntil(() => el.shadowRoot?.querySelector('[part~="list"]'));
    expect(Object.fromEntries(api.sent('GET /projects')[0]!.url.searchParams)).to.deep.equal({ area: '70780' });
    expect(el.shadowRoot!.querySelector('#filter-area')).to.equal(null);
  });
});
