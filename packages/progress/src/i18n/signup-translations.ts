import type { Dictionaries } from '@osallistu/core';
import type { SignupTranslation } from './signup-translation.js';
import { fi } from './signup-fi.js';

/** Signup strings: Finnish bundled with that part, Swedish and English loaded on first use. */
export const signupTranslations: Dictionaries<SignupTranslation> = {
  fi,
  sv: () => import('./signup-sv.js').then((m) => m.sv),
  en: () => import('./signup-en.js').then((m) => m.en),
};
