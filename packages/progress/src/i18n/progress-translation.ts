import type { Language, ParticipationKind, ProjectStatus } from '@osallistu/contract';

/** Strings of the progress tracker, the project detail and the idea timeline. */
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
  milestonesHeading: string;
  milestonePlanned: (date: string) => string;
  milestoneDone: (date: string) => string;
  updatesHeading: string;
  noUpdates: string;
  participationHeading: string;
  participationKinds: Record<ParticipationKind, string>;
  participationWhen: (date: string) => string;
  participationWhere: (place: string) => string;
  spotsLeft: (left: number, capacity: number) => string;
  full: string;
  nameLabel: string;
  emailLabel: string;
  participantsLabel: string;
  signupConsent: string;
  signupSubmit: string;
  signupThanks: (n: number) => string;
  evaluationHeading: string;
  evaluationSummary: (average: string, count: number) => string;
  noEvaluations: string;
  ratingLegend: string;
  ratings: [string, string, string, string, string];
  commentLabel: string;
  commentHint: string;
  evaluationSubmit: string;
  evaluationThanks: string;
  alreadyEvaluated: string;
  residentComments: string;
  errorCount: (n: number) => string;
  // following
  followHeading: string;
  followProjectIntro: string;
  followIdeaIntro: string;
  followEmailHint: string;
  followSubmit: string;
  followSent: (email: string) => string;
}
