import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { Task, TaskStatus } from '@lit/task';
import {
  limits,
  localize,
  type Area,
  type Idea,
  type IdeaSort,
  type PublicIdeaFilter,
  type Theme,
} from '@osallistu/contract';
import { ApiController, LocalizeController, baseStyles, canLoadNested, loadNested, tokens, type ApiClient } from '@osallistu/core';
import { ideasTranslations } from '../i18n/ideas-translations.js';
import { ideaCard } from '../idea-card/idea-card.js';
import { ideaCardStyles } from '../idea-card/idea-card.styles.js';
import { statusBadgeStyles } from '../status-badge/status-badge.styles.js';
import { ideaBoardStyles } from './idea-board.styles.js';

/** How long the search waits after the last keystroke. */
const searchDelayMs = 300;

/**
 * The idea board of a process: published ideas with search, filters (area, theme, status),
 * sorting and "show more" paging; each idea with its status, staff decisions, support button and
 * comments.
 *
 * @summary Board of residents' ideas with search, filters, support and comments.
 * @tagname osallistu-ideas
 *
 * @fires osallistu-idea-supported - From a support button: `IdeaSupportedEvent`.
 * @fires osallistu-comment-submitted - From a comment form: `CommentSubmittedEvent`.
 *
 * @csspart base - The wrapper.
 * @csspart heading - The board's heading.
 * @csspart filters - The search and filter form.
 * @csspart label - Labels of the filters.
 * @csspart input - Search input and selects.
 * @csspart button - Buttons (search, show more, comments, retry).
 * @csspart list - The list of ideas.
 * @csspart card - Each idea.
 * @csspart card-title - The title of each idea.
 * @csspart badge - Status badges (also `badge-published`, `badge-feasible`, `badge-notFeasible`, `badge-merged`, `badge-rejected`).
 * @csspart support-button - Support buttons.
 * @csspart notice - Loading, empty and error states.
 *
 * @cssprop --osallistu-color-primary - Buttons, links and focus.
 * @cssprop --osallistu-card-background - Background of the idea cards.
 * @cssprop --osallistu-card-border-color - Border of the idea cards.
 * @cssprop --osallistu-filters-background - Background of the filter area.
 */
export class IdeaBoard extends LitElement {
  static override styles = [tokens, baseStyles, statusBadgeStyles, ideaCardStyles, ideaBoardStyles];

  /** Id of the process, e.g. `pb-2027`. */
  @property({ reflect: true }) process = '';

  /** Base URL of the API; else the nearest `<osallistu-config>`, the loader's default or the page's origin. */
  @property() api?: string;

  /** Tenant id; else the nearest `<osallistu-config>` or the loader's default. */
  @property() tenant?: string;

  /** Ideas per page (1–50). */
  @property({ attribute: 'page-size', type: Number }) pageSize = 10;

  /** A ready API client (property only), e.g. with an injected `fetch`. */
  @property({ attribute: false }) client?: ApiClient;

  /** Map view: link of a funded project's pin, `{id}` replaced by its id. */
  @property({ attribute: 'project-url' }) projectUrl?: string;

