import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { localize, type Area, type ProjectStatus, type ProjectSummary } from '@osallistu/contract';
import { ApiController, LocalizeController, baseStyles, loadNested, tokens, type ApiClient } from '@osallistu/core';
import { progressTranslations } from '../i18n/progress-translations.js';
import { progressStyles } from '../progress-styles.js';
import type { ProjectDetail } from '../project-detail/project-detail.js';
import { progressBlock } from '../progress-block/progress-block.js';

/**
 * The projects of a process (or of one area): filter by status and area; each with its status,
 * a progress bar whose number is text, the budget used and the next milestone. Opening a project
 * shows its detail: timeline of updates, sign-up for taking part, evaluation when completed,
 * and following by email. A page URL ending in `#project-{id}` (the area map's project cards link
 * there) opens that project's detail, on load and on `hashchange`, when the project is in the list.
 *
 * @summary Progress of a process's projects, with a detail view per project.
 * @tagname osallistu-progress
 *
 * @fires osallistu-signed-up - From the detail view: `SignedUpEvent`.
 * @fires osallistu-project-evaluated - From the detail view: `ProjectEvaluatedEvent`.
 * @fires osallistu-follow-requested - From the follow form: `FollowRequestedEvent`.
 *
 * @csspart base - The wrapper.
 * @csspart heading - The tracker's heading.
 * @csspart filters - The filter form.
 * @csspart list - The list of projects.
 * @csspart card - Each project.
 * @csspart button - Buttons.
 * @csspart notice - Loading, empty and error states.
 *
 * @cssprop --osallistu-progress-color - Fill of the progress bars.
 * @cssprop --osallistu-card-background - Background of the project cards.
 */
export class ProgressTracker extends LitElement {
  static override styles = [tokens, baseStyles, progressStyles];

  /** Id of the process, e.g. `lahiot-2026`. */
  @property({ reflect: true }) process = '';
  /** Id of an area: only its projects (across processes) when set. */
  @property() area = '';
  /** Where the results of participatory budgeting are shown, for projects from a winning proposal (passed to the detail view). */
  @property({ attribute: 'results-href' }) resultsHref = '';
  @property() api?: string;
  @property() tenant?: string;
  @property({ attribute: false }) client?: ApiClient;

  @state() private status: ProjectStatus | '' = '';
  @state() private areaFilter = '';
  @state() private selected = '';

  readonly #api = new ApiController(this);
  readonly #l = new LocalizeController(this, progressTranslations);

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('hashchange', this.#openFromHash);
    void this.#openFromHash();
  }

  override disconnectedCallback(): void {
    removeEventListener('hashchange', this.#openFromHash);
    super.disconnectedCallback();
  }

  /** The project the page URL's `#project-{id}` names, or ''. */
  #hashProject(): string {
    try {
      return decodeURIComponent(/^#project-(.+)$/.exec(location.hash)?.[1] ?? '');
    } catch {
      return '';
    }
  }

  /** Opens the project the hash names once the list is in, if it is one of this tracker's (pages may hold several). */
  readonly #openFromHash = async (): Promise<void> => {
    const id = this.#hashProject();
    if (!id) return;
    await this.updateComplete;
    const data = await this.#data.taskComplete.catch(() => undefined);
    if (data?.projects.some((p) => p.id === id) && this.#hashProject() === id) await this.#open(id);
  };

  readonly #data = new Task(this, {
    args: () => [this.#api.client, this.process, this.area] as const,
    task: async ([client, process, area], { signal }) => {
      const [projects, areas] = await Promise.all([
        client.get<ProjectSummary[]>('/projects', { process: process || undefined, area: area || undefined }, { signal }),
        client.listAreas({}, { signal }),
      ]);
      return { projects, areas: new Map<string, Area>(areas.map((a) => [a.id, a])) };
    },
  });

  #areaName(id: string | null): string {
    if (!id) return this.#l.t.wholeCity;
    const area = this.#data.value?.areas.get(id);
    return area ? localize(area.name, this.#l.lang) : id;
  }

  protected override render() {
    const { t, lang } = this.#l;
    return html`<section part="base" aria-labelledby="tracker-heading" lang=${lang}>
      <h2 part="heading" id="tracker-heading" tabindex="-1">${t.trackerHeading}</h2>
      ${this.selected ? this.#renderDetail() : this.#renderList()}
    </section>`;
  }

