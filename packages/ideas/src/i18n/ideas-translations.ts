import type { Language } from '@osallistu/contract';
import type { IdeasTranslation } from './ideas-translation.js';
import { fi } from './fi.js';
import { sv } from './sv.js';
import { en } from './en.js';

/** The idea widgets' dictionaries, one per supported language. */
export const ideasTranslations: Record<Language, IdeasTranslation> = { fi, sv, en };
