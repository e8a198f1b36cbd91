import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { ApiClient, lazyDefine, loadNested } from '@osallistu/core';
import { fakeApi, type FakeApi } from '@osallistu/core/testing/fake-api.js';
import { shapeDifferences } from '@osallistu/core/testing/same-shape.js';
import { projectStatuses, type Idea } from '@osallistu/contract';
import { define } from './define.js';
import type { AreaMap } from './area-map.js';
import { AreaMapDrawnEvent } from '../events/map-drawn-event.js';
import type { AreaMapIdeaLinkEvent } from '../events/idea-link-event.js';
import { areas, idea, ideas, indicators, mapSettings, needIndex, projects } from '../testing/fixtures.js';
import { gridCluster } from '../../lazy/grid-cluster.js';
import { choroplethClasses } from '../choropleth-classes.js';

define();

// Leaflet is big: load it once before the timed tests (the element imports the same module).
before(async function (this: { timeout(ms: number): void }) {
  this.timeout(60000);
  await import('../../lazy/leaflet-map.js');
});

function api(): FakeApi {
  return fakeApi({
    'GET /areas': { json: areas },
    'GET /map': { json: mapSettings },
    'GET /indicators': { json: indicators },
    'GET /need-index': { json: needIndex },
    'GET /processes/pb-2027/ideas': { json: { items: ideas, nextCursor: null } },
    'GET /projects': { json: [] },
  });
}

const client = (fake: FakeApi) => new ApiClient({ api: 'https://osallistu.example.fi', tenant: 'kuopio', fetch: fake.fetch });
const $ = <T extends Element = HTMLElement>(el: AreaMap, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const $$ = <T extends Element = HTMLElement>(el: AreaMap, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const status = (el: AreaMap) => $(el, '[role="status"]').textContent?.trim() ?? '';

/** Waits until the element has loaded its data and Leaflet has drawn the map. */
async function drawn(el: AreaMap): Promise<void> {
  await waitUntil(() => el.shadowRoot?.querySelector('.leaflet-pane path.area'), 'the map never drew its areas', { timeout: 8000 });
  await el.updateComplete;
}

function deepActive(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

async function tabTo(predicate: (el: Element | null) => boolean, max = 40): Promise<Element> {
  for (let i = 0; i < max; i++) {
    await sendKeys({ press: 'Tab' });
    const active = deepActive();
    if (predicate(active)) return active!;
  }
  throw new Error(`never reached (last: ${deepActive()?.outerHTML.slice(0, 100)})`);
}

/** A real mouse click at the centre of an element (or at a fraction of its box). */
async function clickAt(target: Element, fx = 0.5, fy = 0.5): Promise<void> {
  const box = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.left + box.width * fx), Math.round(box.top + box.height * fy)] });
}

/** The SVG path Leaflet drew for an area, found by the area's tooltip name via the list order. */
function areaPath(el: AreaMap, index: number): SVGPathElement {
  return $$<SVGPathElement>(el, '.leaflet-pane path.area')[index]!;
}

