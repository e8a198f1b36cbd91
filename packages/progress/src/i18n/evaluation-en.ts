import type { EvaluationTranslation } from './evaluation-translation.js';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const en: EvaluationTranslation = {
  lang: 'en',
  evaluationHeading: 'Evaluations',
  evaluationSummary: (average, count) => `Residents’ rating ${average}/5 (${count} ${plural(count, 'evaluation', 'evaluations')})`,
  noEvaluations: 'Nobody has evaluated the project yet.',
  ratingLegend: 'How did we do? (1–5)',
  ratings: ['1 – poorly', '2 – passably', '3 – fairly', '4 – well', '5 – excellently'],
  commentLabel: 'Comment',
  commentHint: 'Comments are published after moderation.',
  evaluationSubmit: 'Send evaluation',
  evaluationThanks: 'Thank you for your evaluation!',
  alreadyEvaluated: 'You have already evaluated this project.',
  residentComments: 'Residents’ comments',
  errorCount: (n) => `The form has ${n} ${plural(n, 'error', 'errors')}.`,
};
