import type { Language } from '@osallistu/contract';

/** Strings of `<osallistu-survey-results>` (a dictionary of its own: the survey form does not load them). */
export interface SurveyResultsTranslation {
  lang: Language;
  resultsHeading: string;
  resultsOf: (title: string) => string;
  loadingResults: string;
  resultsLoaded: (responses: number) => string;
  noResponses: string;
  responses: (n: number) => string;
  answered: (n: number, responses: number) => string;
  colAnswer: string;
  colCount: string;
  colPercent: string;
  colScore: string;
  colMeanPosition: string;
  colAverage: string;
  colArea: string;
  meanMedian: (mean: string, median: string) => string;
  tableCaption: (question: string) => string;
  chartLabel: (question: string) => string;
  textsStaffOnly: string;
  rankingNote: (options: number) => string;
  budgetNote: (total: string) => string;
  pointsNote: (points: number) => string;
  outsideAreas: string;
  noAnswersYet: string;
  geojsonLink: string;
  other: string;
}
