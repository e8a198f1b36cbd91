import type { Language } from '@osallistu/contract';
import type { AreaMapTranslation } from './area-map-translation.js';
import { fi } from './fi.js';
import { sv } from './sv.js';
import { en } from './en.js';

/** The area map's dictionaries, one per supported language. */
export const areaMapTranslations: Record<Language, AreaMapTranslation> = { fi, sv, en };
