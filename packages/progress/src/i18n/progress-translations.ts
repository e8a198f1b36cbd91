import type { Dictionaries } from '@osallistu/core';
import type { ProgressTranslation } from './progress-translation.js';
import { fi } from './fi.js';

/** The progress widgets' dictionaries: Finnish bundled, Swedish and English loaded on first use. */
export const progressTranslations: Dictionaries<ProgressTranslation> = {
  fi,
  sv: () => import('./sv.js').then((m) => m.sv),
  en: () => import('./en.js').then((m) => m.en),
};