describe('<osallistu-area-map> view', () => {
  it('draws published ideas as pins and lists the same ideas; axe clean', async () => {
    const fake = api();
    const el = await fixture<AreaMap>(html`<osallistu-area-map mode="view" process="pb-2027" .client=${client(fake)}></osallistu-area-map>`);
    const event = await oneEvent(el, AreaMapDrawnEvent.eventName);
    await drawn(el);
    // i3 has no point but an area: drawn at the area's label point; i4 has neither
    expect((event as unknown as AreaMapDrawnEvent).pins).to.equal(3);
    expect($$(el, '.leaflet-marker-icon.pin')).to.have.length(3);
    expect($$(el, '.idea-list li').map((li) => li.querySelector('a')!.textContent)).to.have.members([
      'Penkkejä torille',
      'Leikkipuisto Niiralaan',
      'Uimaranta saaristoon',
    ]);
    expect($(el, '.legend').textContent).to.contain('Idea');
    expect($(el, '#map').getAttribute('aria-label')).to.contain('listassa');
    expect($(el, '#map').getAttribute('role')).to.equal('group');
    expect(fake.sent('GET /processes/pb-2027/ideas')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('opens a card with a link when a pin is clicked, and the host may handle the link', async () => {
    const el = await fixture<AreaMap>(html`<osallistu-area-map mode="view" idea-url="/ideat/{id}" .client=${client(api())} .ideas=${ideas}></osallistu-area-map>`);
    await drawn(el);
    const pin = $$(el, '.leaflet-marker-icon.pin').find((p) => p.getAttribute('title') === 'Leikkipuisto Niiralaan')!;
    await clickAt(pin);
    await waitUntil(() => $(el, '.leaflet-popup a.idea-link'), 'no card opened');
    const link = $<HTMLAnchorElement>(el, '.leaflet-popup a.idea-link');
    expect(link.getAttribute('href')).to.equal('/ideat/i2');
    expect($(el, '.leaflet-popup .card-title').textContent).to.equal('Leikkipuisto Niiralaan');
    el.addEventListener('osallistu-area-map-idea-link', (e) => e.preventDefault(), { once: true });
    setTimeout(() => link.click());
    const followed = (await oneEvent(el, 'osallistu-area-map-idea-link')) as AreaMapIdeaLinkEvent;
    expect(followed.ideaId).to.equal('i2');
    expect(location.pathname).not.to.equal('/ideat/i2');
    await expect(el).to.be.accessible();
  });

  it('opens a card with Enter on a pin reached with Tab', async () => {
    const el = await fixture<AreaMap>(html`<osallistu-area-map mode="view" .client=${client(api())} .ideas=${ideas}></osallistu-area-map>`);
    await drawn(el);
    const pin = await tabTo((a) => a?.classList.contains('pin') === true);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '.leaflet-popup a.idea-link'), 'Enter opened no card');
    expect(deepActive()?.classList.contains('idea-link')).to.equal(true);
    expect($(el, '.leaflet-popup .card-title').textContent).to.equal(pin.getAttribute('title'));
  });

  it('clusters many pins close together and zooms in on a cluster', async () => {
    const many: Idea[] = Array.from({ length: 30 }, (_, i) => idea(`m${i}`, { location: { type: 'Point', coordinates: [27.7 + i * 0.0005, 62.86] } }));
    const el = await fixture<AreaMap>(html`<osallistu-area-map mode="view" .client=${client(api())} .ideas=${many}></osallistu-area-map>`);
    await drawn(el);
    const clusters = $$(el, '.leaflet-marker-icon.cluster');
    expect(clusters.length).to.be.within(1, 2);
    expect(clusters.reduce((sum, c) => sum + Number(c.textContent), 0)).to.equal(30);
    expect(clusters[0]!.getAttribute('title')).to.match(/^\d+ ideaa tässä kohdassa/);
    expect($$(el, '.leaflet-marker-icon.pin')).to.have.length(0);
    const before = $$(el, '.leaflet-marker-icon').length;
    clusters[0]!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $$(el, '.leaflet-marker-icon').length > before, 'the cluster did not open up');
  });

  it('finds ideas by area name from the list, as clicking the area does', async () => {
    const el = await fixture<AreaMap>(html`<osallistu-area-map mode="view" .client=${client(api())} .ideas=${ideas}></osallistu-area-map>`);
    await drawn(el);
    const search = $<HTMLInputElement>(el, '#search');
    search.focus();
    await sendKeys({ type: 'niira' });
    await el.updateComplete;
    expect($$(el, '.idea-list li a').map((a) => a.textContent)).to.deep.equal(['Leikkipuisto Niiralaan']);
    search.value = '';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    await clickAt(areaPath(el, 2), 0.5, 0.3); // Saaristo, away from its label point
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#search').value).to.equal('Saaristo');
    expect($$(el, '.idea-list li a').map((a) => a.textContent)).to.deep.equal(['Uimaranta saaristoon']);
  });
});

