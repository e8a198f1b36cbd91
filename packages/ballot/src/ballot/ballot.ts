import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import {
  localize,
  type Area,
  type BallotReceipt,
  type Budget,
  type BudgetList,
  type EmailCodeSent,
  type FieldError,
  type Proposal,
  type ReceiptCheck,
  type Theme,
  type VoterBallot,
  type VoterSession,
  type VoterStatus,
} from '@osallistu/contract';
import { ApiController, ApiProblem, LocalizeController, baseStyles, canLoadNested, loadNested, randomId, tokens, type ApiClient } from '@osallistu/core';
import { ballotTranslations } from '../i18n/ballot-translations.js';
import { BudgetController } from '../budget-controller/budget-controller.js';
import { voterStore, type StoredVoter } from '../voter-store/voter-store.js';
import { BallotCastEvent } from '../events/ballot-cast-event.js';
import { ballotStyles } from './ballot.styles.js';

type Step = 'budgets' | 'pick' | 'review' | 'verify' | 'receipt';

/** The area map, another package's widget: rendered by tag, defined through the loader's registry. */
const mapTag = 'osallistu-area-map';
/** Rule messages about the whole ballot (not about one unknown or repeated proposal). */
const ruleCodes = ['over-budget', 'too-many-proposals', 'too-few-proposals', 'below-minimum-share'];

interface Meta {
  list: BudgetList;
  proposals: Proposal[];
  themes: Map<string, Theme>;
  areas: Map<string, Area>;
}

/**
 * The participatory-budgeting ballot of a process: choose a budget (the city-wide one and one
 * area), browse and search its proposals, pick with a running budget bar and rule feedback,
 * review, verify (email code or printed voting code), send, and keep a receipt. A verified voter
 * can change a vote until the server's deadline. When the page's loader knows
 * `<osallistu-area-map>`, the area budgets can also be chosen on a map (loaded only when shown).
 *
 * @summary Participatory-budgeting ballot with live budget maths and voter verification.
 * @tagname osallistu-ballot
 *
 * @fires osallistu-ballot-cast - A ballot was accepted: `BallotCastEvent` with the receipt.
 *
 * @csspart base - The wrapper.
 * @csspart heading - The heading of each step.
 * @csspart budget - Each budget in the list.
 * @csspart proposal - Each proposal.
 * @csspart budget-bar - The running total.
 * @csspart button - Buttons.
 * @csspart input - Inputs and selects.
 * @csspart notice - Loading, closed, error and receipt messages.
 *
 * @cssprop --osallistu-color-primary - Buttons, links, focus and the budget bar.
 * @cssprop --osallistu-ballot-bar-background - Background of the sticky budget bar.
 */
export class Ballot extends LitElement {
  static override styles = [tokens, baseStyles, ballotStyles];

  /** Id of the process, e.g. `pb-2026`. */
  @property({ reflect: true }) process = '';

  /** Base URL of the API; else the nearest `<osallistu-config>`, the loader's default or the page's origin. */
  @property() api?: string;

  /** Tenant id; else the nearest `<osallistu-config>` or the loader's default. */
  @property() tenant?: string;

  /** A ready API client (property only), e.g. with an injected `fetch`. */
  @property({ attribute: false }) client?: ApiClient;

  @state() private step: Step = 'budgets';
  @state() private budgetId = '';
  @state() private q = '';
  @state() private theme = '';
  @state() private voter: StoredVoter | null = null;
  @state() private ballots: VoterBallot[] = [];
  @state() private method: 'email' | 'printed' = 'email';
  @state() private email = '';
  @state() private codeSentTo = '';
  @state() private code = '';
  @state() private ageOk = false;
  @state() private townOk = false;
  @state() private busy = false;
  @state() private error = '';
  @state() private fieldErrors: FieldError[] = [];
  @state() private receipt: BallotReceipt | null = null;
  @state() private receiptStatus: ReceiptCheck['status'] | null = null;
  @state() private announcement = '';
  @state() private showMap = false;
  @state() private mapArea = '';

  readonly #api = new ApiController(this);
  readonly #l = new LocalizeController(this, ballotTranslations);
  readonly #maths = new BudgetController(this);
  /** Kept while the same ballot is retried, so a retry never casts twice. */
  #idempotency = { picks: '', key: '' };
  #focusStep = false;

