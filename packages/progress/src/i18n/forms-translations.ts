import type { Dictionaries } from '@osallistu/core';
import type { FormsTranslation } from './forms-translation.js';
import { fi } from './forms-fi.js';

/** Sign-up and evaluation strings: Finnish bundled with those parts, Swedish and English loaded on first use. */
export const formsTranslations: Dictionaries<FormsTranslation> = {
  fi,
  sv: () => import('./forms-sv.js').then((m) => m.sv),
  en: () => import('./forms-en.js').then((m) => m.en),
};