describe('<osallistu-area-map> funded projects', () => {
  /** The process has one idea with a point and three projects (one at its area, one at its point, one with no place). */
  function projectApi(): FakeApi {
    const fake = api();
    fake.routes['GET /processes/pb-2027/ideas'] = { json: { items: [ideas[0]], nextCursor: null } };
    fake.routes['GET /projects'] = { json: projects };
    return fake;
  }
  const projectPin = (el: AreaMap, title: string) => $$(el, '.leaflet-marker-icon.pin-project').find((p) => p.getAttribute('title') === title)!;

  it('loads the process’s funded projects itself and draws them as flagged square pins, with a legend entry and a list; axe clean', async () => {
    const fake = projectApi();
    const el = await fixture<AreaMap>(html`<osallistu-area-map mode="view" process="pb-2027" .client=${client(fake)}></osallistu-area-map>`);
    const event = (await oneEvent(el, AreaMapDrawnEvent.eventName)) as unknown as AreaMapDrawnEvent;
    await drawn(el);
    expect(fake.sent('GET /projects').map((r) => r.url.searchParams.get('process'))).to.deep.equal(['pb-2027']);
    // p1 at its area's label point, p2 at its own point; p3 has no place
    expect(event.pins).to.equal(3);
    expect($$(el, '.leaflet-marker-icon.pin-project').map((p) => p.getAttribute('title'))).to.have.members(['Niiralan leikkipuiston uudistus', 'Saariston valaistus']);
    expect($$(el, '.leaflet-marker-icon.pin-idea')).to.have.length(1);
    // a different shape, not only a different colour: a square with a flag, not a drop
    const square = getComputedStyle(projectPin(el, 'Saariston valaistus').querySelector('span')!);
    const drop = getComputedStyle($(el, '.leaflet-marker-icon.pin-idea span'));
    expect(square.transform).to.equal('none');
    expect(drop.transform).not.to.equal('none');
    expect(projectPin(el, 'Saariston valaistus').querySelector('i')).to.exist;
    expect($(el, '.legend').textContent).to.contain('Rahoitettu hanke');
    expect($(el, '.legend .dot.project')).to.exist;
    expect($(el, '#projects-heading').textContent?.trim()).to.equal('2 hanketta kartalla');
    const items = $$(el, '.project-list li');
    expect(items.map((li) => li.querySelector('a')!.textContent)).to.deep.equal(['Niiralan leikkipuiston uudistus', 'Saariston valaistus']);
    expect(items[0]!.querySelector('a')!.getAttribute('href')).to.equal('#project-p1');
    expect(items[0]!.querySelector('.meta')!.textContent).to.equal('Toteutuksessa, 60 % valmiina · Niirala');
    expect(items[1]!.querySelector('.meta')!.textContent).to.equal('Valmis, 100 % valmiina · Saaristo');
    expect($(el, 'label[for="search"]').textContent).to.equal('Hae ideaa, hanketta tai aluetta');
    expect($(el, '#map').getAttribute('aria-label')).to.match(/^Kartta: Ideat ja hankkeet kartalla\./);
    await expect(el).to.be.accessible();
  });

  it('opens a project’s card with a mouse click: title, status, progress and a link to the project', async () => {
    const el = await fixture<AreaMap>(
      html`<osallistu-area-map mode="view" project-url="/hankkeet/{id}" .client=${client(api())} .ideas=${[]} .projects=${projects}></osallistu-area-map>`,
    );
    await drawn(el);
    await clickAt(projectPin(el, 'Niiralan leikkipuiston uudistus').querySelector('span')!);
    await waitUntil(() => $(el, '.leaflet-popup a.project-link'), 'no card opened');
    expect($(el, '.leaflet-popup .card-title').textContent).to.equal('Niiralan leikkipuiston uudistus');
    expect($(el, '.leaflet-popup .card-meta').textContent).to.equal('Rahoitettu hanke: Toteutuksessa, 60 % valmiina');
    const link = $<HTMLAnchorElement>(el, '.leaflet-popup a.project-link');
    expect(link.textContent).to.equal('Avaa hanke');
    expect(link.getAttribute('href')).to.equal('/hankkeet/p1');
    // projects only: labelled so, and no empty ideas section
    expect($(el, '#map').getAttribute('aria-label')).to.match(/^Kartta: Hankkeet kartalla\./);
    expect($(el, '#ideas-heading')).to.equal(null);
    expect($$(el, '.legend li').map((li) => li.textContent?.trim())).to.deep.equal(['Rahoitettu hanke', 'Alueen raja', 'Kaupungin raja']);
    await expect(el).to.be.accessible();
  });

  it('opens a project’s card with Enter on its pin reached with Tab, focus on the link', async () => {
    const el = await fixture<AreaMap>(html`<osallistu-area-map mode="view" lang="en" .client=${client(api())} .ideas=${[]} .projects=${projects}></osallistu-area-map>`);
    await drawn(el);
    await waitUntil(() => $(el, '.legend')?.textContent?.includes('Funded project'), 'English never loaded');
    await tabTo((a) => a?.classList.contains('pin-project') === true && a.getAttribute('title') === 'Saariston valaistus');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '.leaflet-popup a.project-link'), 'Enter opened no card');
    expect(deepActive()?.classList.contains('project-link')).to.equal(true);
    expect(deepActive()?.textContent).to.equal('Open the project');
    expect($(el, '.leaflet-popup .card-meta').textContent).to.equal('Funded project: Completed, 100% done');
  });

  it('finds projects from the list by area name, as clicking the area does; a host’s projects are not fetched again', async () => {
    const fake = api();
    const el = await fixture<AreaMap>(html`<osallistu-area-map mode="view" process="pb-2027" .client=${client(fake)} .ideas=${ideas} .projects=${projects}></osallistu-area-map>`);
    await drawn(el);
    expect(fake.sent('GET /projects')).to.have.length(0);
    expect(fake.sent('GET /processes/pb-2027/ideas')).to.have.length(0);
    const search = $<HTMLInputElement>(el, '#search');
    search.focus();
    await sendKeys({ type: 'niira' });
    await el.updateComplete;
    expect($$(el, '.project-list li a').map((a) => a.textContent)).to.deep.equal(['Niiralan leikkipuiston uudistus']);
    expect($$(el, '.idea-list:not(.project-list) li a').map((a) => a.textContent)).to.deep.equal(['Leikkipuisto Niiralaan']);
    expect($(el, '#shown-count').textContent).to.equal('2 / 5');
    search.value = '';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    await clickAt(areaPath(el, 2), 0.9, 0.3); // Saaristo, away from its pins
    await el.updateComplete;
    expect($$(el, '.project-list li a').map((a) => a.textContent)).to.deep.equal(['Saariston valaistus']);
    expect(status(el)).to.equal('2 / 5');
  });
});

