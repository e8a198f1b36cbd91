import type { Dictionaries } from '@osallistu/core';
import type { AreaMapTranslation } from './area-map-translation.js';
import { fi } from './fi.js';

/** The area map's dictionaries: Finnish bundled, Swedish and English loaded on first use. */
export const areaMapTranslations: Dictionaries<AreaMapTranslation> = {
  fi,
  sv: () => import('./sv.js').then((m) => m.sv),
  en: () => import('./en.js').then((m) => m.en),
};
