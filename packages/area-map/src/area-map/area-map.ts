import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import {
  localize,
  type Area,
  type AreaGeometry,
  type Idea,
  type Indicator,
  type MapSettings,
  type NeedIndex,
  type Point,
  type ProjectSummary,
} from '@osallistu/contract';
import { ApiController, LocalizeController, baseStyles, formatNumber, tokens, type ApiClient } from '@osallistu/core';
import type { LeafletMap, MapPin } from '../../lazy/leaflet-map.js';
import { areaMapTranslations } from '../i18n/area-map-translations.js';
import { AreaMapIdeaLinkEvent } from '../events/idea-link-event.js';
import { AreaMapDrawnEvent } from '../events/map-drawn-event.js';
import { pointInGeometry } from '@osallistu/contract/point-in-geometry.js';
import { choroplethClasses, choroplethColors } from '../choropleth-classes.js';
import { areaMapStyles } from './area-map.styles.js';

export type AreaMapMode = 'view' | 'pick-area' | 'pin' | 'needs';
const modes: AreaMapMode[] = ['view', 'pick-area', 'pin', 'needs'];

/**
 * A funded project drawn as a pin in `view` mode: a `ProjectSummary` of the public project list,
 * or a `Project`. It is drawn at its `location` when it has one, else at its area's label point.
 */
export type AreaMapProject = Pick<ProjectSummary, 'id' | 'title' | 'status' | 'progressPercent' | 'areaId'> & { location?: Point | null };

interface Loaded {
  areas: Area[];
  settings: MapSettings;
  indicators: Indicator[];
  needIndex: NeedIndex | null;
  fetchedIdeas: Idea[];
  fetchedProjects: AreaMapProject[];
}

interface Mapped<T> {
  item: T;
  lon: number;
  lat: number;
}

/** Screen pixels an arrow key moves the pin (Shift: five times as far). */
const pinStep = 12;
/** Most published ideas `view` mode fetches by itself (when no `ideas` are given). */
const maxFetchedIdeas = 500;

/** `pickable-areas` → ids; empty or blank → unset (every area pickable). */
function pickableIds(value: string | null): string[] | undefined {
  const ids = value?.split(/\s+/).filter(Boolean);
  return ids?.length ? ids : undefined;
}

/**
 * Areas, pins and needs on a map, with a list beside it that does everything the map does.
 * Leaflet loads only when the element draws a map, into its own chunk; without tiles (or offline)
 * the areas and pins are drawn on a plain background.
 *
 * Modes (attribute `mode`):
 * - `view`: areas and ideas (clustered), funded projects, a legend; a pin opens a card with a link.
 * - `pick-area`: a form control whose value is an area id, chosen on the map or from the list;
 *   `pickable` (attribute `pickable-areas`) limits which areas can be chosen.
 * - `pin`: a form control whose value is a GeoJSON Point inside the tenant's boundary; the pin
 *   moves with a mouse (click, drag) or the keyboard (Enter, arrow keys), announced with the area.
 * - `needs`: a choropleth of an indicator or the need index, a legend and a table of the numbers.
 *
 * @tagname osallistu-area-map
 * @summary Area map with an equal list route: view ideas, pick an area, drop a pin, read needs.
 *
 * @fires change - The value changed (pick-area, pin).
 * @fires input - The value changed (pick-area, pin).
 * @fires osallistu-area-map-idea-link - `AreaMapIdeaLinkEvent` when an idea's link is followed (cancelable).
 * @fires osallistu-area-map-drawn - `AreaMapDrawnEvent` after the map drew its areas and pins.
 *
 * @csspart base - The wrapper.
 * @csspart map - The map.
 * @csspart list - The list beside the map.
 * @csspart legend - The legend.
 * @csspart input - Search inputs and selects.
 * @csspart button - Buttons.
 * @csspart table - The table of numbers (needs).
 * @csspart error - The validity message.
 *
 * @cssprop --osallistu-map-height - Height of the map (default 24rem).
 * @cssprop --osallistu-map-background - Background under the areas when there are no tiles.
 * @cssprop --osallistu-map-area-border - Area borders.
 * @cssprop --osallistu-map-selected - The selected area.
 * @cssprop --osallistu-map-pin - Idea pins.
 */
export class AreaMap extends LitElement {
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [tokens, baseStyles, areaMapStyles];

  /** `view`, `pick-area`, `pin` or `needs`. */
  @property({ reflect: true }) mode: AreaMapMode = 'view';

  /** Process whose published ideas `view` shows when no `ideas` are given. */
  @property() process = '';

  /** Base URL of the API; else the nearest `<osallistu-config>`, the loader's default or the page's origin. */
  @property() api?: string;

  /** Tenant id; else the nearest `<osallistu-config>` or the loader's default. */
  @property() tenant?: string;

  /** A ready API client (property only), e.g. with an injected `fetch`. */
  @property({ attribute: false }) client?: ApiClient;

