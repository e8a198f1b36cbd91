import type { Language } from '@osallistu/contract';
import type { BallotTranslation } from './ballot-translation.js';
import { fi } from './fi.js';
import { sv } from './sv.js';
import { en } from './en.js';

/** The ballot widgets' dictionaries, one per supported language. */
export const ballotTranslations: Record<Language, BallotTranslation> = { fi, sv, en };
