import type { Language } from '@osallistu/contract';
import type { Translation } from './translation.js';
import { dictionaryFor, loadDictionary, type Dictionaries } from './dictionaries.js';
import { fi } from './fi.js';

/**
 * The shared dictionaries. Finnish (the default) is bundled; Swedish and English load on first
 * use, each its own small chunk, so a Finnish page never downloads them.
 */
export const coreTranslations: Dictionaries<Translation> = {
  fi,
  sv: () => import('./sv.js').then((m) => m.sv),
  en: () => import('./en.js').then((m) => m.en),
};

/** The shared dictionary of `lang` when it has loaded, else `undefined`. */
export function coreTranslation(lang: Language): Translation | undefined {
  return dictionaryFor(coreTranslations, lang);
}

/** Loads the shared dictionary of `lang` once. */
export function loadCoreTranslation(lang: Language): Promise<Translation> {
  return loadDictionary(coreTranslations, lang);
}