  /** Form field name (pick-area, pin). */
  @property() name = '';

  /** pick-area: an area id; pin: a GeoJSON Point as JSON text; empty when nothing is chosen. */
  @property() value = '';

  /** A value is needed before the form can be sent. */
  @property({ type: Boolean, reflect: true }) required = false;

  /** needs: the indicator id to show; empty = the need index. */
  @property() indicator = '';

  /** `none` for no tile layer (a plain background), or a tile URL template; default: the tenant's. */
  @property() tiles?: string;

  /** Visible label; default per mode. */
  @property() label?: string;

  /** Link of an idea, `{id}` replaced by its id. */
  @property({ attribute: 'idea-url' }) ideaUrl = '#idea-{id}';

  /** view: the ideas to show (the idea board passes its filtered list); else fetched by `process`. */
  @property({ attribute: false }) ideas?: Idea[];

  /** view: funded projects to show as pins; else those of `process` are fetched. */
  @property({ attribute: false }) projects?: AreaMapProject[];

  /** Link of a project, `{id}` replaced by its id. */
  @property({ attribute: 'project-url' }) projectUrl = '#project-{id}';

  /**
   * pick-area: ids of the areas that can be picked (unset: all). The others are drawn hatched,
   * named in the legend, and listed after them as disabled radios; clicking one only says it
   * cannot be chosen. A `value` outside it is cleared. Attribute `pickable-areas`: ids separated
   * by spaces; an empty or blank attribute counts as unset (a CMS field left empty must not lock
   * every area).
   */
  @property({ attribute: 'pickable-areas', converter: { fromAttribute: (v) => pickableIds(v) }, hasChanged: (a, b) => `${a}` !== `${b}` })
  pickable?: string[];

  /** pick-area with `pickable`: the legend's name of the pickable areas (e.g. "Areas with a budget of their own"). */
  @property({ attribute: 'pickable-label' }) pickableLabel?: string;

  @state() private query = '';
  @state() private announcement = '';
  @state() private mapFailed = false;
  @state() private showError = false;
  @state() private focusedArea = '';
  @state() private disabled = false;

  readonly #internals: ElementInternals = this.attachInternals();
  readonly #api = new ApiController(this);
  readonly #l = new LocalizeController(this, areaMapTranslations);
  #defaultValue = '';
  #map: LeafletMap | undefined;
  #mapContainer: HTMLElement | undefined;
  #mapLoading: Promise<void> | undefined;
  #resize: ResizeObserver | undefined;

