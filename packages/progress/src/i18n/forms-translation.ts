import type { Language, ParticipationKind } from '@osallistu/contract';

/**
 * Strings of a project's sign-up for taking part and of its evaluation: loaded with those parts of
 * the detail view, only for projects that have them (project-detail/signup-part.ts,
 * evaluation-part.ts).
 */
export interface FormsTranslation {
  lang: Language;
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
}
