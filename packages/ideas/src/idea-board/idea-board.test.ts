import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '@osallistu/core/testing/wait-until.js';
import { ApiClient, lazyDefine } from '@osallistu/core';
import { fakeApi, never, problem, type FakeApi, type RecordedRequest } from '@osallistu/core/testing/fake-api.js';
import type { CommentInput } from '@osallistu/contract';
import { define } from './define.js';
import type { IdeaBoard } from './idea-board.js';
import type { IdeaSupportedEvent } from '../events/idea-supported-event.js';
import { areas, comments, firstPage, idea, secondPage, themes, xss } from '../testing/fixtures.js';
import { sendKeys } from '@web/test-runner-commands';
import { deepActiveElement, fill, tabUntil, text } from '../testing/helpers.js';

define();

function routes(overrides: Parameters<typeof fakeApi>[0] = {}): FakeApi {
  return fakeApi({
    'GET /processes/pb-2027/themes': { json: themes },
    'GET /areas': { json: areas },
    'GET /processes/pb-2027/ideas': (r) => ({ json: r.url.searchParams.get('cursor') === 'c2' ? secondPage : firstPage }),
    'POST /ideas/idea-1/supports': { status: 201, json: { supportCount: 13 } },
    'GET /ideas/idea-1/comments': { json: comments },
    'POST /ideas/idea-1/comments': (r) => ({
      status: 201,
      json: { id: 'c-new', ideaId: 'idea-1', body: (r.body as CommentInput).body, authorName: null, status: 'pending', createdAt: '2026-11-29T08:00:00.000Z' },
    }),
    ...overrides,
  });
}

async function mount(api: FakeApi, lang = 'fi'): Promise<IdeaBoard> {
  const client = new ApiClient({ api: 'https://osallistu.example.fi', tenant: 'kuopio', fetch: api.fetch });
  const el = await fixture<IdeaBoard>(html`<osallistu-ideas process="pb-2027" lang=${lang} .client=${client}></osallistu-ideas>`);
  await waitUntil(() => el.shadowRoot?.querySelector('[part~="list"], [part~="notice"]:not([aria-busy="true"])'), 'board never loaded');
  await el.updateComplete;
  return el;
}

const $ = <T extends HTMLElement = HTMLElement>(el: Element, selector: string) =>
  (el.shadowRoot ?? el).querySelector<T>(selector)!;
const card = (el: IdeaBoard, id: string) => $(el, `#idea-${id}`);
const listRequests = (api: FakeApi): RecordedRequest[] => api.sent('GET /processes/pb-2027/ideas');
const lastQuery = (api: FakeApi) => Object.fromEntries(listRequests(api).at(-1)!.url.searchParams);