  #renderDetail(): TemplateResult {
    const project = this.#data.value?.projects.find((p) => p.id === this.selected);
    return html`<button part="button" class="button secondary back" type="button" @click=${this.#back}>${this.#l.t.backToList}</button>
      <osallistu-project-detail
        project-id=${this.selected}
        area-name=${project ? this.#areaName(project.areaId) : ''}
        results-href=${this.resultsHref}
        .client=${this.#api.client}
        exportparts="button, heading: detail-heading"
      ></osallistu-project-detail>`;
  }

  #renderList(): TemplateResult {
    const { t } = this.#l;
    if (this.#data.status === TaskStatus.ERROR) {
      return html`<div part="notice" class="notice danger">
        <h3>${t.errorHeading}</h3>
        <p>${this.#l.problem(this.#data.error)}</p>
        <button part="button" class="button" type="button" @click=${() => void this.#data.run()}>${t.retry}</button>
      </div>`;
    }
    const data = this.#data.value;
    if (!data) return html`<p part="notice" class="notice" aria-busy="true">${t.loading}</p>`;
    const shown = data.projects.filter((p) => (!this.status || p.status === this.status) && (!this.areaFilter || p.areaId === this.areaFilter));
    return html`${this.#renderFilters(data.projects)}
      <p class="visually-hidden" role="status">${t.resultsCount(shown.length)}</p>
      ${shown.length === 0
        ? html`<div part="notice" class="notice">
            <h3>${t.emptyHeading}</h3>
            <p>${t.emptyText}</p>
          </div>`
        : html`<ul part="list" class="cards" aria-labelledby="tracker-heading">
            ${shown.map((p) => html`<li>${this.#card(p)}</li>`)}
          </ul>`}`;
  }

  #renderFilters(projects: ProjectSummary[]): TemplateResult {
    const { t, lang } = this.#l;
    const areaIds = [...new Set(projects.map((p) => p.areaId ?? ''))];
    const areas = areaIds.map((id) => ({ id, name: this.#areaName(id || null) })).sort((a, b) => a.name.localeCompare(b.name, lang));
    return html`<form part="filters" class="filters" @submit=${(e: Event) => e.preventDefault()}>
      <div class="field">
        <label for="filter-status">${t.statusFilter}</label>
        <select id="filter-status" @change=${(e: Event) => (this.status = (e.target as HTMLSelectElement).value as ProjectStatus | '')}>
          <option value="" ?selected=${this.status === ''}>${t.allStatuses}</option>
          ${
            // the dictionary names every status in the contract's order (a test checks it), so the
            // list needs no import of the contract's project schemas
            (Object.keys(t.statuses) as ProjectStatus[]).map((s) => html`<option value=${s} ?selected=${this.status === s}>${t.statuses[s]}</option>`)
          }
        </select>
      </div>
      ${this.area
        ? nothing
        : html`<div class="field">
            <label for="filter-area">${t.areaFilter}</label>
            <select id="filter-area" @change=${(e: Event) => (this.areaFilter = (e.target as HTMLSelectElement).value)}>
              <option value="" ?selected=${this.areaFilter === ''}>${t.allAreas}</option>
              ${areas.map((a) => html`<option value=${a.id} ?selected=${this.areaFilter === a.id}>${a.name}</option>`)}
            </select>
          </div>`}
    </form>`;
  }

  #card(p: ProjectSummary): TemplateResult {
    const { t, lang } = this.#l;
    const title = localize(p.title, lang);
    return html`<article part="card" class="card" id="project-${p.id}" aria-labelledby="title-${p.id}">
      <h3 id="title-${p.id}">${title}</h3>
      <p><span class="badge ${p.status}">${t.statuses[p.status]}</span> <span class="meta">${this.#areaName(p.areaId)}</span></p>
      ${progressBlock(p, this.#l)}
      ${p.nextMilestone && p.status !== 'cancelled' && p.status !== 'completed'
        ? html`<p class="next">${t.nextMilestone(localize(p.nextMilestone.title, lang), this.#l.date(p.nextMilestone.plannedDate))}</p>`
        : nothing}
      ${p.status === 'cancelled' && p.cancelReason ? html`<p><strong>${t.cancelReason}:</strong> ${p.cancelReason}</p>` : nothing}
      <button part="button" class="button secondary open" type="button" aria-label=${t.showProject(title)} @click=${() => this.#open(p.id)}>
        ${t.openProject}
      </button>
    </article>`;
  }

  async #open(id: string): Promise<void> {
    // The detail view (forms, timeline of updates) is its own widget, loaded on first use from the
    // loader's registry, so the list stays light.
    loadNested('osallistu-project-detail');
    this.selected = id;
    await customElements.whenDefined('osallistu-project-detail');
    await this.updateComplete;
    await this.renderRoot.querySelector<ProjectDetail>('osallistu-project-detail')?.focusHeading();
  }

  async #back(): Promise<void> {
    const id = this.selected;
    this.selected = '';
    // Back in the list: the hash no longer names it, so the map's link to it works again.
    if (this.#hashProject() === id) history.replaceState(history.state, '', location.pathname + location.search);
    void this.#data.run();
    await this.#data.taskComplete.catch(() => undefined);
    await this.updateComplete;
    const button = this.renderRoot.querySelector<HTMLElement>(`#project-${CSS.escape(id)} button.open`);
    (button ?? this.renderRoot.querySelector<HTMLElement>('#tracker-heading'))?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'osallistu-progress': ProgressTracker;
  }
}
