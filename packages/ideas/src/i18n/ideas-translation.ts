import type { IdeaSort, Language, PublicIdeaFilter } from '@osallistu/contract';

/** Strings of the idea form and the idea board. Numbers-dependent strings are functions. */
export interface IdeasTranslation {
  lang: Language;
  // the form
  formHeading: string;
  formIntro: string;
  titleLabel: string;
  titleHint: string;
  descriptionLabel: string;
  descriptionHint: string;
  themeLabel: string;
  themePlaceholder: string;
  areaLabel: string;
  areaHint: string;
  areaWholeCity: string;
  areaFilterLabel: string;
  areaFilterCount: (n: number) => string;
  nameLabel: string;
  nameHint: string;
  emailLabel: string;
  emailHint: string;
  consentLabel: string;
  privacyHeading: string;
  privacyText: string;
  submit: string;
  submitting: string;
  errorCount: (n: number) => string;
  draftRestored: string;
  successHeading: string;
  successNext: string;
  successEmail: string;
  boardLink: string;
  proposeAnother: string;
  phaseClosedHeading: string;
  phaseClosedText: string;
  // the board
  boardHeading: string;
  /** The board's list / map switch (shown when the area map is available). */
  viewLabel: string;
  viewList: string;
  viewMap: string;
  searchLabel: string;
  searchButton: string;
  areaFilter: string;
  allAreas: string;
  themeFilter: string;
  allThemes: string;
  statusFilter: string;
  allStatuses: string;
  statusFilters: Record<PublicIdeaFilter, string>;
  sortLabel: string;
  sorts: Record<IdeaSort, string>;
  resultsCount: (n: number, more: boolean) => string;
  moreLoaded: (n: number) => string;
  emptyHeading: string;
  emptyText: string;
  wholeCity: string;
  publishedOn: (date: string) => string;
  showFullDescription: string;
  /** Summary of the idea's timeline (`<osallistu-idea-timeline>`, when a loader knows it). */
  showTimeline: string;
  // a card
  badges: {
    pending: string;
    published: string;
    merged: string;
    rejected: string;
    feasible: string;
    notFeasible: string;
  };
  mergedInto: string;
  costEstimate: (cost: string) => string;
  responsibleUnit: (unit: string) => string;
  notFeasibleReason: string;
  rejectionReason: string;
  editNote: (date: string) => string;
  support: string;
  supported: string;
  supportIdea: (title: string) => string;
  supportCount: (n: number) => string;
  supportThanks: (n: number) => string;
  // comments
  showComments: (n: number) => string;
  hideComments: string;
  commentsHeading: string;
  noComments: string;
  commentLabel: string;
  commentNameLabel: string;
  commentSubmit: string;
  commentModeration: string;
  commentThanks: string;
  anonymous: string;
}