  readonly #data = new Task(this, {
    args: () => [this.#api.client, this.mode, this.process, this.ideas === undefined, this.projects === undefined] as const,
    task: async ([client, mode, process, fetchIdeas, fetchProjects], { signal }): Promise<Loaded> => {
      const [areas, settings] = await Promise.all([
        client.listAreas({ geometry: true }, { signal }),
        client.get<MapSettings>('/map', undefined, { signal }),
      ]);
      let indicators: Indicator[] = [];
      let needIndex: NeedIndex | null = null;
      if (mode === 'needs') {
        [indicators, needIndex] = await Promise.all([
          client.get<Indicator[]>('/indicators', undefined, { signal }),
          client.get<NeedIndex>('/need-index', undefined, { signal }),
        ]);
      }
      const fetchedIdeas: Idea[] = [];
      let fetchedProjects: AreaMapProject[] = [];
      if (mode === 'view' && process) {
        const loadIdeas = async () => {
          let cursor: string | undefined;
          do {
            const page = await client.listIdeas(process, { limit: 50, ...(cursor ? { cursor } : {}) }, { signal });
            fetchedIdeas.push(...page.items);
            cursor = page.nextCursor ?? undefined;
          } while (cursor && fetchedIdeas.length < maxFetchedIdeas);
        };
        const loadProjects = async () => {
          fetchedProjects = await client.get<ProjectSummary[]>('/projects', { process }, { signal });
        };
        await Promise.all([fetchIdeas ? loadIdeas() : undefined, fetchProjects ? loadProjects() : undefined]);
      }
      return { areas, settings, indicators, needIndex, fetchedIdeas, fetchedProjects };
    },
  });

  // ---- form association -------------------------------------------------------------------

  /** The form this control belongs to. */
  get form(): HTMLFormElement | null {
    return this.#internals.form;
  }
  get validity(): ValidityState {
    return this.#internals.validity;
  }
  get validationMessage(): string {
    return this.#internals.validationMessage;
  }
  get willValidate(): boolean {
    return this.#internals.willValidate;
  }
  checkValidity(): boolean {
    return this.#internals.checkValidity();
  }
  reportValidity(): boolean {
    return this.#internals.reportValidity();
  }

  /** pin: the value as a GeoJSON Point; null when none. */
  get point(): Point | null {
    if (this.mode !== 'pin' || !this.value) return null;
    try {
      const parsed = JSON.parse(this.value) as Point;
      return parsed.type === 'Point' && Array.isArray(parsed.coordinates) ? parsed : null;
    } catch {
      return null;
    }
  }

  /** pick-area: the chosen area; pin: the area the pin is in. Empty when none. */
  get areaId(): string {
    if (this.mode === 'pick-area') return this.value;
    const point = this.point;
    if (!point) return '';
    return this.#areaAt(point.coordinates[0], point.coordinates[1])?.id ?? '';
  }

  formResetCallback(): void {
    this.value = this.#defaultValue;
    this.showError = false;
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state === 'string') this.value = state;
  }

  formDisabledCallback(disabled: boolean): void {
    this.disabled = disabled;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasUpdated) this.#defaultValue = this.getAttribute('value') ?? '';
    this.addEventListener('invalid', this.#onInvalid);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('invalid', this.#onInvalid);
    this.#resize?.disconnect();
    this.#map?.destroy();
    this.#map = undefined;
    this.#mapContainer = undefined;
  }

  #onInvalid = (): void => {
    this.showError = true;
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('mode') && !modes.includes(this.mode)) this.mode = 'view';
    if (changed.has('value') && this.value) this.showError = false;
    // like a select's disabled option, an area that cannot be picked is no value (nor valid when required)
    if (!this.#canPick(this.value)) this.value = '';
  }

  /** pick-area with `pickable`: whether the area can be picked ('' — no area — always can). */
  #canPick(id: string): boolean {
    return !id || this.mode !== 'pick-area' || !this.pickable || this.pickable.includes(id);
  }

  protected override updated(changed: PropertyValues<this>): void {
    this.#syncForm();
    // The radios show the state even when the browser checked one that was refused (a pin that
    // cannot move to that area): what Lit's `live` directive does, without its extra chunk.
    if (this.mode === 'pick-area' || this.mode === 'pin') {
      const selected = this.mode === 'pin' ? this.areaId : this.value;
      for (const radio of this.renderRoot.querySelectorAll<HTMLInputElement>('input[name="area"]')) radio.checked = radio.value === selected;
    }
    const data = this.#data.value;
    if (data) void this.#drawMap(data, changed);
  }

  #syncForm(): void {
    const formMode = this.mode === 'pick-area' || this.mode === 'pin';
    this.#internals.setFormValue(formMode && this.value ? this.value : null);
    const anchor = this.renderRoot.querySelector<HTMLElement>('#search, #pin-place') ?? undefined;
    if (formMode && this.required && !this.value) {
      const { t } = this.#l;
      this.#internals.setValidity({ valueMissing: true }, this.mode === 'pin' ? t.valueMissingPin : t.valueMissingArea, anchor);
    } else this.#internals.setValidity({});
  }

  // ---- rendering ---------------------------------------------------------------------------

  get #label(): string {
    const { t } = this.#l;
    const data = this.#data.value;
    if (this.label || this.mode !== 'view' || !data) return this.label || t.modeLabels[this.mode] || t.modeLabels.view;
    const ideas = this.#mappedIdeas(data).length > 0;
    const projects = this.#mappedProjects(data).length > 0;
    return projects ? (ideas ? t.viewLabels.both : t.viewLabels.projects) : t.modeLabels.view;
  }

  protected override render() {
    const { t } = this.#l;
    const data = this.#data.value;
    let body: TemplateResult;
    if (data) body = this.#renderLoaded(data);
    else if (this.#data.status === TaskStatus.ERROR) {
      body = html`<div class="notice danger">
        <p>${this.#l.problem(this.#data.error)}</p>
        <button part="button" class="button" type="button" @click=${() => this.#data.run()}>${t.retry}</button>
      </div>`;
    } else body = html`<p class="notice" aria-busy="true">${t.loading}</p>`;
    return html`<div part="base" class="base" lang=${this.#l.lang}>
      ${body}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }

  #renderLoaded(data: Loaded): TemplateResult {
    const { t } = this.#l;
    const pin = this.mode === 'pin';
    return html`<div class="layout">
      <div class="map-column">
        <div
          id="map"
          part="map"
          class="map"
          role=${
            // a labelled group, not a region landmark: a page may have several maps of the same
            // kind (an idea form's and a survey's area pickers), and landmarks must be unique
            pin ? 'application' : 'group'
          }
          aria-label=${t.mapLabel(this.#label)}
          aria-describedby=${pin ? 'pin-hint pin-status' : nothing}
          tabindex=${pin ? '0' : nothing}
          @keydown=${pin ? this.#onMapKey : nothing}
        ></div>
        ${this.mapFailed ? html`<p class="notice">${t.mapUnavailable}</p>` : nothing} ${this.#renderLegend(data)}
      </div>
      <div part="list" class="side">${this.#renderSide(data)}</div>
    </div>`;
  }

  #renderSide(data: Loaded): TemplateResult {
    switch (this.mode) {
      case 'pick-area':
        return this.#renderPickArea(data);
      case 'pin':
        return this.#renderPin(data);
      case 'needs':
        return this.#renderNeeds(data);
      default:
        return this.#renderIdeaList(data);
    }
  }

  #areaName(area: Area | undefined): string {
    return area ? localize(area.name, this.#l.lang) : '';
  }

  #sortedAreas(data: Loaded): Area[] {
    const lang = this.#l.lang;
    return [...data.areas].sort((a, b) => this.#areaName(a).localeCompare(this.#areaName(b), lang) || a.id.localeCompare(b.id));
  }

  #matches(text: string): boolean {
    const q = this.query.trim().toLocaleLowerCase(this.#l.lang);
    return !q || text.toLocaleLowerCase(this.#l.lang).includes(q);
  }

  #search(label: string): TemplateResult {
    return html`<label class="search-label" for="search">${label}</label>
      <input
        part="input"
        id="search"
        type="search"
        autocomplete="off"
        aria-describedby="shown-count"
        .value=${this.query}
        ?disabled=${this.disabled}
        @input=${(e: Event) => (this.query = (e.target as HTMLInputElement).value)}
      />`;
  }

  #onRadio(id: string, onPick: (id: string) => void): void {
    onPick(id);
    this.requestUpdate();
  }

  /** The searchable radio list of areas (pick-area, and "move the pin to an area" in pin mode). */
  #areaList(data: Loaded, selected: string, onPick: (id: string) => void, withNone: boolean): TemplateResult {
    const { t } = this.#l;
    const all = this.#sortedAreas(data);
    const shown = all.filter((a) => a.id === selected || this.#matches(`${this.#areaName(a)} ${a.id}`));
    // areas that cannot be picked stay in the list, disabled, after the others: a resident looking
    // for their own area finds it and learns why it cannot be chosen, and Tab and the arrow keys
    // skip it, so the route to the pickable ones stays short
    const muted = shown.filter((a) => !this.#canPick(a.id));
    const option = (a: Area, off?: boolean) =>
      html`<div class="option"><input type="radio" id="area-${a.id}" name="area" value=${a.id} .checked=${selected === a.id} ?disabled=${this.disabled || off} aria-describedby=${off ? 'muted' : nothing} @change=${() => this.#onRadio(a.id, onPick)} /><label for="area-${a.id}">${this.#areaName(a)}</label></div>`;
    return html`<p class="hint" id="shown-count">${t.shownCount(shown.length, all.length)}</p>
      <div class="options">
        ${withNone
          ? html`<div class="option">
              <input type="radio" id="area-none" name="area" value="" .checked=${selected === ''} ?disabled=${this.disabled} @change=${() => this.#onRadio('', onPick)} />
              <label for="area-none">${t.wholeCity}</label>
            </div>`
          : nothing}
        ${shown.filter((a) => !muted.includes(a)).map((a) => option(a))}
        ${muted.length ? html`<p class="hint" id="muted">${t.notPickable}:</p>${muted.map((a) => option(a, true))}` : nothing}
        ${shown.length === 0 ? html`<p class="hint">${t.noMatches}</p>` : nothing}
      </div>`;
  }

  #renderPickArea(data: Loaded): TemplateResult {
    const { t } = this.#l;
    const selected = data.areas.find((a) => a.id === this.value);
    const invalid = this.showError && this.required && !this.value;
    return html`<fieldset class="fieldset" aria-describedby=${invalid ? 'error' : nothing} aria-invalid=${invalid ? 'true' : 'false'}>
      <legend>${this.#label}${this.required ? nothing : html` <span class="optional">(${t.optional})</span>`}</legend>
      ${this.#search(t.searchAreas)} ${this.#areaList(data, this.value, (id) => this.#pickArea(id, 'list'), !this.required)}
      <p class="selected">${selected ? t.selectedArea(this.#areaName(selected)) : t.noAreaSelected}</p>
      ${invalid ? html`<p part="error" class="error" id="error">${this.validationMessage}</p>` : nothing}
    </fieldset>`;
  }

  #renderPin(data: Loaded): TemplateResult {
    const { t } = this.#l;
    const point = this.point;
    const invalid = this.showError && this.required && !this.value;
    const areaId = point ? this.areaId : '';
    return html`<fieldset class="fieldset" aria-describedby=${invalid ? 'error' : nothing}>
      <legend>${this.#label}${this.required ? nothing : html` <span class="optional">(${t.optional})</span>`}</legend>
      <p class="hint" id="pin-hint">${t.pinHint}</p>
      <p class="selected" id="pin-status">${point ? this.#pinText(point) : t.pinNone}</p>
      ${invalid ? html`<p part="error" class="error" id="error">${this.validationMessage}</p>` : nothing}
      <div class="actions">
        <button part="button" class="button secondary" id="pin-place" type="button" ?disabled=${this.disabled} @click=${this.#placeAtCentre}>${t.pinPlace}</button>
        ${point
          ? html`<button part="button" class="button secondary" type="button" ?disabled=${this.disabled} @click=${() => this.#setPin(null)}>${t.pinRemove}</button>`
          : nothing}
      </div>
      <p class="subheading">${t.pinToArea}</p>
      ${this.#search(t.searchAreas)} ${this.#areaList(data, areaId, (id) => this.#pinToArea(id), false)}
    </fieldset>`;
  }

  #pinText(point: Point): string {
    const { t, lang } = this.#l;
    const [lon, lat] = point.coordinates;
    const fmt = (n: number) => new Intl.NumberFormat(lang === 'en' ? 'en-GB' : `${lang}-FI`, { minimumFractionDigits: 5, maximumFractionDigits: 5 }).format(n);
    const area = this.#areaAt(lon, lat);
    return t.pinAt(fmt(lat), fmt(lon), area ? this.#areaName(area) : t.outsideAreas);
  }

  /** Items with a place: their own point, else their area's label point; the rest are left out. */
  #placed<T extends { areaId: string | null; location?: Point | null }>(data: Loaded, items: T[]): Mapped<T>[] {
    const labels = new Map(data.areas.map((a) => [a.id, a.labelPoint?.coordinates]));
    const out: Mapped<T>[] = [];
    for (const item of items) {
      const at = item.location?.coordinates ?? (item.areaId ? labels.get(item.areaId) : undefined);
      if (at) out.push({ item, lon: at[0], lat: at[1] });
    }
    return out;
  }

  #mappedIdeas(data: Loaded): Mapped<Idea>[] {
    return this.#placed(data, this.ideas ?? data.fetchedIdeas);
  }

  #mappedProjects(data: Loaded): Mapped<AreaMapProject>[] {
    return this.#placed(data, this.projects ?? data.fetchedProjects);
  }

  #href(id: string): string {
    return this.ideaUrl.replace('{id}', encodeURIComponent(id));
  }

  #projectHref(id: string): string {
    return this.projectUrl.replace('{id}', encodeURIComponent(id));
  }

  #projectState(p: AreaMapProject): string {
    const { t } = this.#l;
    return t.projectState(t.projectStatuses[p.status] ?? p.status, p.progressPercent);
  }

  /** view: the ideas (and funded projects) on the map, searchable by title or area. */
  #renderIdeaList(data: Loaded): TemplateResult {
    const { t, lang } = this.#l;
    const areas = new Map(data.areas.map((a) => [a.id, a]));
    const areaOf = (id: string | null) => this.#areaName(areas.get(id ?? '')) || t.wholeCity;
    const mapped = this.#mappedIdeas(data);
    const projects = this.#mappedProjects(data);
    const shown = mapped.filter(({ item }) => this.#matches(`${item.title} ${areaOf(item.areaId)}`));
    const shownProjects = projects.filter(({ item }) => this.#matches(`${localize(item.title, lang)} ${areaOf(item.areaId)}`));
    const total = mapped.length + projects.length;
    return html`${total > 0
        ? html`${this.#search(projects.length > 0 ? t.searchAll : t.searchIdeas)}
            <p class="hint" id="shown-count">${t.shownCount(shown.length + shownProjects.length, total)}</p>`
        : nothing}
      ${mapped.length === 0 && projects.length > 0
        ? nothing
        : html`<h3 class="subheading" id="ideas-heading">${t.ideasHeading(mapped.length)}</h3>`}
      ${mapped.length === 0
        ? projects.length > 0
          ? nothing
          : html`<p class="hint">${t.noIdeas}</p>`
        : html`<ul class="idea-list" aria-labelledby="ideas-heading">
              ${shown.map(
                ({ item: idea }) => html`<li>
                  <a href=${this.#href(idea.id)} @click=${(e: MouseEvent) => this.#followLink(idea.id, e)}>${idea.title}</a>
                  <span class="meta">${areaOf(idea.areaId)}</span>
                </li>`,
              )}
            </ul>
            ${shown.length === 0 ? html`<p class="hint">${t.noMatches}</p>` : nothing}`}
      ${projects.length === 0
        ? nothing
        : html`<h3 class="subheading" id="projects-heading"><span class="dot project" aria-hidden="true"></span> ${t.projectsHeading(projects.length)}</h3>
            <ul class="idea-list project-list" aria-labelledby="projects-heading">
              ${shownProjects.map(
                ({ item: p }) => html`<li>
                  <a href=${this.#projectHref(p.id)}>${localize(p.title, lang)}</a>
                  <span class="meta">${this.#projectState(p)} · ${areaOf(p.areaId)}</span>
                </li>`,
              )}
            </ul>
            ${shownProjects.length === 0 ? html`<p class="hint">${t.noMatches}</p>` : nothing}`}`;
  }

  /** Values of the shown indicator (or the need index) per area id, with its name and unit. */
  #needsValues(data: Loaded): { name: string; unit: string; values: Map<string, number>; index: boolean } {
    const { t, lang } = this.#l;
    const indicator = data.indicators.find((i) => i.id === this.indicator);
    if (indicator) return { name: localize(indicator.name, lang), unit: indicator.unit, values: new Map(Object.entries(indicator.values)), index: false };
    const values = new Map<string, number>();
    for (const a of data.needIndex?.areas ?? []) if (a.score !== null) values.set(a.areaId, a.score);
    return { name: t.needIndex, unit: '', values, index: true };
  }

  #format(value: number, unit: string, index: boolean): string {
    const { lang } = this.#l;
    const text = index
      ? new Intl.NumberFormat(lang === 'en' ? 'en-GB' : `${lang}-FI`, { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'exceptZero' }).format(value)
      : formatNumber(lang, value);
    return unit ? `${text} ${unit}` : text;
  }

  #fills(data: Loaded): Map<string, string> {
    const { values } = this.#needsValues(data);
    const classes = choroplethClasses([...values.values()]);
    const n = classes.ranges.length;
    const fills = new Map<string, string>();
    for (const [id, value] of values) {
      const k = classes.classOf(value);
      fills.set(id, choroplethColors[n <= 1 ? 2 : Math.round((k * (choroplethColors.length - 1)) / (n - 1))]!);
    }
    return fills;
  }

  #renderNeeds(data: Loaded): TemplateResult {
    const { t } = this.#l;
    const hasIndex = (data.needIndex?.components.length ?? 0) > 0;
    const shownIndicator = this.#needsValues(data);
    const areas = new Map(data.areas.map((a) => [a.id, a]));
    const rows = this.#sortedAreas(data)
      .map((area) => ({ area, value: shownIndicator.values.get(area.id) }))
      .sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity) || a.area.id.localeCompare(b.area.id));
    const ranks = new Map<string, number>();
    rows.forEach((row, i) => {
      if (row.value === undefined) return;
      const previous = rows[i - 1];
      ranks.set(row.area.id, previous && previous.value === row.value ? ranks.get(previous.area.id)! : i + 1);
    });
    const shown = rows.filter((row) => this.#matches(`${this.#areaName(row.area)} ${row.area.id}`));
    return html`<label for="indicator">${t.indicatorLabel}</label>
      <select part="input" id="indicator" @change=${(e: Event) => (this.indicator = (e.target as HTMLSelectElement).value)}>
        ${hasIndex ? html`<option value="" ?selected=${shownIndicator.index}>${t.needIndex}</option>` : nothing}
        ${data.indicators.map((i) => html`<option value=${i.id} ?selected=${i.id === this.indicator}>${localize(i.name, this.#l.lang)}${i.unit ? ` (${i.unit})` : ''}</option>`)}
      </select>
      ${shownIndicator.index ? html`<p class="hint">${t.needIndexHint}</p>` : nothing} ${this.#search(t.searchAreas)}
      <p class="hint" id="shown-count">${t.shownCount(shown.length, rows.length)}</p>
      <div class="table-wrap" tabindex="0" role="group" aria-label=${t.tableCaption(shownIndicator.name)}>
        <table part="table">
          <caption>${t.tableCaption(shownIndicator.name)}</caption>
          <thead>
            <tr><th scope="col">${t.rank}</th><th scope="col">${t.area}</th><th scope="col" class="number">${shownIndicator.name}</th></tr>
          </thead>
          <tbody>
            ${shown.map(
              ({ area, value }) => html`<tr class=${area.id === this.focusedArea ? 'focused' : ''}>
                <td>${ranks.get(area.id) ?? '–'}</td>
                <th scope="row">${this.#areaName(areas.get(area.id))}</th>
                <td class="number">${value === undefined ? t.noValue : this.#format(value, shownIndicator.unit, shownIndicator.index)}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>`;
  }

  #renderLegend(data: Loaded): TemplateResult | typeof nothing {
    const { t } = this.#l;
    if (this.mode === 'needs') {
      const shown = this.#needsValues(data);
      const classes = choroplethClasses([...shown.values.values()]);
      const n = classes.ranges.length;
      if (n === 0) return nothing;
      return html`<div part="legend" class="legend">
        <p class="legend-title">${t.legend}: ${shown.name}${shown.index ? ` (${t.lessNeed} → ${t.moreNeed})` : ''}</p>
        <ul>
          ${classes.ranges.map(
            ([from, to], k) => html`<li>
              <span class="swatch" style="background:${choroplethColors[n <= 1 ? 2 : Math.round((k * (choroplethColors.length - 1)) / (n - 1))]}"></span>
              ${t.legendRange(this.#format(from, shown.unit, shown.index), this.#format(to, shown.unit, shown.index))}
            </li>`,
          )}
          <li><span class="swatch none"></span> ${t.noValue}</li>
        </ul>
      </div>`;
    }
    const view = this.mode === 'view';
    if (!view && !(this.mode === 'pick-area' && this.pickable)) return nothing;
    const projects = view && this.#mappedProjects(data).length > 0;
    // a map of projects only does not explain idea pins it does not have
    const ideas = view && (!projects || this.#mappedIdeas(data).length > 0);
    return html`<div part="legend" class="legend">
      <p class="legend-title">${t.legend}</p>
      <ul>
        ${ideas
          ? html`<li><span class="dot idea"></span> ${t.legendIdea}</li>
              <li><span class="dot feasible"></span> ${t.legendFeasible}</li>`
          : nothing}
        ${projects ? html`<li><span class="dot project"></span> ${t.legendProject}</li>` : nothing}
        <li><span class="line area"></span> ${view ? t.legendArea : this.pickableLabel || t.legendPickable}</li>
        ${view ? nothing : html`<li><span class="swatch muted"></span> ${t.notPickable}</li>`}
        ${data.settings.boundary ? html`<li><span class="line boundary"></span> ${t.legendBoundary}</li>` : nothing}
      </ul>
    </div>`;
  }

  // ---- actions -----------------------------------------------------------------------------

  #emitChange(): void {
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  #pickArea(id: string, from: 'map' | 'list'): void {
    if (this.disabled || id === this.value) return;
    const area = this.#data.value?.areas.find((a) => a.id === id);
    if (!this.#canPick(id)) {
      this.announcement = `${this.#areaName(area)}: ${this.#l.t.notPickable}`;
      return;
    }
    this.value = id;
    this.announcement = area ? this.#l.t.selectedArea(this.#areaName(area)) : this.#l.t.noAreaSelected;
    if (from === 'list' && area?.geometry) this.#map?.focusArea(area.geometry);
    this.#emitChange();
  }

  #areaAt(lon: number, lat: number): Area | undefined {
    return this.#data.value?.areas.find((a) => a.geometry && pointInGeometry(lon, lat, a.geometry));
  }

  #insideBoundary(lon: number, lat: number): boolean {
    const boundary = this.#data.value?.settings.boundary;
    return !boundary || pointInGeometry(lon, lat, boundary);
  }

  /** Places (or removes) the pin; refuses a point outside the boundary. Returns whether it moved. */
  #setPin(at: [number, number] | null): boolean {
    if (this.disabled) return false;
    if (at && !this.#insideBoundary(at[0], at[1])) {
      this.announcement = this.#l.t.pinOutside;
      return false;
    }
    const point: Point | null = at ? { type: 'Point', coordinates: [round(at[0]), round(at[1])] } : null;
    this.value = point ? JSON.stringify(point) : '';
    this.announcement = point ? this.#pinText(point) : this.#l.t.pinNone;
    this.#emitChange();
    return true;
  }

  #placeAtCentre = (): void => {
    const data = this.#data.value;
    let at = this.#map?.center();
    if (!at || !this.#insideBoundary(at[0], at[1])) {
      const first = data?.areas.find((a) => a.labelPoint && this.#insideBoundary(a.labelPoint.coordinates[0], a.labelPoint.coordinates[1]));
      at = first?.labelPoint?.coordinates as [number, number] | undefined;
    }
    if (at) this.#setPin(at);
  };

  #pinToArea(id: string): void {
    const area = this.#data.value?.areas.find((a) => a.id === id);
    const at = area?.labelPoint?.coordinates;
    if (!area || !at) return;
    if (this.#setPin([at[0], at[1]]) && area.geometry) this.#map?.focusArea(area.geometry);
  }

  #onMapKey = (event: KeyboardEvent): void => {
    if (event.target !== event.currentTarget) return;
    const point = this.point;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      if (!point) this.#placeAtCentre();
      else this.announcement = this.#pinText(point);
      return;
    }
    if ((event.key === 'Delete' || event.key === 'Backspace') && point) {
      event.preventDefault();
      this.#setPin(null);
      return;
    }
    const moves: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    if (!point) {
      this.#placeAtCentre();
      return;
    }
    const step = event.shiftKey ? pinStep * 5 : pinStep;
    const at = this.#map
      ? this.#map.offset(point.coordinates as [number, number], move[0] * step, move[1] * step)
      : ([point.coordinates[0] + move[0] * 0.002, point.coordinates[1] - move[1] * 0.001] as [number, number]);
    this.#setPin(at);
  };

  #followLink(ideaId: string, event: MouseEvent): void {
    const href = this.#href(ideaId);
    const custom = new AreaMapIdeaLinkEvent(ideaId, href);
    if (!this.dispatchEvent(custom)) event.preventDefault();
  }

  #onAreaClick(id: string): void {
    const data = this.#data.value;
    const area = data?.areas.find((a) => a.id === id);
    if (!data || !area) return;
    if (this.mode === 'pick-area') this.#pickArea(id, 'map');
    else if (this.mode === 'view') {
      this.query = this.#areaName(area);
      const placed = [...this.#mappedIdeas(data), ...this.#mappedProjects(data)];
      this.announcement = this.#l.t.shownCount(placed.filter(({ item }) => item.areaId === id).length, placed.length);
    } else if (this.mode === 'needs') {
      this.focusedArea = id;
      this.query = '';
      const shown = this.#needsValues(data);
      const value = shown.values.get(id);
      this.announcement = `${this.#areaName(area)}: ${value === undefined ? this.#l.t.noValue : this.#format(value, shown.unit, shown.index)}`;
    }
  }

  // ---- the map -----------------------------------------------------------------------------

  async #drawMap(data: Loaded, changed: PropertyValues<this>): Promise<void> {
    const container = this.renderRoot.querySelector<HTMLElement>('#map');
    if (!container || this.mapFailed) return;
    if (container !== this.#mapContainer) {
      this.#map?.destroy();
      this.#map = undefined;
      this.#mapContainer = container;
      this.#mapLoading = this.#createMap(container, data);
    }
    await this.#mapLoading;
    const map = this.#map;
    if (!map || this.#mapContainer !== container) return;
    const relevant = ['value', 'ideas', 'projects', 'ideaUrl', 'projectUrl', 'indicator', 'mode', 'focusedArea', 'pickable'];
    if (changed.size > 0 && ![...changed.keys()].some((k) => relevant.includes(String(k))) && !this.#firstDraw) return;
    this.#firstDraw = false;
    const started = performance.now();
    const fills = this.mode === 'needs' ? this.#fills(data) : undefined;
    const selected = this.mode === 'pick-area' ? this.value : this.mode === 'pin' ? this.areaId : this.focusedArea || null;
    map.setAreas(
      data.areas
        .filter((a) => a.geometry)
        .map((a) => {
          const muted = !this.#canPick(a.id);
          const name = this.#areaName(a);
          return { id: a.id, name: muted ? `${name}: ${this.#l.t.notPickable}` : name, muted, geometry: a.geometry as AreaGeometry, ...(fills ? { fill: fills.get(a.id) ?? '#ffffff' } : {}) };
        }),
      selected || null,
    );
    const pins: MapPin[] = [];
    if (this.mode === 'view') {
      const areas = new Map(data.areas.map((a) => [a.id, a]));
      for (const { item: idea, lon, lat } of this.#mappedIdeas(data)) {
        pins.push({
          id: idea.id,
          lon,
          lat,
          title: idea.title,
          kind: idea.review?.feasibility === 'feasible' ? 'feasible' : 'idea',
          meta: this.#areaName(areas.get(idea.areaId ?? '')) || this.#l.t.wholeCity,
          href: this.#href(idea.id),
        });
      }
      for (const { item: p, lon, lat } of this.#mappedProjects(data)) {
        pins.push({
          id: p.id,
          lon,
          lat,
          title: localize(p.title, this.#l.lang),
          kind: 'project',
          meta: `${this.#l.t.legendProject}: ${this.#projectState(p)}`,
          href: this.#projectHref(p.id),
        });
      }
    }
    map.setPins(pins);
    const point = this.point;
    map.setEditablePin(point ? (point.coordinates as [number, number]) : null, point ? this.#pinText(point) : '');
    this.dispatchEvent(new AreaMapDrawnEvent(performance.now() - started, pins.length));
  }

  #firstDraw = true;

  async #createMap(container: HTMLElement, data: Loaded): Promise<void> {
    try {
      const { LeafletMap } = await import('../../lazy/leaflet-map.js');
      if (this.#mapContainer !== container || !this.isConnected) return;
      const tiles =
        this.tiles === 'none' ? null : this.tiles ? { url: this.tiles, attribution: data.settings.tiles?.attribution ?? '', maxZoom: 19 } : data.settings.tiles;
      this.#map = new LeafletMap(
        container,
        this.renderRoot as ShadowRoot,
        {
          tiles,
          dataAttribution: data.settings.dataAttribution,
          keyboardPan: this.mode !== 'pin',
          texts: () => this.#l.t,
        },
        {
          areaClick: this.mode === 'pin' ? undefined : (id) => this.#onAreaClick(id),
          mapClick: this.mode === 'pin' ? (lon, lat) => this.#setPin([lon, lat]) : undefined,
          pinDragged: (lon, lat) => {
            if (!this.#setPin([lon, lat])) this.requestUpdate('value');
          },
          linkClick: (pin, event) => {
            if (pin.kind !== 'project') this.#followLink(pin.id, event);
          },
        },
      );
      // the dashed city border the legend names
      this.#map.setBoundary(data.settings.boundary ?? null);
      this.#firstDraw = true;
      this.#resize = new ResizeObserver(() => this.#map?.invalidate());
      this.#resize.observe(container);
    } catch (error) {
      console.warn('osallistu: the map could not be drawn; the list still works', error);
      this.mapFailed = true;
    }
  }
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;

declare global {
  interface HTMLElementTagNameMap {
    'osallistu-area-map': AreaMap;
  }
}
