import type { EvaluationTranslation } from './evaluation-translation.js';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const sv: EvaluationTranslation = {
  lang: 'sv',
  evaluationHeading: 'Utvärderingar',
  evaluationSummary: (average, count) => `Invånarnas betyg ${average}/5 (${count} ${plural(count, 'utvärdering', 'utvärderingar')})`,
  noEvaluations: 'Projektet har inte utvärderats ännu.',
  ratingLegend: 'Hur lyckades vi? (1–5)',
  ratings: ['1 – dåligt', '2 – försvarligt', '3 – nöjaktigt', '4 – bra', '5 – utmärkt'],
  commentLabel: 'Kommentar',
  commentHint: 'Kommentaren publiceras efter granskning.',
  evaluationSubmit: 'Skicka utvärderingen',
  evaluationThanks: 'Tack för din utvärdering!',
  alreadyEvaluated: 'Du har redan utvärderat det här projektet.',
  residentComments: 'Invånarnas kommentarer',
  errorCount: (n) => `Formuläret har ${n} ${plural(n, 'fel', 'fel')}.`,
};