  readonly #meta = new Task(this, {
    args: () => [this.#api.client, this.process] as const,
    task: async ([client, process], { signal }): Promise<Meta> => {
      const [list, proposals, themes, areas] = await Promise.all([
        client.get<BudgetList>(`/processes/${encodeURIComponent(process)}/budgets`, undefined, { signal }),
        client.get<Proposal[]>(`/processes/${encodeURIComponent(process)}/proposals`, undefined, { signal }),
        client.listThemes(process, { signal }),
        client.listAreas({}, { signal }),
      ]);
      await this.#restoreVoter(client, process, signal);
      return { list, proposals, themes: new Map(themes.map((t) => [t.id, t])), areas: new Map(areas.map((a) => [a.id, a])) };
    },
  });

  async #restoreVoter(client: ApiClient, process: string, signal: AbortSignal): Promise<void> {
    const stored = voterStore.get(client.api, client.tenant, process);
    if (!stored) return;
    try {
      const status = await client.get<VoterStatus>(`/processes/${encodeURIComponent(process)}/voter`, undefined, {
        signal,
        headers: { authorization: `Bearer ${stored.token}` },
      });
      this.voter = stored;
      this.ballots = status.ballots;
    } catch (error) {
      if (signal.aborted) throw error;
      voterStore.clear(client.api, client.tenant, process);
      this.voter = null;
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.#focusStep) {
      this.#focusStep = false;
      this.renderRoot.querySelector<HTMLElement>('[data-step-heading]')?.focus();
    }
  }

  #go(step: Step): void {
    this.step = step;
    this.error = '';
    this.fieldErrors = [];
    this.#focusStep = true;
  }

  protected override render() {
    const { t, lang } = this.#l;
    return html`<section part="base" aria-labelledby="ballot-heading" lang=${lang}>
      <h2 part="heading" id="ballot-heading">${t.heading}</h2>
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
      ${this.#meta.render({
        pending: () => html`<p part="notice" class="notice" aria-busy="true">${t.loading}</p>`,
        error: (error) => html`<div part="notice" class="notice danger" role="alert">
          <p>${this.#l.problem(error)}</p>
          <button part="button" class="button secondary" @click=${() => this.#meta.run()}>${t.retry}</button>
        </div>`,
        complete: (meta) => this.#renderStep(meta),
      })}
    </section>`;
  }

  #renderStep(meta: Meta): TemplateResult {
    const { t } = this.#l;
    const list = meta.list;
    if (!list.votingOpen && this.step !== 'receipt') {
      const opens = list.votingStartsAt && Date.parse(list.votingStartsAt) > Date.now();
      return html`<div part="notice" class="notice">
        <h3>${t.closedHeading}</h3>
        <p>${opens ? t.notYetOpen(this.#l.date(list.votingStartsAt!)) : t.closedText}</p>
      </div>`;
    }
    const budget = list.budgets.find((b) => b.id === this.budgetId);
    if (this.step === 'budgets' || !budget) return this.#renderBudgets(meta);
    if (this.step === 'pick') return this.#renderPick(meta, budget);
    if (this.step === 'review') return this.#renderReview(meta, budget);
    if (this.step === 'verify') return this.#renderVerify(meta, budget);
    return this.#renderReceipt(meta, budget);
  }

  #budgetName(meta: Meta, budget: Budget): string {
    return localize(budget.name, this.#l.lang);
  }

  #renderBudgets(meta: Meta): TemplateResult {
    const { t } = this.#l;
    const { list } = meta;
    const city = list.budgets.filter((b) => b.eligibility === 'all');
    const areas = list.budgets.filter((b) => b.eligibility === 'one-area');
    const item = (b: Budget) => {
      const ballot = this.ballots.find((x) => x.budgetId === b.id);
      return html`<li part="budget" class="budget">
        <div>
          <h4 id="budget-${b.id}">${this.#budgetName(meta, b)}</h4>
          <p class="meta">${t.budgetAmount(this.#l.currency(b.amountEur))} · ${t.proposalCount(b.proposalCount)}</p>
          ${ballot ? html`<p class="voted">✓ ${t.voted}</p>` : nothing}
        </div>
        <button part="button" class="button ${ballot ? 'secondary' : ''}" aria-describedby="budget-${b.id}" @click=${() => this.#open(meta, b)}>
          ${ballot ? t.changeVote : t.vote}
        </button>
      </li>`;
    };
    return html`<p class="intro">${t.intro(list.settings.minAge, list.settings.municipality)}</p>
      ${list.votingEndsAt ? html`<p><strong>${t.votingEnds(this.#l.date(list.votingEndsAt))}</strong></p>` : nothing}
      ${city.length ? html`<h3 data-step-heading tabindex="-1">${t.cityWide}</h3><ul class="budgets">${city.map(item)}</ul>` : nothing}
      ${areas.length
        ? html`<h3 ?data-step-heading=${city.length === 0} tabindex="-1">${t.areaBudgets}</h3>
            <p class="hint">${t.oneAreaNote}</p>
            <ul class="budgets">${areas.map(item)}</ul>
            ${this.#renderMap(meta, areas)}`
        : nothing}`;
  }

  /**
   * The map beside the list: an optional second route to the same area budgets. Its code (and
   * Leaflet's) loads only when the resident opens it; picking an area selects that area's budget,
   * and the resident then opens it with a button (moving on by itself would surprise keyboard
   * users, whose arrow keys pick as they go). Only areas with a budget can be picked there; the
   * others are drawn hatched. The "no budget" notice stays for a value the map did not refuse.
   */
  #renderMap(meta: Meta, budgets: Budget[]): TemplateResult | typeof nothing {
    if (!canLoadNested(mapTag)) return nothing;
    const { t, lang } = this.#l;
    const voted = this.ballots.map((b) => budgets.find((x) => x.id === b.budgetId)?.areaId).find(Boolean);
    const id = this.mapArea || voted || '';
    const budget = budgets.find((b) => b.areaId === id);
    const area = meta.areas.get(id);
    const name = area ? localize(area.name, lang) : id;
    if (this.showMap) loadNested(mapTag);
    return html`<button part="button" class="link" aria-expanded=${String(this.showMap)} aria-controls="map-box" @click=${() => (this.showMap = !this.showMap)}>
        ${t.showMap}
      </button>
      <div id="map-box" ?hidden=${!this.showMap}>
        ${this.showMap
          ? html`<osallistu-area-map
                mode="pick-area"
                required
                label=${t.mapLabel}
                pickable-label=${t.mapPickable}
                .pickable=${budgets.map((b) => b.areaId).filter(Boolean)}
                .client=${this.#api.client}
                .value=${id}
                @change=${(e: Event) => this.#mapPicked(meta, budgets, e)}
              >
                <p>${t.loading}</p>
              </osallistu-area-map>
              ${budget
                ? html`<div class="budget map-choice">
                    <p id="map-choice">${this.#budgetText(meta, budget)}</p>
                    <button part="button" class="button" aria-describedby="map-choice" @click=${() => this.#open(meta, budget)}>${t.voteIn(this.#budgetName(meta, budget))}</button>
                  </div>`
                : id
                  ? html`<p part="notice" class="notice">${t.noAreaBudget(name)}</p>`
                  : nothing}`
          : nothing}
      </div>`;
  }

  #budgetText(meta: Meta, b: Budget): string {
    const { t } = this.#l;
    const voted = this.ballots.some((x) => x.budgetId === b.id);
    return [this.#budgetName(meta, b), t.budgetAmount(this.#l.currency(b.amountEur)), t.proposalCount(b.proposalCount), ...(voted ? [t.voted] : [])].join(' · ');
  }

  #mapPicked(meta: Meta, budgets: Budget[], event: Event): void {
    const id = (event.target as HTMLElement & { value: string }).value;
    this.mapArea = id;
    const budget = budgets.find((b) => b.areaId === id);
    const area = meta.areas.get(id);
    this.announcement = budget ? this.#budgetText(meta, budget) : this.#l.t.noAreaBudget(area ? localize(area.name, this.#l.lang) : id);
  }

  #open(meta: Meta, budget: Budget): void {
    const earlier = this.ballots.find((b) => b.budgetId === budget.id);
    this.#maths.load(budget, meta.proposals, earlier?.proposalIds ?? []);
    this.budgetId = budget.id;
    if (budget.areaId && budget.eligibility === 'one-area') this.mapArea = budget.areaId;
    this.q = '';
    this.theme = '';
    this.receipt = null;
    this.receiptStatus = null;
    this.announcement = '';
    this.#go('pick');
  }

  #renderBar(budget: Budget): TemplateResult {
    const { t } = this.#l;
    const check = this.#maths.check;
    const share = Math.min(100, Math.round((check.totalEur / budget.amountEur) * 100));
    const live = check.violations.filter((v) => v.code === 'over-budget' || v.code === 'too-many-proposals');
    const pending = check.count > 0 ? check.violations.filter((v) => v.code === 'too-few-proposals' || v.code === 'below-minimum-share') : [];
    return html`<div part="budget-bar" class="bar">
      <p class="bar-text">
        <strong>${t.budgetBar(this.#l.currency(check.totalEur), this.#l.currency(budget.amountEur))}</strong>
        <span>${t.remaining(this.#l.currency(Math.max(0, check.remainingEur)))} · ${t.countChosen(check.count)}</span>
      </p>
      <div class="track" aria-hidden="true"><div class="fill ${live.length ? 'over' : ''}" style="width:${share}%"></div></div>
      ${live.map((v) => html`<p class="error">${this.#l.fieldError(v)}</p>`)} ${pending.map((v) => html`<p class="hint">${this.#l.fieldError(v)}</p>`)}
    </div>`;
  }

  #rules(budget: Budget): string {
    const { t } = this.#l;
    const r = budget.ballotRule;
    const parts = [r.kind === 'knapsack' ? t.ruleKnapsack(this.#l.currency(budget.amountEur)) : t.ruleApproval(r.minProposals, r.maxProposals)];
    if (r.kind === 'knapsack' && (r.minProposals > 1 || r.maxProposals !== null)) parts.push(t.ruleApproval(r.minProposals, r.maxProposals));
    if (r.minSharePercent > 0) parts.push(t.ruleMinShare(this.#l.currency(this.#maths.check.minimumEur)));
    return parts.join(' ');
  }

  #renderPick(meta: Meta, budget: Budget): TemplateResult {
    const { t, lang } = this.#l;
    const all = meta.proposals.filter((p) => p.budgetId === budget.id);
    const q = this.q.trim().toLocaleLowerCase(lang);
    const shown = all.filter(
      (p) => (!this.theme || p.themeId === this.theme) && (!q || `${p.title} ${p.summary}`.toLocaleLowerCase(lang).includes(q)),
    );
    const themeIds = [...new Set(all.map((p) => p.themeId))];
    const replaces = this.#replacedArea(meta, budget);
    return html`<button part="button" class="link" @click=${() => this.#go('budgets')}>← ${t.back}</button>
      <h3 data-step-heading tabindex="-1">${this.#budgetName(meta, budget)}</h3>
      <p class="hint">${this.#rules(budget)}</p>
      ${replaces ? html`<p class="notice">${t.movesAreaVote(replaces)}</p>` : nothing}
      <div class="filters" role="search">
        <div class="field">
          <label for="q">${t.searchLabel}</label>
          <input part="input" id="q" type="search" .value=${this.q} @input=${(e: Event) => (this.q = (e.target as HTMLInputElement).value)} />
        </div>
        <div class="field">
          <label for="theme">${t.themeFilter}</label>
          <select part="input" id="theme" @change=${(e: Event) => (this.theme = (e.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${!this.theme}>${t.allThemes}</option>
            ${themeIds.map((id) => html`<option value=${id} ?selected=${this.theme === id}>${meta.themes.get(id) ? localize(meta.themes.get(id)!.name, lang) : id}</option>`)}
          </select>
        </div>
      </div>
      <p class="count" aria-live="polite">${t.shown(shown.length, all.length)}</p>
      ${shown.length === 0 ? html`<p part="notice" class="notice">${t.noMatches}</p>` : nothing}
      <ul class="proposals">${shown.map((p) => this.#renderProposal(meta, p))}</ul>
      ${this.#renderBar(budget)}
      <p><button part="button" class="button" @click=${() => this.#go('review')}>${t.review}</button></p>`;
  }

  #replacedArea(meta: Meta, budget: Budget): string {
    if (budget.eligibility !== 'one-area') return '';
    const other = this.ballots.find((b) => b.budgetId !== budget.id && meta.list.budgets.find((x) => x.id === b.budgetId)?.eligibility === 'one-area');
    const otherBudget = other && meta.list.budgets.find((x) => x.id === other.budgetId);
    return otherBudget ? this.#budgetName(meta, otherBudget) : '';
  }

  #renderProposal(meta: Meta, p: Proposal): TemplateResult {
    const { t, lang } = this.#l;
    const picked = this.#maths.isPicked(p.id);
    const fits = picked || this.#maths.fits(p.id);
    const area = p.areaId ? meta.areas.get(p.areaId) : undefined;
    const theme = meta.themes.get(p.themeId);
    return html`<li part="proposal" class="proposal ${picked ? 'picked' : ''}">
      <h4 id="t-${p.id}">${p.title}</h4>
      <p class="meta">
        <span><span class="label">${t.cost}:</span> <strong>${this.#l.currency(p.costEur)}</strong></span>
        <span><span class="label">${t.area}:</span> ${area ? localize(area.name, lang) : t.wholeCity}</span>
        ${theme ? html`<span>${localize(theme.name, lang)}</span>` : nothing}
      </p>
      <details>
        <summary>${t.details}</summary>
        <p>${p.summary}</p>
        ${p.originIdeas.length
          ? html`<p>${t.originIdeas}</p>
              <ul>${p.originIdeas.map((i) => html`<li>${i.title || i.id}</li>`)}</ul>`
          : nothing}
      </details>
      <div class="pick">
        <input type="checkbox" id="pick-${p.id}" .checked=${picked} ?disabled=${!fits} aria-describedby=${fits ? nothing : `nofit-${p.id}`} @change=${() => this.#toggle(p)} />
        <label for="pick-${p.id}">${picked ? t.chosen : t.choose('')}<span class="visually-hidden">${p.title}</span></label>
        ${fits ? nothing : html`<span class="hint" id="nofit-${p.id}">${t.cannotFit}</span>`}
      </div>
    </li>`;
  }

  #toggle(p: Proposal): void {
    const { t } = this.#l;
    const added = this.#maths.toggle(p.id);
    const check = this.#maths.check;
    const remaining = this.#l.currency(Math.max(0, check.remainingEur));
    // what the rule still asks for (or forbids), announced with the change
    const problems = check.violations.filter((v) => ruleCodes.includes(v.code)).map((v) => this.#l.fieldError(v));
    this.announcement = [added ? t.added(p.title, remaining) : t.removed(p.title, remaining), ...problems].join(' ');
  }

  #renderErrors(): TemplateResult | typeof nothing {
    if (!this.error && this.fieldErrors.length === 0) return nothing;
    return html`<div part="notice" class="notice danger" role="alert">
      ${this.error ? html`<p>${this.error}</p>` : nothing}
      ${this.fieldErrors.length ? html`<ul>${this.fieldErrors.map((e) => html`<li>${this.#l.fieldError(e)}</li>`)}</ul>` : nothing}
    </div>`;
  }

  #renderReview(meta: Meta, budget: Budget): TemplateResult {
    const { t } = this.#l;
    const check = this.#maths.check;
    const chosen = this.#maths.picked.map((id) => meta.proposals.find((p) => p.id === id)!).filter(Boolean);
    return html`<h3 data-step-heading tabindex="-1">${t.reviewHeading}: ${this.#budgetName(meta, budget)}</h3>
      <ul class="review">${chosen.map((p) => html`<li><span>${p.title}</span> <strong>${this.#l.currency(p.costEur)}</strong></li>`)}</ul>
      <p><strong>${t.total(this.#l.currency(check.totalEur))}</strong> · ${t.remaining(this.#l.currency(Math.max(0, check.remainingEur)))}</p>
      ${check.valid
        ? nothing
        : html`<div part="notice" class="notice danger" role="alert"><ul>${check.violations.map((v) => html`<li>${this.#l.fieldError(v)}</li>`)}</ul></div>`}
      ${this.#renderErrors()}
      <div class="actions">
        <button part="button" class="button secondary" @click=${() => this.#go('pick')}>${t.edit}</button>
        ${this.voter
          ? html`<button part="button" class="button" ?disabled=${!check.valid || this.busy} @click=${() => this.#submit(meta, budget)}>
              ${this.busy ? t.submitting : t.submit}
            </button>`
          : html`<button part="button" class="button" ?disabled=${!check.valid} @click=${() => this.#go('verify')}>${t.continueToVerify}</button>`}
      </div>`;
  }

  #renderVerify(meta: Meta, budget: Budget): TemplateResult {
    const { t } = this.#l;
    const s = meta.list.settings;
    const err = (path: string) => this.fieldErrors.find((e) => e.path === path);
    const emailMode = this.method === 'email';
    const needCode = !emailMode || this.codeSentTo !== '';
    return html`<h3 data-step-heading tabindex="-1">${t.verifyHeading}</h3>
      <p>${t.verifyIntro}</p>
      ${this.#renderErrors()}
      <form novalidate @submit=${(e: Event) => this.#onVerify(e, meta, budget)}>
        ${s.emailCodes && s.printedCodes
          ? html`<fieldset class="field">
              <legend>${t.methodLabel}</legend>
              <label><input type="radio" name="method" value="email" .checked=${emailMode} @change=${() => this.#setMethod('email')} /> ${t.methodEmail}</label>
              <label><input type="radio" name="method" value="printed" .checked=${!emailMode} @change=${() => this.#setMethod('printed')} /> ${t.methodPrinted}</label>
            </fieldset>`
          : nothing}
        ${emailMode
          ? html`<div class="field">
              <label for="email">${t.emailLabel}</label>
              <input part="input" id="email" type="email" autocomplete="email" .value=${this.email} aria-invalid=${err('email') ? 'true' : 'false'}
                @input=${(e: Event) => (this.email = (e.target as HTMLInputElement).value)} />
              <button part="button" type="button" class="button secondary" ?disabled=${this.busy} @click=${() => this.#requestCode()}>${t.sendCode}</button>
              ${this.codeSentTo ? html`<p class="hint code-sent">${t.codeSent(this.codeSentTo)}</p>` : nothing}
            </div>`
          : nothing}
        ${needCode
          ? html`<div class="field">
                <label for="code">${emailMode ? t.emailCodeLabel : t.printedCodeLabel}</label>
                ${emailMode ? nothing : html`<p class="hint" id="code-hint">${t.printedCodeHint}</p>`}
                <input part="input" id="code" autocomplete="one-time-code" inputmode=${emailMode ? 'numeric' : 'text'} .value=${this.code}
                  aria-describedby=${emailMode ? nothing : 'code-hint'} aria-invalid=${err('code') ? 'true' : 'false'}
                  @input=${(e: Event) => (this.code = (e.target as HTMLInputElement).value)} />
              </div>
              <div class="field check">
                <input type="checkbox" id="age" .checked=${this.ageOk} @change=${(e: Event) => (this.ageOk = (e.target as HTMLInputElement).checked)} />
                <label for="age">${t.ageLabel(s.minAge)}</label>
              </div>
              <div class="field check">
                <input type="checkbox" id="town" .checked=${this.townOk} @change=${(e: Event) => (this.townOk = (e.target as HTMLInputElement).checked)} />
                <label for="town">${t.municipalityLabel(s.municipality)}</label>
              </div>
              <div class="actions">
                <button part="button" type="button" class="button secondary" @click=${() => this.#go('review')}>${t.edit}</button>
                <button part="button" class="button" ?disabled=${this.busy}>${this.busy ? t.submitting : t.verify}</button>
              </div>`
          : nothing}
      </form>`;
  }

  #setMethod(method: 'email' | 'printed'): void {
    this.method = method;
    this.code = '';
    this.error = '';
    this.fieldErrors = [];
  }

  #fail(error: unknown): void {
    this.error = this.#l.problem(error);
    this.fieldErrors = error instanceof ApiProblem ? error.fieldErrors : [];
  }

  async #requestCode(): Promise<void> {
    const client = this.#api.client;
    this.busy = true;
    this.error = '';
    this.fieldErrors = [];
    try {
      await client.post<EmailCodeSent>(`/processes/${encodeURIComponent(this.process)}/voter/email-code`, { email: this.email, lang: this.#l.lang });
      this.codeSentTo = this.email.trim();
      this.announcement = this.#l.t.codeSent(this.codeSentTo);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('#code')?.focus();
    } catch (error) {
      this.#fail(error);
    } finally {
      this.busy = false;
    }
  }

  async #onVerify(event: Event, meta: Meta, budget: Budget): Promise<void> {
    event.preventDefault();
    const client = this.#api.client;
    const s = meta.list.settings;
    this.busy = true;
    this.error = '';
    this.fieldErrors = [];
    const declaration = { ageConfirmed: this.ageOk, municipality: this.townOk ? s.municipality : '-' };
    const body = this.method === 'email' ? { method: 'email', email: this.email, code: this.code, declaration } : { method: 'printed', code: this.code, declaration };
    try {
      const session = await client.post<VoterSession>(`/processes/${encodeURIComponent(this.process)}/voter/verify`, body);
      this.voter = { token: session.token, expiresAt: session.expiresAt };
      this.ballots = session.ballots;
      voterStore.set(client.api, client.tenant, this.process, this.voter);
      this.code = '';
      this.codeSentTo = '';
      this.announcement = this.#l.t.verified;
      this.busy = false;
      await this.#submit(meta, budget);
    } catch (error) {
      this.#fail(error);
      this.busy = false;
    }
  }

  async #submit(meta: Meta, budget: Budget): Promise<void> {
    const client = this.#api.client;
    const voter = this.voter;
    if (!voter) return this.#go('verify');
    const picks = this.#maths.picked.join(',');
    if (this.#idempotency.picks !== `${budget.id}:${picks}`) this.#idempotency = { picks: `${budget.id}:${picks}`, key: randomId() };
    this.busy = true;
    this.error = '';
    try {
      const receipt = await client.post<BallotReceipt>(
        `/processes/${encodeURIComponent(this.process)}/budgets/${encodeURIComponent(budget.id)}/ballot`,
        { proposalIds: [...this.#maths.picked] },
        { idempotencyKey: this.#idempotency.key, headers: { authorization: `Bearer ${voter.token}` } },
      );
      this.#idempotency = { picks: '', key: '' };
      const gone = new Set([budget.id, ...receipt.replaced]);
      this.ballots = [
        ...this.ballots.filter((b) => !gone.has(b.budgetId)),
        { budgetId: receipt.budgetId, proposalIds: receipt.proposalIds, receiptCode: receipt.receiptCode, castAt: receipt.castAt },
      ];
      this.receipt = receipt;
      this.receiptStatus = null;
      this.dispatchEvent(new BallotCastEvent(receipt));
      this.#go('receipt');
      this.announcement = this.#l.t.receiptHeading;
    } catch (error) {
      if (error instanceof ApiProblem && (error.code === 'voter-token-invalid' || error.code === 'voter-token-wrong-process')) {
        voterStore.clear(client.api, client.tenant, this.process);
        this.voter = null;
        this.#go('verify');
      }
      this.#fail(error);
    } finally {
      this.busy = false;
    }
  }

  #renderReceipt(meta: Meta, budget: Budget): TemplateResult {
    const { t } = this.#l;
    const receipt = this.receipt;
    return html`<div part="notice" class="notice success">
        <h3 data-step-heading tabindex="-1">${t.receiptHeading}</h3>
        <p>${this.#budgetName(meta, budget)}</p>
        <p>${t.receiptText}</p>
        <p>${t.receiptCode}: <strong class="receipt-code">${receipt?.receiptCode}</strong></p>
      </div>
      ${this.#renderErrors()}
      <p class="receipt-status" role="status">${this.receiptStatus === 'counted' ? t.receiptCounted : this.receiptStatus === 'replaced' ? t.receiptReplaced : ''}</p>
      <div class="actions">
        <button part="button" class="button secondary" ?disabled=${this.busy} @click=${() => this.#checkReceipt()}>${t.checkReceipt}</button>
        <button part="button" class="button" @click=${() => this.#go('budgets')}>${t.voteOther}</button>
      </div>`;
  }

  async #checkReceipt(): Promise<void> {
    if (!this.receipt) return;
    try {
      const check = await this.#api.client.get<ReceiptCheck>(
        `/processes/${encodeURIComponent(this.process)}/receipts/${encodeURIComponent(this.receipt.receiptCode)}`,
      );
      this.receiptStatus = check.status;
    } catch (error) {
      this.#fail(error);
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'osallistu-ballot': Ballot;
  }
}
