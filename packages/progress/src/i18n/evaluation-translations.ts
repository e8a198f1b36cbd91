import type { Dictionaries } from '@osallistu/core';
import type { EvaluationTranslation } from './evaluation-translation.js';
import { fi } from './evaluation-fi.js';

/** Evaluation strings: Finnish bundled with that part, Swedish and English loaded on first use. */
export const evaluationTranslations: Dictionaries<EvaluationTranslation> = {
  fi,
  sv: () => import('./evaluation-sv.js').then((m) => m.sv),
  en: () => import('./evaluation-en.js').then((m) => m.en),
};
