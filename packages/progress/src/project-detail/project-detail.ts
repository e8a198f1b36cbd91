import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { localize, type Project } from '@osallistu/contract';
import { ApiController, LocalizeController, baseStyles, tokens, type ApiClient } from '@osallistu/core';
import { progressTranslations } from '../i18n/progress-translations.js';
import { progressStyles } from '../progress-styles.js';
import { progressBlock } from '../progress-block/progress-block.js';
import type { SignupPart } from './signup-part.js';
import type { EvaluationPart } from './evaluation-part.js';

/**
 * One project in full: status, progress and budget as text, milestones, the dated updates, the
 * sign-up for taking part (while it runs), the evaluation form and the residents' aggregate
 * (when completed), following by email, and a link to the vote's results when it came from a
 * winning proposal. The sign-up and the evaluation are loaded (dynamic import) only for a project
 * that shows them.
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
  /**
   * Where the results of participatory budgeting are shown (a page with `<osallistu-results>`),
   * linked from a project that came from a winning proposal; without it, the API's results.
   */
  @property({ attribute: 'results-href' }) resultsHref = '';
  @property() api?: string;
  @property() tenant?: string;
  @property({ attribute: false }) client?: ApiClient;

  readonly #api = new ApiController(this);
  readonly #l = new LocalizeController(this, progressTranslations);
  #signup?: SignupPart;
  #evaluation?: EvaluationPart;

  readonly #project = new Task(this, {
    args: () => [this.#api.client, this.projectId] as const,
    task: async ([client, id], { signal }) => {
      const p = await client.get<Project>(`/projects/${encodeURIComponent(id)}`, undefined, { signal });
      await this.#loadParts(p);
      return p;
    },
  });

  /**
   * Loads the sign-up and evaluation code only for a project that shows them (most do not), and
   * the follow form only for one that can still be followed (not a completed or cancelled one).
   */
  async #loadParts(p: Project): Promise<void> {
    await Promise.all([
      p.participation && !ended(p) && !this.#signup ? import('./signup-part.js').then((m) => (this.#signup = new m.SignupPart(this))) : null,
      p.status === 'completed' && !this.#evaluation ? import('./evaluation-part.js').then((m) => (this.#evaluation = new m.EvaluationPart(this))) : null,
      ended(p) ? null : import('../follow-form/define.js').then((m) => m.define()),
    ]);
  }

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
    return html`<article part="base" aria-labelledby="project-title" lang=${lang}>
      <h3 part="heading" id="project-title" tabindex="-1">${title}</h3>
      <p><span class="badge ${p.status}">${t.statuses[p.status]}</span></p>
      <p class="meta">${this.areaName ? html`${this.areaName} · ` : nothing}${t.responsibleUnit(p.responsibleUnit)}</p>
      <p>${localize(p.description, lang)}</p>
      ${p.status === 'cancelled' && p.cancelReason ? html`<p class="notice danger"><strong>${t.cancelReason}:</strong> ${p.cancelReason}</p>` : nothing}
      ${progressBlock(p, l)}
      ${p.proposalId
        ? html`<p>${t.wonVote} <a href=${this.resultsHref || `${this.#api.client.api}/v1/${this.#api.tenant}/processes/${p.processId}/results`}>${t.voteResults}</a></p>`
        : nothing}
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
      ${p.participation && !ended(p) ? this.#signup?.render(p) : nothing}
      ${p.status === 'completed' ? this.#evaluation?.render(p) : nothing}
      ${ended(p)
        ? nothing
        : html`<section>
            <osallistu-follow-form target="project" target-id=${p.id} .client=${this.#api.client} exportparts="form: follow-form, button"></osallistu-follow-form>
          </section>`}
    </article>`;
  }
}

const ended = (p: Project) => p.status === 'completed' || p.status === 'cancelled';

declare global {
  interface HTMLElementTagNameMap {
    'osallistu-project-detail': ProjectDetail;
  }
}
