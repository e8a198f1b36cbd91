import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import {
  checkSurveyAnswers,
  localize,
  visiblePages,
  visibleQuestions,
  type Area,
  type FieldError,
  type Survey,
  type SurveyResponseCreated,
} from '@osallistu/contract';
import { ApiController, ApiProblem, DraftController, LocalizeController, baseStyles, draftKey, loadNested, randomId, tokens, type ApiClient } from '@osallistu/core';
import { surveyTranslations } from '../i18n/survey-translations.js';
import { questionTemplate } from './question-template.js';
import { surveyStyles } from './styles.js';
import { SurveySubmittedEvent } from './survey-submitted-event.js';

interface SurveyDraft {
  answers: Record<string, unknown>;
  page: number;
}

const respondentKey = 'osallistu:survey-respondent';

/** A random id per browser (kept in localStorage); the API stores only its HMAC. */
function respondentId(): string {
  try {
    const stored = localStorage.getItem(respondentKey);
    if (stored && /^[A-Za-z0-9-]{16,64}$/.test(stored)) return stored;
    const id = `${randomId()}${randomId()}`.replace(/[^A-Za-z0-9-]/g, '').slice(0, 40);
    localStorage.setItem(respondentKey, id);
    return id;
  } catch {
    return `${randomId()}${randomId()}`.replace(/[^A-Za-z0-9-]/g, '').slice(0, 40);
  }
}

/**
 * Any survey definition, one page at a time: a progress bar, back and forth keeping the answers,
 * a draft in the browser, validation of each page (the contract's `checkSurveyAnswers`) and by
 * the server, then a thank-you with what happens next.
 *
 * @summary A survey, page by page.
 * @tagname osallistu-survey
 *
 * @fires osallistu-survey-submitted - After the answers were stored: `SurveySubmittedEvent`.
 *
 * @csspart base - The wrapper.
 * @csspart progress - The progress bar and its text.
 * @csspart notice - Loading, error and thank-you states.
 */
export class OsallistuSurvey extends LitElement {
  static override styles = [tokens, baseStyles, surveyStyles];

