import type { Dictionaries } from '@osallistu/core';
import type { IdeasTranslation } from './ideas-translation.js';
import { fi } from './fi.js';

/** The idea widgets' dictionaries: Finnish bundled, Swedish and English loaded on first use. */
export const ideasTranslations: Dictionaries<IdeasTranslation> = {
  fi,
  sv: () => import('./sv.js').then((m) => m.sv),
  en: () => import('./en.js').then((m) => m.en),
};
