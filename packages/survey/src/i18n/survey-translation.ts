import type { Language } from '@osallistu/contract';

/** Strings of the survey widget. */
export interface SurveyTranslation {
  lang: Language;
  pageOf: (page: number, pages: number) => string;
  next: string;
  back: string;
  submit: string;
  sending: string;
  requiredMark: string;
  optional: string;
  errorSummary: (n: number) => string;
  thanksHeading: string;
  thanksDefault: string;
  other: string;
  otherWhat: string;
  chooseArea: string;
  pointLongitude: string;
  pointLatitude: string;
  pointHelp: string;
  rankingHelp: string;
  moveUp: (label: string) => string;
  moveDown: (label: string) => string;
  rankPosition: (position: number, count: number) => string;
  chooseBetween: (min: number | undefined, max: number | undefined) => string;
  budgetLeft: (left: string) => string;
  budgetOver: (over: string) => string;
  points: (n: number) => string;
  draftRestored: string;
  // strict surveys: the email-code verification before sending
  strictNote: string;
  verifyHeading: string;
  verifyIntro: string;
  emailLabel: string;
  sendCode: string;
  sendingCode: string;
  codeSent: (email: string) => string;
  codeMalformed: string;
  codeLabel: string;
  verifyAndSubmit: string;
  verified: string;
  backToAnswers: string;
  alreadyAnsweredVerified: string;
}