describe('<osallistu-area-map> tiles', () => {
  it('with no tile layer draws areas and pins on a plain background, requests no tile and logs no error', async () => {
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    const originalError = console.error;
    console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
    try {
      // mapSettings.tiles is null: the tenant has switched tiles off
      const el = await fixture<AreaMap>(html`<osallistu-area-map mode="view" .client=${client(api())} .ideas=${ideas}></osallistu-area-map>`);
      await drawn(el);
      expect($$(el, 'path.area')).to.have.length(3);
      expect($$(el, '.leaflet-marker-icon.pin')).to.have.length(3);
      expect($$(el, '.leaflet-tile-pane img')).to.have.length(0);
      expect($(el, '.leaflet-control-attribution').textContent).to.contain('© Testidata');
      expect($(el, '.notice')).to.equal(null);
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
      console.error = originalError;
    }
  });

  it('uses the tenant tile layer with its attribution, and without reachable tiles still draws areas and pins with no errors', async () => {
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    const onRejection = (e: PromiseRejectionEvent) => errors.push(String(e.reason));
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    const fake = api();
    // a tile server that refuses connections (port 9 on this machine)
    fake.routes['GET /map'] = { json: { ...mapSettings, tiles: { url: 'https://127.0.0.1:9/{z}/{x}/{y}.png', attribution: '© Testikartta', maxZoom: 18 } } };
    try {
      const el = await fixture<AreaMap>(html`<osallistu-area-map mode="view" .client=${client(fake)} .ideas=${ideas}></osallistu-area-map>`);
      await drawn(el);
      await waitUntil(() => $$(el, 'img.leaflet-tile').length > 0, 'no tiles were requested');
      await waitUntil(() => $$<HTMLImageElement>(el, 'img.leaflet-tile').every((img) => img.src.startsWith('data:')), 'failed tiles were not replaced', { timeout: 8000 });
      expect($$(el, 'path.area')).to.have.length(3);
      expect($$(el, '.leaflet-marker-icon.pin')).to.have.length(3);
      const attribution = $(el, '.leaflet-control-attribution').textContent ?? '';
      expect(attribution).to.contain('© Testikartta');
      expect(attribution).to.contain('© Testidata');
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    }
  });
});