describe('osallistu-ideas', () => {
  beforeEach(() => localStorage.clear());

  it('shows an accessible loading state', async () => {
    const api = routes({ 'GET /processes/pb-2027/ideas': () => never() });
    const client = new ApiClient({ api: 'https://osallistu.example.fi', tenant: 'kuopio', fetch: api.fetch });
    const el = await fixture<IdeaBoard>(html`<osallistu-ideas process="pb-2027" .client=${client}></osallistu-ideas>`);
    expect(text($(el, '[aria-busy="true"]'))).to.equal('Ladataan…');
    await expect(el).to.be.accessible();
  });

  it('lists ideas with names, statuses and staff decisions, and announces the count', async () => {
    const api = routes();
    const el = await mount(api);
    await expect(el).to.be.accessible();
    expect(lastQuery(api)).to.deep.equal({ sort: 'newest', limit: '10' });
    expect(el.shadowRoot!.querySelectorAll('[part~="card"]')).to.have.length(5);
    expect(text($(el, '[role="status"]'))).to.equal('Näytetään 5 ideaa, lisää on saatavilla.');

    const first = card(el, 'idea-1');
    expect(text($(first, 'h3'))).to.equal('Penkkejä Väinölänniemen rantaraitille');
    expect(text($(first, '.meta'))).to.contain('Kuopion keskusta-Väinölänniemi · Liikunta ja ulkoilu');
    expect(text($(first, '[part~="badge"]'))).to.equal('Julkaistu');

    const feasible = card(el, 'idea-2');
    expect(text($(feasible, '[part~="badge"]'))).to.equal('Toteuttamiskelpoinen');
    expect(text($(feasible, '.decision')).replace(/\s/g, ' ')).to.contain('Kustannusarvio 12 000 €');

    const notFeasible = card(el, 'idea-3');
    expect(text($(notFeasible, '[part~="badge"]'))).to.equal('Ei toteuttamiskelpoinen');
    expect(text($(notFeasible, '.decision'))).to.contain('Kustannukset ylittävät koko budjetin');
    expect(text($(notFeasible, '.edit-note'))).to.contain('Otsikkoa tarkennettu.');

    const merged = card(el, 'idea-4');
    expect(text($(merged, '[part~="badge"]'))).to.equal('Yhdistetty');
    expect(text($(merged, '.decision a'))).to.equal('Penkkejä Väinölänniemen rantaraitille');
    expect(text($(merged, '.meta'))).to.contain('Koko kaupunki');

    const rejected = card(el, 'idea-5');
    expect(text($(rejected, '[part~="badge"]'))).to.equal('Hylätty');
    expect(text($(rejected, '.decision'))).to.contain('Idea ei ole kaupungin tehtävä.');
  });

  it('moves focus to the idea a merged idea points to', async () => {
    const el = await mount(routes());
    $(card(el, 'idea-4'), '.decision a').click();
    expect(deepActiveElement()).to.equal(card(el, 'idea-1'));
  });

  it('shows an accessible empty state', async () => {
    const el = await mount(routes({ 'GET /processes/pb-2027/ideas': { json: { items: [], nextCursor: null } } }));
    expect(text($(el, '[part~="notice"]'))).to.contain('Ideoita ei löytynyt');
    expect(text($(el, '[role="status"]'))).to.equal('Ideoita ei löytynyt.');
    await expect(el).to.be.accessible();
  });

  it('shows an error with a retry that loads the ideas', async () => {
    let down = true;
    const api = routes({ 'GET /processes/pb-2027/ideas': () => (down ? problem(503, 'internal') : { json: firstPage }) });
    const el = await mount(api);
    expect(text($(el, '[part~="notice"]'))).to.contain('Palvelussa tapahtui virhe');
    await expect(el).to.be.accessible();
    down = false;
    $(el, '[part~="notice"] button').click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="list"]'), 'retry did not load');
  });

  it('searches on submit and, debounced, while typing', async () => {
    const api = routes();
    const el = await mount(api);
    fill($(el, '#q'), 'penkki');
    $<HTMLFormElement>(el, 'form').requestSubmit();
    await waitUntil(() => lastQuery(api)['q'] === 'penkki', 'submit did not search');

    const before = listRequests(api).length;
    fill($(el, '#q'), 'p');
    fill($(el, '#q'), 'pu');
    fill($(el, '#q'), 'puisto');
    await waitUntil(() => lastQuery(api)['q'] === 'puisto', 'typing did not search');
    expect(listRequests(api).length).to.equal(before + 1);
  });

  it('filters by area, theme and status, and sorts', async () => {
    const api = routes();
    const el = await mount(api);
    fill($(el, '#filter-area'), '70200');
    fill($(el, '#filter-theme'), 'liikunta');
    fill($(el, '#filter-status'), 'feasible');
    fill($(el, '#filter-sort'), 'supported');
    await waitUntil(() => lastQuery(api)['sort'] === 'supported');
    expect(lastQuery(api)).to.deep.equal({ area: '70200', theme: 'liikunta', status: 'feasible', sort: 'supported', limit: '10' });
    const areaOptions = [...$(el, '#filter-area').querySelectorAll('option')].map((o) => o.textContent?.trim());
    expect(areaOptions[0]).to.equal('Kaikki alueet');
    expect(areaOptions).to.include('Puijonlaakso');
  });

  it('asks for at most the API’s page size', async () => {
    const api = routes();
    const client = new ApiClient({ api: 'https://osallistu.example.fi', tenant: 'kuopio', fetch: api.fetch });
    const el = await fixture<IdeaBoard>(html`<osallistu-ideas process="pb-2027" page-size="500" .client=${client}></osallistu-ideas>`);
    await waitUntil(() => el.shadowRoot?.querySelector('[part~="list"]'));
    expect(lastQuery(api)['limit']).to.equal('50');
  });

  it('loads more with the cursor, appends, announces and focuses the first new idea', async () => {
    const api = routes();
    const el = await mount(api);
    const more = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => text(b) === 'Näytä lisää')!;
    more.click();
    await waitUntil(() => card(el, 'idea-6'), 'next page not shown');
    expect(lastQuery(api)['cursor']).to.equal('c2');
    expect(el.shadowRoot!.querySelectorAll('[part~="card"]')).to.have.length(6);
    expect(text($(el, '[role="status"]'))).to.equal('Ladattiin 1 idea lisää.');
    expect(deepActiveElement()).to.equal(card(el, 'idea-6'));
    expect([...el.shadowRoot!.querySelectorAll('button')].some((b) => text(b) === 'Näytä lisää')).to.equal(false);
  });

  it('supports an idea once per browser', async () => {
    const api = routes();
    const el = await mount(api);
    const supported = oneEvent(el, 'osallistu-idea-supported') as unknown as Promise<IdeaSupportedEvent>;
    const support = $(card(el, 'idea-1'), 'osallistu-support-button');
    const button = $(support, 'button');
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    expect(text(button).replace('✓', '')).to.equal('Kannata ideaa Penkkejä Väinölänniemen rantaraitille');
    button.click();
    const event = await supported;
    expect(event.supportCount).to.equal(13);
    await (support as unknown as IdeaBoard).updateComplete;
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    expect(text($(support, '[part="count"]'))).to.equal('13 kannatusta');
    expect(text($(support, '[role="status"]'))).to.equal('Kiitos kannatuksesta! Idealla on nyt 13 kannatusta.');
    const [request] = api.sent('POST /ideas/idea-1/supports');
    expect((request?.body as { supporterId: string }).supporterId).to.match(/^[0-9a-f]{32}$/);
    await expect(el).to.be.accessible();

    // The same browser, the page reloaded: already pressed, and pressing again sends nothing.
    el.remove();
    const again = await mount(api);
    const againButton = $($(card(again, 'idea-1'), 'osallistu-support-button'), 'button');
    expect(againButton.getAttribute('aria-pressed')).to.equal('true');
    againButton.click();
    expect(api.sent('POST /ideas/idea-1/supports')).to.have.length(1);
  });

  it('keeps each support button with its own idea when the list changes', async () => {
    const api = routes({
      'GET /processes/pb-2027/ideas': (r) => ({
        json: r.url.searchParams.get('sort') === 'supported' ? { items: [firstPage.items[1], firstPage.items[0]], nextCursor: null } : firstPage,
      }),
    });
    const el = await mount(api);
    const support = $(card(el, 'idea-1'), 'osallistu-support-button');
    $(support, 'button').click();
    await waitUntil(() => text($(support, '[role="status"]')).startsWith('Kiitos'));
    fill($(el, '#filter-sort'), 'supported');
    await waitUntil(() => el.shadowRoot!.querySelectorAll('[part~="card"]').length === 2);
    const [first, second] = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="card"]')];
    expect(first?.id).to.equal('idea-idea-2');
    expect(text($($(first!, 'osallistu-support-button'), '[role="status"]'))).to.equal('');
    expect($($(first!, 'osallistu-support-button'), 'button').getAttribute('aria-pressed')).to.equal('false');
    expect($($(second!, 'osallistu-support-button'), 'button').getAttribute('aria-pressed')).to.equal('true');
  });

  it('treats already-supported from the API as supported', async () => {
    const api = routes({ 'POST /ideas/idea-1/supports': problem(409, 'already-supported') });
    const el = await mount(api);
    const support = $(card(el, 'idea-1'), 'osallistu-support-button');
    $(support, 'button').click();
    await waitUntil(() => $(support, 'button').getAttribute('aria-pressed') === 'true');
    expect(text($(support, '[role="status"]'))).to.equal('Olet jo kannattanut tätä ideaa.');
  });

  it('opens the comments, lists them and sends a new one for moderation', async () => {
    const api = routes();
    const el = await mount(api);
    const toggle = $(card(el, 'idea-1'), '[part~="comments-toggle"]');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const section = $(el, '#comments-idea-1');
    expect(toggle.getAttribute('aria-controls')).to.equal('comments-idea-1');
    await waitUntil(() => section.shadowRoot?.querySelector('ol'), 'comments not listed');
    expect([...section.shadowRoot!.querySelectorAll('li')].map((li) => text(li.querySelector('.body')))).to.deep.equal([
      'Hyvä idea, kävelen siellä joka päivä.',
      'Myös roska-astioita tarvitaan.',
    ]);
    expect(text($(section, '#moderation'))).to.equal('Kommentit julkaistaan, kun moderaattori on tarkistanut ne.');
    await expect(el).to.be.accessible();

    $<HTMLFormElement>(section, 'form').requestSubmit();
    await (section as unknown as IdeaBoard).updateComplete;
    expect(text($(section, '#body-error'))).to.equal('Tämä tieto on pakollinen.');

    fill($(section, '#body'), 'Penkit myös lasten leikkipaikan lähelle.');
    $<HTMLFormElement>(section, 'form').requestSubmit();
    await waitUntil(() => text($(section, '#comment-thanks')).length > 0, 'no thanks');
    expect(text($(section, '#comment-thanks'))).to.contain('moderaattori');
    const [request] = api.sent('POST /ideas/idea-1/comments');
    expect(request?.body).to.deep.equal({ body: 'Penkit myös lasten leikkipaikan lähelle.' });
    expect(request?.headers.get('idempotency-key')).to.match(/^[0-9a-f]{32}$/);
    await expect(el).to.be.accessible();
  });

  it('can be used with the keyboard alone: search, support, comment', async () => {
    const api = routes();
    const el = await mount(api);
    await tabUntil((a) => a?.id === 'q');
    await sendKeys({ type: 'penkki' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => lastQuery(api)['q'] === 'penkki', 'Enter did not search');
    await waitUntil(() => card(el, 'idea-1'));

    await tabUntil((a) => a?.localName === 'button' && a.getAttribute('aria-pressed') !== null);
    await sendKeys({ press: 'Space' });
    await waitUntil(() => api.sent('POST /ideas/idea-1/supports').length === 1, 'Space did not support');

    await tabUntil((a) => a?.getAttribute('part')?.includes('comments-toggle') ?? false);
    await sendKeys({ press: 'Enter' });
    // the comments element loads on first open
    await waitUntil(() => $(el, '#comments-idea-1')?.shadowRoot?.querySelector('form'), 'comments did not open');
    await tabUntil((a) => a?.id === 'body');
    await sendKeys({ type: 'Hyvä ajatus, kannatan.' });
    await tabUntil((a) => a?.getAttribute('type') === 'submit' && a.textContent!.includes('Lähetä kommentti'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => api.sent('POST /ideas/idea-1/comments').length === 1, 'Enter did not send the comment');
    const section = $(el, '#comments-idea-1');
    await waitUntil(() => deepActiveElement() === $(section, '#comment-thanks'), 'focus did not move to the thanks');
  });

  it('renders HTML in titles, descriptions and comments as inert text', async () => {
    const evil = idea({ id: 'idea-1', title: xss, description: xss, authorName: xss });
    const api = routes({
      'GET /processes/pb-2027/ideas': { json: { items: [evil], nextCursor: null } },
      'GET /ideas/idea-1/comments': { json: { items: [{ ...comments.items[0]!, body: xss, authorName: xss }], nextCursor: null } },
    });
    const el = await mount(api);
    const c = card(el, 'idea-1');
    expect(text($(c, 'h3'))).to.equal(xss);
    expect(c.querySelector('img, script')).to.equal(null);
    $(c, '[part~="comments-toggle"]').click();
    await el.updateComplete;
    const section = $(el, '#comments-idea-1');
    await waitUntil(() => section.shadowRoot?.querySelector('ol'));
    expect(text($(section, '.body'))).to.equal(xss);
    expect(section.shadowRoot!.querySelector('img, script')).to.equal(null);
    expect((window as { __osallistuXss?: number }).__osallistuXss).to.equal(undefined);
  });

  it('follows <html lang> and its own lang attribute', async () => {
    const root = document.documentElement;
    const original = root.lang;
    try {
      const api = routes();
      const client = new ApiClient({ api: 'https://osallistu.example.fi', tenant: 'kuopio', fetch: api.fetch });
      const el = await fixture<IdeaBoard>(html`<osallistu-ideas process="pb-2027" .client=${client}></osallistu-ideas>`);
      await waitUntil(() => el.shadowRoot?.querySelector('[part~="list"]'));
      expect(text($(el, '#board-heading'))).to.equal('Asukkaiden ideat');
      root.lang = 'sv';
      await waitUntil(() => text($(el, '#board-heading')) === 'Invånarnas idéer', 'did not follow <html lang="sv">');
      expect(text($(card(el, 'idea-2'), '[part~="badge"]'))).to.equal('Genomförbar');
      el.setAttribute('lang', 'en');
      await waitUntil(() => text($(el, '#board-heading')) === 'Residents’ ideas', 'did not follow its own lang');
      expect(text($(card(el, 'idea-2'), '.decision'))).to.contain('Cost estimate €12,000');
      await expect(el).to.be.accessible();
    } finally {
      root.lang = original;
    }
  });
});

