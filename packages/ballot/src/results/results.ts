import { LitElement, html, nothing, svg, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { localize, type Area, type BudgetList, type BudgetResult, type ProcessResults, type ProposalResult } from '@osallistu/contract';
import { ApiController, ApiProblem, LocalizeController, baseStyles, tokens, type ApiClient } from '@osallistu/core';
import { ballotTranslations } from '../i18n/ballot-translations.js';
import { resultsStyles } from './results.styles.js';

interface Loaded {
  results: ProcessResults | null;
  list: BudgetList;
  areas: Map<string, Area>;
}

/**
 * Results of a participatory-budgeting process: per budget the winners with votes and cost, an
 * SVG chart of the votes with the same numbers in a table, why each proposal won or lost in plain
 * words (greedy: its rank and the money left at its turn; Method of Equal Shares: each voter's
 * share, who paid, or how much its supporters had left), turnout per area (chart and table), and
 * downloads (CSV, JSON, pabulib `.pb`) so anyone can recount.
 * Before voting has closed it says when results come.
 *
 * @summary Participatory-budgeting results with explanations and turnout.
 * @tagname osallistu-results
 *
 * @csspart base - The wrapper.
 * @csspart heading - The heading.
 * @csspart budget - Each budget's section.
 * @csspart chart - The SVG chart.
 * @csspart table - The tables.
 * @csspart notice - Loading, pending and error messages.
 *
 * @cssprop --osallistu-color-primary - Winning bars and links.
 * @cssprop --osallistu-results-bar-color - Bars of proposals that lost.
 */
export class Results extends LitElement {
  static override styles = [tokens, baseStyles, resultsStyles];

  /** Id of the process, e.g. `pb-2025`. */
  @property({ reflect: true }) process = '';

  /** Base URL of the API; else the nearest `<osallistu-config>`, the loader's default or the page's origin. */
  @property() api?: string;

  /** Tenant id; else the nearest `<osallistu-config>` or the loader's default. */
  @property() tenant?: string;

  /** A ready API client (property only), e.g. with an injected `fetch`. */
  @property({ attribute: false }) client?: ApiClient;

  readonly #api = new ApiController(this);
  readonly #l = new LocalizeController(this, ballotTranslations);

  readonly #data = new Task(this, {
    args: () => [this.#api.client, this.process] as const,
    task: async ([client, process], { signal }): Promise<Loaded> => {
      const path = `/processes/${encodeURIComponent(process)}`;
      const [list, areas, results] = await Promise.all([
        client.get<BudgetList>(`${path}/budgets`, undefined, { signal }),
        client.listAreas({}, { signal }),
        client.get<ProcessResults>(`${path}/results`, undefined, { signal }).catch((error: unknown) => {
          if (error instanceof ApiProblem && error.code === 'results-not-available') return null;
          throw error;
        }),
      ]);
      return { results, list, areas: new Map(areas.map((a) => [a.id, a])) };
    },
  });

  protected override render() {
    const { t, lang } = this.#l;
    return html`<section part="base" aria-labelledby="results-heading" lang=${lang}>
      <h2 part="heading" id="results-heading">${t.resultsHeading}</h2>
      ${this.#data.render({
        pending: () => html`<p part="notice" class="notice" aria-busy="true">${t.loading}</p>`,
        error: (error) => html`<div part="notice" class="notice danger" role="alert">
          <p>${this.#l.problem(error)}</p>
          <button part="button" class="button secondary" @click=${() => this.#data.run()}>${t.retry}</button>
        </div>`,
        complete: (data) => (data.results ? this.#renderResults(data, data.results) : html`<p part="notice" class="notice">${t.resultsPending}</p>`),
      })}
    </section>`;
  }

  #name(data: Loaded, budgetId: string): string {
    const budget = data.list.budgets.find((b) => b.id === budgetId);
    return budget ? localize(budget.name, this.#l.lang) : budgetId;
  }

  #renderResults(data: Loaded, results: ProcessResults): TemplateResult {
    const { t } = this.#l;
    return html`<p>${t.voters(results.voters)}</p>
      ${results.budgets.map((b) => this.#renderBudget(data, b))} ${this.#renderTurnout(data, results)}`;
  }

  #why(p: ProposalResult): string {
    const { t } = this.#l;
    const cost = this.#l.currency(p.costEur);
    const r = p.reason;
    if (r.kind === 'greedy') return t.whyGreedy({ rank: r.rank, remaining: this.#l.currency(r.remainingEur), cost, outcome: r.outcome });
    const euros = (n: number | undefined) => (n === undefined ? undefined : this.#euros(n));
    const args: Parameters<typeof t.whyMes>[0] = { supporters: r.supporters, cost, outcome: r.outcome };
    if (r.payers !== undefined) args.payers = r.payers;
    const maxShare = euros(r.maxShareEur);
    if (maxShare) args.maxShare = maxShare;
    const moneyLeft = euros(r.moneyLeftEur);
    if (moneyLeft) args.moneyLeft = moneyLeft;
    return t.whyMes(args);
  }

  /** Euros with cents: shares of the Method of Equal Shares are rarely whole euros. */
  #euros(n: number): string {
    return new Intl.NumberFormat(this.#l.lang === 'en' ? 'en-GB' : `${this.#l.lang}-FI`, { style: 'currency', currency: 'EUR' }).format(n);
  }

  #renderBudget(data: Loaded, b: BudgetResult): TemplateResult {
    const { t } = this.#l;
    const name = this.#name(data, b.budgetId);
    const winners = b.selected.map((id) => b.proposals.find((p) => p.proposalId === id)).filter((p): p is ProposalResult => p !== undefined);
    const base = this.#api.client.url(`/processes/${encodeURIComponent(this.process)}/budgets/${encodeURIComponent(b.budgetId)}`);
    return html`<section part="budget" class="budget" aria-labelledby="b-${b.budgetId}">
      <h3 id="b-${b.budgetId}">${name}</h3>
      <p class="meta">
        <span>${t.ballots(b.ballots)}</span>
        <span>${t.spent(this.#l.currency(b.costEur), this.#l.currency(b.amountEur))}</span>
        <span>${t.countingRules[b.countingRule]}</span>
      </p>
      ${b.shareEur === undefined ? nothing : html`<p class="hint share">${t.shareNote(this.#euros(b.shareEur))}</p>`}
      <h4>${t.winners}</h4>
      ${winners.length
        ? html`<ol class="winners">
            ${winners.map((p) => html`<li><strong>${p.title}</strong> — ${t.ballots(p.votes)}, ${this.#l.currency(p.costEur)}</li>`)}
          </ol>`
        : html`<p>${t.noWinners}</p>`}
      ${this.#chart(name, b)}
      <div class="scroll" tabindex="0" role="region" aria-labelledby="cap-${b.budgetId}">
        <table part="table">
          <caption id="cap-${b.budgetId}">${t.tableCaption(name)}</caption>
          <thead>
            <tr><th scope="col">${t.colProposal}</th><th scope="col" class="num">${t.colVotes}</th><th scope="col" class="num">${t.colCost}</th><th scope="col">${t.colResult}</th><th scope="col">${t.colWhy}</th></tr>
          </thead>
          <tbody>
            ${b.proposals.map(
              (p) => html`<tr class=${p.selected ? 'won' : ''}>
                <th scope="row">${p.title}</th>
                <td class="num">${this.#l.number(p.votes)}</td>
                <td class="num">${this.#l.currency(p.costEur)}</td>
                <td>${p.selected ? `✓ ${t.won}` : t.lost}</td>
                <td>${this.#why(p)}${p.tie ? html` <span class="hint">${t.tieNote}</span>` : nothing}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <p class="downloads">${t.downloads}: <a href="${base}/results.csv" download>CSV</a> · <a href="${base}/results.json" download>JSON</a> · <a href="${base}/results.pb" download>.pb</a></p>
    </section>`;
  }

  /**
   * Horizontal bars of votes; the numbers are in the table too, so the chart is one image. Bars
   * are at most 250 units long, so the number after the longest one stays inside the view box.
   */
  #chart(name: string, b: BudgetResult): TemplateResult {
    const { t } = this.#l;
    const rows = b.proposals.slice(0, 15);
    const max = Math.max(1, ...rows.map((p) => p.votes));
    const rowHeight = 22;
    const height = rows.length * rowHeight + 4;
    const summary = `${t.chartLabel(name)}: ${rows.map((p) => `${p.title} ${p.votes}`).join(', ')}`;
    return html`<svg part="chart" class="chart" viewBox="0 0 600 ${height}" role="img" aria-label=${summary} preserveAspectRatio="xMinYMin meet">
      ${rows.map((p, i) => {
        const y = i * rowHeight + 2;
        const width = Math.max(2, (p.votes / max) * 250);
        return svg`<g>
          <text x="0" y=${y + 15} class="label">${p.title.length > 38 ? `${p.title.slice(0, 37)}…` : p.title}</text>
          <rect x="270" y=${y + 3} width=${width} height="14" class=${p.selected ? 'won' : 'lost'}></rect>
          <text x=${276 + width} y=${y + 15} class="value">${p.votes}</text>
        </g>`;
      })}
    </svg>`;
  }

  #renderTurnout(data: Loaded, results: ProcessResults): TemplateResult {
    const { t, lang } = this.#l;
    const percent = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : `${lang}-FI`, { style: 'percent', maximumFractionDigits: 1 });
    const rows = results.turnout.map((row) => {
      const area = row.areaId ? data.areas.get(row.areaId) : undefined;
      const share = row.population ? row.ballots / row.population : null;
      return { row, share, name: area ? localize(area.name, lang) : this.#name(data, row.budgetId), shareText: share === null ? '–' : percent.format(share) };
    });
    const charted = rows.filter((r) => r.share !== null);
    const max = Math.max(0.0001, ...charted.map((r) => r.share!));
    const rowHeight = 22;
    return html`<div class="turnout">
      <h3 id="turnout-heading">${t.turnoutHeading}</h3>
      ${charted.length
        ? html`<svg part="chart" class="chart" viewBox="0 0 600 ${charted.length * rowHeight + 4}" role="img" preserveAspectRatio="xMinYMin meet"
            aria-label=${`${t.turnoutHeading}: ${charted.map((r) => `${r.name} ${r.shareText}`).join(', ')}`}>
            ${charted.map((r, i) => {
              const y = i * rowHeight + 2;
              const width = Math.max(2, (r.share! / max) * 250);
              return svg`<g>
                <text x="0" y=${y + 15} class="label">${r.name.length > 38 ? `${r.name.slice(0, 37)}…` : r.name}</text>
                <rect x="270" y=${y + 3} width=${width} height="14" class="won"></rect>
                <text x=${276 + width} y=${y + 15} class="value">${r.shareText}</text>
              </g>`;
            })}
          </svg>`
        : nothing}
      <div class="scroll" tabindex="0" role="region" aria-labelledby="turnout-heading">
        <table part="table">
          <thead>
            <tr><th scope="col">${t.colBudget}</th><th scope="col" class="num">${t.colBallots}</th><th scope="col" class="num">${t.colPopulation}</th><th scope="col" class="num">${t.colTurnout}</th></tr>
          </thead>
          <tbody>
            ${rows.map(
              ({ row, name, shareText }) => html`<tr>
                <th scope="row">${name}</th>
                <td class="num">${this.#l.number(row.ballots)}</td>
                <td class="num">${row.population === null ? '–' : this.#l.number(row.population)}</td>
                <td class="num">${shareText}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'osallistu-results': Results;
  }
}
