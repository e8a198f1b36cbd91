import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { type IdeaTimeline as Timeline, type IdeaTimelineEntry } from '@osallistu/contract';
import { ApiController, LocalizeController, baseStyles, tokens, type ApiClient } from '@osallistu/core';
import { timelineTranslations } from '../i18n/timeline-translations.js';
import { progressStyles } from '../progress-styles.js';
import { entryText } from './entry-text.js';

/**
 * The fate of one idea in plain language, oldest step first: submitted, published, merged into …,
 * reviewed (feasible with cost / not feasible and why), on the ballot, votes received and won or
 * not, became a project, progress, completed, evaluated. Embeddable on its own (the link a
 * resident gets after proposing) and inside the idea board (`compact`).
 *
 * @summary What happened to an idea, step by step.
 * @tagname osallistu-idea-timeline
 *
 * @fires osallistu-follow-requested - From the follow form: `FollowRequestedEvent`.
 *
 * @csspart base - The wrapper.
 * @csspart heading - The heading.
 * @csspart outcome - The one-sentence summary of where the idea stands.
 * @csspart list - The list of steps.
 * @csspart notice - Loading and error states.
 */
export class IdeaTimeline extends LitElement {
  static override styles = [tokens, baseStyles, progressStyles];

  /** Id of the idea. */
  @property({ reflect: true }) idea = '';
  /** Heading level of the widget's heading (2–6); 4 inside an idea card. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;
  /** Inside another widget: no idea title and no follow form. */
  @property({ type: Boolean }) compact = false;
  @property() api?: string;
  @property() tenant?: string;
  @property({ attribute: false }) client?: ApiClient;

  readonly #api = new ApiController(this);
  readonly #l = new LocalizeController(this, timelineTranslations);

  readonly #timeline = new Task(this, {
    args: () => [this.#api.client, this.idea] as const,
    task: async ([client, idea], { signal }) => {
      const timeline = await client.get<Timeline>(`/ideas/${encodeURIComponent(idea)}/timeline`, undefined, { signal });
      // The follow form only for an idea that can still be followed (a pending idea, the usual
      // case behind the link a resident gets after proposing, cannot).
      if (this.#followable(timeline)) await import('../follow-form/define.js').then((m) => m.define());
      return timeline;
    },
  });

  #heading(text: string): TemplateResult {
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 2));
    return html`<div part="heading" class="heading" role="heading" aria-level=${level} id="timeline-heading" tabindex="-1">${text}</div>`;
  }

  #followable(timeline: Timeline): boolean {
    return !this.compact && ['open', 'feasible', 'on-ballot', 'won-vote', 'in-project'].includes(timeline.outcome);
  }

  protected override render() {
    const { t, lang } = this.#l;
    return html`<section part="base" aria-labelledby="timeline-heading" lang=${lang}>
      ${this.#heading(t.timelineHeading)}
      ${this.#timeline.render({
        pending: () => html`<p part="notice" class="notice" aria-busy="true">${t.loading}</p>`,
        error: (error) => html`<div part="notice" class="notice danger">
          <p>${this.#l.problem(error)}</p>
          <button class="button" type="button" @click=${() => void this.#timeline.run()}>${t.retry}</button>
        </div>`,
        complete: (timeline) => this.#renderTimeline(timeline),
      })}
    </section>`;
  }

  #renderTimeline(timeline: Timeline): TemplateResult {
    const { t } = this.#l;
    const followable = this.#followable(timeline);
    return html`${!this.compact && timeline.idea.title ? html`<p class="idea-title">${timeline.idea.title}</p>` : nothing}
      <p part="outcome" class="outcome"><strong>${t.outcomes[timeline.outcome]}</strong></p>
      <ol part="list" class="timeline">
        ${timeline.entries.map((e) => html`<li data-kind=${e.kind}>${this.#entry(e)}</li>`)}
      </ol>
      ${followable
        ? html`<osallistu-follow-form target="idea" target-id=${timeline.idea.id} .client=${this.#api.client}></osallistu-follow-form>`
        : nothing}`;
  }

  #entry(e: IdeaTimelineEntry): TemplateResult {
    const { t } = this.#l;
    const time = html`<time datetime=${e.at}>${this.#l.date(e.at)}</time>`;
    if (e.kind === 'merged') {
      return html`${time}
        <p>
          ${t.entry.mergedInto}
          <button class="link-button" type="button" aria-label=${t.showTimelineOf(e.into.title)} @click=${() => this.#show(e.into.id)}>
            ${e.into.title}</button
          >.
        </p>`;
    }
    return html`${time}<p>${entryText(e, this.#l)}</p>`;
  }

  async #show(id: string): Promise<void> {
    this.idea = id;
    await this.updateComplete;
    await this.#timeline.taskComplete.catch(() => undefined);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#timeline-heading')?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'osallistu-idea-timeline': IdeaTimeline;
  }
}
