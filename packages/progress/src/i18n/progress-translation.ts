import type { Language, ParticipationKind, ProjectStatus } from '@osallistu/contract';

/** Strings of the progress tracker, the project detail and the follow form (sign-up and evaluation: `FormsTranslation`). */
export interface ProgressTranslation {
  lang: Language;
  // the tracker
  trackerHeading: string;
  statusFilter: string;
  allStatuses: string;
  areaFilter: string;
  allAreas: string;
  wholeCity: string;
  statuses: Record<ProjectStatus, string>;
  resultsCount: (n: number) => string;
  emptyHeading: string;
  emptyText: string;
  progressText: (percent: number) => string;
  budgetUsed: (spent: string, allocated: string) => string;
  nextMilestone: (title: string, date: string) => string;
  openProject: string;
  showProject: (title: string) => string;
  backToList: string;
  // the detail
  responsibleUnit: (unit: string) => string;
  cancelReason: string;
  fromIdeas: string;
  /** Shown when the project came from a winning proposal, with a link to the vote's results. */
  wonVote: string;
  voteResults: string;
  milestonesHeading: string;
  milestonePlanned: (date: string) => string;
  milestoneDone: (date: string) => string;
  updatesHeading: string;
  noUpdates: string;
  emailLabel: string;
  // following
  followHeading: string;
  followProjectIntro: string;
  followIdeaIntro: string;
  followEmailHint: string;
  followSubmit: string;
  followSent: (email: string) => string;
}
