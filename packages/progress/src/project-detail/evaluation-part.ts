import { html, nothing, type TemplateResult } from 'lit';
import { EvaluationInputSchema, type EvaluationSummary, type Project } from '@osallistu/contract';
import { ApiProblem } from '@osallistu/core';
import { ProjectEvaluatedEvent } from '../events/project-evaluated-event.js';
import { evaluatorStore } from './evaluator-store.js';
import { FormPart, type PartHost } from './form-part.js';
import { evaluationTranslations } from '../i18n/evaluation-translations.js';
import type { EvaluationTranslation } from '../i18n/evaluation-translation.js';

type Field = 'rating' | 'comment';
const fields = ['rating', 'comment'] as const;

/**
 * The detail view's evaluation section: the residents' aggregate and published comments, and the
 * form (a 1–5 rating, an optional moderated comment), once per browser. Loaded only for a
 * completed project.
 *
 * @example this.#evaluation = new EvaluationPart(this); … ${this.#evaluation.render(project)}
 */
export class EvaluationPart extends FormPart<Field, EvaluationTranslation> {
  constructor(host: PartHost) {
    super(host, evaluationTranslations);
  }

  #rating = 0;
  #comment = '';
  #summary: EvaluationSummary | null = null;

  render(p: Project): TemplateResult {
    const { t } = this.l;
    const summary = this.#summary ?? p.evaluation;
    const done = this.#summary !== null;
    const already = !done && evaluatorStore.hasEvaluated(this.api.tenant, p.id);
    const e = this.errors;
    return html`<section aria-labelledby="evaluation-heading">
      <h4 id="evaluation-heading">${t.evaluationHeading}</h4>
      <p class="evaluation-summary">
        ${summary.count > 0 && summary.average !== null ? t.evaluationSummary(this.l.number(summary.average), summary.count) : t.noEvaluations}
      </p>
      ${done
        ? html`<p class="notice success" role="status" tabindex="-1" id="evaluation-done">${t.evaluationThanks}</p>`
        : already
          ? html`<p class="notice">${t.alreadyEvaluated}</p>`
          : html`<form novalidate @submit=${(e: SubmitEvent) => this.#submit(e)} aria-labelledby="evaluation-heading">
              ${this.summary()}
              <fieldset aria-describedby=${e.has('rating') ? 'rating-error' : nothing}>
                <legend>${t.ratingLegend}</legend>
                ${t.ratings.map(
                  (label, i) => html`<div class="choice">
                    <input
                      type="radio"
                      name="rating"
                      id="rating-${i + 1}"
                      value=${i + 1}
                      .checked=${this.#rating === i + 1}
                      @change=${() => {
                        this.#rating = i + 1;
                        this.host.requestUpdate();
                      }}
                    />
                    <label for="rating-${i + 1}">${label}</label>
                  </div>`,
                )}
                ${this.error('rating', 'rating')}
              </fieldset>
              <div class="field">
                <label for="evaluation-comment">${t.commentLabel} <span class="hint">${t.optional}</span></label>
                <span class="hint" id="comment-hint">${t.commentHint}</span>
                <textarea
                  id="evaluation-comment"
                  rows="3"
                  maxlength="1000"
                  .value=${this.#comment}
                  aria-invalid=${e.has('comment') ? 'true' : 'false'}
                  aria-describedby=${e.has('comment') ? 'comment-hint comment-error' : 'comment-hint'}
                  @input=${(ev: Event) => {
                    this.#comment = (ev.target as HTMLTextAreaElement).value;
                    this.host.requestUpdate();
                  }}
                ></textarea>
                ${this.error('comment', 'comment')}
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

  async #submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const id = this.host.projectId;
    const tenant = this.api.tenant;
    // no choice yet: leave the rating out, so the check says "required"
    const body = {
      evaluatorId: evaluatorStore.evaluatorId(),
      ...(this.#rating ? { rating: this.#rating } : {}),
      ...(this.#comment.trim() ? { comment: this.#comment } : {}),
    };
    const summary = await this.submit<EvaluationSummary>(
      `/projects/${encodeURIComponent(id)}/evaluations`,
      EvaluationInputSchema,
      body,
      fields,
      (f) => (f === 'rating' ? '#rating-1' : '#evaluation-comment'),
      (error) => {
        if (error instanceof ApiProblem && error.code === 'already-evaluated') evaluatorStore.remember(tenant, id);
      },
    );
    if (!summary) return;
    this.#summary = summary;
    this.host.requestUpdate();
    evaluatorStore.remember(tenant, id);
    this.host.dispatchEvent(new ProjectEvaluatedEvent(id, this.#rating));
    await this.focus('#evaluation-done');
  }
}
