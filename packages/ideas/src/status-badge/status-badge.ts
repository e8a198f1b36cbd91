import { html, type TemplateResult } from 'lit';
import type { Idea } from '@osallistu/contract';
import type { IdeasTranslation } from '../i18n/ideas-translation.js';

export type BadgeKind = 'pending' | 'published' | 'merged' | 'rejected' | 'feasible' | 'notFeasible';

/** Which badge an idea wears: its moderation status, refined by the staff review. */
export function badgeKind(idea: Idea): BadgeKind {
  if (idea.status !== 'published') return idea.status;
  if (idea.review?.feasibility === 'feasible') return 'feasible';
  if (idea.review?.feasibility === 'not-feasible') return 'notFeasible';
  return 'published';
}

/** The status badge of an idea (`part="badge"`, class `badge {kind}`). */
export function statusBadge(idea: Idea, t: IdeasTranslation): TemplateResult {
  const kind = badgeKind(idea);
  return html`<span part="badge badge-${kind}" class="badge ${kind}">${t.badges[kind]}</span>`;
}
