import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Idea } from '@osallistu/contract';
import { loadNested, type ApiClient, type LocalizeController } from '@osallistu/core';
import type { IdeasTranslation } from '../i18n/ideas-translation.js';
import { statusBadge } from '../status-badge/status-badge.js';

/** How long an excerpt is, in characters, before the rest goes behind "read the whole description". */
const excerptLength = 240;

export interface IdeaCardContext {
  l: LocalizeController<IdeasTranslation>;
  client: ApiClient;
  themeName: (id: string) => string;
  areaName: (id: string | null) => string;
  commentsOpen: boolean;
  onToggleComments: (idea: Idea) => void;
  onShowIdea: (event: Event, target: { id: string; title: string }) => void;
}

function excerpt(text: string): { short: string; truncated: boolean } {
  const chars = Array.from(text); // code points, as the contract counts
  if (chars.length <= excerptLength) return { short: text, truncated: false };
  const cut = chars.slice(0, excerptLength).join('');
  return { short: `${cut.replace(/\s+\S*$/, '')}…`, truncated: true };
}

/**
 * One idea on the board: title, excerpt, area and theme, status badge and what staff decided
 * (cost, reasons, merge target, edit note), the support button and the comments.
 * Every text is rendered as text (Lit escapes it): a title full of HTML stays a title.
 */
export function ideaCard(idea: Idea, ctx: IdeaCardContext): TemplateResult {
  const { l } = ctx;
  const t = l.t;
  const { short, truncated } = excerpt(idea.description);
  const commentsId = `comments-${idea.id}`;
  return html`<article part="card" class="card" id="idea-${idea.id}" tabindex="-1" aria-labelledby="title-${idea.id}">
    <header class="card-header">
      <h3 part="card-title" id="title-${idea.id}">${idea.title}</h3>
      ${statusBadge(idea, t)}
    </header>
    <p class="meta">
      <span>${ctx.areaName(idea.areaId)}</span> · <span>${ctx.themeName(idea.themeId)}</span>
      ${idea.publishedAt ? html` · <span>${t.publishedOn(l.date(idea.publishedAt))}</span>` : nothing}
      ${idea.authorName ? html` · <span>${idea.authorName}</span>` : nothing}
    </p>
    <p class="description">${short}</p>
    ${truncated
      ? html`<details>
          <summary>${t.showFullDescription}</summary>
          <p class="description">${idea.description}</p>
        </details>`
      : nothing}
    ${decision(idea, ctx)}
    ${idea.edit
      ? html`<p class="edit-note" part="edit-note"><strong>${t.editNote(l.date(idea.edit.editedAt))}:</strong> ${idea.edit.note}</p>`
      : nothing}
    ${timeline(idea, ctx)}
    ${idea.status === 'published'
      ? html`<div class="actions">
          <osallistu-support-button
            exportparts="button: support-button, count: support-count, message: support-message"
            .client=${ctx.client}
            idea-id=${idea.id}
            idea-title=${idea.title}
            .count=${idea.supportCount}
          ></osallistu-support-button>
          <button
            part="button comments-toggle"
            class="button secondary"
            type="button"
            aria-expanded=${ctx.commentsOpen ? 'true' : 'false'}
            aria-controls=${ifDefined(ctx.commentsOpen ? commentsId : undefined)}
            @click=${() => ctx.onToggleComments(idea)}
          >
            ${ctx.commentsOpen ? t.hideComments : t.showComments(idea.commentCount)}
          </button>
        </div>
        ${ctx.commentsOpen
          ? html`<osallistu-idea-comments
              id=${commentsId}
              exportparts="comment, form: comment-form"
              .client=${ctx.client}
              idea-id=${idea.id}
            ></osallistu-idea-comments>`
          : nothing}`
      : nothing}
  </article>`;
}

function decision(idea: Idea, ctx: IdeaCardContext): TemplateResult | typeof nothing {
  const { l } = ctx;
  const t = l.t;
  if (idea.status === 'merged' && idea.mergedInto) {
    const target = idea.mergedInto;
    return html`<p class="decision">
      ${t.mergedInto}
      <a href="#idea-${target.id}" @click=${(e: Event) => ctx.onShowIdea(e, target)}>${target.title}</a>
    </p>`;
  }
  if (idea.status === 'rejected' && idea.rejectionReason) {
    return html`<p class="decision"><strong>${t.rejectionReason}:</strong> ${idea.rejectionReason}</p>`;
  }
  const review = idea.review;
  if (!review) return nothing;
  if (review.feasibility === 'feasible') {
    return html`<p class="decision">
      ${review.costEur !== null ? html`<strong>${t.costEstimate(l.currency(review.costEur))}</strong>` : nothing}
      <span class="unit">${t.responsibleUnit(review.responsibleUnit)}</span>
      ${review.reason ? html`<br />${review.reason}` : nothing}
    </p>`;
  }
  return html`<p class="decision">
    <strong>${t.notFeasibleReason}:</strong> ${review.reason ?? ''}
    <span class="unit">${t.responsibleUnit(review.responsibleUnit)}</span>
  </p>`;
}

/**
 * The idea's fate step by step: `<osallistu-idea-timeline>` (packages/progress) composed through
 * HTML, inside a disclosure. The tag is created when first opened, so a board of ideas makes no
 * timeline requests until a resident asks; without a loader that knows the tag, nothing is shown.
 */
function timeline(idea: Idea, ctx: IdeaCardContext): TemplateResult | typeof nothing {
  if (!loadNested('osallistu-idea-timeline')) return nothing;
  const onToggle = (event: Event) => {
    const details = event.currentTarget as HTMLDetailsElement;
    if (!details.open || details.querySelector('osallistu-idea-timeline')) return;
    const element = document.createElement('osallistu-idea-timeline') as HTMLElement & { client?: ApiClient };
    element.setAttribute('idea', idea.id);
    element.setAttribute('heading-level', '4');
    element.toggleAttribute('compact', true);
    element.client = ctx.client;
    details.append(element);
  };
  return html`<details class="timeline" part="timeline" @toggle=${onToggle}>
    <summary>${ctx.l.t.showTimeline}</summary>
  </details>`;
}