describe('<osallistu-area-map> pick-area in a form', () => {
  async function mountForm(value = '') {
    const form = await fixture<HTMLFormElement>(html`<form>
      <osallistu-area-map mode="pick-area" name="areaId" required value=${value} tiles="none" .client=${client(api())}></osallistu-area-map>
      <button type="submit">Lähetä</button>
    </form>`);
    const el = form.querySelector<AreaMap>('osallistu-area-map')!;
    await drawn(el);
    return { form, el };
  }

  it('is a required form control with a validity message; axe clean', async () => {
    const { form, el } = await mountForm();
    expect(el.form).to.equal(form);
    expect(form.checkValidity()).to.equal(false);
    expect(el.validity.valueMissing).to.equal(true);
    expect(el.validationMessage).to.equal('Valitse alue kartalta tai listasta.');
    expect(new FormData(form).has('areaId')).to.equal(false);
    form.requestSubmit();
    await el.updateComplete;
    expect($(el, '#error').textContent).to.equal('Valitse alue kartalta tai listasta.');
    await expect(el).to.be.accessible();
  });

  it('picks an area with a mouse click on the map', async () => {
    const { form, el } = await mountForm();
    setTimeout(() => clickAt(areaPath(el, 1)));
    await oneEvent(el, 'change');
    expect(el.value).to.equal('a2');
    expect(new FormData(form).get('areaId')).to.equal('a2');
    expect(form.checkValidity()).to.equal(true);
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#area-a2').checked).to.equal(true);
    expect(status(el)).to.equal('Valittu alue: Niirala');
    expect(areaPath(el, 1).classList.contains('selected')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('picks an area with the keyboard only, from the searchable list', async () => {
    const { form, el } = await mountForm();
    await tabTo((a) => a?.id === 'search');
    await sendKeys({ type: 'saar' });
    await el.updateComplete;
    expect($$(el, '.options input[type="radio"]').map((r) => r.id)).to.deep.equal(['area-a3']);
    await sendKeys({ press: 'Tab' });
    expect(deepActive()?.id).to.equal('area-a3');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.value).to.equal('a3');
    expect(new FormData(form).get('areaId')).to.equal('a3');
  });

  it('goes back to its initial value when the form is reset', async () => {
    const { form, el } = await mountForm('a1');
    expect(new FormData(form).get('areaId')).to.equal('a1');
    setTimeout(() => clickAt(areaPath(el, 1)));
    await oneEvent(el, 'change');
    expect(el.value).to.equal('a2');
    form.reset();
    await el.updateComplete;
    expect(el.value).to.equal('a1');
    expect(new FormData(form).get('areaId')).to.equal('a1');
    expect($<HTMLInputElement>(el, '#area-a1').checked).to.equal(true);
  });

  it('offers "whole city" when not required', async () => {
    const el = await fixture<AreaMap>(html`<osallistu-area-map mode="pick-area" name="areaId" value="a1" .client=${client(api())}></osallistu-area-map>`);
    await drawn(el);
    expect(el.checkValidity()).to.equal(true);
    $<HTMLInputElement>(el, '#area-none').click();
    expect(el.value).to.equal('');
    expect(el.checkValidity()).to.equal(true);
  });
});

describe('<osallistu-area-map> pick-area with only some areas pickable', () => {
  // Niirala (a2) cannot be picked; Keskusta (a1) and Saaristo (a3) can
  async function mountPickable(value = '', required = true) {
    const form = await fixture<HTMLFormElement>(html`<form>
      <osallistu-area-map
        mode="pick-area"
        name="areaId"
        ?required=${required}
        value=${value}
        tiles="none"
        pickable-areas="a1 a3"
        pickable-label="Alueet, joilla on oma budjetti"
        .client=${client(api())}
      ></osallistu-area-map>
    </form>`);
    const el = form.querySelector<AreaMap>('osallistu-area-map')!;
    await drawn(el);
    return { form, el };
  }
  const radio = (el: AreaMap, id: string) => $<HTMLInputElement>(el, `#area-${id}`);

  it('draws the areas that cannot be picked hatched and dashed, names both kinds in the legend; axe clean', async () => {
    const { el } = await mountPickable();
    expect(el.pickable).to.deep.equal(['a1', 'a3']);
    expect([0, 1, 2].map((i) => areaPath(el, i).classList.contains('muted'))).to.deep.equal([false, true, false]);
    const muted = getComputedStyle(areaPath(el, 1));
    expect(muted.fill).to.match(/url\("?#o-hatch"?\)/);
    expect(muted.fillOpacity, 'the hatch is drawn at full strength').to.equal('1');
    expect(muted.strokeDasharray).to.not.equal('none');
    expect(getComputedStyle(areaPath(el, 0)).strokeDasharray).to.equal('none');
    expect($(el, 'pattern#o-hatch')).to.not.equal(null);
    expect($(el, '.leaflet-pane path.boundary'), 'the city border the legend names is drawn').to.not.equal(null);
    expect($$(el, '[part="legend"] li').map((li) => li.textContent!.trim())).to.deep.equal(['Alueet, joilla on oma budjetti', 'Ei valittavissa', 'Kaupungin raja']);
    await expect(el).to.be.accessible();
  });

  it('refuses a mouse click on an area that cannot be picked, says so, and picks one that can', async () => {
    const { form, el } = await mountPickable();
    let changes = 0;
    el.addEventListener('change', () => changes++);
    await clickAt(areaPath(el, 1));
    await waitUntil(() => status(el) === 'Niirala: Ei valittavissa', `status: ${status(el)}`);
    expect(changes).to.equal(0);
    expect(el.value).to.equal('');
    expect(form.checkValidity()).to.equal(false);
    setTimeout(() => clickAt(areaPath(el, 2)));
    await oneEvent(el, 'change');
    expect(el.value).to.equal('a3');
    expect(new FormData(form).get('areaId')).to.equal('a3');
  });

  it('lists the areas that cannot be picked last, disabled and described; the keyboard and a click skip them', async () => {
    const { el } = await mountPickable();
    expect($$<HTMLInputElement>(el, '.options input[type="radio"]').map((r) => [r.id, r.disabled])).to.deep.equal([
      ['area-a1', false],
      ['area-a3', false],
      ['area-a2', true],
    ]);
    expect(radio(el, 'a2').getAttribute('aria-describedby')).to.equal('muted');
    expect($(el, '#muted').textContent).to.equal('Ei valittavissa:');
    radio(el, 'a2').click();
    expect(el.value).to.equal('');
    await tabTo((a) => a?.id === 'search');
    await sendKeys({ press: 'Tab' });
    expect(deepActive()?.id).to.equal('area-a1');
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowDown' });
    expect(deepActive()?.id).to.equal('area-a3');
    await sendKeys({ press: 'ArrowDown' }); // wraps past Niirala
    await el.updateComplete;
    expect(deepActive()?.id).to.equal('area-a1');
    expect(el.value).to.equal('a1');
    // found by search, it is still there, disabled
    await tabTo((a) => a?.id === 'search');
    await sendKeys({ type: 'niir' });
    await el.updateComplete;
    expect($$<HTMLInputElement>(el, '.options input[type="radio"]').map((r) => [r.id, r.disabled])).to.deep.equal([
      ['area-a1', false],
      ['area-a2', true],
    ]);
    await expect(el).to.be.accessible();
  });

  it('holds no value outside the pickable areas: required, it is missing; narrowing the areas clears it', async () => {
    const { form, el } = await mountPickable('a2');
    expect(el.value).to.equal('');
    expect(el.validity.valueMissing).to.equal(true);
    expect(new FormData(form).has('areaId')).to.equal(false);
    expect(radio(el, 'a2').checked).to.equal(false);
    radio(el, 'a1').click();
    await el.updateComplete;
    expect(form.checkValidity()).to.equal(true);
    el.pickable = ['a3'];
    await el.updateComplete;
    expect(el.value).to.equal('');
    expect(form.checkValidity()).to.equal(false);
    await waitUntil(() => areaPath(el, 0).classList.contains('muted'), 'Keskusta was not redrawn muted');
    // not required: no area is valid, and nothing is sent
    const optional = await mountPickable('a2', false);
    expect(optional.el.value).to.equal('');
    expect(optional.form.checkValidity()).to.equal(true);
    expect(new FormData(optional.form).has('areaId')).to.equal(false);
  });

  it('without pickable-areas every area can be picked and no legend is shown', async () => {
    const el = await fixture<AreaMap>(html`<osallistu-area-map mode="pick-area" tiles="none" .client=${client(api())}></osallistu-area-map>`);
    await drawn(el);
    expect(el.pickable).to.equal(undefined);
    expect($$<HTMLInputElement>(el, '.options input[type="radio"]').filter((r) => r.disabled)).to.have.length(0);
    expect($$(el, '.leaflet-pane path.area.muted')).to.have.length(0);
    expect(el.shadowRoot!.querySelector('[part="legend"]')).to.equal(null);
  });

  it('takes a blank pickable-areas (a CMS field left empty) as unset, not as "no area can be picked"', async () => {
    const el = await fixture<AreaMap>(html`<osallistu-area-map mode="pick-area" tiles="none" pickable-areas="  " .client=${client(api())}></osallistu-area-map>`);
    await drawn(el);
    expect(el.pickable).to.equal(undefined);
    expect($$<HTMLInputElement>(el, '.options input[type="radio"]').filter((r) => r.disabled)).to.have.length(0);
    el.setAttribute('pickable-areas', 'a1 a3');
    await el.updateComplete;
    expect(el.pickable).to.deep.equal(['a1', 'a3']);
  });
});

describe('<osallistu-area-map> pin', () => {
  async function mountPin() {
    const form = await fixture<HTMLFormElement>(html`<form>
      <osallistu-area-map mode="pin" name="location" required .client=${client(api())}></osallistu-area-map>
    </form>`);
    const el = form.querySelector<AreaMap>('osallistu-area-map')!;
    await drawn(el);
    return { form, el };
  }

  it('drops a pin with a mouse click; the value is a GeoJSON point in the form; axe clean', async () => {
    const { form, el } = await mountPin();
    expect(form.checkValidity()).to.equal(false);
    expect(el.validationMessage).to.equal('Merkitse paikka kartalle.');
    setTimeout(() => clickAt(areaPath(el, 1)));
    await oneEvent(el, 'change');
    const point = el.point!;
    expect(point.type).to.equal('Point');
    expect(point.coordinates[0]).to.be.within(27.7, 27.8);
    expect(point.coordinates[1]).to.be.within(62.85, 62.9);
    expect(el.areaId).to.equal('a2');
    expect(JSON.parse(String(new FormData(form).get('location')))).to.deep.equal(point);
    expect(form.checkValidity()).to.equal(true);
    expect(status(el)).to.contain('Niirala');
    await el.updateComplete;
    expect($$(el, '.leaflet-marker-icon.pin-editable')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('places and moves the pin with the keyboard, announcing coordinates and the area', async () => {
    const { el } = await mountPin();
    const map = await tabTo((a) => a?.id === 'map');
    expect(map.getAttribute('role')).to.equal('application');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const first = el.point!.coordinates;
    expect(status(el)).to.match(/^Merkitty paikka: 62,\d{5} N, 27,\d{5} E, /);
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    const moved = el.point!.coordinates;
    expect(moved[0]).to.be.greaterThan(first[0]);
    expect(moved[1]).to.be.closeTo(first[1], 1e-6);
    await sendKeys({ press: 'ArrowUp' });
    expect(el.point!.coordinates[1]).to.be.greaterThan(first[1]);
    await el.updateComplete;
    expect(status(el)).to.contain(el.areaId ? areas.find((a) => a.id === el.areaId)!.name.fi : 'ei minkään alueen sisällä');
    await sendKeys({ press: 'Delete' });
    expect(el.value).to.equal('');
  });

  it('moves the pin to an area chosen from the list', async () => {
    const { el } = await mountPin();
    $<HTMLInputElement>(el, '#area-a3').click();
    expect(el.point!.coordinates).to.deep.equal([27.7, 62.825]);
    expect(el.areaId).to.equal('a3');
  });

  it('leaves an area radio unchecked when the pin cannot move there', async () => {
    const fake = api();
    // an area without a label point: there is no place to move the pin to
    fake.routes['GET /areas'] = { json: areas.map((a) => (a.id === 'a3' ? { ...a, labelPoint: null } : a)) };
    const el = await fixture<AreaMap>(html`<osallistu-area-map mode="pin" name="location" .client=${client(fake)}></osallistu-area-map>`);
    await drawn(el);
    $<HTMLInputElement>(el, '#area-a3').click();
    await el.updateComplete;
    expect(el.value).to.equal('');
    expect($<HTMLInputElement>(el, '#area-a3').checked).to.equal(false);
    $<HTMLInputElement>(el, '#area-a2').click();
    await el.updateComplete;
    expect(el.areaId).to.equal('a2');
    expect($$<HTMLInputElement>(el, 'input[name="area"]').filter((r) => r.checked).map((r) => r.value)).to.deep.equal(['a2']);
  });

  it('refuses a point outside the boundary', async () => {
    const { el } = await mountPin();
    for (let i = 0; i < 40 && status(el) !== 'Paikka on kaupungin rajan ulkopuolella. Valitse paikka rajan sisältä.'; i++) {
      $(el, '#map').focus();
      if (el.point) {
        await sendKeys({ down: 'Shift' });
        await sendKeys({ press: 'ArrowLeft' });
        await sendKeys({ up: 'Shift' });
      } else await sendKeys({ press: 'Enter' });
      await el.updateComplete;
    }
    expect(status(el)).to.equal('Paikka on kaupungin rajan ulkopuolella. Valitse paikka rajan sisältä.');
    expect(el.point!.coordinates[0]).to.be.at.least(27.58);
  });
});

describe('<osallistu-area-map> needs', () => {
  it('shows the need index as a choropleth with a legend and a ranked table; axe clean', async () => {
    const el = await fixture<AreaMap>(html`<osallistu-area-map mode="needs" .client=${client(api())}></osallistu-area-map>`);
    await drawn(el);
    const rows = $$(el, 'tbody tr').map((tr) => [...tr.children].map((c) => c.textContent?.trim()));
    expect(rows).to.deep.equal([
      ['1', 'Keskusta', '+1,20'],
      ['2', 'Niirala', '+0,03'],
      ['3', 'Saaristo', '−1,23'],
    ]);
    expect($(el, 'caption').textContent).to.equal('Tarveindeksi alueittain');
    expect($$(el, '.legend li')).to.have.length(4);
    expect($$(el, 'path.area.filled')).to.have.length(3);
    await expect(el).to.be.accessible();
  });

  it('switches to an indicator with the keyboard; missing values say so', async () => {
    const el = await fixture<AreaMap>(html`<osallistu-area-map mode="needs" lang="en" .client=${client(api())}></osallistu-area-map>`);
    await drawn(el);
    await waitUntil(() => $(el, 'caption')?.textContent === 'Need index by area', 'English never loaded');
    await tabTo((a) => a?.id === 'indicator');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.indicator).to.equal('service_distance');
    const rows = $$(el, 'tbody tr').map((tr) => [...tr.children].map((c) => c.textContent?.trim()));
    expect(rows).to.deep.equal([
      ['1', 'Saaristo', '9 km'],
      ['2', 'Centre', '0.5 km'],
      ['–', 'Niirala', 'no data'],
    ]);
    await expect(el).to.be.accessible();
  });

  it('tells the value of an area clicked on the map', async () => {
    const el = await fixture<AreaMap>(html`<osallistu-area-map mode="needs" indicator="unemployment" .client=${client(api())}></osallistu-area-map>`);
    await drawn(el);
    await clickAt(areaPath(el, 0));
    await el.updateComplete;
    expect(status(el)).to.equal('Keskusta: 12,5 %');
    expect($(el, 'tr.focused th').textContent).to.equal('Keskusta');
  });
});

describe('area map translations', () => {
  it('have every string in fi, sv and en', async () => {
    const { fi } = await import('../i18n/fi.js');
    const { sv } = await import('../i18n/sv.js');
    const { en } = await import('../i18n/en.js');
    expect(shapeDifferences(fi, sv)).to.deep.equal([]);
    expect(shapeDifferences(fi, en)).to.deep.equal([]);
    const keys = (o: object) => Object.keys(o).sort();
    for (const t of [fi, sv, en]) {
      expect(keys(t.viewLabels)).to.deep.equal(['both', 'projects']);
      expect(keys(t.projectStatuses)).to.deep.equal([...projectStatuses].sort());
    }
    expect(sv.cluster(1, 2)).to.equal('1 idé och 2 projekt här, zooma in');
    expect(fi.cluster(0, 3)).to.equal('3 hanketta tässä kohdassa, lähennä');
    expect(en.cluster(2, 1)).to.equal('2 ideas and 1 project here, zoom in');
  });
});

describe('composing through HTML', () => {
  it('a widget that renders the tag in its shadow root gets it defined from the loader registry', async () => {
    const tag = 'osallistu-area-map-nested-test';
    expect(loadNested(tag)).to.equal(false);
    const stop = lazyDefine({ [tag]: () => import('./define.js').then((m) => m.define(tag)) }, document.createElement('div'));
    stop();
    expect(loadNested(tag)).to.equal(true);
    await customElements.whenDefined(tag);
    expect(customElements.get(tag)).to.not.equal(undefined);
  });
});

describe('area map helpers', () => {
  it('clusters points on a grid', () => {
    const clusters = gridCluster(
      [
        { x: 1, y: 1, item: 'a' },
        { x: 9, y: 5, item: 'b' },
        { x: 100, y: 100, item: 'c' },
      ],
      56,
    );
    expect(clusters.map((c) => c.items)).to.deep.equal([['a', 'b'], ['c']]);
    expect(clusters[0]!.x).to.equal(5);
  });

  it('makes choropleth classes with ranges', () => {
    const classes = choroplethClasses([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(classes.ranges).to.deep.equal([[1, 2], [3, 4], [5, 6], [7, 8], [9, 10]]);
    expect(classes.classOf(1)).to.equal(0);
    expect(classes.classOf(10)).to.equal(4);
    expect(choroplethClasses([3, 3]).ranges).to.deep.equal([[3, 3]]);
  });
});
