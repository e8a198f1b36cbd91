import type { Language } from '@osallistu/contract';

/**
 * Strings of a project's evaluation: loaded with that part of the detail view
 * (project-detail/evaluation-part.ts), only for a completed project.
 */
export interface EvaluationTranslation {
  lang: Language;
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
