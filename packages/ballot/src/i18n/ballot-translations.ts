import type { Dictionaries } from '@osallistu/core';
import type { BallotTranslation } from './ballot-translation.js';
import { fi } from './fi.js';

/**
 * The ballot widgets' dictionaries: Finnish bundled, Swedish and English loaded on first use
 * (each its own small chunk, so a Finnish page does not download them).
 */
export const ballotTranslations: Dictionaries<BallotTranslation> = {
  fi,
  sv: () => import('./sv.js').then((m) => m.sv),
  en: () => import('./en.js').then((m) => m.en),
};