  /** Id of the survey. */
  @property({ reflect: true }) survey = '';
  /** Heading level of the survey title (2–6). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;
  @property() api?: string;
  @property() tenant?: string;
  @property({ attribute: false }) client?: ApiClient;

  @state() private errors: FieldError[] = [];
  @state() private sending = false;
  @state() private problem: unknown = null;
  @state() private done: SurveyResponseCreated | null = null;

  readonly #api = new ApiController(this);
  readonly #l = new LocalizeController(this, surveyTranslations);
  readonly #draft = new DraftController<SurveyDraft>(this, {
    key: () => (this.survey ? draftKey(this.#api.tenant, this.survey, 'survey') : null),
    empty: () => ({ answers: {}, page: 0 }),
  });
  #focusHeading = false;
  /** Whether `<osallistu-area-map>` can be used (a loader knows it): map questions are then answered on the map. */
  #mapAvailable = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#mapAvailable = loadNested('osallistu-area-map');
  }

  readonly #data = new Task(this, {
    args: () => [this.#api.client, this.survey] as const,
    task: async ([client, survey], { signal }) => {
      const definition = await client.get<Survey>(`/surveys/${encodeURIComponent(survey)}`, undefined, { signal });
      // The map fetches its own areas; the select of the list route needs them here.
      const needsAreas = !this.#mapAvailable && definition.definition.pages.some((p) => p.questions.some((q) => q.type === 'map' && q.mode === 'area'));
      const areas = needsAreas ? await client.get<Area[]>('/areas', undefined, { signal }) : [];
      return { survey: definition, areas };
    },
  });

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.#focusHeading) {
      this.#focusHeading = false;
      this.renderRoot.querySelector<HTMLElement>('#survey-step')?.focus();
    }
  }

  #heading(text: string, id: string) {
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 2));
    return html`<div class="heading" role="heading" aria-level=${level} id=${id} tabindex="-1">${text}</div>`;
  }

  protected override render() {
    const { t, lang } = this.#l;
    return html`<section part="base" lang=${lang} aria-labelledby="survey-heading">
      ${this.#data.render({
        pending: () => html`${this.#heading('', 'survey-heading')}<p part="notice" class="notice" aria-busy="true">${t.loading}</p>`,
        error: (error) => html`${this.#heading('', 'survey-heading')}<div part="notice" class="notice danger"><p>${this.#l.problem(error)}</p>
          <button class="button" type="button" @click=${() => void this.#data.run()}>${t.retry}</button></div>`,
        complete: ({ survey, areas }) => this.#renderSurvey(survey, areas),
      })}
    </section>`;
  }

  #renderSurvey(survey: Survey, areas: Area[]) {
    const { t, lang } = this.#l;
    const def = survey.definition;
    if (this.done) {
      return html`${this.#heading(localize(def.title, lang), 'survey-heading')}
        <div part="notice" class="notice success" role="status">
          <div class="page-title" id="survey-step" tabindex="-1">${t.thanksHeading}</div>
          <p>${def.thanks ? localize(def.thanks, lang) : t.thanksDefault}</p>
        </div>`;
    }
    const answers = this.#draft.value.answers;
    const pages = visiblePages(def, answers);
    const index = Math.min(this.#draft.value.page, pages.length - 1);
    const page = pages[index]!;
    const last = index === pages.length - 1;
    const areaOptions = areas.map((a) => ({ id: a.id, name: localize(a.name, lang) }));
    return html`${this.#heading(localize(def.title, lang), 'survey-heading')}
      ${def.intro && index === 0 ? html`<p>${localize(def.intro, lang)}</p>` : nothing}
      <div part="progress" class="progress">
        <progress max=${pages.length} value=${index + 1} aria-labelledby="survey-progress"></progress>
        <span id="survey-progress">${t.pageOf(index + 1, pages.length)}</span>
      </div>
      <form novalidate @submit=${(e: Event) => this.#onSubmit(e, survey, pages.map((p) => p.id), last)}>
        <div class="page-title" id="survey-step" tabindex="-1">${page.title ? localize(page.title, lang) : t.pageOf(index + 1, pages.length)}</div>
        ${this.errors.length ? html`<p class="error" role="alert">${t.errorSummary(this.errors.length)}</p>` : nothing}
        ${this.problem ? html`<p class="error" role="alert">${this.#l.problem(this.problem)}</p>` : nothing}
        ${visibleQuestions(page, answers).map((q) => {
          const error = this.errors.find((e) => e.path === q.id);
          return questionTemplate(q, {
            lang,
            t,
            value: answers[q.id],
            error,
            errorText: error ? this.#l.fieldError(error) : '',
            areas: areaOptions,
            map: this.#mapAvailable ? this.#api.client : null,
            set: (value) => this.#set(q.id, value),
          });
        })}
        <div class="actions">
          ${index > 0 ? html`<button class="button secondary" type="button" @click=${() => this.#go(index - 1)}>${t.back}</button>` : html`<span></span>`}
          <button class="button" type="submit" ?disabled=${this.sending}>${last ? (this.sending ? t.sending : t.submit) : t.next}</button>
        </div>
      </form>`;
  }

  #set(id: string, value: unknown): void {
    const answers = { ...this.#draft.value.answers };
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) delete answers[id];
    else answers[id] = value;
    this.errors = this.errors.filter((e) => e.path !== id);
    this.#draft.update({ answers });
  }

  #go(page: number): void {
    this.errors = [];
    this.problem = null;
    this.#focusHeading = true;
    this.#draft.update({ page });
  }

  /** Answers of questions the resident can see now (hidden ones are dropped before sending). */
  #shownAnswers(survey: Survey): Record<string, unknown> {
    const answers = this.#draft.value.answers;
    const out: Record<string, unknown> = {};
    for (const page of visiblePages(survey.definition, answers)) {
      for (const q of visibleQuestions(page, answers)) if (answers[q.id] !== undefined) out[q.id] = answers[q.id];
    }
    return out;
  }

  async #onSubmit(event: Event, survey: Survey, pageIds: string[], last: boolean): Promise<void> {
    event.preventDefault();
    if (this.sending) return;
    const index = Math.min(this.#draft.value.page, pageIds.length - 1);
    const answers = this.#shownAnswers(survey);
    const errors = checkSurveyAnswers(survey.definition, answers, {}, [pageIds[index]!]);
    if (errors.length) return this.#showErrors(errors);
    if (!last) return this.#go(index + 1);
    this.sending = true;
    this.problem = null;
    try {
      this.done = await this.#api.client.post<SurveyResponseCreated>(`/surveys/${encodeURIComponent(survey.id)}/responses`, {
        version: survey.version,
        respondentId: respondentId(),
        answers,
      });
      this.#draft.clear();
      this.#focusHeading = true;
      this.dispatchEvent(new SurveySubmittedEvent(this.done));
    } catch (error) {
      const fieldErrors = error instanceof ApiProblem ? (error.problem?.errors ?? []) : [];
      if (fieldErrors.length) {
        const byQuestion = fieldErrors.map((e) => ({ ...e, path: e.path.replace(/^answers\./, '') }));
        const first = pageIds.findIndex((id) => survey.definition.pages.find((p) => p.id === id)?.questions.some((q) => byQuestion.some((e) => e.path === q.id)));
        if (first >= 0 && first !== index) this.#draft.update({ page: first });
        this.#showErrors(byQuestion);
      } else this.problem = error;
    } finally {
      this.sending = false;
    }
  }

  async #showErrors(errors: FieldError[]): Promise<void> {
    this.errors = errors;
    await this.updateComplete;
    const first = errors[0];
    const group = first ? this.renderRoot.querySelector<HTMLElement>(`[data-question="${first.path}"]`) : null;
    group?.querySelector<HTMLElement>('osallistu-area-map, input, select, textarea, button')?.focus();
  }
}