  @state() private q = '';
  @state() private area = '';
  @state() private theme = '';
  @state() private status: PublicIdeaFilter | '' = '';
  @state() private sort: IdeaSort = 'newest';
  @state() private more: Idea[] = [];
  @state() private cursor: string | null = null;
  @state() private announcement = '';
  @state() private openComments = new Set<string>();
  /** `map` shows the same filtered ideas, and the process's funded projects, on `<osallistu-area-map>`. */
  @state() private view: 'list' | 'map' = 'list';
  /** Whether a loader knows the map; decided without loading it (its chunk loads when the map view opens). */
  #mapAvailable = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#mapAvailable = canLoadNested('osallistu-area-map');
  }

  readonly #api = new ApiController(this);
  readonly #l = new LocalizeController(this, ideasTranslations);
  #searchTimer: ReturnType<typeof setTimeout> | undefined;

  readonly #meta = new Task(this, {
    args: () => [this.#api.client, this.process] as const,
    task: async ([client, process], { signal }) => {
      const [themes, areas] = await Promise.all([client.listThemes(process, { signal }), client.listAreas({}, { signal })]);
      return { themes: new Map(themes.map((t) => [t.id, t])), areas: new Map(areas.map((a) => [a.id, a])) };
    },
  });

  readonly #list = new Task(this, {
    args: () => [this.#api.client, this.process, this.q, this.area, this.theme, this.status, this.sort, this.#limit] as const,
    task: async ([client, process, q, area, theme, status, sort, limit], { signal }) => {
      const page = await client.listIdeas(
        process,
        { q: q.trim() || undefined, area: area || undefined, theme: theme || undefined, status: status || undefined, sort, limit },
        { signal },
      );
      this.more = [];
      this.cursor = page.nextCursor;
      this.#announce(this.#l.t.resultsCount(page.items.length, page.nextCursor !== null));
      return page.items;
    },
  });

  readonly #loadMore = new Task(this, {
    autoRun: false,
    args: () => [this.#api.client, this.process, this.q, this.area, this.theme, this.status, this.sort, this.#limit, this.cursor] as const,
    task: async ([client, process, q, area, theme, status, sort, limit, cursor], { signal }) => {
      if (!cursor) return;
      const page = await client.listIdeas(
        process,
        { q: q.trim() || undefined, area: area || undefined, theme: theme || undefined, status: status || undefined, sort, limit, cursor },
        { signal },
      );
      const firstNew = page.items[0]?.id;
      this.more = [...this.more, ...page.items];
      this.cursor = page.nextCursor;
      this.#announce(this.#l.t.moreLoaded(page.items.length));
      await this.updateComplete;
      if (firstNew) this.renderRoot.querySelector<HTMLElement>(`#idea-${CSS.escape(firstNew)}`)?.focus();
    },
  });

  /** Says `text` in the live region; emptied first so that the same words are spoken again. */
  #announce(text: string): void {
    this.announcement = '';
    void this.updateComplete.then(() => (this.announcement = text));
  }

  /** `page-size` within what the API allows. */
  get #limit(): number {
    const size = Math.round(Number(this.pageSize));
    return Number.isFinite(size) ? Math.min(Math.max(size, 1), limits.pageSize.max) : limits.pageSize.default;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#searchTimer);
  }

  protected override render() {
    const { t } = this.#l;
    return html`<section part="base" aria-labelledby="board-heading" lang=${this.#l.lang}>
      <h2 part="heading" id="board-heading">${t.boardHeading}</h2>
      ${this.#renderFilters()} ${this.#renderViewSwitch()}
      <p class="visually-hidden" role="status">${this.announcement}</p>
      ${this.#renderResults()}
    </section>`;
  }

  #renderFilters(): TemplateResult {
    const { t, lang } = this.#l;
    const meta = this.#meta.value;
    const byName = <T extends Theme | Area>(items: Iterable<T>) =>
      [...items].map((i) => ({ id: i.id, name: localize(i.name, lang) })).sort((a, b) => a.name.localeCompare(b.name, lang));
    return html`<form part="filters" class="filters" role="search" aria-label=${t.searchLabel} @submit=${this.#onSearchSubmit}>
      <div class="field search-field">
        <label part="label" for="q">${t.searchLabel}</label>
        <div class="search">
          <input part="input" id="q" name="q" type="search" maxlength="100" .value=${this.q} @input=${this.#onSearchInput} />
          <button part="button" class="button" type="submit">${t.searchButton}</button>
        </div>
      </div>
      ${this.#select('area', t.areaFilter, t.allAreas, this.area, meta ? byName(meta.areas.values()) : [])}
      ${this.#select('theme', t.themeFilter, t.allThemes, this.theme, meta ? byName(meta.themes.values()) : [])}
      ${this.#select(
        'status',
        t.statusFilter,
        t.allStatuses,
        this.status,
        // the dictionary's keys are the contract's filters, in order (a test checks)
        (Object.keys(t.statusFilters) as PublicIdeaFilter[]).map((s) => ({ id: s, name: t.statusFilters[s] })),
      )}
      ${this.#select('sort', t.sortLabel, null, this.sort, (Object.keys(t.sorts) as IdeaSort[]).map((s) => ({ id: s, name: t.sorts[s] })))}
    </form>`;
  }

  #select(
    name: 'area' | 'theme' | 'status' | 'sort',
    label: string,
    all: string | null,
    value: string,
    options: { id: string; name: string }[],
  ): TemplateResult {
    return html`<div class="field">
      <label part="label" for="filter-${name}">${label}</label>
      <select part="input" id="filter-${name}" name=${name} @change=${this.#onFilterChange}>
        ${all !== null ? html`<option value="" ?selected=${value === ''}>${all}</option>` : nothing}
        ${options.map((o) => html`<option value=${o.id} ?selected=${o.id === value}>${o.name}</option>`)}
      </select>
    </div>`;
  }

  #renderResults(): TemplateResult {
    const { t } = this.#l;
    const list = this.#list;
    if (list.status === TaskStatus.ERROR || this.#meta.status === TaskStatus.ERROR) {
      return html`<div part="notice" class="notice danger">
        <h3>${t.errorHeading}</h3>
        <p>${this.#l.problem(list.error ?? this.#meta.error)}</p>
        <button part="button" class="button" type="button" @click=${this.#retry}>${t.retry}</button>
      </div>`;
    }
    const items = list.value;
    const busy = list.status === TaskStatus.PENDING || this.#meta.status === TaskStatus.PENDING;
    if (!items || (busy && list.status === TaskStatus.PENDING && items.length === 0)) {
      return html`<p part="notice" class="notice" aria-busy="true">${t.loading}</p>`;
    }
    if (items.length === 0) {
      return html`<div part="notice" class="notice" aria-busy=${busy ? 'true' : 'false'}>
        <h3>${t.emptyHeading}</h3>
        <p>${t.emptyText}</p>
      </div>`;
    }
    const all = [...items, ...this.more];
    if (this.view === 'map' && this.#mapAvailable) {
      return html`<osallistu-area-map
          mode="view"
          process=${this.process}
          project-url=${this.projectUrl ?? nothing}
          .ideas=${all}
          .label=${t.boardHeading}
          @osallistu-area-map-idea-link=${this.#onMapIdea}
          ><p part="notice" class="notice" aria-busy="true">${t.loading}</p></osallistu-area-map
        >
        ${this.cursor
          ? html`<button part="button" class="button secondary" type="button" @click=${this.#onLoadMore}>${t.loadMore}</button>`
          : nothing}`;
    }
    return html`<ul part="list" class="list" aria-busy=${busy ? 'true' : 'false'} aria-labelledby="board-heading">
        ${repeat(all, (idea) => idea.id, (idea) => html`<li>${this.#card(idea)}</li>`)}
      </ul>
      ${this.cursor
        ? html`<button
            part="button"
            class="button secondary"
            type="button"
            aria-disabled=${this.#loadMore.status === TaskStatus.PENDING ? 'true' : 'false'}
            @click=${this.#onLoadMore}
          >
            ${t.loadMore}
          </button>`
        : nothing}`;
  }

  #card(idea: Idea): TemplateResult {
    const { t, lang } = this.#l;
    const meta = this.#meta.value;
    return ideaCard(idea, {
      l: this.#l,
      client: this.#api.client,
      themeName: (id) => {
        const theme = meta?.themes.get(id);
        return theme ? localize(theme.name, lang) : id;
      },
      areaName: (id) => {
        if (!id) return t.wholeCity;
        const area = meta?.areas.get(id);
        return area ? localize(area.name, lang) : id;
      },
      commentsOpen: this.openComments.has(idea.id),
      onToggleComments: (i) => this.#toggleComments(i),
      onShowIdea: (event, target) => this.#showIdea(event, target),
    });
  }

  #renderViewSwitch(): TemplateResult | typeof nothing {
    if (!this.#mapAvailable) return nothing;
    const { t } = this.#l;
    const button = (view: 'list' | 'map', label: string) =>
      html`<button part="button" class="button secondary" type="button" aria-pressed=${this.view === view ? 'true' : 'false'} @click=${() => this.#setView(view)}>
        ${label}
      </button>`;
    return html`<div class="view-switch" role="group" aria-label=${t.viewLabel}>${button('list', t.viewList)} ${button('map', t.viewMap)}</div>`;
  }

  #setView(view: 'list' | 'map'): void {
    // the map's chunk (and, once it draws, Leaflet's) loads the first time the map view opens
    if (view === 'map' && !loadNested('osallistu-area-map')) return;
    this.view = view;
  }

  /** An idea's link on the map: show it in the list instead of following the link. */
  async #onMapIdea(event: Event): Promise<void> {
    event.preventDefault();
    const id = (event as Event & { ideaId: string }).ideaId;
    this.view = 'list';
    await this.updateComplete;
    const card = this.renderRoot.querySelector<HTMLElement>(`#idea-${CSS.escape(id)}`);
    card?.scrollIntoView({ block: 'start' });
    card?.focus();
  }

  #onSearchInput(event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    clearTimeout(this.#searchTimer);
    this.#searchTimer = setTimeout(() => (this.q = value), searchDelayMs);
  }

  #onSearchSubmit(event: SubmitEvent): void {
    event.preventDefault();
    clearTimeout(this.#searchTimer);
    this.q = (this.renderRoot.querySelector<HTMLInputElement>('#q')?.value ?? '').trim();
  }

  #onFilterChange(event: Event): void {
    const select = event.target as HTMLSelectElement;
    const value = select.value;
    switch (select.name) {
      case 'area':
        this.area = value;
        break;
      case 'theme':
        this.theme = value;
        break;
      case 'status':
        this.status = value as PublicIdeaFilter | '';
        break;
      case 'sort':
        this.sort = value as IdeaSort;
        break;
    }
  }

  #onLoadMore(): void {
    if (this.#loadMore.status !== TaskStatus.PENDING) void this.#loadMore.run();
  }

  #retry(): void {
    if (this.#meta.status === TaskStatus.ERROR) void this.#meta.run();
    void this.#list.run();
  }

  #toggleComments(idea: Idea): void {
    const open = new Set(this.openComments);
    if (open.has(idea.id)) open.delete(idea.id);
    else {
      open.add(idea.id);
      // the comments (and the validation they need) load the first time someone opens them
      void import('../idea-comments/define.js').then((m) => m.define());
    }
    this.openComments = open;
  }

  /** A link to another idea (a merge target): focus it when listed, else search for it. */
  async #showIdea(event: Event, target: { id: string; title: string }): Promise<void> {
    event.preventDefault();
    const card = this.renderRoot.querySelector<HTMLElement>(`#idea-${CSS.escape(target.id)}`);
    if (card) {
      card.scrollIntoView({ block: 'start' });
      card.focus();
      return;
    }
    this.status = '';
    this.q = target.title;
    const input = this.renderRoot.querySelector<HTMLInputElement>('#q');
    if (input) input.value = target.title;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'osallistu-ideas': IdeaBoard;
  }
}
