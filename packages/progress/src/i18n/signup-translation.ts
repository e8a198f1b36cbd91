import type { Language, ParticipationKind } from '@osallistu/contract';

/**
 * Strings of a project's sign-up for taking part: loaded with that part of the detail view
 * (project-detail/signup-part.ts), only for a running project that has a sign-up.
 */
export interface SignupTranslation {
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
  errorCount: (n: number) => string;
}