describe('osallistu-ideas map view', () => {
  it('offers no map view when no loader knows the map', async () => {
    const el = await mount(routes());
    expect(el.shadowRoot!.querySelector('.view-switch')).to.equal(null);
  });

  it('offers the map view without loading the map, loads it when opened, and hands it the filtered ideas and the process', async () => {
    // a stand-in for the real map's chunk: records when the loader is asked for it
    const loads: string[] = [];
    class MapStandIn extends HTMLElement {
      ideas: unknown[] = [];
    }
    const stop = lazyDefine(
      {
        'osallistu-area-map': async () => {
          loads.push('osallistu-area-map');
          customElements.define('osallistu-area-map', MapStandIn);
        },
      },
      document.createElement('div'),
    );
    stop();
    const api = routes();
    const client = new ApiClient({ api: 'https://osallistu.example.fi', tenant: 'kuopio', fetch: api.fetch });
    const el = await fixture<IdeaBoard>(
      html`<osallistu-ideas process="pb-2027" project-url="/hankkeet/{id}" .client=${client}></osallistu-ideas>`,
    );
    await waitUntil(() => el.shadowRoot?.querySelector('[part~="list"]'), 'board never loaded');
    const mapButton = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.view-switch button')].find((b) => text(b) === 'Kartalla')!;
    expect(mapButton, 'the map view is offered').to.exist;
    expect(loads, 'the map chunk is not loaded up front').to.deep.equal([]);
    await expect(el).to.be.accessible();

    mapButton.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(loads).to.deep.equal(['osallistu-area-map']);
    // until the map's chunk has arrived (and its shadow root hides this), the view says it is loading
    expect(text(el.shadowRoot!.querySelector('osallistu-area-map'))).to.equal('Ladataan…');
    expect(mapButton.getAttribute('aria-pressed')).to.equal('true');
    await customElements.whenDefined('osallistu-area-map');
    const map = el.shadowRoot!.querySelector<MapStandIn>('osallistu-area-map')!;
    expect(map.getAttribute('mode')).to.equal('view');
    // the map fetches the process's funded projects itself; the ideas are the board's filtered list
    expect(map.getAttribute('process')).to.equal('pb-2027');
    expect(map.getAttribute('project-url')).to.equal('/hankkeet/{id}');
    expect((map.ideas as { id: string }[]).map((i) => i.id)).to.deep.equal(firstPage.items.map((i) => i.id));
  });
});
