import { localize, type IdeaTimelineEntry } from '@osallistu/contract';
import type { LocalizeController } from '@osallistu/core';
import type { TimelineTranslation } from '../i18n/timeline-translation.js';

/** One timeline step as a sentence in the reader's language (merges get a link instead). */
export function entryText(e: IdeaTimelineEntry, l: LocalizeController<TimelineTranslation>): string {
  const t = l.t.entry;
  switch (e.kind) {
    case 'submitted':
      return t.submitted;
    case 'published':
      return t.published;
    case 'edited':
      return t.edited(e.note);
    case 'rejected':
      return t.rejected(e.reason);
    case 'merged':
      return `${t.mergedInto} ${e.into.title}.`;
    case 'absorbed':
      return t.absorbed(e.from.title);
    case 'reviewed':
      return e.feasibility === 'feasible' ? t.feasible(e.costEur === null ? null : l.currency(e.costEur), e.responsibleUnit) : t.notFeasible(e.reason);
    case 'on-ballot':
      return t.onBallot(e.proposal.title, e.budgetName ? localize(e.budgetName, l.lang) : null);
    case 'vote-result':
      return (e.selected ? t.won : t.lost)(l.number(e.votes), l.number(e.ballots));
    case 'project':
      return t.project(localize(e.project.title, l.lang));
    case 'project-status':
      return e.status === 'cancelled' && e.reason ? t.cancelledReason(e.reason) : t.projectStatus[e.status];
    case 'progress':
      return t.progress(e.percent);
    case 'evaluated':
      return t.evaluated(l.number(e.average), e.count);
  }
}
