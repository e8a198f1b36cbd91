import type { Dictionaries } from '@osallistu/core';
import type { TimelineTranslation } from './timeline-translation.js';
import { fi } from './timeline-fi.js';

/** The idea timeline's dictionaries: Finnish bundled, Swedish and English loaded on first use. */
export const timelineTranslations: Dictionaries<TimelineTranslation> = {
  fi,
  sv: () => import('./timeline-sv.js').then((m) => m.sv),
  en: () => import('./timeline-en.js').then((m) => m.en),
};
