import type { Language } from '@osallistu/contract';
import type { ProgressTranslation } from './progress-translation.js';
import { fi } from './fi.js';
import { sv } from './sv.js';
import { en } from './en.js';

/** The progress widgets' dictionaries, one per supported language. */
export const progressTranslations: Record<Language, ProgressTranslation> = { fi, sv, en };
