import type { Language } from '@osallistu/contract';
import type { Translation } from './translation.js';
import { fi } from './fi.js';
import { sv } from './sv.js';
import { en } from './en.js';

/** The shared dictionaries, one per supported language. */
export const coreTranslations: Record<Language, Translation> = { fi, sv, en };
