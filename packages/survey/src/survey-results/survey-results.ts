import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { localize, type Area, type Survey, type SurveyQuestion, type SurveyQuestionResult, type SurveyResults } from '@osallistu/contract';
import { ApiController, LocalizeController, baseStyles, intlLocales, tokens, type ApiClient } from '@osallistu/core';
import { surveyResultsTranslations } from '../i18n/survey-results-translations.js';
import { barChart, type Bar } from './bar-chart.js';
import { pointInGeometry } from '@osallistu/contract/point-in-geometry.js';
import { surveyResultsStyles } from './survey-results.styles.js';

interface Loaded {
  survey: Survey;
  results: SurveyResults;
  areas: Map<string, Area>;
}

/** A table row: the label, then the cells after it (numbers, right-aligned). */
interface Row {
  label: string;
  cells: string[];
}

/**
 * The public results of a survey, question by question: counts and shares of choices, scales and
 * areas; mean and median of scales and numbers; ranking points; average budget shares; places
 * marked on a map counted per area. Every chart is an SVG image with the same numbers in a table.
 * Free-text answers are never shown here (the API gives them to staff only).
 *
 * @summary Public survey results with accessible charts.
 * @tagname osallistu-survey-results
 *
 * @csspart base - The wrapper.
 * @csspart question - Each question's section.
 * @csspart chart - The SVG charts.
 * @csspart table - The tables.
 * @csspart notice - Loading, empty and error states.
 *
 * @cssprop --osallistu-color-primary - The bars.
 */
export class OsallistuSurveyResults extends LitElement {
  static override styles = [tokens, baseStyles, surveyResultsStyles];

  /** Id of the survey. */
  @property({ reflect: true }) survey = '';
  /** Heading level of the results title (2–5); questions are one level below. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;
  /** Base URL of the API; else the nearest `<osallistu-config>`, the loader's default or the page's origin. */
  @property() api?: string;
  /** Tenant id; else the nearest `<osallistu-config>` or the loader's default. */
  @property() tenant?: string;
  /** A ready API client (property only), e.g. with an injected `fetch`. */
  @property({ attribute: false }) client?: ApiClient;

  readonly #api = new ApiController(this);
  readonly #l = new LocalizeController(this, surveyResultsTranslations);

