import type { Dictionaries } from '@osallistu/core';
import type { SurveyTranslation } from './survey-translation.js';
import { fi } from './fi.js';

/** The survey widget's dictionaries: Finnish bundled, Swedish and English loaded on first use. */
export const surveyTranslations: Dictionaries<SurveyTranslation> = {
  fi,
  sv: () => import('./sv.js').then((m) => m.sv),
  en: () => import('./en.js').then((m) => m.en),
};
