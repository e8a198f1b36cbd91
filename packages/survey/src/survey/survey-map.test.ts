/**
 * Map questions on `<osallistu-area-map>`: this page registers the map tag the way the loader does
 * (a lazy registry entry), so the survey finds it with `loadNested`. The survey itself never
 * imports the map; without a registry (survey.test.ts) it keeps the select and coordinate fields.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { ApiClient, lazyDefine } from '@osallistu/core';
import { fakeApi, type FakeApi } from '@osallistu/core/testing/fake-api.js';
import { define } from './define.js';
import type { OsallistuSurvey } from './survey.js';
import { mapAreas, mapSettings, mapSurvey } from '../testing/fixtures.js';

define();
// What the loader does for the page: the tag is known, its code loads on first use.
lazyDefine({ 'osallistu-area-map': () => import('@osallistu/area-map/area-map/define.js').then((m) => m.define()) }, document.createElement('div'));

type MapElement = HTMLElement & { value: string; point: { coordinates: [number, number] } | null; updateComplete: Promise<boolean> };

function api(): FakeApi {
  return fakeApi({
    'GET /surveys/karttakysely': { json: mapSurvey },
    'GET /areas': { json: mapAreas },
    'GET /map': { json: mapSettings },
    'POST /surveys/karttakysely/responses': { status: 201, json: { id: 3, surveyId: 'karttakysely', version: 1 } },
  });
}

async function mount(fake: FakeApi): Promise<OsallistuSurvey> {
  const client = new ApiClient({ api: 'https://osallistu.example.fi', tenant: 'kuopio', fetch: fake.fetch });
  const el = await fixture<OsallistuSurvey>(html`<osallistu-survey survey="karttakysely" .client=${client}></osallistu-survey>`);
  await waitUntil(() => el.shadowRoot?.querySelector('form'), 'survey never loaded');
  await el.updateComplete;
  return el;
}

const root = (el: OsallistuSurvey) => el.shadowRoot!;
const map = (el: OsallistuSurvey, id: string) => root(el).querySelector<MapElement>(`osallistu-area-map#q-${id}`)!;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Waits until both maps are defined, loaded and drawn by Leaflet. */
async function drawn(el: OsallistuSurvey): Promise<void> {
  await customElements.whenDefined('osallistu-area-map');
  for (const id of ['alue', 'paikka']) {
    await waitUntil(() => map(el, id)?.shadowRoot?.querySelector('.leaflet-pane path.area'), `map ${id} never drew its areas`, { timeout: 15000 });
    await map(el, id).updateComplete;
  }
}

function deepActive(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

async function tabTo(predicate: (el: Element | null) => boolean, max = 60): Promise<Element> {
  for (let i = 0; i < max; i++) {
    await sendKeys({ press: 'Tab' });
    const active = deepActive();
    if (predicate(active)) return active!;
  }
  throw new Error(`never reached (last: ${deepActive()?.outerHTML.slice(0, 100)})`);
}

const inMap = (mode: string) => (a: Element | null) => ((a?.getRootNode() as ShadowRoot | undefined)?.host as HTMLElement | undefined)?.getAttribute('mode') === mode;

async function clickAt(target: Element): Promise<void> {
  const box = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
}

const next = async (el: OsallistuSurvey) => {
  root(el).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  await el.updateComplete;
};

beforeEach(() => localStorage.clear());

describe('osallistu-survey map questions on <osallistu-area-map>', () => {
  it('picks the area with a mouse click and places the pin with the keyboard; sends an area id and a GeoJSON point; axe clean', async () => {
    const fake = api();
    const el = await mount(fake);
    await drawn(el);
    // No select or coordinate fields: the map (with its list) is the control.
    expect(root(el).querySelector('select, #q-paikka-lat')).to.equal(null);
    expect(text(root(el).querySelector('[data-question="alue"] > legend'))).to.equal('Millä alueella asut? (pakollinen)');
    expect(root(el).querySelector('[data-question="paikka"]')!.getAttribute('aria-describedby')).to.equal('q-paikka-help');

    const area = map(el, 'alue');
    const path = [...area.shadowRoot!.querySelectorAll('.leaflet-pane path.area')][0]!;
    setTimeout(() => void clickAt(path));
    await oneEvent(area, 'change');
    expect(area.value).to.equal('70800');

    const pin = map(el, 'paikka');
    const focused = await tabTo((a) => a?.id === 'map' && inMap('pin')(a));
    expect(focused.getAttribute('role')).to.equal('application');
    await sendKeys({ press: 'Enter' });
    await pin.updateComplete;
    const placed = pin.point!.coordinates;
    await sendKeys({ press: 'ArrowRight' });
    await pin.updateComplete;
    expect(pin.point!.coordinates[0]).to.be.greaterThan(placed[0]);
    await el.updateComplete;
    await expect(el).to.be.accessible();

    await next(el);
    expect(text(root(el).querySelector('#survey-step'))).to.equal('Lopuksi');
    await next(el);
    await waitUntil(() => root(el).querySelector('.notice.success'), 'no thank-you');
    const body = fake.sent('POST /surveys/karttakysely/responses')[0]!.body as { answers: Record<string, unknown> };
    expect(body.answers['alue']).to.equal('70800');
    expect(body.answers['paikka']).to.deep.equal({ type: 'Point', coordinates: pin.point!.coordinates });
  });

  it('the list beside the map is an equal keyboard route, and the draft comes back into the maps', async () => {
    const fake = api();
    let el = await mount(fake);
    await drawn(el);
    await tabTo((a) => a?.id === 'search' && inMap('pick-area')(a));
    await sendKeys({ type: 'kesk' });
    await sendKeys({ press: 'Tab' });
    expect(deepActive()?.id).to.equal('area-70100');
    await sendKeys({ press: 'Space' });
    await map(el, 'alue').updateComplete;
    expect(map(el, 'alue').value).to.equal('70100');
    // "Move the pin to an area" from the pin map's list.
    map(el, 'paikka').shadowRoot!.querySelector<HTMLInputElement>('#area-70800')!.click();
    expect(map(el, 'paikka').point!.coordinates).to.deep.equal([27.65, 62.875]);

    el.remove();
    el = await mount(fake);
    await drawn(el);
    expect(map(el, 'alue').value).to.equal('70100');
    expect(map(el, 'alue').shadowRoot!.querySelector<HTMLInputElement>('#area-70100')!.checked).to.equal(true);
    expect(map(el, 'paikka').point!.coordinates).to.deep.equal([27.65, 62.875]);
  });

  it('a missing map answer: the error is tied to the question group and focus moves into the map', async () => {
    const el = await mount(api());
    await drawn(el);
    await next(el);
    await el.updateComplete;
    expect(text(root(el).querySelector('#q-alue-error'))).to.not.equal('');
    expect(root(el).querySelector('[data-question="alue"]')!.getAttribute('aria-describedby')).to.contain('q-alue-error');
    expect(root(el).querySelector('[data-question="paikka"]')!.getAttribute('aria-describedby')).to.equal('q-paikka-help q-paikka-error');
    await waitUntil(() => inMap('pick-area')(deepActive()), 'focus never moved into the area map');
    expect(text(root(el).querySelector('#survey-step'))).to.equal('Kartalla');
    await expect(el).to.be.accessible();
  });
});
