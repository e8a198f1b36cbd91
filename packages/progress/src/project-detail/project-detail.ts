import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import * as v from 'valibot';
import {
  EvaluationInputSchema,
  SignupInputSchema,
  localize,
  toFieldErrors,
  type EvaluationSummary,
  type FieldError,
  type Project,
  type SignupResult,
} from '@osallistu/contract';
import { ApiController, ApiProblem, LocalizeController, baseStyles, randomId, tokens, type ApiClient } from '@osallistu/core';
import { progressTranslations } from '../i18n/progress-translations.js';
import { progressStyles } from '../progress-styles.js';
import { SignedUpEvent } from '../events/signed-up-event.js';
import { ProjectEvaluatedEvent } from '../events/project-evaluated-event.js';
import { evaluatorStore } from './evaluator-store.js';
import { progressBlock } from '../progress-block/progress-block.js';

type SignupField = 'name' | 'email' | 'participants' | 'consent';
type EvaluationField = 'rating' | 'comment';

/**
 * One project in full: status, progress and budget as text, milestones, the dated updates, the
 * sign-up for taking part (while it runs), the evaluation form and the residents' aggregate
 * (when completed) and following by email.
 *
 * @summary A project's detail view.
 * @tagname osallistu-project-detail
 * @fires osallistu-signed-up - `SignedUpEvent` after a sign-up.
 * @fires osallistu-project-evaluated - `ProjectEvaluatedEvent` after an evaluation.
 * @csspart base - The wrapper.
 * @csspart heading - The project's title.
 * @csspart button - Buttons.
 */
export class ProjectDetail extends LitElement {
  static override styles = [tokens, baseStyles, progressStyles];

  /** Id of the project. */
  @property({ attribute: 'project-id', reflect: true }) projectId = '';
  /** Name of its area, when the host already knows it. */
  @property({ attribute: 'area-name' }) areaName = '';
  @property() api?: string;
  @property() tenant?: string;
  @property({ attribute: false }) client?: ApiClient;

  @state() private signup = { name: '', email: '', participants: '1', consent: false };
  @state() private signupErrors = new Map<SignupField, FieldError>();
  @state() private signupDone: SignupResult | null = null;
  @state() private rating = 0;
  @state() private comment = '';
  @state() private evaluationErrors = new Map<EvaluationField, FieldError>();
  @state() private evaluation: EvaluationSummary | null = null;
  @state() private problem: { form: 'signup' | 'evaluation'; text: string } | null = null;
  @state() private busy = false;

  readonly #api = new ApiController(this);
  readonly #l = new LocalizeController(this, progressTranslations);
  #signupKey = randomId();
  #evaluationKey = randomId();

