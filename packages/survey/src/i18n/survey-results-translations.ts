import type { Dictionaries } from '@osallistu/core';
import type { SurveyResultsTranslation } from './survey-results-translation.js';
import { fi } from './results/fi.js';

/** The results widget's dictionaries: Finnish bundled, Swedish and English loaded on first use. */
export const surveyResultsTranslations: Dictionaries<SurveyResultsTranslation> = {
  fi,
  sv: () => import('./results/sv.js').then((m) => m.sv),
  en: () => import('./results/en.js').then((m) => m.en),
};
