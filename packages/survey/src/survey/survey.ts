import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import {
  checkSurveyAnswers,
  localize,
  visiblePages,
  visibleQuestions,
  type Area,
  type EmailCodeSent,
  type FieldError,
  type Survey,
  type SurveyResponseCreated,
  type SurveyVerification,
} from '@osallistu/contract';
import { ApiController, ApiProblem, DraftController, LocalizeController, baseStyles, draftKey, loadNested, randomId, tokens, type ApiClient } from '@osallistu/core';
import { surveyTranslations } from '../i18n/survey-translations.js';
import { questionTemplate } from './question-template.js';
import { surveyStyles } from './styles.js';
import { SurveySubmittedEvent } from './survey-submitted-event.js';
import { surveyTokenStore } from './survey-token-store.js';

interface SurveyDraft {
  answers: Record<string, unknown>;
  page: number;
}

const respondentKey = 'osallistu:survey-respondent';
/** Problems that mean the kept verification is no longer good: verify again. */
const tokenProblems = ['survey-verification-required', 'survey-token-wrong-survey'];

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
 * the server, then a thank-you with what happens next. A strict survey (`respondents: "verified"`)
 * asks for an email code before sending (request → code → verified); the draft waits meanwhile.
 * Map questions are answered on `<osallistu-area-map>` (with its list beside the map) when the
 * page's loader knows that tag; otherwise with a select of areas or coordinate fields.
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
  /** The email-code detour of a strict survey is shown. */
  @state() private verifying = false;
  @state() private email = '';
  @state() private code = '';
  @state() private codeSentTo = '';
  @state() private verifyErrors: FieldError[] = [];
  /** The typed code is not six digits (checked here, before asking the API). */
  @state() private codeMalformed = false;
  @state() private announcement = '';

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
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      ${this.#data.render({
        // Before the definition arrives there is no title: the heading says what is going on, so
        // the section is never labelled by an empty heading (axe empty-heading).
        pending: () => html`${this.#heading(t.loading, 'survey-heading')}`,
        error: (error) => html`${this.#heading(t.errorHeading, 'survey-heading')}<div part="notice" class="notice danger"><p>${this.#l.problem(error)}</p>
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
    if (this.verifying) return html`${this.#heading(localize(def.title, lang), 'survey-heading')}${this.#renderVerify(survey, pages.map((p) => p.id))}`;
    const index = Math.min(this.#draft.value.page, pages.length - 1);
    const page = pages[index]!;
    const last = index === pages.length - 1;
    const areaOptions = areas.map((a) => ({ id: a.id, name: localize(a.name, lang) }));
    return html`${this.#heading(localize(def.title, lang), 'survey-heading')}
      ${def.intro && index === 0 ? html`<p>${localize(def.intro, lang)}</p>` : nothing}
      ${survey.respondents === 'verified' && index === 0 ? html`<p class="help">${t.strictNote}</p>` : nothing}
      <div part="progress" class="progress">
        <progress max=${pages.length} value=${index + 1} aria-labelledby="survey-progress"></progress>
        <span id="survey-progress">${t.pageOf(index + 1, pages.length)}</span>
      </div>
      <form novalidate @submit=${(e: Event) => this.#onSubmit(e, survey, pages.map((p) => p.id), last)}>
        <div class="page-title" id="survey-step" tabindex="-1">${page.title ? localize(page.title, lang) : t.pageOf(index + 1, pages.length)}</div>
        ${this.errors.length ? html`<p class="error" role="alert">${t.errorSummary(this.errors.length)}</p>` : nothing}
        ${this.problem ? html`<p class="error" role="alert">${this.#problemText(survey)}</p>` : nothing}
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
    if (survey.respondents === 'verified' && !this.#token(survey)) return this.#startVerify(null);
    return this.#send(survey, pageIds);
  }

  /** Sends the shown answers (with the verification token of a strict survey). */
  async #send(survey: Survey, pageIds: string[]): Promise<void> {
    const index = Math.min(this.#draft.value.page, pageIds.length - 1);
    const answers = this.#shownAnswers(survey);
    const token = this.#token(survey);
    this.sending = true;
    this.problem = null;
    try {
      const client = this.#api.client;
      this.done = await client.post<SurveyResponseCreated>(
        `/surveys/${encodeURIComponent(survey.id)}/responses`,
        { version: survey.version, respondentId: respondentId(), answers },
        token ? { headers: { authorization: `Bearer ${token}` } } : undefined,
      );
      if (token) surveyTokenStore.clear(client.api, client.tenant, survey.id);
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
      } else if (error instanceof ApiProblem && tokenProblems.includes(error.code)) {
        surveyTokenStore.clear(this.#api.client.api, this.#api.client.tenant, survey.id);
        this.#startVerify(error);
      } else this.problem = error;
    } finally {
      this.sending = false;
    }
  }

  #problemText(survey: Survey): string {
    const strictRepeat = survey.respondents === 'verified' && this.problem instanceof ApiProblem && this.problem.code === 'already-answered';
    return strictRepeat ? this.#l.t.alreadyAnsweredVerified : this.#l.problem(this.problem);
  }

  // ---- strict surveys: the email-code detour -------------------------------------------------

  #token(survey: Survey): string | null {
    if (survey.respondents !== 'verified') return null;
    const client = this.#api.client;
    return surveyTokenStore.get(client.api, client.tenant, survey.id)?.token ?? null;
  }

  #startVerify(problem: unknown): void {
    this.verifying = true;
    this.problem = problem;
    this.errors = [];
    this.verifyErrors = [];
    this.codeMalformed = false;
    this.#focusHeading = true;
  }

  #leaveVerify(): void {
    this.verifying = false;
    this.problem = null;
    this.verifyErrors = [];
    this.#focusHeading = true;
  }

  #renderVerify(survey: Survey, pageIds: string[]) {
    const { t } = this.#l;
    const emailError = this.verifyErrors.find((e) => e.path === 'email');
    const codeField = this.verifyErrors.find((e) => e.path === 'code');
    const codeError = codeField ? this.#l.fieldError(codeField) : this.codeMalformed ? t.codeMalformed : '';
    const codeProblem = this.problem instanceof ApiProblem && this.problem.code.startsWith('code-');
    const sent = this.codeSentTo !== '';
    return html`<div class="page-title" id="survey-step" tabindex="-1">${t.verifyHeading}</div>
      <p>${t.verifyIntro}</p>
      ${this.problem ? html`<p class="error" id="verify-problem" role="alert">${this.#problemText(survey)}</p>` : nothing}
      <form novalidate @submit=${(e: Event) => this.#onVerify(e, survey, pageIds)}>
        <div class="question">
          <label for="verify-email">${t.emailLabel}</label>
          ${emailError ? html`<p class="error" id="verify-email-error">${this.#l.fieldError(emailError)}</p>` : nothing}
          <div class="inline">
            <input id="verify-email" type="email" autocomplete="email" .value=${this.email} aria-invalid=${emailError ? 'true' : 'false'}
              aria-describedby=${emailError ? 'verify-email-error' : nothing} @input=${(e: Event) => (this.email = (e.target as HTMLInputElement).value)} />
            <button class="button ${sent ? 'secondary' : ''}" type="button" ?disabled=${this.sending} @click=${() => this.#requestCode(survey)}>
              ${this.sending && !sent ? t.sendingCode : t.sendCode}
            </button>
          </div>
          ${sent ? html`<p class="help">${t.codeSent(this.codeSentTo)}</p>` : nothing}
        </div>
        ${sent
          ? html`<div class="question">
              <label for="verify-code">${t.codeLabel}</label>
              ${codeError ? html`<p class="error" id="verify-code-error">${codeError}</p>` : nothing}
              <input id="verify-code" type="text" autocomplete="one-time-code" inputmode="numeric" maxlength="6" .value=${this.code}
                aria-invalid=${codeError || codeProblem ? 'true' : 'false'}
                aria-describedby=${codeError ? 'verify-code-error' : codeProblem ? 'verify-problem' : nothing}
                @input=${(e: Event) => (this.code = (e.target as HTMLInputElement).value)} />
            </div>`
          : nothing}
        <div class="actions">
          <button class="button secondary" type="button" @click=${() => this.#leaveVerify()}>${t.backToAnswers}</button>
          ${sent ? html`<button class="button" type="submit" ?disabled=${this.sending}>${this.sending ? t.sending : t.verifyAndSubmit}</button>` : nothing}
        </div>
      </form>`;
  }

  #verifyFailed(error: unknown): void {
    const fieldErrors = error instanceof ApiProblem ? error.fieldErrors : [];
    if (fieldErrors.length) this.verifyErrors = fieldErrors;
    else this.problem = error;
  }

  async #focusField(id: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#${id}`)?.focus();
  }

  async #requestCode(survey: Survey): Promise<void> {
    if (this.sending) return;
    const email = this.email.trim();
    this.problem = null;
    this.verifyErrors = [];
    this.codeMalformed = false;
    // The API checks too; this catches an empty or half-typed address without a round trip.
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
      this.verifyErrors = [{ path: 'email', code: 'invalid-email' }];
      return this.#focusField('verify-email');
    }
    this.sending = true;
    try {
      await this.#api.client.post<EmailCodeSent>(`/surveys/${encodeURIComponent(survey.id)}/verification/email-code`, { email, lang: this.#l.lang });
      this.codeSentTo = email;
      this.code = '';
      this.announcement = this.#l.t.codeSent(email);
      this.sending = false;
      await this.#focusField('verify-code');
    } catch (error) {
      this.#verifyFailed(error);
      this.sending = false;
      await this.#focusField(this.verifyErrors.length ? 'verify-email' : 'survey-step');
    }
  }

  async #onVerify(event: Event, survey: Survey, pageIds: string[]): Promise<void> {
    event.preventDefault();
    if (this.sending) return;
    if (!this.codeSentTo) return this.#requestCode(survey);
    this.problem = null;
    this.verifyErrors = [];
    const code = this.code.trim();
    this.codeMalformed = !/^\d{6}$/.test(code);
    if (this.codeMalformed) return this.#focusField('verify-code');
    const client = this.#api.client;
    this.sending = true;
    try {
      const verification = await client.post<SurveyVerification>(`/surveys/${encodeURIComponent(survey.id)}/verification`, { email: this.codeSentTo, code });
      this.code = '';
      this.sending = false;
      if (verification.answered) {
        this.problem = new ApiProblem('already-answered', 409, null);
        return this.#focusField('survey-step');
      }
      surveyTokenStore.set(client.api, client.tenant, survey.id, { token: verification.token, expiresAt: verification.expiresAt });
      this.announcement = this.#l.t.verified;
      this.verifying = false;
      this.codeSentTo = '';
      await this.#send(survey, pageIds);
    } catch (error) {
      this.sending = false;
      this.#verifyFailed(error);
      await this.#focusField(this.verifyErrors.some((e) => e.path === 'email') ? 'verify-email' : 'verify-code');
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