  readonly #data = new Task(this, {
    args: () => [this.#api.client, this.survey] as const,
    task: async ([client, survey], { signal }): Promise<Loaded> => {
      const path = `/surveys/${encodeURIComponent(survey)}`;
      const [definition, results] = await Promise.all([
        client.get<Survey>(path, undefined, { signal }),
        client.get<SurveyResults>(`${path}/results`, undefined, { signal }),
      ]);
      const hasMap = results.questions.some((q) => q.type === 'map');
      // Geometry only when places are to be counted per area; names are enough for area answers.
      const points = results.questions.some((q) => (q.geojson?.features.length ?? 0) > 0);
      const areas = hasMap ? await client.listAreas(points ? { geometry: true } : {}, { signal }) : [];
      return { survey: definition, results, areas: new Map(areas.map((a) => [a.id, a])) };
    },
  });

  #heading(level: number, text: string, id: string): TemplateResult {
    return html`<div class="heading h${level - this.#level + 1}" role="heading" aria-level=${level} id=${id}>${text}</div>`;
  }

  get #level(): number {
    return Math.min(5, Math.max(2, Math.round(this.headingLevel) || 2));
  }

  protected override render() {
    const { t, lang } = this.#l;
    const data = this.#data.value;
    const status = this.#data.status;
    const title = data ? t.resultsOf(localize(data.survey.definition.title, lang)) : t.resultsHeading;
    let announcement = '';
    if (status === TaskStatus.PENDING || status === TaskStatus.INITIAL) announcement = t.loadingResults;
    else if (status === TaskStatus.COMPLETE && data) announcement = t.resultsLoaded(data.results.responses);
    return html`<section part="base" lang=${lang} aria-labelledby="results-heading" aria-busy=${status === TaskStatus.PENDING ? 'true' : 'false'}>
      ${this.#heading(this.#level, title, 'results-heading')}
      <div class="visually-hidden" role="status" aria-live="polite">${announcement}</div>
      ${this.#data.render({
        pending: () => html`<p part="notice" class="notice">${t.loadingResults}</p>`,
        error: (error) => html`<div part="notice" class="notice danger" role="alert">
          <p>${this.#l.problem(error)}</p>
          <button class="button secondary" type="button" @click=${() => void this.#data.run()}>${t.retry}</button>
        </div>`,
        complete: (loaded) => this.#renderResults(loaded),
      })}
    </section>`;
  }

  #renderResults(data: Loaded): TemplateResult {
    const { t } = this.#l;
    const { results } = data;
    if (results.responses === 0) return html`<p part="notice" class="notice">${t.noResponses}</p>`;
    const questions = new Map<string, SurveyQuestion>();
    for (const page of data.survey.definition.pages) for (const q of page.questions) questions.set(q.id, q);
    return html`<p class="meta">${t.responses(results.responses)}</p>
      ${results.questions.map((r) => {
        const q = questions.get(r.id);
        return q ? this.#renderQuestion(data, q, r) : nothing;
      })}`;
  }

  #renderQuestion(data: Loaded, q: SurveyQuestion, r: SurveyQuestionResult): TemplateResult {
    const { t, lang } = this.#l;
    const text = localize(q.text, lang);
    const id = `r-${q.id}`;
    return html`<section part="question" class="question" aria-labelledby=${id}>
      ${this.#heading(this.#level + 1, text, id)}
      <p class="meta">${t.answered(r.answered, data.results.responses)}</p>
      ${r.answered === 0 ? html`<p>${t.noAnswersYet}</p>` : this.#body(data, q, r, text)}
      ${q.type === 'map' && r.answered > 0 ? this.#geojsonLink(q.id) : nothing}
    </section>`;
  }

  /** The map answers as open data: points, or the areas with their counts (the API's GeoJSON). */
  #geojsonLink(questionId: string): TemplateResult {
    const href = this.#api.client.url(`/surveys/${encodeURIComponent(this.survey)}/results/${encodeURIComponent(questionId)}.geojson`);
    return html`<p class="downloads"><a href=${href} download>${this.#l.t.geojsonLink}</a></p>`;
  }

  #body(data: Loaded, q: SurveyQuestion, r: SurveyQuestionResult, text: string): TemplateResult | typeof nothing {
    const { t, lang } = this.#l;
    const label = (options: { id: string; label: Parameters<typeof localize>[0] }[], id: string) => {
      const option = options.find((o) => o.id === id);
      return option ? localize(option.label, lang) : id === 'other' ? t.other : id;
    };
    const countRows = (counts: NonNullable<SurveyQuestionResult['counts']>, name: (id: string) => string) =>
      this.#countTable(q.id, text, counts.map((c) => ({ ...c, label: name(c.id) })));
    switch (q.type) {
      case 'single-choice':
      case 'multiple-choice':
        return html`${countRows(r.counts ?? [], (id) => label(q.options, id))}${q.type === 'single-choice' && q.allowOther ? html`<p class="hint">${t.textsStaffOnly}</p>` : nothing}`;
      case 'scale': {
        const ends = (id: string) => {
          const [min, max] = q.scale === '1-5' ? ['1', '5'] : ['0', '10'];
          const end = id === min ? q.minLabel : id === max ? q.maxLabel : undefined;
          return end ? `${id} (${localize(end, lang)})` : id;
        };
        return html`${this.#meanMedian(r)}${countRows(r.counts ?? [], ends)}`;
      }
      case 'number':
        return this.#meanMedian(r, q.unit ? localize(q.unit, lang) : '');
      case 'ranking': {
        const rows = (r.scores ?? []).map((s) => ({ label: label(q.options, s.id), cells: [this.#l.number(s.score), this.#decimal(s.meanPosition)] }));
        const bars = (r.scores ?? []).map((s) => ({ label: label(q.options, s.id), value: s.score, text: this.#l.number(s.score) }));
        return html`<p class="hint">${t.rankingNote(q.options.length)}</p>${this.#chartAndTable(q.id, text, bars, [t.colAnswer, t.colScore, t.colMeanPosition], rows)}`;
      }
      case 'budget': {
        const money = (n: number) => (q.unit === 'eur' ? this.#l.currency(n) : this.#decimal(n));
        const rows = (r.averages ?? []).map((a) => ({ label: label(q.items, a.id), cells: [money(a.average)] }));
        const bars = (r.averages ?? []).map((a) => ({ label: label(q.items, a.id), value: a.average, text: money(a.average) }));
        return html`<p class="hint">${t.budgetNote(money(q.total))}</p>${this.#chartAndTable(q.id, text, bars, [t.colAnswer, t.colAverage], rows)}`;
      }
      case 'map':
        if (q.mode === 'area') {
          // Only areas someone chose: a city has tens of areas, most with no answers.
          const counts = (r.counts ?? []).filter((c) => c.count > 0).sort((a, b) => b.count - a.count);
          return countRows(counts, (id) => this.#areaName(data, id));
        }
        return this.#pointsByArea(data, q.id, text, r);
      default:
        // Free texts and dates: staff only.
        return html`<p class="hint">${t.textsStaffOnly}</p>`;
    }
  }

  #areaName(data: Loaded, id: string): string {
    const area = data.areas.get(id);
    return area ? localize(area.name, this.#l.lang) : id;
  }

  /** Places marked on the map, counted per area (the areas' own shapes decide), most first. */
  #pointsByArea(data: Loaded, id: string, text: string, r: SurveyQuestionResult): TemplateResult {
    const { t } = this.#l;
    const features = r.geojson?.features ?? [];
    const hits = new Map<string, number>();
    for (const f of features) {
      const [lon, lat] = f.geometry.coordinates;
      const area = [...data.areas.values()].find((a) => a.geometry && pointInGeometry(lon, lat, a.geometry));
      const key = area ? area.id : '';
      hits.set(key, (hits.get(key) ?? 0) + 1);
    }
    const total = features.length;
    const counts = [...hits]
      .map(([key, count]) => ({ id: key, label: key ? this.#areaName(data, key) : t.outsideAreas, count, percent: total ? Math.round((count * 1000) / total) / 10 : 0 }))
      .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, this.#l.lang));
    return html`<p class="hint">${t.pointsNote(total)}</p>${this.#countTable(id, text, counts)}`;
  }

  #countTable(id: string, text: string, counts: { label: string; count: number; percent: number }[]): TemplateResult {
    const { t } = this.#l;
    const rows = counts.map((c) => ({ label: c.label, cells: [this.#l.number(c.count), this.#percent(c.percent)] }));
    const bars = counts.map((c) => ({ label: c.label, value: c.count, text: `${this.#l.number(c.count)} (${this.#percent(c.percent)})` }));
    return this.#chartAndTable(id, text, bars, [t.colAnswer, t.colCount, t.colPercent], rows);
  }

  #chartAndTable(id: string, text: string, bars: Bar[], columns: string[], rows: Row[]): TemplateResult {
    const { t } = this.#l;
    return html`${barChart(bars, t.chartLabel(text))}
      <div class="scroll" tabindex="0" role="region" aria-labelledby="cap-${id}">
        <table part="table">
          <caption id="cap-${id}">${t.tableCaption(text)}</caption>
          <thead>
            <tr>${columns.map((c, i) => html`<th scope="col" class=${i > 0 ? 'num' : ''}>${c}</th>`)}</tr>
          </thead>
          <tbody>
            ${rows.map((row) => html`<tr><th scope="row">${row.label}</th>${row.cells.map((cell) => html`<td class="num">${cell}</td>`)}</tr>`)}
          </tbody>
        </table>
      </div>`;
  }

  #meanMedian(r: SurveyQuestionResult, unit = ''): TemplateResult | typeof nothing {
    if (r.mean === undefined || r.mean === null || r.median === undefined || r.median === null) return nothing;
    const withUnit = (n: number) => (unit ? `${this.#decimal(n)} ${unit}` : this.#decimal(n));
    return html`<p class="summary">${this.#l.t.meanMedian(withUnit(r.mean), withUnit(r.median))}</p>`;
  }

  #decimal(n: number): string {
    return new Intl.NumberFormat(intlLocales[this.#l.lang], { maximumFractionDigits: 2 }).format(n);
  }

  #percent(n: number): string {
    return new Intl.NumberFormat(intlLocales[this.#l.lang], { style: 'percent', maximumFractionDigits: 1 }).format(n / 100);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'osallistu-survey-results': OsallistuSurveyResults;
  }
}