  readonly #project = new Task(this, {
    args: () => [this.#api.client, this.projectId] as const,
    task: ([client, id], { signal }) => client.get<Project>(`/projects/${encodeURIComponent(id)}`, undefined, { signal }),
  });

  /** Moves focus to the project's title (after the host opened this view). */
  async focusHeading(): Promise<void> {
    await this.updateComplete;
    await this.#project.taskComplete.catch(() => undefined);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~="heading"], .notice')?.focus();
  }

  protected override render() {
    const { t } = this.#l;
    return this.#project.render({
      pending: () => html`<p class="notice" aria-busy="true" tabindex="-1">${t.loading}</p>`,
      error: (error) => html`<div class="notice danger" tabindex="-1">
        <p>${this.#l.problem(error)}</p>
        <button part="button" class="button" type="button" @click=${() => void this.#project.run()}>${t.retry}</button>
      </div>`,
      complete: (p) => this.#renderProject(p),
    });
  }

  #renderProject(p: Project): TemplateResult {
    const { t, lang } = this.#l;
    const l = this.#l;
    const title = localize(p.title, lang);
    const ended = p.status === 'completed' || p.status === 'cancelled';
    return html`<article part="base" aria-labelledby="project-title" lang=${lang}>
      <h3 part="heading" id="project-title" tabindex="-1">${title}</h3>
      <p><span class="badge ${p.status}">${t.statuses[p.status]}</span></p>
      <p class="meta">${this.areaName ? html`${this.areaName} · ` : nothing}${t.responsibleUnit(p.responsibleUnit)}</p>
      <p>${localize(p.description, lang)}</p>
      ${p.status === 'cancelled' && p.cancelReason ? html`<p class="notice danger"><strong>${t.cancelReason}:</strong> ${p.cancelReason}</p>` : nothing}
      ${progressBlock(p, l)}
      ${p.ideas.length > 0
        ? html`<h4>${t.fromIdeas}</h4>
            <ul>
              ${p.ideas.map((i) => html`<li>${i.title}</li>`)}
            </ul>`
        : nothing}
      ${p.milestones.length > 0
        ? html`<h4>${t.milestonesHeading}</h4>
            <ol class="milestones">
              ${p.milestones.map(
                (m) => html`<li>
                  ${localize(m.title, lang)}:
                  ${m.actualDate ? html`<strong>${t.milestoneDone(l.date(m.actualDate))}</strong>` : t.milestonePlanned(l.date(m.plannedDate))}
                </li>`,
              )}
            </ol>`
        : nothing}
      <section aria-labelledby="updates-heading">
        <h4 id="updates-heading">${t.updatesHeading}</h4>
        ${p.updates.length === 0
          ? html`<p>${t.noUpdates}</p>`
          : html`<ol class="timeline updates">
              ${p.updates.map(
                (u) => html`<li>
                  <time datetime=${u.at}>${l.date(u.at)}</time>
                  <p>${localize(u.text, lang)}</p>
                  ${u.imageUrl ? html`<img src=${u.imageUrl} alt=${u.imageAlt ?? ''} loading="lazy" />` : nothing}
                </li>`,
              )}
            </ol>`}
      </section>
      ${p.participation && !ended ? this.#renderParticipation(p) : nothing}
      ${p.status === 'completed' ? this.#renderEvaluation(p) : nothing}
      ${ended
        ? nothing
        : html`<section>
            <osallistu-follow-form target="project" target-id=${p.id} .client=${this.#api.client} exportparts="form: follow-form, button"></osallistu-follow-form>
          </section>`}
    </article>`;
  }

  #renderParticipation(p: Project): TemplateResult {
    const { t, lang } = this.#l;
    const part = p.participation!;
    const left = this.signupDone ? this.signupDone.spotsLeft : part.spotsLeft;
    const e = this.signupErrors;
    return html`<section aria-labelledby="participation-heading">
      <h4 id="participation-heading">${t.participationHeading}: ${t.participationKinds[part.kind]}</h4>
      <p>${localize(part.description, lang)}</p>
      ${part.startsAt ? html`<p>${t.participationWhen(this.#l.date(part.startsAt))}</p>` : nothing}
      ${part.place ? html`<p>${t.participationWhere(part.place)}</p>` : nothing}
      <p><strong>${t.spotsLeft(left, part.capacity)}</strong></p>
      ${this.signupDone
        ? html`<p class="notice success" role="status" tabindex="-1" id="signup-done">${t.signupThanks(this.signupDone.participants)}</p>`
        : left === 0
          ? html`<p class="notice">${t.full}</p>`
          : html`<form novalidate @submit=${this.#submitSignup} aria-labelledby="participation-heading">
              ${this.#errorSummary('signup', e.size)}
              ${this.#input('signup-name', t.nameLabel, 'text', this.signup.name, e.get('name'), (value) => (this.signup = { ...this.signup, name: value }), 'name')}
              ${this.#input('signup-email', t.emailLabel, 'email', this.signup.email, e.get('email'), (value) => (this.signup = { ...this.signup, email: value }), 'email')}
              ${this.#input('signup-participants', t.participantsLabel, 'number', this.signup.participants, e.get('participants'), (value) => (this.signup = { ...this.signup, participants: value }), 'off')}
              <div class="field">
                <div class="choice">
                  <input
                    id="signup-consent"
                    type="checkbox"
                    .checked=${this.signup.consent}
                    aria-invalid=${e.has('consent') ? 'true' : 'false'}
                    aria-describedby=${e.has('consent') ? 'signup-consent-error' : nothing}
                    @change=${(ev: Event) => (this.signup = { ...this.signup, consent: (ev.target as HTMLInputElement).checked })}
                  />
                  <label for="signup-consent">${t.signupConsent}</label>
                </div>
                ${e.has('consent') ? html`<span class="error" id="signup-consent-error">${this.#l.fieldError(e.get('consent')!)}</span>` : nothing}
              </div>
              <button part="button" class="button" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>${t.signupSubmit}</button>
            </form>`}
    </section>`;
  }

  #renderEvaluation(p: Project): TemplateResult {
    const { t } = this.#l;
    const summary = this.evaluation ?? p.evaluation;
    const tenant = this.#api.tenant;
    const done = this.evaluation !== null;
    const already = !done && evaluatorStore.hasEvaluated(tenant, p.id);
    const e = this.evaluationErrors;
    return html`<section aria-labelledby="evaluation-heading">
      <h4 id="evaluation-heading">${t.evaluationHeading}</h4>
      <p class="evaluation-summary">
        ${summary.count > 0 && summary.average !== null ? t.evaluationSummary(this.#l.number(summary.average), summary.count) : t.noEvaluations}
      </p>
      ${done
        ? html`<p class="notice success" role="status" tabindex="-1" id="evaluation-done">${t.evaluationThanks}</p>`
        : already
          ? html`<p class="notice">${t.alreadyEvaluated}</p>`
          : html`<form novalidate @submit=${this.#submitEvaluation} aria-labelledby="evaluation-heading">
              ${this.#errorSummary('evaluation', e.size)}
              <fieldset aria-describedby=${e.has('rating') ? 'rating-error' : nothing}>
                <legend>${t.ratingLegend}</legend>
                ${t.ratings.map(
                  (label, i) => html`<div class="choice">
                    <input
                      type="radio"
                      name="rating"
                      id="rating-${i + 1}"
                      value=${i + 1}
                      .checked=${this.rating === i + 1}
                      @change=${() => (this.rating = i + 1)}
                    />
                    <label for="rating-${i + 1}">${label}</label>
                  </div>`,
                )}
                ${e.has('rating') ? html`<span class="error" id="rating-error">${this.#l.fieldError(e.get('rating')!)}</span>` : nothing}
              </fieldset>
              <div class="field">
                <label for="evaluation-comment">${t.commentLabel} <span class="hint">${t.optional}</span></label>
                <span class="hint" id="comment-hint">${t.commentHint}</span>
                <textarea
                  id="evaluation-comment"
                  rows="3"
                  maxlength="1000"
                  .value=${this.comment}
                  aria-invalid=${e.has('comment') ? 'true' : 'false'}
                  aria-describedby=${e.has('comment') ? 'comment-hint comment-error' : 'comment-hint'}
                  @input=${(ev: Event) => (this.comment = (ev.target as HTMLTextAreaElement).value)}
                ></textarea>
                ${e.has('comment') ? html`<span class="error" id="comment-error">${this.#l.fieldError(e.get('comment')!)}</span>` : nothing}
              </div>
              <button part="button" class="button" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>${t.evaluationSubmit}</button>
            </form>`}
      ${summary.comments.length > 0
        ? html`<h5>${t.residentComments}</h5>
            <ul class="comments">
              ${summary.comments.map((c) => html`<li><strong>${c.rating}/5</strong> ${c.comment}</li>`)}
            </ul>`
        : nothing}
    </section>`;
  }

  #errorSummary(form: 'signup' | 'evaluation', count: number): TemplateResult | typeof nothing {
    const problem = this.problem?.form === form ? this.problem.text : '';
    if (!problem && count === 0) return nothing;
    return html`<p class="notice danger" role="alert">${problem || this.#l.t.errorCount(count)}</p>`;
  }

  #input(
    id: string,
    label: string,
    type: string,
    value: string,
    error: FieldError | undefined,
    onInput: (value: string) => void,
    autocomplete: string,
  ): TemplateResult {
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <input
        id=${id}
        type=${type}
        autocomplete=${autocomplete}
        min=${type === 'number' ? '1' : nothing}
        max=${type === 'number' ? '10' : nothing}
        .value=${value}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? `${id}-error` : nothing}
        @input=${(e: Event) => onInput((e.target as HTMLInputElement).value)}
      />
      ${error ? html`<span class="error" id="${id}-error">${this.#l.fieldError(error)}</span>` : nothing}
    </div>`;
  }

  async #focusFirst(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  async #submitSignup(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const body = {
      name: this.signup.name,
      email: this.signup.email.trim(),
      participants: Number(this.signup.participants),
      consent: this.signup.consent,
    };
    this.problem = null;
    const parsed = v.safeParse(SignupInputSchema, body);
    if (!parsed.success) {
      this.signupErrors = new Map(toFieldErrors(parsed.issues).map((e) => [e.path as SignupField, e]));
      const first = (['name', 'email', 'participants', 'consent'] as const).find((f) => this.signupErrors.has(f));
      await this.#focusFirst(`#signup-${first}`);
      return;
    }
    this.signupErrors = new Map();
    this.busy = true;
    try {
      this.signupDone = await this.#api.client.post<SignupResult>(`/projects/${encodeURIComponent(this.projectId)}/signups`, parsed.output, {
        idempotencyKey: this.#signupKey,
      });
      this.dispatchEvent(new SignedUpEvent(this.projectId, body.participants));
      await this.#focusFirst('#signup-done');
    } catch (error) {
      const fields = error instanceof ApiProblem ? error.fieldErrors : [];
      if (fields.length > 0) this.signupErrors = new Map(fields.map((e) => [e.path as SignupField, e]));
      else this.problem = { form: 'signup', text: this.#l.problem(error) };
      this.#signupKey = randomId();
    } finally {
      this.busy = false;
    }
  }

  async #submitEvaluation(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const body = {
      evaluatorId: evaluatorStore.evaluatorId(),
      rating: this.rating,
      ...(this.comment.trim() ? { comment: this.comment } : {}),
    };
    this.problem = null;
    const parsed = v.safeParse(EvaluationInputSchema, body);
    if (!parsed.success) {
      const errors = toFieldErrors(parsed.issues).map((e) => (e.path === 'rating' ? { ...e, code: 'required' as const } : e));
      this.evaluationErrors = new Map(errors.map((e) => [e.path as EvaluationField, e]));
      await this.#focusFirst(this.evaluationErrors.has('rating') ? '#rating-1' : '#evaluation-comment');
      return;
    }
    this.evaluationErrors = new Map();
    this.busy = true;
    const tenant = this.#api.tenant;
    try {
      this.evaluation = await this.#api.client.post<EvaluationSummary>(`/projects/${encodeURIComponent(this.projectId)}/evaluations`, parsed.output, {
        idempotencyKey: this.#evaluationKey,
      });
      evaluatorStore.remember(tenant, this.projectId);
      this.dispatchEvent(new ProjectEvaluatedEvent(this.projectId, body.rating));
      await this.#focusFirst('#evaluation-done');
    } catch (error) {
      if (error instanceof ApiProblem && error.code === 'already-evaluated') evaluatorStore.remember(tenant, this.projectId);
      const fields = error instanceof ApiProblem ? error.fieldErrors : [];
      if (fields.length > 0) this.evaluationErrors = new Map(fields.map((e) => [e.path as EvaluationField, e]));
      else this.problem = { form: 'evaluation', text: this.#l.problem(error) };
      this.#evaluationKey = randomId();
    } finally {
      this.busy = false;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'osallistu-project-detail': ProjectDetail;
  }
}
