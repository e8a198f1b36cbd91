import type { EvaluationTranslation } from './evaluation-translation.js';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const fi: EvaluationTranslation = {
  lang: 'fi',
  evaluationHeading: 'Arviot',
  evaluationSummary: (average, count) => `Asukkaiden arvio ${average}/5 (${count} ${plural(count, 'arvio', 'arviota')})`,
  noEvaluations: 'Hanketta ei ole vielä arvioitu.',
  ratingLegend: 'Miten onnistuimme? (1–5)',
  ratings: ['1 – huonosti', '2 – välttävästi', '3 – kohtalaisesti', '4 – hyvin', '5 – erinomaisesti'],
  commentLabel: 'Kommentti',
  commentHint: 'Kommentti julkaistaan tarkistuksen jälkeen.',
  evaluationSubmit: 'Lähetä arvio',
  evaluationThanks: 'Kiitos arviostasi!',
  alreadyEvaluated: 'Olet jo arvioinut tämän hankkeen.',
  residentComments: 'Asukkaiden kommentit',
  errorCount: (n) => `Lomakkeessa on ${n} ${plural(n, 'virhe', 'virhettä')}.`,
};
